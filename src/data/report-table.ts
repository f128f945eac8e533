// reports.csv into ReportRow objects by the schema's record form: one row a report, thousands, not millions.
import type { CsvFields } from './csv-scan.ts';
import { Column, fieldText, type Rejections, type Table } from './csv-table.ts';
import { checkReportRecord, REQUIRED_REPORT_COLUMNS, type CsvRecord, type RejectCode, type ReportRow } from './schema.ts';

/** Columns of reports.csv whose every cell differs: decoded as they come, not looked up. */
const UNIQUE_REPORT_COLUMNS = new Set(['report_id', 'title', 'source']);

/** reports.csv into ReportRow objects, by the schema's record form (a report a row: thousands, not millions). */
export class ReportTable implements Table {
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
