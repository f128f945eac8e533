// The embedded reports.csv, parsed and validated in the worker.
import { queryOptions, useQuery } from '@tanstack/react-query';
import type { LoadedReports } from '../data/load-csv.ts';
import { dataUrl, fetchOk, type DataIndex } from './data-source.ts';
import { parseCsv } from './parse-client.ts';

export const EMPTY_REPORTS: LoadedReports = { kind: 'reports', rows: [], errors: [], rejected: 0, records: 0, encoding: 'utf-8' };

async function fetchReports(present: boolean): Promise<LoadedReports> {
  if (!present) return EMPTY_REPORTS;
  const table = await parseCsv(await (await fetchOk(dataUrl.reports())).arrayBuffer());
  if (table.kind !== 'reports') throw new Error(`${dataUrl.reports()}: not a reports table`);
  return table;
}

export const reportsQuery = (index: DataIndex | undefined) => queryOptions({
  queryKey: ['reports', index?.reports ?? false],
  queryFn: () => fetchReports(index?.reports ?? false),
  enabled: index !== undefined,
  staleTime: Infinity,
});

export const useReports = (index: DataIndex | undefined) => useQuery(reportsQuery(index));
