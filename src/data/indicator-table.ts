// indicators.csv into columns (figure-columns.ts), a record at a time: repeated cells are looked up as
// bytes and checked once per distinct value, numbers are read from the bytes, quotes are copied as bytes.
// The checks and their order are the schema's record form (schema.ts), to which a test holds this table.
import { plainDecimal, plainOffset } from './csv-numbers.ts';
import type { CsvFields } from './csv-scan.ts';
import { Column, fieldText, type Rejections, type Table } from './csv-table.ts';
import { APPROX, FigureColumnsBuilder, INDICATOR_INDEX, MASKED } from './figure-columns.ts';
import { CATALOG } from '../extract/catalog.ts';
import {
  INDICATOR_COLUMNS, parseDecimal, PERIODS, readFigureYear, readFlag, readOffset, REQUIRED_INDICATOR_COLUMNS, Reject, shortRecord, STATUSES, type RejectCode,
} from './schema.ts';

const EMPTY = -2;
const BAD = -1;

const UNITS = [...new Set(CATALOG.map((indicator) => indicator.unit))] as string[];
const UNIT_OF_INDICATOR = CATALOG.map((indicator) => UNITS.indexOf(indicator.unit));

/** indicators.csv into columns, checked as schema.ts checks a record, in the same order. */
export class IndicatorTable implements Table {
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
    this.at = Object.fromEntries(INDICATOR_COLUMNS.map((name) => [name, header.indexOf(name)]));
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
