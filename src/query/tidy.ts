// Figures as tidy data: one record per figure, one column per fact, with stable machine names
// (TIDY_COLUMNS) that the exports write as they are (JSON) or under the UI's words (CSV header).
// A view's export is the table's rows and the other totals each point was chosen among; "everything
// loaded" is every figure the dashboard holds (as the origin "all" sees them).
import { CATALOG } from '../extract/catalog.ts';
import type { ReportRow } from '../data/schema.ts';
import { MANUAL_RULE } from '../data/user-store.ts';
import { figureAt, MASKED, REPLACED, USER_ORIGIN, type Dataset, type DatasetRow } from './dataset.ts';
import { indicatorRows } from './indicator-rows.ts';
import type { Selection } from './filters.ts';
import { doubtsOf } from './plausibility.ts';
import type { Series } from './series.ts';

export const TIDY_COLUMNS = [
  'indicator_id', 'indicator', 'value', 'unit', 'masked', 'approx', 'status', 'period', 'scope', 'role', 'year', 'report_year',
  'place', 'city', 'county', 'province', 'admin_code', 'level', 'report_id', 'report_title', 'source', 'source_kind',
  'quote', 'start', 'end', 'rule', 'edited', 'doubtful', 'doubt_reason', 'origin',
] as const;
export type TidyColumn = (typeof TIDY_COLUMNS)[number];

/** What a figure is in its view: the point's total, a part of a report's total, or another total the point was chosen among. */
export type Role = 'total' | 'part' | 'other_total';

export interface TidyFigure {
  figure: DatasetRow;
  report: ReportRow | null;
  role: Role;
  doubt: number; // plausibility.ts bits; 0: not doubtful
}


/** Every cell of a record, as data (numbers as numbers, flags as booleans, unknown as null); `indicator` and `doubt_reason` are
 *  left for the caller to put into words (indicatorName, doubt reasons). */
export function tidyRecord(entry: TidyFigure): Record<Exclude<TidyColumn, 'indicator' | 'doubt_reason'>, string | number | boolean | null> {
  const { figure, report } = entry;
  const masked = figure.masked || figure.value === null;
  return {
    indicator_id: figure.indicator,
    value: masked ? null : figure.value,
    unit: figure.unit,
    masked,
    approx: figure.approx,
    status: figure.status,
    period: figure.period,
    scope: figure.scope,
    role: entry.role,
    year: figure.year,
    report_year: figure.reportYear,
    place: figure.place.startsWith('#') ? '' : figure.place,
    city: report?.city ?? '',
    county: report?.county ?? '',
    province: report?.province ?? '',
    admin_code: report?.admin_code ?? '',
    level: figure.level,
    report_id: figure.report_id,
    report_title: report?.title ?? '',
    source: figure.source,
    source_kind: figure.sourceKind,
    quote: figure.quote,
    start: figure.start < 0 ? null : figure.start,
    end: figure.end < 0 ? null : figure.end,
    rule: figure.rule,
    edited: figure.rule === '' || figure.rule === MANUAL_RULE, // added or changed by a person (ui/review/review.ts)
    doubtful: entry.doubt !== 0,
    origin: figure.origin === '' ? 'embedded' : figure.origin === USER_ORIGIN ? 'mine' : `upload:${figure.origin}`,
  };
}

/** The report row a figure was joined to (the user's own version for the user's figures). */
function reportFinder(dataset: Dataset): (figure: DatasetRow) => ReportRow | null {
  const byId = new Map<string, number[]>();
  dataset.reportIds.forEach((id, g) => byId.set(id, [...(byId.get(id) ?? []), g]));
  return (figure) => {
    const side = figure.origin === USER_ORIGIN ? 1 : 0;
    const g = byId.get(figure.report_id)?.find((k) => dataset.reportSide[k] === side);
    return g === undefined ? null : dataset.reportRows[g] ?? null;
  };
}

const identity = (f: DatasetRow) => [f.origin, f.report_id, f.indicator, f.start, f.end, f.scope, f.value, f.period, f.status].join('|');

/** The rows of a selection a view shows (masked ones only when they are shown). */
function shownRows(selection: Selection, showMasked: boolean): number[] {
  const { rows, selected } = selection;
  return Array.from(selected).filter((r) => showMasked || (rows.flags[r]! & MASKED) === 0);
}

/**
 * Every figure of a view: the table's rows (every page) in its order, each point followed by the other
 * totals it was chosen among; then the view's other figures the table does not list (the parts beside
 * a total in the city and year views, figures of unknown year in the year view).
 */
export function viewFigures(dataset: Dataset, series: Series, selection: Selection, showMasked: boolean): TidyFigure[] {
  const report = reportFinder(dataset);
  const out: TidyFigure[] = [];
  for (const entry of series.rowsAt(0, series.rows)) {
    out.push({ figure: entry.figure, report: report(entry.figure), role: entry.role, doubt: entry.doubt });
    entry.alternatives.forEach((figure, k) => out.push({ figure, report: report(figure), role: 'other_total', doubt: entry.alternativeDoubts[k] ?? 0 }));
  }
  const listed = new Set(out.map(({ figure }) => identity(figure)));
  const doubts = doubtsOf(dataset, selection.rows);
  for (const r of shownRows(selection, showMasked)) {
    const figure = figureAt(dataset, selection.rows, r);
    if (!listed.has(identity(figure))) out.push({ figure, report: report(figure), role: figure.scope ? 'part' : 'total', doubt: doubts[r]! });
  }
  return out;
}

/** How many reports a view draws on: the reports of its figures (viewFigures), counted without making them. */
export function viewReports(selection: Selection, showMasked: boolean): number {
  return new Set(shownRows(selection, showMasked).map((r) => selection.rows.report[r]!)).size;
}

/** Every figure loaded (embedded, uploaded and the user's own; an embedded report the user has their own version of is left out), by indicator. */
export function loadedFigures(dataset: Dataset): TidyFigure[] {
  const report = reportFinder(dataset);
  const out: TidyFigure[] = [];
  CATALOG.forEach((_, i) => {
    const rows = indicatorRows(dataset, i);
    const doubts = doubtsOf(dataset, rows);
    for (let r = 0; r < rows.length; r++) {
      if ((rows.flags[r]! & REPLACED) !== 0) continue;
      const figure = figureAt(dataset, rows, r);
      out.push({ figure, report: report(figure), role: figure.scope ? 'part' : 'total', doubt: doubts[r]! });
    }
  });
  return out;
}

/** How many reports the figures come from (the number a citation names). */
export const reportCount = (figures: readonly TidyFigure[]): number => new Set(figures.map(({ figure }) => `${figure.origin === USER_ORIGIN ? 1 : 0}|${figure.report_id}`)).size;
