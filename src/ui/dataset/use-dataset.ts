// The embedded CSVs (queries), the files the user loaded and the reports the user reviewed and added
// (IndexedDB), made into one dataset once each time one of them changes. Which of them a view shows
// (mine / embedded / all) is a filter of that dataset (query/dataset.ts), not a new one.
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, useState } from 'react';
import { CATALOG } from '../../extract/catalog.ts';
import type { LoadedFile } from '../../data/load-csv.ts';
import type { ReportRow } from '../../data/schema.ts';
import type { UserReport } from '../../data/user-store.ts';
import { buildDataset, buildDatasetSteps } from '../../query/build-dataset.ts';
import { indexReportsSteps, type ReportIndex } from '../../query/report-index.ts';
import { indicatorRowsSteps } from '../../query/indicator-rows.ts';
import type { Dataset, DatasetInput, FigureSource } from '../../query/dataset.ts';
import { runInSlices, type Steps } from '../../query/steps.ts';
import { originStatsSteps } from '../../query/summary.ts';
import { defaultIndicator } from '../../query/filters.ts';
import { useDataIndex } from './api/data-index-query.ts';
import type { DataIndex } from './api/data-source.ts';
import { useIndicators } from './api/indicators-query.ts';
import { useReports } from './api/reports-query.ts';
import { useUserReports } from '../review/api/user-reports-query.ts';
import { nameUploadReport, removeUpload, saveUpload, useUserUploads, type UserUpload } from '../upload/api/user-uploads-query.ts';
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
  // the reports are indexed as soon as they are in (they come long before the indicators); both the
  // index and the dataset are made a slice at a time (query/steps.ts), so that the page never freezes
  const reportRows = useMemo(() => {
    const rows = [...(reports.data?.rows ?? [])];
    for (const { file } of uploads) if (file.kind === 'reports') rows.push(...file.rows);
    for (const { places } of uploads) rows.push(...places);
    return rows;
  }, [reports.data, uploads]);
  const reportIndex = useSteps<ReportIndex>(() => indexReportsSteps(reportRows), [reportRows]);
  const input = useMemo((): DatasetInput | null => {
    // built once the embedded files are both in (not once for each)
    if (!indicators.data || !reports.data || !reportIndex) return null;
    const sources: FigureSource[] = [{ figures: indicators.data.figures, origin: '' }];
    for (const { name, file } of uploads) if (file.kind === 'indicators') sources.push({ figures: file.figures, origin: name });
    return { reports: reportIndex, sources, mine: added };
  }, [indicators.data, reports.data, reportIndex, uploads, added]);
  const built = useSteps<Dataset>(() => (input ? datasetSteps(input) : null), [input]);
  const dataset = built ?? EMPTY;
  const failed = [index, indicators, reports].find((query) => query.isError);
  useIdleSorting(dataset);
  return {
    status: failed ? 'error' : built && input && user.data && stored.data ? 'ready' : 'loading',
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

const EMPTY = buildDataset({ reports: [], sources: [] });

/** The dataset, and what every view reads of it (the counts of the default origin). */
function* datasetSteps(input: DatasetInput): Steps<Dataset> {
  const dataset = yield* buildDatasetSteps(input);
  const stats = yield* originStatsSteps(dataset, 'all');
  // the rows of the indicator the first view shows unless its address names another
  yield* indicatorRowsSteps(dataset, CATALOG.findIndex(({ id }) => id === defaultIndicator(stats)));
  return dataset;
}

/**
 * What `steps` make, run a slice at a time after each change of `deps`; until the first is made, null.
 * While a newer one is being made the last one made is kept (a change shows once it is ready).
 */
function useSteps<T>(steps: () => Steps<T> | null, deps: readonly unknown[]): T | null {
  const [made, setMade] = useState<{ value: T } | null>(null);
  useEffect(() => {
    const work = steps();
    if (!work) return;
    const run = runInSlices(work);
    void run.done.then((value) => setMade({ value }));
    return () => run.cancel();
    // oxlint-disable-next-line react-hooks/exhaustive-deps -- a hook like useMemo: the caller names the deps
  }, deps);
  return made ? made.value : null;
}

/** Once a dataset is made and the page is idle (the first chart drawn), each indicator's rows are sorted
 *  one after the other (query/indicator-rows.ts: indicatorRows), a slice at a time, so that choosing another
 *  indicator later does not wait for it. */
function useIdleSorting(dataset: Dataset): void {
  useEffect(() => {
    if (dataset.figures === 0) return;
    let cancel = () => {};
    const start = () => {
      const run = runInSlices((function* () {
        for (let next = 0; next < CATALOG.length; next++) yield* indicatorRowsSteps(dataset, next);
      })());
      cancel = run.cancel;
    };
    if (typeof requestIdleCallback === 'function') {
      const handle = requestIdleCallback(start, { timeout: 1_000 });
      cancel = () => cancelIdleCallback(handle);
    } else {
      const handle = setTimeout(start, 50);
      cancel = () => clearTimeout(handle);
    }
    return () => cancel();
  }, [dataset]);
}
