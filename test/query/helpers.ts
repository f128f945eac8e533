// Builders for the query tests: a figure or report with only what a test says about it.
import type { IndicatorRow, ReportRow } from '../../src/data/schema.ts';
import { columnsFromRows } from '../../src/data/figure-columns.ts';
import { buildDataset } from '../../src/query/build-dataset.ts';
import type { Dataset } from '../../src/query/dataset.ts';

export function row(fields: Partial<IndicatorRow>): IndicatorRow {
  return {
    report_id: 'r1', indicator: 'hte_total', value: 1, unit: '家', period: 'FY', status: 'actual', approx: false,
    masked: false, scope: '', quote: 'q', start: 0, end: 1, rule: '', ...fields,
  };
}

export function report(fields: Partial<ReportRow>): ReportRow {
  return {
    report_id: 'r1', title: '', city: '杭州市', county: '', province: '浙江省', admin_code: '', level: 'city', year: 2020,
    period: 'FY', source: '', city_how: 'text', year_how: 'title', ...fields,
  };
}

export function dataset(reports: Partial<ReportRow>[], rows: Partial<IndicatorRow>[]): Dataset {
  return buildDataset({ reports: reports.map(report), sources: [{ figures: columnsFromRows(rows.map(row)), origin: '' }] });
}
