// A report under review: the extractor's result, the user's corrections to its rows and to the
// report's city and year, and what goes to the dashboard and into the exported CSVs. Pure: every
// change returns a new report.
import { indicatorsToCsv, reportsToCsv } from '../../data/csv.ts';
import { REPORT_COLUMNS, type IndicatorRow, type Period, type Status } from '../../data/schema.ts';
import { MANUAL_RULE, type ReviewRow, type UserReport } from '../../data/user-store.ts';
import { indicatorById } from '../../extract/catalog.ts';
import type { Extraction } from '../../extract/index.ts';
import type { Place } from '../../extract/place.ts';

export type { DashboardPart, ReviewRow, UserReport } from '../../data/user-store.ts';

/** What a user may set on a row; the unit follows the indicator, `masked` follows the value. */
export interface RowFields {
  indicator: string;
  value: number | null; // null: the report hides the number (masked)
  period: Period;
  status: Status;
  scope: string;
}

export function reviewOf(
  fileName: string, result: { extraction: Extraction; warnings: string[] }, seq: number,
): UserReport {
  const { report, rows, cleaned, notes } = result.extraction;
  return {
    id: report.report_id, origin: 'user', seq, fileName, cleaned, notes, warnings: result.warnings,
    guessed: report, extracted: rows, report, rows: rows.map((row, from) => ({ row, from })), added: null,
  };
}

function withFields(row: IndicatorRow, fields: Partial<RowFields>): IndicatorRow {
  const next = { ...row, ...fields };
  const indicator = indicatorById(next.indicator);
  if (!indicator) throw new Error(`unknown indicator: ${next.indicator}`);
  if (next.value !== null && !Number.isFinite(next.value)) throw new Error(`not a number: ${next.value}`);
  return { ...next, unit: indicator.unit, masked: next.value === null };
}

export function editRow(report: UserReport, index: number, fields: Partial<RowFields>): UserReport {
  return { ...report, rows: report.rows.map((entry, k) => (k === index ? { ...entry, row: withFields(entry.row, fields) } : entry)) };
}

export function deleteRow(report: UserReport, index: number): UserReport {
  return { ...report, rows: report.rows.filter((_, k) => k !== index) };
}

/** A row for a clause the user selected: its quote is the text between the offsets; no rule made it. */
export function addRow(report: UserReport, span: { start: number; end: number }, fields: RowFields): UserReport {
  const { start, end } = span;
  if (!(start >= 0 && end > start && end <= report.cleaned.length)) throw new Error(`bad span: ${start}-${end}`);
  const base: IndicatorRow = {
    report_id: report.report.report_id, indicator: fields.indicator, value: null, unit: '', period: fields.period,
    status: fields.status, approx: false, masked: true, scope: '', quote: report.cleaned.slice(start, end), start, end, rule: '',
  };
  const added: ReviewRow = { row: withFields(base, fields), from: null };
  const at = report.rows.findIndex((entry) => entry.row.start > start);
  const rows = at < 0 ? [...report.rows, added] : [...report.rows.slice(0, at), added, ...report.rows.slice(at)];
  return { ...report, rows };
}

const PLACE_KEYS = ['city', 'county', 'province', 'admin_code', 'level'] as const;

/** Sets the report's place (null: none); the extractor's own guess gets back its own "how". */
export function setPlace(report: UserReport, place: Place | null): UserReport {
  const fields: Place = place ?? { city: '', county: '', province: '', admin_code: '', level: '' };
  const guessed = PLACE_KEYS.every((key) => report.guessed[key] === fields[key]);
  const city_how = guessed ? report.guessed.city_how : place ? 'manifest' : 'unknown';
  return { ...report, report: { ...report.report, ...fields, city_how } };
}

/** Sets the year the report covers (null: not stated); the extractor's own guess gets back its own "how". */
export function setYear(report: UserReport, year: number | null): UserReport {
  if (year !== null && !(Number.isInteger(year) && year >= 1949 && year <= 2100)) throw new Error(`not a year: ${year}`);
  const year_how = year === report.guessed.year ? report.guessed.year_how : year === null ? 'unknown' : 'manifest';
  return { ...report, report: { ...report.report, year, year_how } };
}

const sameRow = (a: IndicatorRow, b: IndicatorRow | undefined): boolean =>
  b !== undefined && (Object.keys(a) as (keyof IndicatorRow)[]).every((key) => a[key] === b[key]);

/** Whether a reviewed row is the extractor's as it was, one the user changed, or one the user added. */
export function rowState(report: UserReport, entry: ReviewRow): 'extracted' | 'edited' | 'added' {
  if (entry.from === null) return 'added';
  return sameRow(entry.row, report.extracted[entry.from]) ? 'extracted' : 'edited';
}

/** How many of the extractor's rows the user deleted. */
export function deletedRows(report: UserReport): number {
  return report.extracted.length - report.rows.filter((entry) => entry.from !== null).length;
}

/** The rows as the CSV and the dashboard take them: a row the user changed has the rule MANUAL_RULE. */
export const reviewedRows = (report: UserReport): IndicatorRow[] =>
  report.rows.map((entry) => (rowState(report, entry) === 'edited' ? { ...entry.row, rule: MANUAL_RULE } : entry.row));

/** Puts the report on the dashboard as it is now reviewed. */
export function addToDashboard(report: UserReport): UserReport {
  return { ...report, added: { report: report.report, rows: reviewedRows(report) } };
}

/** The review differs from what the dashboard shows (or the report is not on it yet). */
export function notOnDashboard(report: UserReport): boolean {
  const { added } = report;
  if (!added) return true;
  const rows = reviewedRows(report);
  const sameReport = REPORT_COLUMNS.every((column) => added.report[column] === report.report[column]);
  return !sameReport || added.rows.length !== rows.length || rows.some((row, k) => !sameRow(row, added.rows[k]));
}

/** indicators.csv and reports.csv of the reviewed reports, written as the CLI writes them. */
export function reviewedCsv(reports: readonly UserReport[]): { indicators: string; reports: string } {
  const ordered = [...reports].sort((a, b) => a.seq - b.seq);
  return {
    indicators: indicatorsToCsv(ordered.flatMap(reviewedRows)),
    reports: reportsToCsv(ordered.map((report) => report.report)),
  };
}
