// Validates CSV records into the contract's rows (src/extract/contract.ts is the one source of
// the types; this file only checks strings against it). Each rejected record gets a row number
// as a spreadsheet shows it (the header is row 1) and a reason the UI can put into words.
// The record form below is the rules as one reads them; the columnar loader (indicator-table.ts) applies
// the same cell readers in the same order, and a test holds the two to the same results.
import { indicatorById } from '../extract/catalog.ts';
import { PERIODS, STATUSES, type IndicatorRow, type Period, type ReportRow, type Status } from '../extract/contract.ts';

export type { IndicatorRow, ReportRow, Period, Status, Decision } from '../extract/contract.ts';
export { INDICATOR_COLUMNS, REPORT_COLUMNS, PERIODS, STATUSES } from '../extract/contract.ts';

export type RejectCode =
  | 'missing-column' // the header lacks a required column
  | 'too-few-fields' // the record has fewer fields than the header (column: the first one missing; value: "8/13")
  | 'unknown-indicator'
  | 'bad-number'
  | 'bad-period'
  | 'bad-status'
  | 'bad-flag'
  | 'unit-mismatch'
  | 'missing-value' // a required cell is empty
  | 'unclosed-quote'; // a quote opened in this record never closes: the rest of the file is one field

export interface RowError {
  row: number; // spreadsheet row: header = 1, first record = 2
  code: RejectCode;
  column: string;
  value: string;
}

export type Checked<T> = { ok: true; row: T } | { ok: false; error: RowError };

/** A record as papaparse gives it with `header: true`. */
export type CsvRecord = Record<string, string | undefined>;

export const REQUIRED_INDICATOR_COLUMNS = ['report_id', 'indicator', 'value', 'period', 'status'] as const;
export const REQUIRED_REPORT_COLUMNS = ['report_id'] as const;

/** Why a record is no row, thrown by a cell's check and caught by the record's: never leaves the loaders.
 *  Not an Error: it gathers no stack, and the columnar loader may throw it for millions of rows. */
export class Reject {
  constructor(readonly code: RejectCode, readonly column: string, readonly value: string) {}
}

const cell = (record: CsvRecord, column: string): string => (record[column] ?? '').trim();

function required(record: CsvRecord, column: string): string {
  if (!(column in record) || record[column] === undefined) throw new Reject('missing-column', column, '');
  const value = cell(record, column);
  if (value === '') throw new Reject('missing-value', column, '');
  return value;
}

const PLAIN_DECIMAL = /^-?\d+(\.\d+)?$/;
const GROUPED_DECIMAL = /^-?\d{1,3}(,\d{3})+(\.\d+)?$/; // Excel writes 1,700 when the cell is formatted so

/** A number as the contract writes it; full-width digits and Excel's thousands separators are accepted. */
export function parseDecimal(text: string): number | null {
  const plain = text.normalize('NFKC').trim();
  if (!PLAIN_DECIMAL.test(plain) && !GROUPED_DECIMAL.test(plain)) return null;
  return Number(plain.replaceAll(',', ''));
}

const TRUE_WORDS = new Set(['true', '1', 'yes', '是']);
const FALSE_WORDS = new Set(['false', '0', 'no', '否', '']);

/** A trimmed cell as a flag; null when it is neither. Excel and WPS save TRUE/FALSE in capitals. */
export function readFlag(text: string): boolean | null {
  const value = text.toLowerCase();
  return TRUE_WORDS.has(value) ? true : FALSE_WORDS.has(value) ? false : null;
}

/** Offsets into a text (start, end) fit in 31 bits: a report is never 2 GB. */
export const MAX_OFFSET = 0x7fffffff;

/** A trimmed cell as an offset: -1 when empty (unknown: the report view then searches for the quote), null when bad. */
export function readOffset(text: string): number | null {
  if (text === '') return -1;
  const value = Number(text);
  return Number.isInteger(value) && value >= 0 && value <= MAX_OFFSET ? value : null;
}

/** A figure's own year (the `year` column of indicators.csv): null when empty (the report's year), undefined when bad. */
export function readFigureYear(text: string): number | null | undefined {
  if (text === '') return null;
  const year = parseDecimal(text);
  return year !== null && Number.isInteger(year) && year >= 1949 && year <= 2100 ? year : undefined;
}

