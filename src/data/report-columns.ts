// Report rows as columns, for handing them from a worker to the page: a hundred thousand objects take
// the page long to receive (each is rebuilt property by property), a dozen arrays of strings do not.
// Repeated values (city, province, level …) go as a dictionary and numbers into it.
import { REPORT_COLUMNS, type ReportRow } from './schema.ts';

type TextColumn = Exclude<(typeof REPORT_COLUMNS)[number], 'year'>;

export interface ReportColumns {
  length: number;
  year: Float64Array; // NaN: no year
  text: Record<TextColumn, { values: string[]; codes: Int32Array }>;
}

const TEXT_COLUMNS = REPORT_COLUMNS.filter((column): column is TextColumn => column !== 'year');

export function toReportColumns(rows: readonly ReportRow[]): ReportColumns {
  const text = {} as ReportColumns['text'];
  for (const column of TEXT_COLUMNS) {
    const ids = new Map<string, number>();
    const values: string[] = [];
    const codes = new Int32Array(rows.length);
    rows.forEach((row, k) => {
      const value = row[column];
      let id = ids.get(value);
      if (id === undefined) {
        id = values.push(value) - 1;
        ids.set(value, id);
      }
      codes[k] = id;
    });
    text[column] = { values, codes };
  }
  return { length: rows.length, year: Float64Array.from(rows, (row) => row.year ?? NaN), text };
}

export function reportRowsOf(columns: ReportColumns): ReportRow[] {
  const steps = reportRowsSteps(columns);
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

/** reportRowsOf in steps (a pause every 16,384 rows), for the page to make them between other tasks. */
export function* reportRowsSteps(columns: ReportColumns): Generator<void, ReportRow[], void> {
  const { text, year } = columns;
  const rows: ReportRow[] = new Array(columns.length);
  const cell = (column: TextColumn, k: number) => text[column].values[text[column].codes[k]!]!;
  for (let k = 0; k < columns.length; k++) {
    if ((k & 0x3fff) === 0x3fff) yield;
    rows[k] = {
      report_id: cell('report_id', k), title: cell('title', k), city: cell('city', k), county: cell('county', k),
      province: cell('province', k), admin_code: cell('admin_code', k), level: cell('level', k) as ReportRow['level'],
      year: Number.isNaN(year[k]!) ? null : year[k]!, period: cell('period', k), source: cell('source', k),
      city_how: cell('city_how', k) as ReportRow['city_how'], year_how: cell('year_how', k) as ReportRow['year_how'],
    };
  }
  return rows;
}
