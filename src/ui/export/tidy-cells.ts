// Tidy figures (query/tidy.ts) as the exports write them: the CSV's header in the UI's words over the
// machine names' columns, cells as plain text (numbers as plain decimals, flags as true/false, unknown
// as empty), and the JSON's records under the machine names with a schema that maps one to the other.
import { TIDY_COLUMNS, tidyRecord, type TidyColumn, type TidyFigure } from '../../query/tidy.ts';
import type { Words } from '../i18n/lang.tsx';
import { doubtText } from '../table/cells.ts';

type Cell = string | number | boolean | null;

export function tidyValues(entry: TidyFigure, words: Words): Record<TidyColumn, Cell> {
  return { ...tidyRecord(entry), indicator: words.indicatorName(entry.figure.indicator), doubt_reason: doubtText(entry.doubt, words) };
}

/** 1.6 → "1.6", 1e-7 → "0.0000001": never exponent notation. */
const plain = (n: number) => (/e/i.test(String(n)) ? n.toLocaleString('en-US', { useGrouping: false, maximumFractionDigits: 20 }) : String(n));

export const cellText = (cell: Cell): string =>
  cell === null ? '' : typeof cell === 'boolean' ? String(cell) : typeof cell === 'number' ? plain(cell) : cell;

export const tidyHeader = (words: Words): string[] => TIDY_COLUMNS.map((column) => words.t.tidy[column]);

export const tidyRows = (figures: readonly TidyFigure[], words: Words): string[][] =>
  figures.map((entry) => {
    const values = tidyValues(entry, words);
    return TIDY_COLUMNS.map((column) => cellText(values[column]));
  });

const TYPES: Partial<Record<TidyColumn, string>> = {
  value: 'number', masked: 'boolean', approx: 'boolean', year: 'integer', report_year: 'integer', start: 'integer', end: 'integer',
  edited: 'boolean', doubtful: 'boolean',
};

/** A Frictionless-style table schema: each column's machine name, its header in the UI's language and its type. */
export const tidySchema = (words: Words) => ({
  fields: TIDY_COLUMNS.map((name) => ({ name, title: words.t.tidy[name], type: TYPES[name] ?? 'string' })),
  missingValues: [''],
});
