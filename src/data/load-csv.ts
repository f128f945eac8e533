// A CSV file (bytes or text) → validated rows and the rejected ones. Which table it is
// (indicators.csv or reports.csv) is told by its header. loaded + rejected = records in the file.
import Papa from 'papaparse';
import { decodeBytes } from './decode.ts';
import {
  checkIndicatorRecord, checkReportRecord, REQUIRED_INDICATOR_COLUMNS, REQUIRED_REPORT_COLUMNS,
  type Checked, type CsvRecord, type IndicatorRow, type ReportRow, type RowError,
} from './schema.ts';

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

function parse(text: string): { header: string[]; records: CsvRecord[] } {
  const result = Papa.parse<CsvRecord>(text, {
    header: true,
    skipEmptyLines: 'greedy',
    transformHeader: (name) => name.replace(/^\uFEFF/, '').trim(),
  });
  return { header: result.meta.fields ?? [], records: result.data };
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
    const checked = check(record, row);
    if (checked.ok) rows.push(checked.row);
    else errors.push(checked.error);
  });
  return { rows, errors };
}

export function loadCsv(input: Uint8Array | string): LoadedTable {
  const { text, encoding } = typeof input === 'string' ? { text: input, encoding: 'utf-8' as const } : decodeBytes(input);
  const { header, records } = parse(text);
  if (tableKind(header) === 'reports') {
    return { kind: 'reports', ...validate(records, header, REQUIRED_REPORT_COLUMNS, checkReportRecord), records: records.length, encoding };
  }
  return { kind: 'indicators', ...validate(records, header, REQUIRED_INDICATOR_COLUMNS, checkIndicatorRecord), records: records.length, encoding };
}
