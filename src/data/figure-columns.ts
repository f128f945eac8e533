// Indicator rows in columns: numbers in typed arrays, repeated words as numbers into small
// dictionaries, every quote in one UTF-8 byte store. Two million rows are a few dozen typed arrays
// (about 38 bytes a row plus the quotes), which a Worker hands to the page by transfer, not by copy,
// and which the page filters without touching an object per row. A row is made into an IndicatorRow
// object only when something shows it (figureRow).
import { CATALOG } from '../extract/catalog.ts';
import { APPROX, MASKED } from './figure-flags.ts';
import { markDuplicates, markDuplicatesOf } from './repeated-figures.ts';
import { PERIODS, STATUSES, type IndicatorRow } from './schema.ts';

export { APPROX, DUPLICATE, MASKED } from './figure-flags.ts';

export interface FigureColumns {
  length: number;
  reportIds: string[]; // dictionary of report_id
  scopes: string[]; // dictionary of scope; scopes[0] is ''
  rules: string[]; // dictionary of rule
  report: Int32Array; // into reportIds
  indicator: Uint8Array; // index into CATALOG
  value: Float64Array; // NaN when masked
  period: Uint8Array; // index into PERIODS
  status: Uint8Array; // index into STATUSES
  flags: Uint8Array; // APPROX | MASKED | DUPLICATE
  scope: Int32Array; // into scopes
  rule: Int32Array; // into rules
  start: Int32Array; // -1: unknown
  end: Int32Array;
  year: Int16Array; // the figure's own year; 0: the report's year
  quoteEnd: Uint32Array; // quote k is quoteBytes[quoteEnd[k - 1] (0 for the first), quoteEnd[k])
  quoteBytes: Uint8Array; // UTF-8
}

/** The columns a merge of blocks copies as they are (the others are renumbered or offset): a new numeric column goes here too. */
const COPIED_COLUMNS = ['indicator', 'value', 'period', 'status', 'flags', 'start', 'end', 'year'] as const satisfies readonly (keyof FigureColumns)[];

if (CATALOG.length > 255) throw new Error(`the catalog has ${CATALOG.length} indicators: figure-columns.ts keeps them in a Uint8Array`);

export const INDICATOR_INDEX: ReadonlyMap<string, number> = new Map(CATALOG.map((indicator, k) => [indicator.id, k]));

const decoder = new TextDecoder('utf-8');

export function quoteOf(columns: FigureColumns, k: number): string {
  return decoder.decode(columns.quoteBytes.subarray(k === 0 ? 0 : columns.quoteEnd[k - 1]!, columns.quoteEnd[k]!));
}

/** Row k as the contract's object. */
export function figureRow(columns: FigureColumns, k: number): IndicatorRow {
  const indicator = CATALOG[columns.indicator[k]!]!;
  const flags = columns.flags[k]!;
  const masked = (flags & MASKED) !== 0;
  return {
    report_id: columns.reportIds[columns.report[k]!]!, indicator: indicator.id, value: masked ? null : columns.value[k]!,
    unit: indicator.unit, period: PERIODS[columns.period[k]!]!, status: STATUSES[columns.status[k]!]!,
    approx: (flags & APPROX) !== 0, masked, scope: columns.scopes[columns.scope[k]!]!, quote: quoteOf(columns, k),
    start: columns.start[k]!, end: columns.end[k]!, rule: columns.rules[columns.rule[k]!]!, year: columns.year[k] || null,
  };
}

export function figureRows(columns: FigureColumns): IndicatorRow[] {
  return Array.from({ length: columns.length }, (_, k) => figureRow(columns, k));
}

/** The buffers to transfer with postMessage (the dictionaries are copied, they are small). */
export function transferables(columns: FigureColumns): ArrayBuffer[] {
  const arrays = [columns.report, columns.indicator, columns.value, columns.period, columns.status, columns.flags,
    columns.scope, columns.rule, columns.start, columns.end, columns.year, columns.quoteEnd, columns.quoteBytes];
  return [...new Set(arrays.map((array) => array.buffer as ArrayBuffer))];
}

/** Strings numbered in order of first appearance. */
export class Interner {
  readonly values: string[] = [];
  private readonly ids = new Map<string, number>();

  constructor(first?: string) {
    if (first !== undefined) this.id(first);
  }

  id(value: string): number {
    let id = this.ids.get(value);
    if (id === undefined) {
      id = this.values.length;
      this.ids.set(value, id);
      this.values.push(value);
    }
    return id;
  }
}

