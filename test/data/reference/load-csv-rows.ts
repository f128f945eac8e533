// The dashboard's loader as it was before the columnar one (papaparse, header: true, one object per
// record, the schema's record form): kept as the reference the columnar loader must agree with.
import Papa from 'papaparse';
import { decodeBytes } from '../../../src/data/decode.ts';
import {
  checkIndicatorRecord, checkReportRecord, shortRecord, REQUIRED_INDICATOR_COLUMNS, REQUIRED_REPORT_COLUMNS,
  type Checked, type CsvRecord, type IndicatorRow, type ReportRow, type RowError,
} from '../../../src/data/schema.ts';

interface Loaded<K extends string, T> {
  kind: K;
  rows: T[];
  errors: RowError[];
  records: number; // data records in the file (blank lines are not records)
  encoding: string;
}

export type LoadedIndicators = Loaded<'indicators', IndicatorRow>;
export type LoadedReports = Loaded<'reports', ReportRow>;
export type LoadedTable = LoadedIndicators | LoadedReports;

export function tableKind(header: readonly string[]): LoadedTable['kind'] {
  return !header.includes('indicator') && (header.includes('title') || header.includes('city')) ? 'reports' : 'indicators';
}

function parse(text: string): { header: string[]; records: CsvRecord[]; unclosed?: { record: number; lines: number } } {
  const result = Papa.parse<CsvRecord>(text, {
    header: true,
    skipEmptyLines: 'greedy',
    transformHeader: (name) => name.replace(/^\uFEFF/, '').trim(),
  });
  const missingQuote = result.errors.find((error) => error.code === 'MissingQuotes');
  const records = result.data;
  if (missingQuote?.row === undefined || records.length === 0) return { header: result.meta.fields ?? [], records };
  // papaparse reads everything after an unclosed quote as one field of the last record
  const record = Math.min(missingQuote.row, records.length - 1);
  const swallowed = Object.values(records[record]!).join(',');
  return { header: result.meta.fields ?? [], records, unclosed: { record, lines: swallowed.split('\n').length - 1 } };
}

function validate<T>(
  records: CsvRecord[], header: string[], requiredColumns: readonly string[],
  check: (record: CsvRecord, row: number) => Checked<T>,
): { rows: T[]; errors: RowError[] } {
  const rows: T[] = [];
  const errors: RowError[] = [];
  const absent = requiredColumns.find((column) => !header.includes(column));
  records.forEach((record, index) => {
    const row = index + 2; // the header is row 1
    if (absent) {
      errors.push({ row, code: 'missing-column', column: absent, value: '' });
      return;
    }
    // papaparse fills a record's fields in the header's order: the first one absent is where the record ends
    const fields = header.findIndex((name) => !(name in record));
    // papaparse renames a repeated header name ("status" → "status_1"); the file's own name is the one to say
    const named = header.map((name, k) => {
      const base = name.replace(/_\d+$/, '');
      return base !== name && header.indexOf(base) >= 0 && header.indexOf(base) < k ? base : name;
    });
    const short = check === checkIndicatorRecord && fields >= 0 ? shortRecord(named, fields) : null;
    if (short) {
      errors.push({ row, code: 'too-few-fields', ...short });
      return;
    }
    const checked = check(record, row);
    if (checked.ok) rows.push(checked.row);
    else errors.push(checked.error);
  });
  return { rows, errors };
}

export function loadCsvRows(input: Uint8Array | string): LoadedTable {
  const { text, encoding } = typeof input === 'string' ? { text: input, encoding: 'utf-8' as const } : decodeBytes(input);
  const { header, records, unclosed } = parse(text);
  const checked = tableKind(header) === 'reports'
    ? { kind: 'reports' as const, ...validate(records, header, REQUIRED_REPORT_COLUMNS, checkReportRecord) }
    : { kind: 'indicators' as const, ...validate(records, header, REQUIRED_INDICATOR_COLUMNS, checkIndicatorRecord) };
  if (unclosed) {
    // the record with the unclosed quote is rejected as such, whatever else was wrong with it
    const row = unclosed.record + 2;
    const at = checked.errors.findIndex((error) => error.row === row);
    const error: RowError = { row, code: 'unclosed-quote', column: '', value: String(unclosed.lines) };
    if (at >= 0) checked.errors[at] = error;
    else {
      (checked.rows as unknown[]).splice(checked.rows.length - 1, 1);
      checked.errors.push(error);
    }
  }
  return { ...checked, records: records.length, encoding } as LoadedTable;
}
