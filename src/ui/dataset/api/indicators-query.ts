// The embedded indicators.csv, streamed into columns by the parse worker, with its progress.
import { queryOptions, useQuery } from '@tanstack/react-query';
import { FigureColumnsBuilder } from '../../../data/figure-columns.ts';
import type { LoadedFigures } from '../../../data/load-csv.ts';
import { dataUrl, type DataIndex } from './data-source.ts';
import { setLoadProgress } from '../load-progress.ts';
import { parseCsv } from '../../../workers/parse-client.ts';

export const EMPTY_INDICATORS: LoadedFigures = {
  kind: 'indicators', figures: new FigureColumnsBuilder(0).finish(), errors: [], rejected: 0, records: 0, encoding: 'utf-8',
};

async function fetchIndicators(index: DataIndex | undefined): Promise<LoadedFigures> {
  if (!index?.indicators) return EMPTY_INDICATORS;
  try {
    const file = await parseCsv({ url: dataUrl.indicators(), size: index.sizes?.indicators }, setLoadProgress);
    if (file.kind !== 'indicators') throw new Error(`${dataUrl.indicators()}: not an indicators table`);
    return file;
  } finally {
    setLoadProgress(null);
  }
}

export const indicatorsQuery = (index: DataIndex | undefined) => queryOptions({
  queryKey: ['indicators', index?.indicators ?? false],
  queryFn: () => fetchIndicators(index),
  enabled: index !== undefined,
  staleTime: Infinity,
});

export const useIndicators = (index: DataIndex | undefined) => useQuery(indicatorsQuery(index));
