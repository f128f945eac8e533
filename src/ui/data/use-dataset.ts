// The embedded CSVs (queries), the files the user loaded and the reports the user reviewed and added
// (IndexedDB), made into one dataset once each time one of them changes. Which of them a view shows
// (mine / embedded / all) is a filter of that dataset (query/dataset.ts), not a new one.
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo } from 'react';
import { CATALOG } from '../../extract/catalog.ts';
import type { LoadedFile } from '../../data/load-csv.ts';
import type { ReportRow } from '../../data/schema.ts';
import type { UserReport } from '../../data/user-store.ts';
import { buildDataset, indexReports, indicatorRows, type Dataset, type FigureSource } from '../../query/dataset.ts';
import { useDataIndex } from '../../query/data-index-query.ts';
import type { DataIndex } from '../../query/data-source.ts';
import { useIndicators } from '../../query/indicators-query.ts';
import { useReports } from '../../query/reports-query.ts';
import { useUserReports } from '../../query/user-reports-query.ts';
import { nameUploadReport, removeUpload, saveUpload, useUserUploads, type UserUpload } from '../../query/user-uploads-query.ts';
import type { OriginChoice } from '../../query/view-state.ts';

export type Upload = UserUpload;

export interface LoadedData {
  status: 'loading' | 'error' | 'ready';
  error: string;
  dataset: Dataset;
  index: DataIndex | undefined;
  embeddedErrors: number;
  uploads: Upload[];
  addUpload: (name: string, bytes: Blob, file: LoadedFile) => void;
  removeUpload: (name: string) => void;
  nameReport: (upload: string, report: ReportRow) => void; // the place and year of a report an uploaded file names
  mine: UserReport[]; // every report the user extracted, on the dashboard or not
  /** The cleaned text of a report of the user's that the dataset shows (its rows' offsets refer to it). */
  userText: (reportId: string, origin: OriginChoice) => string | undefined;
}

export function useDataset(): LoadedData {
  const index = useDataIndex();
  const indicators = useIndicators(index.data);
  const reports = useReports(index.data);
  const user = useUserReports();
  const client = useQueryClient();
  const stored = useUserUploads();
  const uploads = useMemo(() => stored.data ?? [], [stored.data]);
  const mine = useMemo(() => user.data?.reports ?? [], [user.data]);
  const added = useMemo(() => mine.flatMap((report) => (report.added ? [report.added] : [])), [mine]);
  // the reports are indexed as soon as they are in (they come long before the indicators)
  const reportIndex = useMemo(() => {
    const rows = [...(reports.data?.rows ?? [])];
    for (const { file } of uploads) if (file.kind === 'reports') rows.push(...file.rows);
    for (const { places } of uploads) rows.push(...places);
    return indexReports(rows);
  }, [reports.data, uploads]);
  const dataset = useMemo(() => {
    // built once the embedded files are both in (not once for each)
    if (!indicators.data || !reports.data) return buildDataset({ reports: [], sources: [] });
    const sources: FigureSource[] = [{ figures: indicators.data.figures, origin: '' }];
    for (const { name, file } of uploads) if (file.kind === 'indicators') sources.push({ figures: file.figures, origin: name });
    return buildDataset({ reports: reportIndex, sources, mine: added });
  }, [indicators.data, reports.data, reportIndex, uploads, added]);
  const failed = [index, indicators, reports].find((query) => query.isError);
  useIdleSorting(dataset);
  return {
    status: failed ? 'error' : indicators.data && reports.data && user.data && stored.data ? 'ready' : 'loading',
    error: failed?.error?.message ?? '',
    dataset,
    index: index.data,
    embeddedErrors: (indicators.data?.rejected ?? 0) + (reports.data?.rejected ?? 0),
    uploads,
    // a file loaded again replaces its earlier version rather than doubling it; kept in the browser until cleared
    addUpload: (name, bytes, file) => void saveUpload(client, name, bytes, file).catch(() => {}),
    removeUpload: (name) => void removeUpload(client, name).catch(() => {}),
    nameReport: (upload, report) => void nameUploadReport(client, upload, report).catch(() => {}),
    mine,
    userText: (reportId, origin) => {
      if (origin === 'embedded') return undefined;
      const report = mine.find((r) => r.id === reportId && r.added);
      return report?.cleaned;
    },
  };
}

const idle = (work: () => void): (() => void) => {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(work, { timeout: 2_000 });
    return () => cancelIdleCallback(handle);
  }
  const handle = setTimeout(work, 50);
  return () => clearTimeout(handle);
};

/** While the page is idle, each indicator's rows are sorted one after the other (query/dataset.ts:
 *  indicatorRows), so that choosing another indicator later does not wait for it. */
function useIdleSorting(dataset: Dataset): void {
  useEffect(() => {
    if (dataset.figures === 0) return;
    let next = 0;
    let cancel = () => {};
    const step = () => {
      if (next >= CATALOG.length) return;
      indicatorRows(dataset, next++);
      cancel = idle(step);
    };
    cancel = idle(step);
    return () => cancel();
  }, [dataset]);
}
