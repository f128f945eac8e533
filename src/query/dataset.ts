// The figures the dashboard works on, built once per set of loaded files: every indicator row joined
// to its report's place and year, and the rows of each indicator put together. The first view that
// asks for an indicator sorts its rows by place, period, status, year and report and gathers what
// the views read into typed arrays of their own (IndicatorRows, kept): a filter is then a scan of one
// indicator's rows, and the points of a chart are runs of neighbouring rows (points.ts). Nothing is an
// object until it is shown (`figureAt`).
//
// The data has two sides: the embedded data with the CSV files the user loaded ("embedded"), and the
// user's own reviewed reports ("mine"). Which side a view shows is a filter of rows (`visible`), so
// switching it costs a scan, not a rebuild: in "all", a report of the user's replaces an embedded
// report of the same report_id (their version is the one they checked).
import { figureRow, MASKED, DUPLICATE, type FigureColumns, columnsFromRows } from '../data/figure-columns.ts';
import type { IndicatorRow, ReportRow } from '../data/schema.ts';
import type { DashboardPart } from '../data/user-store.ts';
import { CATALOG } from '../extract/catalog.ts';
import { SOURCE_KINDS, sourceKind, type SourceKind } from './sources.ts';
import { ROWS_A_STEP, runSteps, type Steps } from './steps.ts';
import type { OriginChoice } from './view-state.ts';

