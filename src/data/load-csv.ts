// A CSV file (bytes, chunk by chunk, or text) → validated rows and the rejected ones. Which table it
// is (indicators.csv or reports.csv) is told by its header. loaded + rejected = records in the file.
//
// indicators.csv is read straight into columns (figure-columns.ts): the bytes are split by
// csv-scan.ts, repeated cells are looked up as bytes (byte-dictionary.ts) and checked once per
// distinct value, numbers are read from the bytes, quotes are copied as bytes. The checks and their
// order are the schema's (schema.ts, whose record form a test holds this loader to). reports.csv is
// small (one row a report) and is read into ReportRow objects by the schema's record form.
//
// The encoding is told from the first MiB (decode.ts): UTF-8 is read as it is; GBK/GB18030 and
// UTF-16 are decoded as they stream and re-encoded to UTF-8 for the scanner.
import { ByteDictionary } from './byte-dictionary.ts';
import { createCsvScanner, guessDelimiter, type CsvFields, type CsvScanner } from './csv-scan.ts';
import { decodeText } from './decode.ts';
import { APPROX, FigureColumnsBuilder, figureRows, INDICATOR_INDEX, MASKED, type FigureColumns } from './figure-columns.ts';
import { CATALOG } from '../extract/catalog.ts';
import {
  checkReportRecord, parseDecimal, PERIODS, readFigureYear, readFlag, readOffset, REQUIRED_INDICATOR_COLUMNS, shortRecord, REQUIRED_REPORT_COLUMNS, STATUSES,
  type CsvRecord, type IndicatorRow, type RejectCode, type ReportRow, type RowError,
} from './schema.ts';

/** Rejected rows are all counted; the first this many are kept with their reasons (a list nobody reads past that). */
export const LISTED_ERRORS = 10_000;

interface Loaded {
  errors: RowError[]; // the first LISTED_ERRORS rejected rows, in file order
  rejected: number; // every rejected row
  records: number; // data records in the file (blank lines are not records)
  encoding: string;
}

export interface LoadedFigures extends Loaded {
  kind: 'indicators';
  figures: FigureColumns;
}

export interface LoadedReports extends Loaded {
  kind: 'reports';
  rows: ReportRow[];
}

/** A file as the dashboard keeps it: indicators in columns, reports as rows. */
export type LoadedFile = LoadedFigures | LoadedReports;

/** The same with indicators as row objects (tests, small files). */
export interface LoadedIndicators extends Loaded {
  kind: 'indicators';
  rows: IndicatorRow[];
}
export type LoadedTable = LoadedIndicators | LoadedReports;

export function tableKind(header: readonly string[]): LoadedTable['kind'] {
  return !header.includes('indicator') && (header.includes('title') || header.includes('city')) ? 'reports' : 'indicators';
}

/** What becomes of the records after the header. */
interface Table {
  add(record: CsvFields, row: number): void;
  reject(row: number, code: RejectCode, column: string, value: string): void;
}

class Rejections {
  errors: RowError[] = [];
  rejected = 0;

  reject(row: number, code: RejectCode, column: string, value: string): void {
    this.rejected++;
    if (this.errors.length < LISTED_ERRORS) this.errors.push({ row, code, column, value });
  }
}

const decoder = new TextDecoder('utf-8');
const fieldText = (record: CsvFields, k: number) => decoder.decode(record.bytes.subarray(record.starts[k]!, record.ends[k]!));

/** A dictionary of one column's cells with a decision per distinct cell, made once. */
class Column<T> {
  private readonly dictionary = new ByteDictionary();
  private readonly decisions: T[] = [];

  constructor(readonly index: number, private readonly decide: (text: string) => T) {}

  /** The cell's entry (its text is entries.texts[entry]). */
  entry(record: CsvFields): number {
    return this.dictionary.lookup(record.bytes, record.starts[this.index]!, record.ends[this.index]!);
  }

  decision(entry: number): T {
    for (let k = this.decisions.length; k <= entry; k++) this.decisions.push(this.decide(this.dictionary.texts[k]!));
    return this.decisions[entry]!;
  }

  text(entry: number): string {
    return this.dictionary.texts[entry]!;
  }
}