/** Columns grown row by row, as a file is read. */
export class FigureColumnsBuilder {
  readonly reportIds = new Interner();
  readonly scopes = new Interner('');
  readonly rules = new Interner();
  length = 0;
  private capacity: number;
  private report: Int32Array;
  private indicator: Uint8Array;
  private value: Float64Array;
  private period: Uint8Array;
  private status: Uint8Array;
  private flags: Uint8Array;
  private scope: Int32Array;
  private rule: Int32Array;
  private start: Int32Array;
  private end: Int32Array;
  private year: Int16Array;
  private quoteEnd: Uint32Array;
  private quoteBytes: Uint8Array;
  private quoteUsed = 0;

  constructor(capacity = 1024) {
    this.capacity = capacity;
    this.report = new Int32Array(capacity);
    this.indicator = new Uint8Array(capacity);
    this.value = new Float64Array(capacity);
    this.period = new Uint8Array(capacity);
    this.status = new Uint8Array(capacity);
    this.flags = new Uint8Array(capacity);
    this.scope = new Int32Array(capacity);
    this.rule = new Int32Array(capacity);
    this.start = new Int32Array(capacity);
    this.end = new Int32Array(capacity);
    this.year = new Int16Array(capacity);
    this.quoteEnd = new Uint32Array(capacity);
    this.quoteBytes = new Uint8Array(capacity * 48);
  }

  /** Appends a row; its quote is bytes[quoteStart, quoteEnd); year 0: the report's year. */
  add(
    report: number, indicator: number, value: number, period: number, status: number, flags: number,
    scope: number, rule: number, start: number, end: number, bytes: Uint8Array, quoteStart: number, quoteEnd: number, year = 0,
  ): void {
    if (this.length === this.capacity) this.grow();
    const k = this.length++;
    this.report[k] = report;
    this.indicator[k] = indicator;
    this.value[k] = value;
    this.period[k] = period;
    this.status[k] = status;
    this.flags[k] = flags;
    this.scope[k] = scope;
    this.rule[k] = rule;
    this.start[k] = start;
    this.end[k] = end;
    this.year[k] = year;
    const size = quoteEnd - quoteStart;
    if (this.quoteUsed + size > this.quoteBytes.length) {
      const bigger = new Uint8Array(Math.max(this.quoteBytes.length * 2, this.quoteUsed + size));
      bigger.set(this.quoteBytes.subarray(0, this.quoteUsed));
      this.quoteBytes = bigger;
    }
    // a short quote byte by byte; a long one by set() (its subarray is an allocation: worth it only for many bytes)
    if (size > 32) this.quoteBytes.set(bytes.subarray(quoteStart, quoteEnd), this.quoteUsed);
    else for (let p = quoteStart, at = this.quoteUsed; p < quoteEnd; p++, at++) this.quoteBytes[at] = bytes[p]!;
    this.quoteUsed += size;
    this.quoteEnd[k] = this.quoteUsed;
  }

  /** Room for `rows` rows (told by the file's size), so that columns are not grown and copied as they fill. */
  reserve(rows: number): void {
    if (rows <= this.capacity) return;
    this.grow(rows);
    const perRow = this.length > 0 ? this.quoteUsed / this.length : 48;
    const quoteBytes = Math.ceil(perRow * rows * 1.05);
    if (quoteBytes > this.quoteBytes.length) {
      const bigger = new Uint8Array(quoteBytes);
      bigger.set(this.quoteBytes.subarray(0, this.quoteUsed));
      this.quoteBytes = bigger;
    }
  }

  private grow(size = this.capacity * 2): void {
    const more = <T extends Int32Array | Uint32Array | Uint8Array | Int16Array | Float64Array>(old: T, fresh: T): T => {
      fresh.set(old as never);
      return fresh;
    };
    this.report = more(this.report, new Int32Array(size));
    this.indicator = more(this.indicator, new Uint8Array(size));
    this.value = more(this.value, new Float64Array(size));
    this.period = more(this.period, new Uint8Array(size));
    this.status = more(this.status, new Uint8Array(size));
    this.flags = more(this.flags, new Uint8Array(size));
    this.scope = more(this.scope, new Int32Array(size));
    this.rule = more(this.rule, new Int32Array(size));
    this.start = more(this.start, new Int32Array(size));
    this.end = more(this.end, new Int32Array(size));
    this.year = more(this.year, new Int16Array(size));
    this.quoteEnd = more(this.quoteEnd, new Uint32Array(size));
    this.capacity = size;
  }