export interface Figure extends IndicatorRow {
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

export function placeOf(report: ReportRow | undefined | null, reportId: string): string {
  const place = [report?.city, report?.county].filter(Boolean).join('·');
  return place || `#${reportId}`;
}

/** Whether a row with these flags is in a view of this origin. */
export function visible(flags: number, origin: OriginChoice): boolean {
  return origin === 'all' ? (flags & REPLACED) === 0 : origin === 'mine' ? (flags & MINE) !== 0 : (flags & MINE) === 0;
}

/** The same for reports. */
export function reportVisible(dataset: Dataset, g: number, origin: OriginChoice): boolean {
  return origin === 'all' ? dataset.reportReplaced[g] === 0 : origin === 'mine' ? dataset.reportSide[g] === 1 : dataset.reportSide[g] === 0;
}

/** Row r of an indicator's rows as an object, for what is shown. */
export function figureAt(dataset: Dataset, rows: IndicatorRows, r: number): Figure {
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

/** The rows of CATALOG[indicator], sorted and gathered the first time they are asked for. */
export function indicatorRows(dataset: Dataset, indicator: number): IndicatorRows {
  return runSteps(indicatorRowsSteps(dataset, indicator));
}

/** indicatorRows in steps (a pause between its passes over the rows), for the page to sort them between other tasks. */
export function* indicatorRowsSteps(dataset: Dataset, indicator: number): Steps<IndicatorRows> {
  const key = `rows|${indicator}`;
  const cached = dataset.cache.get(key) as IndicatorRows | undefined;
  if (cached) return cached;
  const from = dataset.byIndicator[indicator] ?? 0;
  const to = dataset.byIndicator[indicator + 1] ?? 0;
  const n = to - from;
  const { rowReport, rowPeriodStatus, rowYear, reportPlace, yearReportRank } = dataset;
  // by place, period, status, year, report: counting sorts from the last key to the first
  let order: Int32Array = dataset.indicatorOrder.slice(from, to);
  const yearReport = new Int32Array(n);
  const yearKey = new Int32Array(n); // 0: unknown, else year - YEAR_BASE + 1
  const periodStatus = new Uint8Array(n);
  const place = new Int32Array(n);
  for (let k = 0; k < n; k++) {
    const row = order[k]!;
    const g = rowReport[row]!;
    yearReport[k] = yearReportRank[g]!;
    yearKey[k] = rowYear[row]! < 0 ? 0 : rowYear[row]! - YEAR_BASE + 1;
    periodStatus[k] = rowPeriodStatus[row]!;
    place[k] = reportPlace[g]!;
  }
  let position: Int32Array = new Int32Array(n);
  for (let k = 0; k < n; k++) position[k] = k;
  yield;
  position = sortBy(position, yearReport, dataset.reportIds.length);
  yield;
  position = sortBy(position, yearKey, YEAR_SPAN + 1);
  yield;
  position = sortBy(position, periodStatus, 18);
  yield;
  position = sortBy(position, place, dataset.places.length);
  yield;
  const sorted = new Int32Array(n);
  for (let k = 0; k < n; k++) sorted[k] = order[position[k]!]!;
  order = sorted;
  yield;
  const rows: IndicatorRows = {
    indicator, length: n, year: new Int16Array(n), part: new Uint8Array(n), local: new Int32Array(n), report: new Int32Array(n), period: new Uint8Array(n),
    status: new Uint8Array(n), flags: new Uint8Array(n), value: new Float64Array(n), start: new Int32Array(n),
  };
  const columns = dataset.sources.map((source) => source.figures);
  for (let r = 0; r < n; r++) {
    const row = order[r]!;
    const part = dataset.rowPart[row]!;
    const local = dataset.rowLocal[row]!;
    const periodAndStatus = rowPeriodStatus[row]!;
    rows.part[r] = part;
    rows.local[r] = local;
    rows.report[r] = rowReport[row]!;
    rows.year[r] = rowYear[row]!;
    rows.period[r] = (periodAndStatus / 3) | 0;
    rows.status[r] = periodAndStatus % 3;
    rows.flags[r] = dataset.rowFlags[row]!;
    rows.value[r] = columns[part]!.value[local]!;
    rows.start[r] = columns[part]!.start[local]!;
  }
  dataset.cache.set(key, rows);
  return rows;
}

/** The embedded reports indexed by report_id, with their places: made once, as soon as reports.csv is in. */
export interface ReportIndex {
  ids: string[];
  rows: ReportRow[];
  places: string[];
  index: ReadonlyMap<string, number>;
}

export function indexReports(rows: readonly ReportRow[]): ReportIndex {
  return runSteps(indexReportsSteps(rows));
}

/** indexReports in steps (runInSlices). */
export function* indexReportsSteps(rows: readonly ReportRow[]): Steps<ReportIndex> {
  const index = new Map<string, number>();
  const ids: string[] = [];
  const kept: ReportRow[] = [];
  for (let k = 0; k < rows.length; k++) {
    if ((k & 0x3fff) === 0x3fff) yield;
    const row = rows[k]!;
    const g = index.get(row.report_id);
    if (g !== undefined) kept[g] = row; // a later row of the same report_id wins
    else {
      index.set(row.report_id, ids.length);
      ids.push(row.report_id);
      kept.push(row);
    }
  }
  const places = new Array<string>(kept.length);
  for (let g = 0; g < kept.length; g++) {
    if ((g & 0x3fff) === 0x3fff) yield;
    places[g] = placeOf(kept[g], kept[g]!.report_id);
  }
  return { ids, rows: kept, places, index };
}

/** Reports of both sides, numbered (the embedded ones first, as indexed); a report_id no reports.csv
 *  names gets an entry of its own (row null). */
class Reports {
  ids: string[];
  rows: (ReportRow | null)[];
  side: number[];
  places: string[];
  private readonly base: ReadonlyMap<string, number>;
  private readonly added = [new Map<string, number>(), new Map<string, number>()];

  constructor(base: ReportIndex) {
    this.base = base.index;
    this.ids = base.ids.slice();
    this.rows = base.rows.slice();
    this.side = new Array<number>(base.ids.length).fill(0);
    this.places = base.places.slice();
  }

  put(side: 0 | 1, row: ReportRow): void {
    const g = this.get(side, row.report_id);
    this.rows[g] = row; // a later row of the same report_id wins
    this.places[g] = placeOf(row, row.report_id);
  }

  get(side: 0 | 1, id: string): number {
    let g = side === 0 ? this.base.get(id) : undefined;
    if (g !== undefined) return g;
    g = this.added[side]!.get(id);
    if (g === undefined) {
      g = this.ids.length;
      this.added[side]!.set(id, g);
      this.ids.push(id);
      this.rows.push(null);
      this.side.push(side);
      this.places.push(placeOf(null, id));
    }
    return g;
  }

  has(side: 0 | 1, id: string): boolean {
    return (side === 0 && this.base.has(id)) || this.added[side]!.has(id);
  }
}

/** Years a figure can be for (the schema's 1949–2100), as counting-sort keys from YEAR_BASE. */
const YEAR_BASE = 1949;
const YEAR_SPAN = 2100 - YEAR_BASE + 1;

/** Stable counting sort of `order` by key(row) in [0, buckets). */
function sortBy(order: Int32Array, keys: Int32Array | Uint8Array, buckets: number): Int32Array {
  const counts = new Int32Array(buckets + 1);
  for (let k = 0; k < order.length; k++) counts[keys[order[k]!]! + 1]!++;
  for (let b = 0; b < buckets; b++) counts[b + 1]! += counts[b]!;
  const sorted = new Int32Array(order.length);
  for (let k = 0; k < order.length; k++) {
    const row = order[k]!;
    sorted[counts[keys[row]!]!++] = row;
  }
  return sorted;
}

export function buildDataset(input: DatasetInput): Dataset {
  return runSteps(buildDatasetSteps(input));
}

/** buildDataset in steps (runInSlices): the page builds it without a long task. */
export function* buildDatasetSteps(input: DatasetInput): Steps<Dataset> {
  const mine = input.mine ?? [];
  const sources: FigureSource[] = [...input.sources];
  if (mine.length > 0) sources.push({ figures: columnsFromRows(mine.flatMap((part) => part.rows)), origin: USER_ORIGIN });
  const mineSource = mine.length > 0 ? sources.length - 1 : -1;

  const reports = new Reports('index' in input.reports ? input.reports : yield* indexReportsSteps(input.reports));
  for (const part of mine) reports.put(1, part.report);
  // each source's report_id dictionary → report numbers
  const reportMaps: Int32Array[] = [];
  for (let s = 0; s < sources.length; s++) {
    const side = s === mineSource ? 1 : 0;
    const ids = sources[s]!.figures.reportIds;
    const map = new Int32Array(ids.length);
    for (let id = 0; id < ids.length; id++) {
      if ((id & 0x3fff) === 0x3fff) yield;
      map[id] = reports.get(side, ids[id]!);
    }
    reportMaps.push(map);
  }
  const reportCount = reports.ids.length;
  const replaced = new Uint8Array(reportCount);
  for (let g = 0; g < reportCount; g++) if (reports.side[g] === 0 && reports.has(1, reports.ids[g]!)) replaced[g] = 1;

  // places, ranked as the reader's language sorts them (as String.prototype.localeCompare does)
  const placeNames = reports.places;
  const collator = new Intl.Collator();
  const places = [...new Set(placeNames)].sort(collator.compare);
  const placeRank = new Map(places.map((place, rank) => [place, rank]));
  const reportPlace = new Int32Array(reportCount);
  const reportYear = new Int16Array(reportCount);
  const reportLevel = new Uint8Array(reportCount);
  const reportSource = new Uint8Array(reportCount);
  for (let g = 0; g < reportCount; g++) {
    if ((g & 0x3fff) === 0x3fff) yield;
    reportPlace[g] = placeRank.get(placeNames[g]!)!;
    const row = reports.rows[g];
    reportYear[g] = row?.year ?? -1;
    reportLevel[g] = Math.max(0, LEVELS.indexOf(row?.level ?? ''));
    reportSource[g] = SOURCE_KINDS.indexOf(sourceKind(row?.source ?? ''));
  }

  // the rows kept: not a duplicate in their file, nor of a row in an earlier file of the same side
  const dropped = crossDuplicates(sources, reportMaps);
  yield;
  let total = 0;
  for (let s = 0; s < sources.length; s++) {
    const { flags, length } = sources[s]!.figures;
    const drop = dropped[s];
    for (let from = 0; from < length; from += ROWS_A_STEP) {
      yield;
      const to = Math.min(length, from + ROWS_A_STEP);
      for (let k = from; k < to; k++) if ((flags[k]! & DUPLICATE) === 0 && !drop?.[k]) total++;
    }
  }
  const rowPart = new Uint8Array(total);
  const rowLocal = new Int32Array(total);
  const rowReport = new Int32Array(total);
  const rowIndicator = new Uint8Array(total);
  const rowPeriodStatus = new Uint8Array(total);
  const rowFlags = new Uint8Array(total);
  const rowYear = new Int16Array(total);
  const yearsSeen = new Set<number>();
  let n = 0;
  for (let s = 0; s < sources.length; s++) {
    const { flags, length, report, indicator, period, status, scope, year } = sources[s]!.figures;
    const map = reportMaps[s]!;
    const drop = dropped[s];
    const mine = s === mineSource ? MINE : 0;
    for (let from = 0; from < length; from += ROWS_A_STEP) {
      yield;
      const to = Math.min(length, from + ROWS_A_STEP);
      for (let k = from; k < to; k++) {
        if ((flags[k]! & DUPLICATE) !== 0 || drop?.[k]) continue;
        const g = map[report[k]!]!;
        rowPart[n] = s;
        rowLocal[n] = k;
        rowReport[n] = g;
        rowIndicator[n] = indicator[k]!;
        rowPeriodStatus[n] = period[k]! * 3 + status[k]!;
        rowFlags[n] = (flags[k]! & MASKED) | (scope[k] !== 0 ? SCOPED : 0) | mine | (replaced[g] ? REPLACED : 0); // scopes[0] is ''
        rowYear[n] = year[k] || reportYear[g]!;
        if (rowYear[n]! >= 0) yearsSeen.add(rowYear[n]!);
        n++;
      }
    }
  }

  // each indicator's rows together (the sorting within an indicator waits until a view asks: indicatorRows)
  const byIndicator = new Int32Array(CATALOG.length + 1);
  for (let from = 0; from < total; from += ROWS_A_STEP) {
    yield;
    const to = Math.min(total, from + ROWS_A_STEP);
    for (let row = from; row < to; row++) byIndicator[rowIndicator[row]! + 1]!++;
  }
  for (let i = 0; i < CATALOG.length; i++) byIndicator[i + 1]! += byIndicator[i]!;
  const indicatorOrder = new Int32Array(total);
  const next = byIndicator.slice(0, CATALOG.length);
  for (let from = 0; from < total; from += ROWS_A_STEP) {
    yield;
    const to = Math.min(total, from + ROWS_A_STEP);
    for (let row = from; row < to; row++) indicatorOrder[next[rowIndicator[row]!]!++] = row;
  }

  // reports ranked by year (unknown first), then number: a counting sort by year
  yield;
  let firstYear = 0;
  let lastYear = -1;
  for (let g = 0; g < reportCount; g++) {
    const year = reportYear[g]!;
    if (year < 0) continue;
    if (lastYear < firstYear) firstYear = lastYear = year;
    else if (year < firstYear) firstYear = year;
    else if (year > lastYear) lastYear = year;
  }
  const yearKey = new Int32Array(reportCount);
  for (let g = 0; g < reportCount; g++) yearKey[g] = reportYear[g]! < 0 ? 0 : reportYear[g]! - firstYear + 1;
  const ranked = new Int32Array(reportCount);
  for (let g = 0; g < reportCount; g++) ranked[g] = g;
  const reportOrder = sortBy(ranked, yearKey, Math.max(1, lastYear - firstYear + 2));
  const yearReportRank = new Int32Array(reportCount);
  for (let rank = 0; rank < reportCount; rank++) yearReportRank[reportOrder[rank]!] = rank;

  return {
    figures: total, rowPart, rowLocal, rowReport, rowIndicator, rowPeriodStatus, rowFlags, rowYear, byIndicator, indicatorOrder,
    reportIds: reports.ids, reportRows: reports.rows, reportPlace, reportYear, reportLevel, reportSource, reportSide: Uint8Array.from(reports.side),
    reportReplaced: replaced, yearReportRank, years: [...yearsSeen].sort((a, b) => a - b), places, sources, cache: new Map(),
  };
}

/**
 * Rows that repeat a row of an earlier source of the same side (an upload of the embedded file): per
 * source, 1 for a row to leave out. Each file's own repeats are marked already (DUPLICATE); here only
 * the later sources go into a hash table, and the first (the big embedded file) is scanned against it.
 */
function crossDuplicates(sources: readonly FigureSource[], reportMaps: readonly Int32Array[]): (Uint8Array | undefined)[] {
  const dropped: (Uint8Array | undefined)[] = sources.map(() => undefined);
  const scopeIds = new Map<string, number>();
  const scopeMaps = sources.map((source) => Int32Array.from(source.figures.scopes, (scope) => {
    if (!scopeIds.has(scope)) scopeIds.set(scope, scopeIds.size);
    return scopeIds.get(scope)!;
  }));
  const identity = (s: number, k: number): string => {
    const columns = sources[s]!.figures;
    const masked = (columns.flags[k]! & MASKED) !== 0;
    return `${reportMaps[s]![columns.report[k]!]}|${columns.indicator[k]}|${masked ? 'masked' : columns.value[k]! + 0}|${columns.period[k]}|${columns.status[k]}|${scopeMaps[s]![columns.scope[k]!]}`;
  };
  // sources of one side: the embedded and uploaded files (the user's own are a side of their own, one source)
  const sides = new Map<number, number[]>();
  sources.forEach((source, s) => {
    const side = source.origin === USER_ORIGIN ? 1 : 0;
    sides.set(side, [...(sides.get(side) ?? []), s]);
  });
  for (const [first, ...later] of sides.values()) {
    if (first === undefined || later.length === 0) continue;
    const seen = new Map<string, [number, number]>();
    for (const s of later) {
      const columns = sources[s]!.figures;
      const drop = (dropped[s] = new Uint8Array(columns.length));
      for (let k = 0; k < columns.length; k++) {
        if ((columns.flags[k]! & DUPLICATE) !== 0) continue;
        const key = identity(s, k);
        if (seen.has(key)) drop[k] = 1;
        else seen.set(key, [s, k]);
      }
    }
    // only rows of reports the later files also have can repeat one of theirs
    const shared = new Set(later.flatMap((s) => [...new Set(reportMaps[s])]));
    const columns = sources[first]!.figures;
    const firstMap = reportMaps[first]!;
    const sharedReport = Uint8Array.from(columns.reportIds, (_, id) => Number(shared.has(firstMap[id]!)));
    for (let k = 0; k < columns.length; k++) {
      if ((columns.flags[k]! & DUPLICATE) !== 0 || !sharedReport[columns.report[k]!]) continue;
      const hit = seen.get(identity(first, k));
      if (hit) dropped[hit[0]]![hit[1]] = 1;
    }
  }
  return dropped;
}
