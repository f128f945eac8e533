// What the loaders of indicators.csv and reports.csv share: the rejected rows, a column's cells looked up
// as bytes with one decision per distinct cell, and the records that are no rows (blank, or an unclosed quote).
import { ByteDictionary } from './byte-dictionary.ts';
import type { CsvFields } from './csv-scan.ts';
import type { RejectCode, RowError } from './schema.ts';

/** Rejected rows are all counted; the first this many are kept with their reasons (a list nobody reads past that). */
export const LISTED_ERRORS = 10_000;

/** What becomes of the records after the header. */
export interface Table {
  add(record: CsvFields, row: number): void;
  reject(row: number, code: RejectCode, column: string, value: string): void;
}

export class Rejections {
  errors: RowError[] = [];
  rejected = 0;

  reject(row: number, code: RejectCode, column: string, value: string): void {
    this.rejected++;
    if (this.errors.length < LISTED_ERRORS) this.errors.push({ row, code, column, value });
  }
}

const decoder = new TextDecoder('utf-8');
export const fieldText = (record: CsvFields, k: number) => decoder.decode(record.bytes.subarray(record.starts[k]!, record.ends[k]!));

/** A dictionary of one column's cells with a decision per distinct cell, made once. */
export class Column<T> {
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

/** A record is blank when all its cells are whitespace (papaparse's skipEmptyLines: 'greedy'). */
export function blank(record: CsvFields): boolean {
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

export const LF = 0x0a;

/** Line ends inside a record: how much of the file an unclosed quote swallowed. */
export function lineEnds(record: CsvFields): number {
  let count = 0;
  for (let k = 0; k < record.count; k++) for (let p = record.starts[k]!; p < record.ends[k]!; p++) if (record.bytes[p] === LF) count++;
  return count;
}
