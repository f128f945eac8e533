import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  indicatorsToCsv, manifestEntryFor, manifestToCsv, neutraliseCell, readCsvRecords, readManifest, reportsToCsv, toCsv,
} from '../../src/data/csv.ts';
import { INDICATOR_COLUMNS, REPORT_COLUMNS, type IndicatorRow, type ReportRow } from '../../src/extract/contract.ts';

const row = (over: Partial<IndicatorRow> = {}): IndicatorRow => ({
  report_id: 'r001', indicator: 'hte_applied', value: 25, unit: '家', period: 'H1', status: 'actual', approx: false,
  masked: false, scope: '', quote: '组织25家企业申报高新技术企业', start: 10, end: 24, rule: 'hte.applied', ...over,
});
const report = (over: Partial<ReportRow> = {}): ReportRow => ({
  report_id: 'r001', title: '市科技局上半年工作总结', city: '九江市', county: '', province: '江西省', admin_code: '360400',
  level: 'city', year: null, period: 'H1', source: 'https://example.org/a,b', city_how: 'text', year_how: 'unknown', ...over,
});

describe('indicatorsToCsv / reportsToCsv', () => {
  it('writes a BOM, the columns in contract order, CRLF line ends, true/false and empty for null', () => {
    const csv = indicatorsToCsv([row(), row({ value: null, masked: true, approx: true, scope: '省级' })]);
    expect(csv.startsWith('\ufeff' + INDICATOR_COLUMNS.join(',') + '\r\n')).toBe(true);
    const lines = csv.slice(1).split('\r\n');
    expect(lines).toEqual([
      INDICATOR_COLUMNS.join(','),
      'r001,hte_applied,25,家,H1,actual,false,false,,组织25家企业申报高新技术企业,10,24,hte.applied,',
      'r001,hte_applied,,家,H1,actual,true,true,省级,组织25家企业申报高新技术企业,10,24,hte.applied,',
      '',
    ]);
  });

  it('writes a figure\'s own year in the last column, and leaves it empty for the report\'s year', () => {
    const csv = indicatorsToCsv([row({ year: 2016, quote: '2016年净增12家' }), row({ year: null }), row()]);
    expect(INDICATOR_COLUMNS.at(-1)).toBe('year');
    expect(readCsvRecords(csv).records.map((r) => r.year)).toEqual(['2016', '', '']);
  });

  it('writes numbers as plain decimals', () => {
    const csv = indicatorsToCsv([row({ value: 16000 / 10000 }), row({ value: 1e-7 }), row({ value: 1.25e21 })]);
    const values = readCsvRecords(csv).records.map((r) => r.value);
    expect(values).toEqual(['1.6', '0.0000001', '1250000000000000000000']);
  });

  it('writes reports with an empty year when it is unknown', () => {
    const csv = reportsToCsv([report(), report({ report_id: 'r002', year: 2019, year_how: 'title' })]);
    const { fields, records } = readCsvRecords(csv);
    expect(fields).toEqual([...REPORT_COLUMNS]);
    expect(records.map((r) => [r.report_id, r.year, r.source])).toEqual([
      ['r001', '', 'https://example.org/a,b'],
      ['r002', '2019', 'https://example.org/a,b'],
    ]);
  });

  it('writes only the header when there are no rows', () => {
    expect(indicatorsToCsv([])).toBe('\ufeff' + INDICATOR_COLUMNS.join(',') + '\r\n');
  });

  it('round-trips quotes with quotes, commas, line breaks and a leading "=" (not neutralised)', () => {
    const quotes = ['他说"好",然后', 'a,b,c', '第一行\n第二行', '=SUM(A1:A2)', '-5%', ' 前后有空格 ', '\t制表'];
    const csv = indicatorsToCsv(quotes.map((quote) => row({ quote })));
    expect(readCsvRecords(csv).records.map((r) => r.quote)).toEqual(quotes);
  });

  it('round-trips any quote without a carriage return', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'grapheme' }).filter((s) => !s.includes('\r')), { minLength: 1, maxLength: 5 }), (quotes) => {
        const csv = indicatorsToCsv(quotes.map((quote) => row({ quote })));
        expect(readCsvRecords(csv).records.map((r) => r.quote)).toEqual(quotes);
      }),
      { numRuns: 300 },
    );
  });
});