const EMPTY = -2;
const BAD = -1;
const POW10 = Array.from({ length: 16 }, (_, k) => 10 ** k);

/** A plain ASCII decimal (-12.5) read from bytes; NaN for anything else (then the text is read by parseDecimal). */
function plainDecimal(bytes: Uint8Array, start: number, end: number): number {
  let p = start;
  const negative = bytes[p] === 0x2d;
  if (negative) p++;
  let digits = 0;
  let mantissa = 0;
  while (p < end && bytes[p]! >= 0x30 && bytes[p]! <= 0x39) {
    mantissa = mantissa * 10 + bytes[p]! - 0x30;
    digits++;
    p++;
  }
  if (digits === 0) return NaN;
  let decimals = 0;
  if (p < end) {
    if (bytes[p] !== 0x2e) return NaN;
    p++;
    while (p < end && bytes[p]! >= 0x30 && bytes[p]! <= 0x39) {
      mantissa = mantissa * 10 + bytes[p]! - 0x30;
      decimals++;
      p++;
    }
    if (decimals === 0 || p < end) return NaN;
  }
  if (digits + decimals > 15) return NaN; // beyond exact integers: Number() rounds it right
  const value = decimals === 0 ? mantissa : mantissa / POW10[decimals]!; // both exact, so one correctly rounded division
  return negative ? -value : value;
}

/** An offset of up to 9 ASCII digits read from bytes; -1 when empty; NaN for anything else. */
function plainOffset(bytes: Uint8Array, start: number, end: number): number {
  if (start === end) return -1;
  if (end - start > 9) return NaN;
  let value = 0;
  for (let p = start; p < end; p++) {
    const digit = bytes[p]! - 0x30;
    if (digit < 0 || digit > 9) return NaN;
    value = value * 10 + digit;
  }
  return value;
}

const UNITS = [...new Set(CATALOG.map((indicator) => indicator.unit))] as string[];
const UNIT_OF_INDICATOR = CATALOG.map((indicator) => UNITS.indexOf(indicator.unit));

class Reject {
  constructor(readonly code: RejectCode, readonly column: string, readonly value: string) {}
}

/** indicators.csv into columns, checked as schema.ts checks a record, in the same order. */
class FigureTable implements Table {
  readonly columns: FigureColumnsBuilder;
  private readonly at: Record<string, number>;
  private readonly absent: string | undefined;
  private readonly reportId: Column<number>;
  private readonly indicator: Column<number>;
  private readonly period: Column<number>;
  private readonly status: Column<number>;
  private readonly unit: Column<number>;
  private readonly masked: Column<number>;
  private readonly approx: Column<number>;
  private readonly scope: Column<number>;
  private readonly rule: Column<number>;

  constructor(private readonly header: string[], private readonly rejections: Rejections, capacity = 1 << 14) {
    this.columns = new FigureColumnsBuilder(capacity);
    this.at = Object.fromEntries(['report_id', 'indicator', 'value', 'unit', 'period', 'status', 'approx', 'masked', 'scope', 'quote', 'start', 'end', 'rule', 'year']
      .map((name) => [name, header.indexOf(name)]));
    this.absent = REQUIRED_INDICATOR_COLUMNS.find((column) => !header.includes(column));
    const required = (decide: (text: string) => number) => (text: string) => (text === '' ? EMPTY : decide(text));
    const flag = (text: string) => {
      const value = readFlag(text);
      return value === null ? BAD : Number(value);
    };
    this.reportId = new Column(this.at.report_id!, (text) => (text.trim() === '' ? EMPTY : this.columns.reportIds.id(text.trim())));
    this.indicator = new Column(this.at.indicator!, (text) => required((id) => INDICATOR_INDEX.get(id) ?? BAD)(text.trim()));
    this.period = new Column(this.at.period!, (text) => required((p) => (PERIODS as readonly string[]).indexOf(p))(text.trim()));
    this.status = new Column(this.at.status!, (text) => required((s) => (STATUSES as readonly string[]).indexOf(s))(text.trim()));
    this.unit = new Column(this.at.unit!, (text) => required((unit) => UNITS.indexOf(unit))(text.trim()));
    this.masked = new Column(this.at.masked!, (text) => flag(text.trim()));
    this.approx = new Column(this.at.approx!, (text) => flag(text.trim()));
    this.scope = new Column(this.at.scope!, (text) => this.columns.scopes.id(text.trim()));
    this.rule = new Column(this.at.rule!, (text) => this.columns.rules.id(text.trim()));
  }