function flag(record: CsvRecord, column: string): boolean {
  const value = readFlag(cell(record, column));
  if (value === null) throw new Reject('bad-flag', column, cell(record, column));
  return value;
}

function offset(record: CsvRecord, column: string): number {
  const value = readOffset(cell(record, column));
  if (value === null) throw new Reject('bad-number', column, cell(record, column));
  return value;
}

function indicatorRow(record: CsvRecord): IndicatorRow {
  const report_id = required(record, 'report_id');
  const id = required(record, 'indicator');
  const indicator = indicatorById(id);
  if (!indicator) throw new Reject('unknown-indicator', 'indicator', id);
  const period = required(record, 'period');
  if (!(PERIODS as readonly string[]).includes(period)) throw new Reject('bad-period', 'period', period);
  const status = required(record, 'status');
  if (!(STATUSES as readonly string[]).includes(status)) throw new Reject('bad-status', 'status', status);
  const unit = cell(record, 'unit') || indicator.unit;
  if (unit !== indicator.unit) throw new Reject('unit-mismatch', 'unit', unit);
  const masked = flag(record, 'masked');
  if (!('value' in record)) throw new Reject('missing-column', 'value', '');
  const valueText = cell(record, 'value');
  const value = masked ? null : parseDecimal(valueText);
  // a masked figure has no value; any other figure has a plain number
  if (masked ? valueText !== '' : value === null) throw new Reject('bad-number', 'value', valueText);
  return {
    report_id, indicator: id, value, unit, period: period as Period, status: status as Status,
    approx: flag(record, 'approx'), masked, scope: cell(record, 'scope'), quote: record.quote ?? '',
    start: offset(record, 'start'), end: offset(record, 'end'), rule: cell(record, 'rule'), year: figureYear(record),
  };
}

function figureYear(record: CsvRecord): number | null {
  const year = readFigureYear(cell(record, 'year'));
  if (year === undefined) throw new Reject('bad-number', 'year', cell(record, 'year'));
  return year;
}

const DECISIONS = new Set(['manifest', 'title', 'text', 'unknown']);

function reportRow(record: CsvRecord): ReportRow {
  const yearText = cell(record, 'year');
  const year = yearText === '' ? null : parseDecimal(yearText);
  if (year !== null && (!Number.isInteger(year) || year < 1949 || year > 2100)) throw new Reject('bad-number', 'year', yearText);
  if (yearText !== '' && year === null) throw new Reject('bad-number', 'year', yearText);
  const level = cell(record, 'level');
  const decision = (column: string) => {
    const value = cell(record, column);
    return (DECISIONS.has(value) ? value : 'unknown') as ReportRow['city_how'];
  };
  return {
    report_id: required(record, 'report_id'), title: cell(record, 'title'), city: cell(record, 'city'),
    county: cell(record, 'county'), province: cell(record, 'province'), admin_code: cell(record, 'admin_code'),
    level: level === 'city' || level === 'county' ? level : '', year, period: cell(record, 'period'),
    source: cell(record, 'source'), city_how: decision('city_how'), year_how: decision('year_how'),
  };
}

function check<T>(build: (record: CsvRecord) => T, record: CsvRecord, row: number): Checked<T> {
  try {
    return { ok: true, row: build(record) };
  } catch (error) {
    if (error instanceof Reject) return { ok: false, error: { row, code: error.code, column: error.column, value: error.value } };
    throw error;
  }
}

export const checkIndicatorRecord = (record: CsvRecord, row: number) => check(indicatorRow, record, row);

/** An indicators.csv record with fewer fields than its header ("r023,hte_total,1800,家": no period, no quote) is not
 *  a row with empty cells but a broken line: the first column it lacks, and how many fields it has of how many. */
export function shortRecord(header: readonly string[], fields: number): { column: string; value: string } | null {
  return fields < header.length ? { column: header[fields]!, value: `${fields}/${header.length}` } : null;
}
export const checkReportRecord = (record: CsvRecord, row: number) => check(reportRow, record, row);