describe('neutraliseCell', () => {
  it('puts an apostrophe before cells a spreadsheet could run as a formula', () => {
    for (const s of ['=1+1', '+1', '-1', '@SUM(A1)', '\tx', '\rx']) expect(neutraliseCell(s)).toBe(`'${s}`);
    for (const s of ['1', '', '全市=', 'a-b']) expect(neutraliseCell(s)).toBe(s);
  });

  it('is applied by toCsv only when asked', () => {
    const rows = [{ a: '=HYPERLINK("x")', b: 2 }];
    expect(toCsv(['a', 'b'], rows)).toBe('\ufeffa,b\r\n"=HYPERLINK(""x"")",2\r\n');
    expect(toCsv(['a', 'b'], rows, { neutralise: true })).toBe('\ufeffa,b\r\n"\'=HYPERLINK(""x"")",2\r\n');
  });
});

describe('readCsvRecords', () => {
  it('reads files with mixed line ends and a BOM', () => {
    const { records } = readCsvRecords('\ufeffreport_id,source\r\nr001,a\r\nr002,b\nr003,c\n\n');
    expect(records).toEqual([
      { report_id: 'r001', source: 'a' },
      { report_id: 'r002', source: 'b' },
      { report_id: 'r003', source: 'c' },
    ]);
  });

  it('names the row of a malformed line', () => {
    expect(() => readCsvRecords('a,b\n1,2\n3,4,5\n')).toThrow(/row 3/);
  });
});

describe('readManifest', () => {
  it('reads the given columns, leaves empty ones out, and ignores others', () => {
    const entries = readManifest(
      '\ufeffreport_id,title,city,province,year,period,source,note\n' +
        'seed-000,市科技局上半年工作总结,襄阳市,湖北省,2013,H1,a.docx,"note, with comma"\n' +
        'r003,,,,2019,,,\n',
    );
    expect(entries).toEqual([
      { report_id: 'seed-000', title: '市科技局上半年工作总结', city: '襄阳市', year: 2013, period: 'H1', source: 'a.docx' },
      { report_id: 'r003', year: 2019 },
    ]);
  });

  it('needs only report_id', () => {
    expect(readManifest('report_id\nr001\n')).toEqual([{ report_id: 'r001' }]);
  });

  it('says what is wrong, naming the line', () => {
    expect(() => readManifest('id,city\nr001,九江市\n')).toThrow(/no report_id column/);
    expect(() => readManifest('report_id,year\nr001,20XX\n')).toThrow(/line 2: year "20XX" is not a year/);
    expect(() => readManifest('report_id\nr001\nr001\n')).toThrow(/line 3: report_id r001 appears twice/);
    expect(() => readManifest('report_id,city\n,九江市\n')).toThrow(/line 2: empty report_id/);
  });

  it('round-trips through manifestToCsv', () => {
    const entries = [
      { report_id: 'r001', source: 'https://example.org/1', city: '九江市', period: 'H1' },
      { report_id: 'x', file: 'x 2019.docx', year: 2019, county: '瑞安市', title: '标题,带逗号' },
    ];
    expect(readManifest(manifestToCsv(entries))).toEqual(entries);
  });

  it('finds the entry of a file by its file column, else by its name without extension', () => {
    const entries = readManifest('report_id,file,city\nr001,,九江市\nspecial,odd name.docx,杭州市\nr002,,长沙市\n');
    expect(manifestEntryFor(entries, 'in/r001.txt')?.city).toBe('九江市');
    expect(manifestEntryFor(entries, 'C:\\in\\odd name.docx')?.report_id).toBe('special');
    expect(manifestEntryFor(entries, 'odd name.txt')).toBeUndefined();
    expect(manifestEntryFor(entries, 'r003.txt')).toBeUndefined();
  });
});
