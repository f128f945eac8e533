// The figures the dashboard works on, built once per set of loaded files (build-dataset.ts): every
// indicator row joined to its report's place and year, and the rows of each indicator put together. The
// first view that asks for an indicator sorts its rows by place, period, status, year and report and
// gathers what the views read into typed arrays of their own (IndicatorRows, kept: indicator-rows.ts): a
// filter is then a scan of one indicator's rows, and the points of a chart are runs of neighbouring rows
// (points.ts). Nothing is an object until it is shown (`figureAt`). This file holds the types and the
// accessors every view uses.
//
// The data has two sides: the embedded data with the CSV files the user loaded ("embedded"), and the
// user's own reviewed reports ("mine"). Which side a view shows is a filter of rows (`visible`), so
// switching it costs a scan, not a rebuild: in "all", a report of the user's replaces an embedded
// report of the same report_id (their version is the one they checked).
import { figureRow, MASKED, type FigureColumns } from '../data/figure-columns.ts';
import type { IndicatorRow, ReportRow } from '../data/schema.ts';
import type { DashboardPart } from '../data/user-store.ts';
import type { ReportIndex } from './report-index.ts';
import { SOURCE_KINDS, type SourceKind } from './sources.ts';
import type { OriginChoice } from './view-state.ts';

export interface DatasetRow extends IndicatorRow {
  place: string; // "杭州市", "温州市·瑞安市" (a county's report), or "#r041" when the report names no city
  city: string;
  province: string;
  year: number | null; // the year the figure is for: its own (the `year` column) or else its report's
  reportYear: number | null; // its report's year
  level: ReportRow['level']; // its report's: city (市) or county (区县)
  source: string; // its report's source
  sourceKind: SourceKind;
  origin: string; // '' for the embedded data, else the name of the file the user loaded, or USER_ORIGIN
}

/** Levels of reports as numbers (reportLevel): 0 unknown, 1 city (市), 2 county or district (区县). */
export const LEVELS = ['', 'city', 'county'] as const;

export { MASKED };

export interface FigureSource {
  figures: FigureColumns;
  origin: string;
}

/** The origin of the user's own figures ('' is the embedded data, else an uploaded file's name). */
export const USER_ORIGIN = 'user';

export interface DatasetInput {
  reports: readonly ReportRow[] | ReportIndex; // reports.csv and the reports files the user loaded (a later row of a report_id wins)
  sources: readonly FigureSource[]; // indicators.csv and the indicator files the user loaded, in that order
  mine?: readonly DashboardPart[]; // the user's own reports on the dashboard
}

/** Bits of a row's flags (MASKED as in the columns). */
export const SCOPED = 8; // a part (scope not empty)
export const MINE = 16; // the user's own
export const REPLACED = 32; // embedded, of a report the user has their own version of

export interface Dataset {
  figures: number; // rows, every side
  // every row, in the order of the sources:
  rowPart: Uint8Array; // which source (sources, then the user's) …
  rowLocal: Int32Array; // … and which row of it
  rowReport: Int32Array; // into the reports below
  rowIndicator: Uint8Array; // index into CATALOG
  rowPeriodStatus: Uint8Array; // period * 3 + status
  rowFlags: Uint8Array; // MASKED | SCOPED | MINE | REPLACED
  rowYear: Int16Array; // the year a figure is for: its own, else its report's; -1: unknown
  // the rows of CATALOG[i] are byIndicator[i] … byIndicator[i + 1] - 1 of indicatorOrder (in the sources' order)
  byIndicator: Int32Array;
  indicatorOrder: Int32Array;
  // reports (known ones and report_ids no reports.csv names):
  reportIds: string[];
  reportRows: (ReportRow | null)[];
  reportPlace: Int32Array; // into places
  reportYear: Int16Array; // -1: unknown
  reportLevel: Uint8Array; // index into LEVELS
  reportSource: Uint8Array; // index into SOURCE_KINDS
  reportSide: Uint8Array; // 0 embedded, 1 mine
  reportReplaced: Uint8Array; // 1: an embedded report the user has their own version of
  yearReportRank: Int32Array; // a report's rank by year, then number
  years: number[]; // the years figures are for, ascending
  places: string[]; // sorted as the reader's language sorts them: a place's index is its rank
  sources: FigureSource[]; // with the user's own last
  cache: Map<string, unknown>; // what is computed once per dataset (IndicatorRows, summary.ts)
}

/** One indicator's rows, sorted by place, period, status, year and report, with what the views read of them. */
export interface IndicatorRows {
  indicator: number;
  length: number;
  year: Int16Array; // the figure's year (its own, else its report's); -1: unknown
  part: Uint8Array;
  local: Int32Array;
  report: Int32Array;
  period: Uint8Array;
  status: Uint8Array;
  flags: Uint8Array;
  value: Float64Array;
  start: Int32Array;
}

/** Bits a row's flags must not have (`skip`) and must have (`need`) to be in a view of this origin:
 *  in "all", a report of the user's replaces the embedded one of the same report_id. */
export type OriginMask = Readonly<{ skip: number; need: number }>;

const ORIGIN_MASKS: Readonly<Record<OriginChoice, OriginMask>> = {
  all: { skip: REPLACED, need: 0 },
  mine: { skip: 0, need: MINE },
  embedded: { skip: MINE, need: 0 },
};

export const originMask = (origin: OriginChoice): OriginMask => ORIGIN_MASKS[origin];

/** Whether a row with these flags is in a view of an origin, by the origin's mask (taken once, before a loop over rows). */
export function visible(flags: number, mask: OriginMask): boolean {
  return (flags & mask.skip) === 0 && (flags & mask.need) === mask.need;
}

/** The same for reports. */
export function reportVisible(dataset: Dataset, g: number, origin: OriginChoice): boolean {
  return origin === 'all' ? dataset.reportReplaced[g] === 0 : origin === 'mine' ? dataset.reportSide[g] === 1 : dataset.reportSide[g] === 0;
}

/** Row r of an indicator's rows as an object, for what is shown. */
export function figureAt(dataset: Dataset, rows: IndicatorRows, r: number): DatasetRow {
  const source = dataset.sources[rows.part[r]!]!;
  const g = rows.report[r]!;
  const report = dataset.reportRows[g];
  const year = rows.year[r]!;
  return {
    ...figureRow(source.figures, rows.local[r]!), place: dataset.places[dataset.reportPlace[g]!]!, city: report?.city ?? '',
    province: report?.province ?? '', year: year < 0 ? null : year, reportYear: report?.year ?? null, level: report?.level ?? '',
    source: report?.source ?? '', sourceKind: SOURCE_KINDS[dataset.reportSource[g]!]!, origin: source.origin,
  };
}

/** The report row of a report_id as a view of this origin sees it. */
export function reportOf(dataset: Dataset, reportId: string, origin: OriginChoice): ReportRow | undefined {
  let found: ReportRow | undefined;
  dataset.reportIds.forEach((id, g) => {
    if (id === reportId && dataset.reportRows[g] && reportVisible(dataset, g, origin)) found = dataset.reportRows[g]!;
  });
  return found;
}
