// The exported files: CSV that Excel and WPS open with the Chinese intact and without running
// anything, JSON, and the file name that says which view it is.
import Papa from 'papaparse';
import { BOM, NEWLINE, neutraliseCell } from '../../data/csv.ts';

const PLAIN_NUMBER = /^-?\d+(\.\d+)?$/;

/** A cell a spreadsheet would run as a formula gets a leading apostrophe (csv.ts: neutraliseCell);
 *  a plain negative number ("-3.5", a growth rate) cannot run and stays the number it is. */
export function neutralise(cell: string): string {
  return PLAIN_NUMBER.test(cell) ? cell : neutraliseCell(cell);
}

/** UTF-8 with a BOM (without it Excel reads the bytes as GBK) and CRLF line ends, as csv.ts writes. */
export function exportCsv(header: readonly string[], rows: readonly (readonly string[])[]): string {
  return BOM + Papa.unparse([[...header], ...rows.map((row) => row.map(neutralise))], { newline: NEWLINE }) + NEWLINE;
}

export function toJson(value: unknown): string {
  return JSON.stringify(value, null, 2) + '\n';
}

// oxlint-disable-next-line no-control-regex -- control characters are what a file name must not hold
const UNSAFE_IN_NAME = /[\\/:*?"<>|\u0000-\u001f]+/g;

/** "高新技术企业总数_杭州市-襄阳市_2009-2013": indicator, places (or all), years. */
export function exportName(indicator: string, places: readonly string[], years: readonly (number | null)[], allPlaces: string): string {
  const known = years.filter((year): year is number => year !== null);
  const [first, last] = [Math.min(...known), Math.max(...known)];
  const span = known.length === 0 ? '' : first === last ? String(first) : `${first}-${last}`;
  const placePart = places.length === 0 ? allPlaces : places.length > 4 ? `${places.slice(0, 4).join('-')}+${places.length - 4}` : places.join('-');
  return [indicator, placePart, span].filter(Boolean).join('_').replace(UNSAFE_IN_NAME, '_').replaceAll('#', '');
}
