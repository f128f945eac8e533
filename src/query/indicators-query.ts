// The embedded indicators.csv, parsed and validated in the worker.
import { queryOptions, useQuery } from '@tanstack/react-query';
import type { LoadedIndicators } from '../data/load-csv.ts';
import { dataUrl, fetchOk, type DataIndex } from './data-source.ts';
import { parseCsv } from './parse-client.ts';

export const EMPTY_INDICATORS: LoadedIndicators = { kind: 'indicators', rows: [], errors: [], rejected: 0, records: 0, encoding: 'utf-8' };

async function fetchIndicators(present: boolean): Promise<LoadedIndicators> {
  if (!present) return EMPTY_INDICATORS;
  const table = await parseCsv(await (await fetchOk(dataUrl.indicators())).arrayBuffer());
  if (table.kind !== 'indicators') throw new Error(`${dataUrl.indicators()}: not an indicators table`);
  return table;
}

export const indicatorsQuery = (index: DataIndex | undefined) => queryOptions({
  queryKey: ['indicators', index?.indicators ?? false],
  queryFn: () => fetchIndicators(index?.indicators ?? false),
  enabled: index !== undefined,
  staleTime: Infinity,
});

export const useIndicators = (index: DataIndex | undefined) => useQuery(indicatorsQuery(index));
