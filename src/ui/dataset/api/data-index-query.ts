// Which data files the build carries (data-source.ts).
import { queryOptions, useQuery } from '@tanstack/react-query';
import { dataUrl, fetchOk, type DataIndex } from './data-source.ts';
import { helperCount, prepareParsers } from '../../../workers/parse-client.ts';

async function fetchDataIndex(): Promise<DataIndex> {
  prepareParsers(2 + helperCount()); // indicators.csv (and its helpers) and reports.csv come next
  return (await fetchOk(dataUrl.index())).json() as Promise<DataIndex>;
}

export const dataIndexQuery = queryOptions({ queryKey: ['data-index'], queryFn: fetchDataIndex, staleTime: Infinity });

export const useDataIndex = () => useQuery(dataIndexQuery);
