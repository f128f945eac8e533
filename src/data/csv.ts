// The project's CSV files, written and read with papaparse: the extractor's indicators.csv and
// reports.csv, and the manifest a user gives with the reports. No DOM, no node:*.
//
// Files written here are UTF-8 with a byte-order mark (so that Excel and WPS show the Chinese) and
// CRLF line ends (RFC 4180, and what Excel writes); a line break inside a quoted cell stays as it is.
import Papa from 'papaparse';
import { INDICATOR_COLUMNS, REPORT_COLUMNS, type IndicatorRow, type ReportRow } from '../extract/contract.ts';

export const BOM = '\ufeff';
export const NEWLINE = '\r\n';

/** indicators.csv: columns in INDICATOR_COLUMNS order. The quote is written as it is (never neutralised). */
export function indicatorsToCsv(rows: readonly IndicatorRow[]): string {
  return toCsv(INDICATOR_COLUMNS, rows);
}

/** reports.csv: columns in REPORT_COLUMNS order. */
export function reportsToCsv(rows: readonly ReportRow[]): string {
  return toCsv(REPORT_COLUMNS, rows);
}

/**
 * Any table → CSV text: booleans as true/false, null and undefined as empty, numbers as plain decimals.
 * Pass `neutralise` for files a person opens in a spreadsheet (the dashboard's exports).
 */
export function toCsv<T extends object>(
  columns: readonly (keyof T & string)[],
  rows: readonly T[],
  options: { neutralise?: boolean } = {},
): string {
  const data = rows.map((row) =>
    columns.map((column) => {
      const cell = cellText(row[column]);
      return options.neutralise ? neutraliseCell(cell) : cell;
    }),
  );
  // arrays of arrays: papaparse adds no line end of its own after a header with no rows this way
  return BOM + Papa.unparse([[...columns], ...data], { newline: NEWLINE, quotes: false }) + NEWLINE;
}

function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'number') return plainNumber(value);
  return String(value);
}

/** 1.6 → "1.6", 1e-7 → "0.0000001": never exponent notation, which a reader may not parse as a value. */
function plainNumber(n: number): string {
  if (!Number.isFinite(n)) return '';
  const s = String(n);
  if (!/e/i.test(s)) return s;
  return n.toLocaleString('en-US', { useGrouping: false, maximumFractionDigits: 20 });
}

/**
 * Spreadsheet formula injection: a cell that starts with = + - @ or a tab or CR may run as a formula in
 * Excel/WPS, so it gets a leading apostrophe. For the dashboard's exports only: the extractor's own
 * CSVs keep each quote equal to its slice of the cleaned text.
 */
export function neutraliseCell(s: string): string {
  return /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
}

/**
 * A CSV's rows as records of strings keyed by the header (BOM removed, header names trimmed).
 * Line breaks are made '\n' first, inside quoted cells too: papaparse takes one kind of line break
 * per file, and hand-edited files mix them (../shared/corpus/dev/sources.csv does).
 */
export function readCsvRecords(text: string): { fields: string[]; records: Record<string, string>[] } {
  const parsed = Papa.parse<Record<string, string>>(text.replace(/^\ufeff/, '').replace(/\r\n?/g, '\n'), {
    header: true,
    newline: '\n',
    skipEmptyLines: 'greedy',
    transformHeader: (h) => h.trim(),
  });
  const problem = parsed.errors.find((e) => e.type === 'Quotes' || e.code === 'TooManyFields');
  if (problem) throw new Error(`CSV ${describe(problem)}`);
  return { fields: parsed.meta.fields ?? [], records: parsed.data };
}

function describe(error: Papa.ParseError): string {
  return `row ${error.row === undefined ? '?' : error.row + 2}: ${error.message}`;
}

// ---- the manifest ----

/** What a user tells about a report besides its file: one row of the manifest CSV. */
export interface ManifestEntry {
  report_id: string;
  /** The report's file name (with or without extension), when its report_id is not the file name's stem. */
  file?: string;
  source?: string;
  title?: string;
  city?: string;
  county?: string;
  year?: number;
  period?: string;
}

export const MANIFEST_COLUMNS = ['report_id', 'source', 'title', 'city', 'county', 'year', 'period'] as const;

/**
 * Reads a manifest CSV: columns report_id (required), source, title, city, county, year, period and
 * optionally file; other columns are ignored, empty cells mean "not given". Throws an Error that names
 * the line for a missing report_id, a repeated one, or a year that is not a year.
 */
export function readManifest(text: string): ManifestEntry[] {
  const { fields, records } = readCsvRecords(text);
  if (!fields.includes('report_id')) {
    throw new Error(`manifest: no report_id column (columns: ${MANIFEST_COLUMNS.join(', ')})`);
  }
  const seen = new Set<string>();
  return records.map((record, k) => {
    const line = k + 2;
    const get = (column: string) => (record[column] ?? '').trim();
    const entry: ManifestEntry = { report_id: get('report_id') };
    if (!entry.report_id) throw new Error(`manifest line ${line}: empty report_id`);
    if (seen.has(entry.report_id)) throw new Error(`manifest line ${line}: report_id ${entry.report_id} appears twice`);
    seen.add(entry.report_id);
    for (const column of ['file', 'source', 'title', 'city', 'county', 'period'] as const) {
      const value = get(column);
      if (value) entry[column] = value;
    }
    const year = get('year');
    if (year) {
      if (!/^\d{4}$/.test(year)) throw new Error(`manifest line ${line}: year "${year}" is not a year like 2019`);
      entry.year = Number(year);
    }
    return entry;
  });
}

/** The manifest as CSV (the columns of MANIFEST_COLUMNS, plus file when an entry has one). */
export function manifestToCsv(entries: readonly ManifestEntry[]): string {
  const columns: (keyof ManifestEntry)[] = [...MANIFEST_COLUMNS];
  if (entries.some((e) => e.file)) columns.splice(1, 0, 'file');
  return toCsv(columns, entries);
}

/**
 * The manifest entry for a report file: the one whose `file` names it (with or without extension),
 * else the one whose report_id is the file name without extension.
 */
export function manifestEntryFor(entries: readonly ManifestEntry[], fileName: string): ManifestEntry | undefined {
  const base = baseName(fileName);
  const stem = fileStem(base);
  return entries.find((e) => e.file === base || e.file === stem) ?? entries.find((e) => !e.file && e.report_id === stem);
}

/** A file name without its folders (either slash: a path may come from Windows). */
export function baseName(fileName: string): string {
  return fileName.replace(/^.*[/\\]/, '');
}

/** A file name without folders and extension: the default report_id. */
export function fileStem(fileName: string): string {
  return baseName(fileName).replace(/\.[^.]*$/, '');
}