  reject(row: number, code: RejectCode, column: string, value: string): void {
    this.rejections.reject(row, code, column, value);
  }

  add(record: CsvFields, row: number): void {
    if (this.absent) return this.reject(row, 'missing-column', this.absent, '');
    if (record.count < this.header.length) {
      const short = shortRecord(this.header, record.count)!;
      return this.reject(row, 'too-few-fields', short.column, short.value);
    }
    try {
      this.check(record);
    } catch (error) {
      if (!(error instanceof Reject)) throw error;
      this.reject(row, error.code, error.column, error.value);
    }
  }

  // No closures below: this runs once a row, millions of times.
  private required(record: CsvFields, column: Column<number>, name: string): number {
    if (column.index < 0 || column.index >= record.count) throw new Reject('missing-column', name, '');
    const entry = column.entry(record);
    const code = column.decision(entry);
    if (code === EMPTY) throw new Reject('missing-value', name, '');
    return code === BAD ? -1 - entry : code; // a bad cell: its entry, to name it
  }

  private flag(record: CsvFields, column: Column<number>, name: string): boolean {
    if (column.index < 0 || column.index >= record.count) return false;
    const entry = column.entry(record);
    const value = column.decision(entry);
    if (value === BAD) throw new Reject('bad-flag', name, column.text(entry).trim());
    return value === 1;
  }

  private offset(record: CsvFields, column: number, name: string): number {
    if (column < 0 || column >= record.count) return -1;
    const fast = plainOffset(record.bytes, record.starts[column]!, record.ends[column]!);
    if (!Number.isNaN(fast)) return fast;
    const text = fieldText(record, column).trim();
    const slow = readOffset(text);
    if (slow === null) throw new Reject('bad-number', name, text);
    return slow;
  }

  /** The figure's own year: 0 when the column is absent or the cell empty (the report's year). */
  private year(record: CsvFields): number {
    const column = this.at.year!;
    if (column < 0 || column >= record.count || record.starts[column] === record.ends[column]) return 0;
    const text = fieldText(record, column).trim();
    const year = readFigureYear(text);
    if (year === undefined) throw new Reject('bad-number', 'year', text);
    return year ?? 0;
  }

  private value(record: CsvFields, masked: boolean): number {
    const column = this.at.value!;
    if (column < 0 || column >= record.count) throw new Reject('missing-column', 'value', '');
    const start = record.starts[column]!;
    const end = record.ends[column]!;
    if (masked) {
      // a masked figure has no value
      if (end > start && fieldText(record, column).trim() !== '') throw new Reject('bad-number', 'value', fieldText(record, column).trim());
      return NaN;
    }
    const value = plainDecimal(record.bytes, start, end);
    if (!Number.isNaN(value)) return value;
    const text = fieldText(record, column).trim();
    const parsed = parseDecimal(text);
    if (parsed === null) throw new Reject('bad-number', 'value', text);
    return parsed;
  }

  private check(record: CsvFields): void {
    const report = this.required(record, this.reportId, 'report_id');
    const indicator = this.required(record, this.indicator, 'indicator');
    if (indicator < 0) throw new Reject('unknown-indicator', 'indicator', this.indicator.text(-1 - indicator).trim());
    const period = this.required(record, this.period, 'period');
    if (period < 0) throw new Reject('bad-period', 'period', this.period.text(-1 - period).trim());
    const status = this.required(record, this.status, 'status');
    if (status < 0) throw new Reject('bad-status', 'status', this.status.text(-1 - status).trim());
    const unitColumn = this.unit.index;
    if (unitColumn >= 0 && unitColumn < record.count) {
      const entry = this.unit.entry(record);
      const unit = this.unit.decision(entry);
      if (unit !== EMPTY && unit !== UNIT_OF_INDICATOR[indicator]) throw new Reject('unit-mismatch', 'unit', this.unit.text(entry).trim());
    }
    const masked = this.flag(record, this.masked, 'masked');
    const value = this.value(record, masked);
    const approx = this.flag(record, this.approx, 'approx');
    const scopeColumn = this.scope.index;
    const scope = scopeColumn >= 0 && scopeColumn < record.count ? this.scope.decision(this.scope.entry(record)) : 0;
    const start = this.offset(record, this.at.start!, 'start');
    const end = this.offset(record, this.at.end!, 'end');
    const ruleColumn = this.rule.index;
    const rule = ruleColumn >= 0 && ruleColumn < record.count ? this.rule.decision(this.rule.entry(record)) : this.columns.rules.id('');
    const year = this.year(record);
    const quote = this.at.quote!;
    const quoted = quote >= 0 && quote < record.count;
    this.columns.add(
      report, indicator, value, period, status, (masked ? MASKED : 0) | (approx ? APPROX : 0), scope, rule, start, end,
      record.bytes, quoted ? record.starts[quote]! : 0, quoted ? record.ends[quote]! : 0, year,
    );
  }
}

