// The embedded reports.csv, parsed and validated in a worker.
import { queryOptions, useQuery } from '@tanstack/react-query';
import type { LoadedReports } from '../../../data/load-csv.ts';
import { dataUrl, type DataIndex } from './data-source.ts';
import { parseCsv } from '../../../workers/parse-client.ts';

export const EMPTY_REPORTS: LoadedReports = { kind: 'reports', rows: [], errors: [], rejected: 0, records: 0, encoding: 'utf-8' };

async function fetchReports(index: DataIndex | undefined): Promise<LoadedReports> {
  if (!index?.reports) return EMPTY_REPORTS;
  const file = await parseCsv({ url: dataUrl.reports(), size: index.sizes?.reports });
  if (file.kind !== 'reports') throw new Error(`${dataUrl.reports()}: not a reports table`);
  return file;
}

export const reportsQuery = (index: DataIndex | undefined) => queryOptions({
  queryKey: ['reports', index?.reports ?? false],
  queryFn: () => fetchReports(index),
  enabled: index !== undefined,
  staleTime: Infinity,
});

export const useReports = (index: DataIndex | undefined) => useQuery(reportsQuery(index));
