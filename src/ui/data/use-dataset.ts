// The embedded CSVs (queries), the files the user loaded and the reports the user reviewed and added
// (IndexedDB), merged into one dataset for the chosen origin (mine / embedded / all).
import { useMemo, useState } from 'react';
import type { LoadedTable } from '../../data/load-csv.ts';
import type { UserReport } from '../../data/user-store.ts';
import { buildDataset, type Dataset } from '../../query/dataset.ts';
import { useDataIndex } from '../../query/data-index-query.ts';
import type { DataIndex } from '../../query/data-source.ts';
import { useIndicators } from '../../query/indicators-query.ts';
import { useReports } from '../../query/reports-query.ts';
import { chooseSources } from '../../query/user-data.ts';
import { useUserReports } from '../../query/user-reports-query.ts';
import type { OriginChoice } from '../../query/view-state.ts';

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
  mine: UserReport[]; // every report the user extracted, on the dashboard or not
  /** The cleaned text of a report of the user's that the dataset shows (its rows' offsets refer to it). */
  userText: (reportId: string) => string | undefined;
}

export function useDataset(origin: OriginChoice): LoadedData {
  const index = useDataIndex();
  const indicators = useIndicators(index.data);
  const reports = useReports(index.data);
  const user = useUserReports();
  const [uploads, setUploads] = useState<Upload[]>([]);
  const mine = useMemo(() => user.data?.reports ?? [], [user.data]);
  const added = useMemo(() => mine.flatMap((report) => (report.added ? [report.added] : [])), [mine]);
  const dataset = useMemo(() => {
    const reportRows = [...(reports.data?.rows ?? [])];
    const sources = [{ rows: indicators.data?.rows ?? [], origin: '' }];
    for (const { name, table } of uploads) {
      if (table.kind === 'reports') reportRows.push(...table.rows);
      else sources.push({ rows: table.rows, origin: name });
    }
    const chosen = chooseSources({ reports: reportRows, sources }, added, origin);
    return buildDataset(chosen.reports, chosen.sources);
  }, [indicators.data, reports.data, uploads, added, origin]);
  const failed = [index, indicators, reports].find((query) => query.isError);
  return {
    status: failed ? 'error' : indicators.data && reports.data && user.data ? 'ready' : 'loading',
    error: failed?.error?.message ?? '',
    dataset,
    index: index.data,
    embeddedErrors: (indicators.data?.errors.length ?? 0) + (reports.data?.errors.length ?? 0),
    uploads,
    // a file loaded again replaces its earlier version rather than doubling it
    addUpload: (upload) => setUploads((list) => [...list.filter((u) => u.name !== upload.name), upload]),
    removeUpload: (name) => setUploads((list) => list.filter((u) => u.name !== name)),
    mine,
    userText: (reportId) => {
      if (origin === 'embedded') return undefined;
      const report = mine.find((r) => r.id === reportId && r.added);
      return report?.cleaned;
    },
  };
}