/** Columns of reports.csv whose every cell differs: decoded as they come, not looked up. */
const UNIQUE_REPORT_COLUMNS = new Set(['report_id', 'title', 'source']);

/** reports.csv into ReportRow objects, by the schema's record form (a report a row: thousands, not millions). */
class ReportTable implements Table {
  readonly rows: ReportRow[] = [];
  private readonly columns: { name: string; index: number; cells: Column<string> | null }[];
  private readonly absent: string | undefined;

  constructor(header: string[], private readonly rejections: Rejections) {
    this.columns = header.flatMap((name, index) => (header.indexOf(name) === index
      ? [{ name, index, cells: UNIQUE_REPORT_COLUMNS.has(name) ? null : new Column(index, (text) => text) }] : []));
    this.absent = REQUIRED_REPORT_COLUMNS.find((column) => !header.includes(column));
  }

  reject(row: number, code: RejectCode, column: string, value: string): void {
    this.rejections.reject(row, code, column, value);
  }

  add(record: CsvFields, row: number): void {
    if (this.absent) return this.reject(row, 'missing-column', this.absent, '');
    const cells: CsvRecord = {};
    for (const { name, index, cells: column } of this.columns) {
      if (index < record.count) cells[name] = column ? column.text(column.entry(record)) : fieldText(record, index);
    }
    const checked = checkReportRecord(cells, row);
    if (checked.ok) this.rows.push(checked.row);
    else this.reject(checked.error.row, checked.error.code, checked.error.column, checked.error.value);
  }
}

/** A record is blank when all its cells are whitespace (papaparse's skipEmptyLines: 'greedy'). */
function blank(record: CsvFields): boolean {
  const { bytes, starts, ends, count } = record;
  let wide = false;
  for (let k = 0; k < count; k++) {
    for (let p = starts[k]!; p < ends[k]!; p++) {
      const byte = bytes[p]!;
      if (byte >= 0x80) wide = true;
      else if (byte > 0x20) return false;
    }
  }
  if (!wide) return true;
  let text = '';
  for (let k = 0; k < count; k++) text += fieldText(record, k);
  return text.trim() === '';
}

const LF = 0x0a;

/** How much of the start of a file decides its encoding. */
export const DETECT_BYTES = 1 << 20;

/** Line ends inside a record: how much of the file an unclosed quote swallowed. */
function lineEnds(record: CsvFields): number {
  let count = 0;
  for (let k = 0; k < record.count; k++) for (let p = record.starts[k]!; p < record.ends[k]!; p++) if (record.bytes[p] === LF) count++;
  return count;
}

/**
 * The encoding of a file from its start (all of it when `whole`, else its first MiB), and its first line
 * decoded (for the delimiter). `utf8`: the bytes are known to be UTF-8.
 */
export function sniffEncoding(prefix: Uint8Array, whole: boolean, utf8: boolean): { encoding: string; firstLine: string } {
  const sample = whole ? prefix : prefix.subarray(0, Math.min(prefix.length, DETECT_BYTES) & ~1);
  if (utf8) {
    const head = decoder.decode(sample.subarray(0, 64 * 1024));
    return { encoding: 'utf-8', firstLine: head.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/, 1)[0] ?? '' };
  }
  const decoded = decodeText(sample);
  if (!decoded.ok) throw new Error(decoded.reason);
  return { encoding: decoded.encoding, firstLine: decoded.text.split(/\r\n|\n|\r/, 1)[0] ?? '' };
}

