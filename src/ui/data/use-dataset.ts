// The embedded CSVs (queries) and the files the user loaded, merged into one dataset.
import { useMemo, useState } from 'react';
import type { LoadedTable } from '../../data/load-csv.ts';
import { buildDataset, type Dataset } from '../../query/dataset.ts';
import { useDataIndex } from '../../query/data-index-query.ts';
import type { DataIndex } from '../../query/data-source.ts';
import { useIndicators } from '../../query/indicators-query.ts';
import { useReports } from '../../query/reports-query.ts';

export interface Upload {
  name: string;
  table: LoadedTable;
}

export interface LoadedData {
  status: 'loading' | 'error' | 'ready';
  error: string;
  dataset: Dataset;
  index: DataIndex | undefined;
  embeddedErrors: number;
  uploads: Upload[];
  addUpload: (upload: Upload) => void;
  removeUpload: (name: string) => void;
}

export function useDataset(): LoadedData {
  const index = useDataIndex();
  const indicators = useIndicators(index.data);
  const reports = useReports(index.data);
  const [uploads, setUploads] = useState<Upload[]>([]);
  const dataset = useMemo(() => {
    const reportRows = [...(reports.data?.rows ?? [])];
    const sources = [{ rows: indicators.data?.rows ?? [], origin: '' }];
    for (const { name, table } of uploads) {
      if (table.kind === 'reports') reportRows.push(...table.rows);
      else sources.push({ rows: table.rows, origin: name });
    }
    return buildDataset(reportRows, sources);
  }, [indicators.data, reports.data, uploads]);
  const failed = [index, indicators, reports].find((query) => query.isError);
  return {
    status: failed ? 'error' : indicators.data && reports.data ? 'ready' : 'loading',
    error: failed?.error?.message ?? '',
    dataset,
    index: index.data,
    embeddedErrors: (indicators.data?.errors.length ?? 0) + (reports.data?.errors.length ?? 0),
    uploads,
    // a file loaded again replaces its earlier version rather than doubling it
    addUpload: (upload) => setUploads((list) => [...list.filter((u) => u.name !== upload.name), upload]),
    removeUpload: (name) => setUploads((list) => list.filter((u) => u.name !== name)),
  };
}
