// CSV files → contract rows: the fixture, a file with bad rows, and files as Excel/WPS save them.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadCsv, type LoadedIndicators } from '../../src/data/load-csv.ts';

const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`../fixtures/dashboard/${name}`, import.meta.url)));
const indicators = (input: Uint8Array | string): LoadedIndicators => {
  const table = loadCsv(input);
  if (table.kind !== 'indicators') throw new Error(`read as ${table.kind}`);
  return table;
};

describe('loadCsv', () => {
  it('loads the fixture indicators.csv whole', () => {
    const table = indicators(fixture('indicators.csv'));
    expect(table.kind).toBe('indicators');
    expect(table.errors).toEqual([]);
    expect(table.rows.length).toBe(table.records);
    expect(table.rows.find((r) => r.masked)?.value).toBeNull();
  });

  it('tells reports.csv by its header', () => {
    const table = loadCsv(fixture('reports.csv'));
    if (table.kind !== 'reports') throw new Error(`read as ${table.kind}`);
    expect(table.errors).toEqual([]);
    expect(table.rows.find((r) => r.report_id === 'seed-003')).toMatchObject({ city: '杭州市', year: 2009, province: '浙江省' });
  });

  it('rejects bad rows by spreadsheet row number and keeps the good ones', () => {
    const table = indicators(fixture('upload-bad.csv'));
    expect(table.rows.map((r) => r.value)).toEqual([1200, 1800]);
    expect(table.errors.map(({ row, code, column }) => [row, code, column])).toEqual([
      [3, 'unknown-indicator', 'indicator'],
      [4, 'bad-number', 'value'],
      [5, 'too-few-fields', 'period'],
    ]);
    expect(table.rows.length + table.errors.length).toBe(table.records);
    expect(table.records).toBe(5);
  });

  it('decodes a GBK file with CRLF and Excel TRUE/FALSE', () => {
    const table = indicators(fixture('upload-gbk.csv'));
    expect(table.encoding).toBe('gb18030');
    expect(table.errors).toEqual([]);
    expect(table.rows.map((r) => [r.value, r.approx, r.masked])).toEqual([[1200, false, false], [1800, true, false], [null, false, true]]);
    expect(table.rows[0]?.quote).toBe('全市高新技术企业累计达1200家');
  });

  it('decodes UTF-8 with a BOM and reads Excel thousands separators', () => {
    const table = indicators(fixture('upload-bom.csv'));
    expect(table.errors).toEqual([]);
    expect(table.rows.map((r) => r.value)).toEqual([1200, 1800]);
    expect(table.rows[0]?.report_id).toBe('r021'); // the BOM is not part of the first header
  });

  it('rejects a row with fewer fields than the header (8 of 13: no quote, no offsets) instead of reading it with an empty quote', () => {
    const header = 'report_id,indicator,value,unit,period,status,approx,masked,scope,quote,start,end,rule';
    const table = indicators(`${header}\nr1,hte_total,5,家,FY,actual,false,false\nr1,hte_total,6,家,FY,actual,false,false,,共6家,0,4,x\n`);
    expect(table.rows.map((r) => r.value)).toEqual([6]);
    expect(table.errors).toEqual([{ row: 2, code: 'too-few-fields', column: 'scope', value: '8/13' }]);
  });

  it('rejects every row when the header lacks a required column, and says which', () => {
    const table = indicators('report_id,indicator,period,status\nr1,hte_total,FY,actual\nr2,hte_total,FY,actual\n');
    expect(table.rows).toEqual([]);
    expect(table.errors.map((e) => [e.row, e.code, e.column])).toEqual([[2, 'missing-column', 'value'], [3, 'missing-column', 'value']]);
  });

  it('names the reason for each kind of bad cell', () => {
    const text = [
      'report_id,indicator,value,unit,period,status,masked',
      'r1,hte_total,5,家,H2,actual,false',
      'r1,hte_total,5,家,FY,maybe,false',
      'r1,hte_total,5,家,FY,actual,perhaps',
      'r1,hte_total,5,万元,FY,actual,false',
      'r1,hte_total,,家,FY,actual,false',
      'r1,hte_total,7,家,FY,actual,true',
      ',hte_total,5,家,FY,actual,false',
      'r1,hte_total,５,家,FY,actual,false',
    ].join('\n');
    const table = indicators(text);
    expect(table.errors.map((e) => e.code)).toEqual(['bad-period', 'bad-status', 'bad-flag', 'unit-mismatch', 'bad-number', 'bad-number', 'missing-value']);
    expect(table.rows.map((r) => r.value)).toEqual([5]); // full-width digits are a number
  });
});