/** The header of UTF-8 bytes (BOM taken off): the first record that is not blank, when it ends within them. */
export function readHeader(bytes: Uint8Array, delimiter: number): string[] | null {
  let header: string[] | null = null;
  const scanner = createCsvScanner((record) => {
    if (header || (!record.unclosed && blank(record))) return;
    header = Array.from({ length: record.count }, (_, k) => fieldText(record, k).replace(/^\uFEFF/, '').trim());
  }, delimiter);
  // up to the 64th line end: enough for any header and a few blank lines, not a scan of the whole sample
  let end = 0;
  for (let lines = 0; lines < 64 && end < bytes.length; lines++) {
    const next = bytes.indexOf(LF, end);
    if (next < 0) break;
    end = next + 1;
  }
  scanner.push(bytes.subarray(0, end));
  return header;
}

/** A piece of an indicators.csv whose header is known: whole records from a record boundary to a line end, or to the file's end. */
export interface FigureBlockJob {
  index: number;
  chunks: Uint8Array[]; // the bytes (UTF-8, no BOM), in pieces
  header: string[];
  delimiter: number;
  first: boolean; // the file's start: its first record that is not blank is the header
  last: boolean; // the file's end
}

/** A block read into columns. Records and rows are counted from the block's start (its first record is row 1). */
export interface FigureBlock {
  index: number;
  figures: FigureColumns; // its own repeats marked (those of a report in several blocks are marked once the blocks are one)
  records: number;
  rejected: number;
  errors: RowError[];
  /** The block ended inside a quoted cell before the file's end: its cut was not a record boundary, and it is read again with the next. */
  openEnd: boolean;
  bytes: number;
  chunks: Uint8Array[]; // the job's bytes, unchanged (handed back: a block that ended open is read again)
  first: boolean;
  last: boolean;
}

/** Reads one block (in a worker of its own, or by the thread that cuts them). */
export function loadFigureBlock(job: FigureBlockJob): FigureBlock {
  const rejections = new Rejections();
  const bytes = job.chunks.reduce((sum, chunk) => sum + chunk.length, 0);
  // about 135 bytes a row in the extractor's files: room for that, grown if a file has shorter rows
  const table = new FigureTable(job.header, rejections, Math.max(64, Math.ceil(bytes / 120)));
  let records = 0;
  let header = job.first;
  const scanner = createCsvScanner((record) => {
    if (!record.unclosed && blank(record)) return;
    if (header) {
      header = false;
      return;
    }
    records++;
    if (record.unclosed) table.reject(records, 'unclosed-quote', '', String(lineEnds(record)));
    else table.add(record, records);
  }, job.delimiter);
  for (const chunk of job.chunks) scanner.push(chunk);
  const openEnd = !job.last && scanner.pending > 0;
  if (!openEnd) scanner.end();
  return {
    index: job.index, figures: table.columns.finishBlock(), records, rejected: rejections.rejected, errors: rejections.errors, openEnd,
    bytes, chunks: job.chunks, first: job.first, last: job.last,
  };
}

/** Rejected rows of a block, numbered in the file (records before it, and the header). */
export function mergeRejections(into: { errors: RowError[]; rejected: number }, block: FigureBlock, recordsBefore: number): void {
  into.rejected += block.rejected;
  for (const error of block.errors) {
    if (into.errors.length >= LISTED_ERRORS) break;
    into.errors.push({ ...error, row: error.row + recordsBefore + 1 });
  }
}

export interface CsvLoader {
  /** The next bytes of the file. The loader may rewrite them in place. */
  push(chunk: Uint8Array): void;
  finish(): LoadedFile;
  /** Data records read so far. */
  readonly records: number;
}


/**
 * Reads a file as it arrives. `encoding`: the bytes are known to be UTF-8 (text the caller encoded);
 * `expectedBytes`: the file's size, when known, to size the columns once from the first rows.
 */
