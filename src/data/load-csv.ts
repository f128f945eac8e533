// A CSV file (bytes, chunk by chunk, or text) → validated rows and the rejected ones. Which table it
// is (indicators.csv or reports.csv) is told by its header. loaded + rejected = records in the file.
//
// The bytes are split by csv-scan.ts; indicators.csv is read straight into columns
// (indicator-table.ts), reports.csv into ReportRow objects (report-table.ts).
//
// The encoding is told from the first MiB (decode.ts): UTF-8 is read as it is; GBK/GB18030 and
// UTF-16 are decoded as they stream and re-encoded to UTF-8 for the scanner.
import { blank, fieldText, LF, lineEnds, Rejections } from './csv-table.ts';
import { createCsvScanner, guessDelimiter, type CsvFields, type CsvScanner } from './csv-scan.ts';
import { decodeText } from './decode.ts';
import { figureRows, type FigureColumns } from './figure-columns.ts';
import { IndicatorTable } from './indicator-table.ts';
import { ReportTable } from './report-table.ts';
import type { IndicatorRow, ReportRow, RowError } from './schema.ts';

const decoder = new TextDecoder('utf-8');

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

/** How much of the start of a file decides its encoding. */
export const DETECT_BYTES = 1 << 20;

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
  let table: IndicatorTable | ReportTable | null = null;
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
      table = tableKind(header) === 'reports' ? new ReportTable(header, rejections) : new IndicatorTable(header, rejections);
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
      if (!sized && records >= 1000 && table instanceof IndicatorTable) {
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
      const done = table as IndicatorTable | ReportTable | null;
      if (done instanceof ReportTable) return { kind: 'reports', rows: done.rows, ...base };
      return { kind: 'indicators', figures: (done ?? new IndicatorTable([], rejections)).columns.finish(), ...base };
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