  /**
   * The columns, cut to length (copied only when more than an eighth would be left empty), with the
   * duplicates marked; `recheck`: the rows come from blocks that marked their own, and only the reports
   * flagged here (those whose rows lie in several blocks) are marked again.
   */
  finish(recheck?: Uint8Array): FigureColumns {
    const columns = this.columns(true);
    if (recheck) markDuplicatesOf(columns, recheck);
    else markDuplicates(columns);
    return columns;
  }

  /** The columns of a block of a file, as they stand, its own repeats marked (append then copies them). */
  finishBlock(): FigureColumns {
    const columns = this.columns(false);
    markDuplicates(columns);
    return columns;
  }

  private columns(trim: boolean): FigureColumns {
    const n = this.length;
    const cut = <T extends Int32Array | Uint32Array | Uint8Array | Int16Array | Float64Array>(array: T, length = n): T =>
      (trim && array.length - length > array.length / 8 ? array.slice(0, length) : array.subarray(0, length)) as T;
    return {
      length: n, reportIds: this.reportIds.values, scopes: this.scopes.values, rules: this.rules.values,
      report: cut(this.report), indicator: cut(this.indicator), value: cut(this.value), period: cut(this.period),
      status: cut(this.status), flags: cut(this.flags), scope: cut(this.scope), rule: cut(this.rule), start: cut(this.start),
      end: cut(this.end), year: cut(this.year), quoteEnd: cut(this.quoteEnd), quoteBytes: cut(this.quoteBytes, this.quoteUsed),
    };
  }

  /**
   * Appends the rows of a block read apart (another worker's): its dictionaries are added to these in
   * their order, so that every word is numbered by its first appearance in the file, as when it is read
   * whole, and its codes are renumbered as they are copied. Returns the block's report numbers in the file's.
   */
  append(block: FigureColumns): Int32Array {
    const n = block.length;
    const remap = (into: Interner, values: readonly string[]) => Int32Array.from(values, (value) => into.id(value));
    const reports = remap(this.reportIds, block.reportIds);
    const scopes = remap(this.scopes, block.scopes);
    const rules = remap(this.rules, block.rules);
    if (this.length + n > this.capacity) this.grow(Math.max(this.capacity * 2, this.length + n));
    const at = this.length;
    for (let k = 0; k < n; k++) {
      this.report[at + k] = reports[block.report[k]!]!;
      this.scope[at + k] = scopes[block.scope[k]!]!;
      this.rule[at + k] = rules[block.rule[k]!]!;
      this.quoteEnd[at + k] = block.quoteEnd[k]! + this.quoteUsed;
    }
    for (const name of COPIED_COLUMNS) (this[name] as FigureColumns[typeof name]).set(block[name].subarray(0, n) as never, at);
    const size = n > 0 ? block.quoteEnd[n - 1]! : 0;
    if (this.quoteUsed + size > this.quoteBytes.length) {
      const bigger = new Uint8Array(Math.max(this.quoteBytes.length * 2, this.quoteUsed + size));
      bigger.set(this.quoteBytes.subarray(0, this.quoteUsed));
      this.quoteBytes = bigger;
    }
    this.quoteBytes.set(block.quoteBytes.subarray(0, size), this.quoteUsed);
    this.quoteUsed += size;
    this.length += n;
    return reports;
  }
}

const encoder = new TextEncoder();

/** Rows (the user's own reports, tests) as columns. */
export function columnsFromRows(rows: readonly IndicatorRow[]): FigureColumns {
  const builder = new FigureColumnsBuilder(Math.max(16, rows.length));
  for (const row of rows) {
    const indicator = INDICATOR_INDEX.get(row.indicator);
    if (indicator === undefined) throw new Error(`unknown indicator: ${row.indicator}`);
    const quote = encoder.encode(row.quote);
    builder.add(
      builder.reportIds.id(row.report_id), indicator, row.masked || row.value === null ? NaN : row.value,
      PERIODS.indexOf(row.period), STATUSES.indexOf(row.status), (row.approx ? APPROX : 0) | (row.masked ? MASKED : 0),
      builder.scopes.id(row.scope), builder.rules.id(row.rule), row.start, row.end, quote, 0, quote.length, row.year ?? 0,
    );
  }
  return builder.finish();
}