export function createCsvLoader(options: { encoding?: 'utf-8'; expectedBytes?: number } = {}): CsvLoader {
  const rejections = new Rejections();
  let table: FigureTable | ReportTable | null = null;
  let records = 0;
  let encoding = options.encoding ?? '';
  let scanner: CsvScanner | null = null;
  let feed: (chunk: Uint8Array) => void = () => {};
  let flush = () => {};
  const waiting: Uint8Array[] = [];
  let waitingBytes = 0;
  let pushed = 0;
  let sized = !options.expectedBytes;

  const onRecord = (record: CsvFields) => {
    if (!record.unclosed && blank(record)) return;
    if (!table) {
      const header = Array.from({ length: record.count }, (_, k) => fieldText(record, k).replace(/^\uFEFF/, '').trim());
      table = tableKind(header) === 'reports' ? new ReportTable(header, rejections) : new FigureTable(header, rejections);
      return;
    }
    records++;
    const row = records + 1; // the header is row 1
    // the record with the unclosed quote is rejected as such, whatever else was wrong with it
    if (record.unclosed) table.reject(row, 'unclosed-quote', '', String(lineEnds(record)));
    else table.add(record, row);
  };

  const begin = (prefix: Uint8Array, firstLine: string) => {
    scanner = createCsvScanner(onRecord, guessDelimiter(new TextEncoder().encode(firstLine)));
    const bom = prefix[0] === 0xef && prefix[1] === 0xbb && prefix[2] === 0xbf ? 3 : 0;
    if (encoding === 'utf-8') {
      feed = (chunk) => scanner!.push(chunk);
      feed(prefix.subarray(bom));
      return;
    }
    const text = new TextDecoder(encoding);
    const utf8 = new TextEncoder();
    feed = (chunk) => scanner!.push(utf8.encode(text.decode(chunk, { stream: true })));
    flush = () => scanner!.push(utf8.encode(text.decode()));
    feed(prefix);
  };

  /** The encoding, from what has come so far (all of it when `whole`). */
  const decide = (whole: boolean) => {
    const prefix = waiting.length === 1 ? waiting[0]! : concat(waiting, waitingBytes);
    waiting.length = 0;
    const sniffed = sniffEncoding(prefix, whole, encoding === 'utf-8');
    encoding = sniffed.encoding;
    begin(prefix, sniffed.firstLine);
  };

  return {
    push(chunk) {
      pushed += chunk.length;
      if (!sized && records >= 1000 && table instanceof FigureTable) {
        sized = true;
        table.columns.reserve(Math.ceil((options.expectedBytes! / pushed) * records * 1.02));
      }
      if (scanner) return feed(chunk);
      waiting.push(chunk);
      waitingBytes += chunk.length;
      if (waitingBytes >= DETECT_BYTES) decide(false);
    },
    finish() {
      if (!scanner) decide(true);
      flush();
      scanner!.end();
      const base = { errors: rejections.errors, rejected: rejections.rejected, records, encoding };
      const done = table as FigureTable | ReportTable | null;
      if (done instanceof ReportTable) return { kind: 'reports', rows: done.rows, ...base };
      return { kind: 'indicators', figures: (done ?? new FigureTable([], rejections)).columns.finish(), ...base };
    },
    get records() {
      return records;
    },
  };
}

function concat(chunks: readonly Uint8Array[], size: number): Uint8Array {
  const all = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    all.set(chunk, at);
    at += chunk.length;
  }
  return all;
}

/** A whole file at once (fed in 1 MiB pieces, as a stream would come). The bytes may be rewritten. */
export function loadFile(input: Uint8Array | string): LoadedFile {
  const bytes = input instanceof Uint8Array ? input : new TextEncoder().encode(input);
  const loader = createCsvLoader({ expectedBytes: bytes.length, ...(input instanceof Uint8Array ? {} : { encoding: 'utf-8' as const }) });
  for (let at = 0; at < bytes.length; at += DETECT_BYTES) loader.push(bytes.subarray(at, at + DETECT_BYTES));
  return loader.finish();
}

/** A whole file with its indicators as row objects. */
export function loadCsv(input: Uint8Array | string): LoadedTable {
  const file = loadFile(input);
  if (file.kind === 'reports') return file;
  const { figures, ...rest } = file;
  return { ...rest, rows: figureRows(figures) };
}
