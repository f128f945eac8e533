// Which data files the build carries (data-source.ts).
import { queryOptions, useQuery } from '@tanstack/react-query';
import { dataUrl, fetchOk, type DataIndex } from './data-source.ts';

async function fetchDataIndex(): Promise<DataIndex> {
  return (await fetchOk(dataUrl.index())).json() as Promise<DataIndex>;
}

export const dataIndexQuery = queryOptions({ queryKey: ['data-index'], queryFn: fetchDataIndex, staleTime: Infinity });

export const useDataIndex = () => useQuery(dataIndexQuery);
