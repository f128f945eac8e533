// Comparing places: a figure's own year, the plausibility flags (README: the rule), levels, sources,
// the coverage grid and a place's page, on hand-written rows.
import { describe, expect, it } from 'vitest';
import { loadCsv } from '../../src/data/load-csv.ts';
import { indicatorsToCsv } from '../../src/data/csv.ts';
import { coverage } from '../../src/query/coverage.ts';
import { indicatorRows } from '../../src/query/indicator-rows.ts';
import { selectRows } from '../../src/query/filters.ts';
import { placePage } from '../../src/query/place.ts';
import { doubtsOf, OUTLIER, PART_OVER_TOTAL, TOTAL_FALLS } from '../../src/query/plausibility.ts';
import { buildSeries } from '../../src/query/series.ts';
import { sourceKind } from '../../src/query/sources.ts';
import { DEFAULT_VIEW, type ViewState } from '../../src/query/view-state.ts';
import { CATALOG } from '../../src/extract/catalog.ts';
import { dataset, row } from './helpers.ts';

const series = (data: ReturnType<typeof dataset>, change: Partial<ViewState>) => {
  const state = { ...DEFAULT_VIEW, ...change };
  return buildSeries({ dataset: data, selection: selectRows(data, state), view: state.view, showMasked: state.masked });
};
const values = (data: ReturnType<typeof dataset>, change: Partial<ViewState>) =>
  series(data, change).rowsAt(0, 1000).map((entry) => [entry.figure.place, entry.figure.year, entry.figure.value, entry.doubt]);

describe('a figure\'s own year', () => {
  it('is read from the year column of indicators.csv (empty: the report\'s year), and written back', () => {
    const csv = indicatorsToCsv([row({ year: 2016, quote: '2016年净增12家' }), row({ value: 20 })]);
    const loaded = loadCsv(csv);
    if (loaded.kind !== 'indicators') throw new Error('not indicators');
    expect(loaded.rows.map((r) => [r.value, r.year])).toEqual([[1, 2016], [20, null]]);
    expect(indicatorsToCsv(loaded.rows)).toBe(csv);
  });

  it('rejects a year that is not a year, naming the row', () => {
    const loaded = loadCsv('report_id,indicator,value,period,status,year\nr1,hte_total,5,CUM,actual,20XX\nr1,hte_total,6,CUM,actual,2019\n');
    expect(loaded.errors).toEqual([{ row: 2, code: 'bad-number', column: 'year', value: '20XX' }]);
    expect(loaded.rejected).toBe(1);
  });

  it('puts the figure at its own year in the year view, beside the report\'s own figure', () => {
    // a 2017 report says "2016年净增12家" and "2017年新增20家": a line of two points for one place
    const data = dataset([{ report_id: 'nb17', city: '宁波市', year: 2017 }], [
      { report_id: 'nb17', indicator: 'hte_certified', value: 12, year: 2016, quote: '2016年净增12家' },
      { report_id: 'nb17', indicator: 'hte_certified', value: 20, quote: '2017年新增20家' },
    ]);
    const years = series(data, { indicator: 'hte_certified', period: 'FY', view: 'year' });
    expect(years.entries.map((entry) => [entry.figure.year, entry.figure.reportYear, entry.figure.value])).toEqual([[2016, 2017, 12], [2017, 2017, 20]]);
    expect(years.lines).toHaveLength(1);
    expect(years.singlePoint).toBe(0);
    // a year range keeps a figure by its own year
    expect(values(data, { indicator: 'hte_certified', period: 'FY', from: 2016, to: 2016 })).toEqual([['宁波市', 2016, 12, 0]]);
    expect(data.years).toEqual([2016, 2017]);
  });
});

describe('the default period', () => {
  it('is the one most of the indicator\'s totals are stated for, and the chart shows that period only', () => {
    const data = dataset([
      { report_id: 'hz1', city: '杭州市', year: 2019, period: 'H1' }, { report_id: 'hz2', city: '杭州市', year: 2020, period: 'H1' },
      { report_id: 'hz3', city: '杭州市', year: 2021, period: 'H1' }, { report_id: 'nb', city: '宁波市', year: 2020 },
      { report_id: 'wz', city: '温州市', year: 2020 },
    ], [
      ...['hz1', 'hz2', 'hz3'].map((id, k) => ({ report_id: id, indicator: 'hte_certified', value: 10 + k, period: 'H1' as const })),
      { report_id: 'nb', indicator: 'hte_certified', value: 50 }, { report_id: 'wz', indicator: 'hte_certified', value: 40 },
      { report_id: 'nb', indicator: 'hte_certified', value: 5, period: 'H1' as const, scope: '省级' }, // a part: not counted
    ]);
    const shown = series(data, { indicator: 'hte_certified' });
    expect(new Set(shown.rowsAt(0, 10).map((entry) => entry.figure.period))).toEqual(new Set(['H1']));
    expect(shown.rows).toBe(3);
  });
});

describe('plausibility flags', () => {
  const counties = ['a', 'b', 'c', 'd', 'e'].map((id, k) => ({ report_id: id, city: '温州市', county: `县${k}`, level: 'county' as const, year: 2020 }));

  it('flags a value over 20 times the median of its level, and keeps it in the table', () => {
    const data = dataset(counties, [
      ...['a', 'b', 'c', 'd'].map((id, k) => ({ report_id: id, indicator: 'tech_contract_value', value: 10 + k })),
      { report_id: 'e', indicator: 'tech_contract_value', value: 2583.2023, quote: '技术市场实现交易额25832023万元' },
    ]);
    const rows = values(data, { indicator: 'tech_contract_value', period: 'FY' });
    expect(rows[0]).toEqual(['温州市·县4', 2020, 2583.2023, OUTLIER]);
    expect(rows.slice(1).every((r) => r[3] === 0)).toBe(true);
    expect(series(data, { indicator: 'tech_contract_value', period: 'FY' }).doubtful).toBe(1);
    // hidden on request, never deleted
    expect(values(data, { indicator: 'tech_contract_value', period: 'FY', doubtful: false }).map((r) => r[2])).toEqual([13, 12, 11, 10]);
  });

  it('compares a county with counties, not with cities', () => {
    const cities = ['p', 'q', 'r', 's', 't'].map((id, k) => ({ report_id: id, city: `市${k}`, level: 'city' as const, year: 2020 }));
    const more = [...counties, ...['f', 'g'].map((id) => ({ ...counties[0]!, report_id: id, county: `县${id}` }))];
    const data = dataset([...more, ...cities], [
      ...more.map((c) => ({ report_id: c.report_id, indicator: 'tech_contract_value', value: 1 })),
      ...cities.map((c) => ({ report_id: c.report_id, indicator: 'tech_contract_value', value: 300 })),
    ]);
    // 300 is 300 times the median of all twelve (seven counties at 1), but a city's: not flagged
    expect(values(data, { indicator: 'tech_contract_value', period: 'FY' }).filter((r) => r[3] !== 0)).toEqual([]);
  });

  it('flags nothing as an outlier while fewer than 5 figures of the indicator are stated', () => {
    const data = dataset(counties, [
      { report_id: 'a', indicator: 'tech_contract_value', value: 1 },
      { report_id: 'b', indicator: 'tech_contract_value', value: 1000 },
    ]);
    expect(values(data, { indicator: 'tech_contract_value', period: 'FY' }).map((r) => r[3])).toEqual([0, 0]);
  });

  it('flags a part larger than its report\'s total, but not a growth rate', () => {
    const data = dataset(counties, [
      { report_id: 'a', indicator: 'projects_approved', value: 9, quote: '共9项' },
      { report_id: 'a', indicator: 'projects_approved', value: 12, scope: '省级', quote: '其中省级12项' },
      { report_id: 'a', indicator: 'projects_approved', value: 5, scope: '国家级' },
      { report_id: 'a', indicator: 'hitech_output_growth', value: 10 },
      { report_id: 'a', indicator: 'hitech_output_growth', value: 25, scope: '规上' },
    ]);
    const parts = series(data, { indicator: 'projects_approved', period: 'FY', view: 'parts' }).rowsAt(0, 10);
    expect(parts.map((entry) => [entry.figure.value, entry.doubt])).toEqual([[9, 0], [12, PART_OVER_TOTAL], [5, 0]]);
    const growth = series(data, { indicator: 'hitech_output_growth', period: 'FY', view: 'parts' }).rowsAt(0, 10);
    expect(growth.every((entry) => entry.doubt === 0)).toBe(true);
  });

  it('flags a running total that falls from one year to the next', () => {
    const data = dataset([
      { report_id: 'nb15', city: '宁波市', year: 2015 }, { report_id: 'nb16', city: '宁波市', year: 2016 },
      { report_id: 'nb17', city: '宁波市', year: 2017 }, { report_id: 'hz16', city: '杭州市', year: 2016 },
    ], [
      { report_id: 'nb15', indicator: 'hte_total', value: 900, period: 'CUM' },
      { report_id: 'nb16', indicator: 'hte_total', value: 913, period: 'CUM' },
      { report_id: 'nb17', indicator: 'hte_total', value: 190, period: 'CUM' }, // a lost digit
      { report_id: 'hz16', indicator: 'hte_total', value: 100, period: 'CUM' }, // another place: not compared
    ]);
    expect(values(data, { indicator: 'hte_total', period: 'CUM', view: 'year' }).map((r) => [r[0], r[1], r[3]])).toEqual([
      ['宁波市', 2015, 0], ['宁波市', 2016, 0], ['宁波市', 2017, TOTAL_FALLS], ['杭州市', 2016, 0],
    ]);
    const rows = indicatorRows(data, CATALOG.findIndex(({ id }) => id === 'hte_total'));
    expect([...doubtsOf(data, rows)].filter(Boolean)).toEqual([TOTAL_FALLS]);
  });
});

describe('levels, sources, coverage and a place\'s page', () => {
  const reports = [
    { report_id: 'nb08', city: '宁波市', year: 2008, source: 'https://www.most.gov.cn/a.html' },
    { report_id: 'nb17', city: '宁波市', year: 2017, source: 'https://kjj.ningbo.gov.cn/b.html' },
    { report_id: 'nb18', city: '宁波市', year: 2018, source: 'https://wenku.example.com/c.html' },
    { report_id: 'ra', city: '温州市', county: '瑞安市', level: 'county' as const, year: 2017, source: 'https://wnwk.com/doc/1.html' },
  ];
  const figures = [
    { report_id: 'nb08', indicator: 'hte_certified', value: 393 },
    { report_id: 'nb17', indicator: 'hte_certified', value: 716 },
    { report_id: 'nb18', indicator: 'hte_certified', value: 800 },
    { report_id: 'nb17', indicator: 'patents_granted', value: 5382 },
    { report_id: 'ra', indicator: 'hte_certified', value: 30 },
  ];

  it('tells official government sites from copies', () => {
    expect(sourceKind('https://kjj.ningbo.gov.cn/art/2018/3/6/x.html')).toBe('official');
    expect(sourceKind('http://www.linan.gov.cn/art/1.html')).toBe('official');
    expect(sourceKind('https://m.wenku365.com/p-61299780.html')).toBe('copy');
    expect(sourceKind('https://gov.cn.example.com/x')).toBe('copy');
    expect(sourceKind('web page dated 2017-04-22')).toBe('unknown');
    expect(sourceKind('')).toBe('unknown');
  });

  it('filters by level and by official source', () => {
    const data = dataset(reports, figures);
    const view = { indicator: 'hte_certified', period: 'FY' as const };
    expect(values(data, { ...view, level: 'county' }).map((r) => r[0])).toEqual(['温州市·瑞安市']);
    expect(values(data, { ...view, level: 'city' }).map((r) => r[2])).toEqual([800, 716, 393]);
    expect(values(data, { ...view, official: true }).map((r) => r[2])).toEqual([716, 393]);
    expect(series(data, view).rowsAt(0, 10).map((entry) => [entry.figure.level, entry.figure.sourceKind])).toEqual([
      ['city', 'copy'], ['city', 'official'], ['city', 'official'], ['county', 'copy'],
    ]);
  });

  it('counts places per indicator and year, and the places with 3 years or more', () => {
    const data = dataset(reports, figures);
    const grid = coverage(data, DEFAULT_VIEW);
    expect(grid.years).toEqual([2008, 2017, 2018]);
    const i = CATALOG.findIndex(({ id }) => id === 'hte_certified');
    expect([...grid.places.subarray(i * 3, i * 3 + 3)]).toEqual([1, 2, 1]);
    expect(grid.placesWithYears[i]).toBe(1); // 宁波市
    expect([...coverage(data, { ...DEFAULT_VIEW, official: true }).places.subarray(i * 3, i * 3 + 3)]).toEqual([1, 1, 0]);
  });

  it('gives a place every indicator it states, by year, with the figure behind each cell', () => {
    const page = placePage(dataset(reports, figures), '宁波市', 'all');
    expect(page.years).toEqual([2008, 2017, 2018]);
    expect(page.indicators.map((row) => row.indicator)).toEqual(['hte_certified', 'patents_granted']);
    expect(page.indicators[0]!.cells.get(2017)!.map((cell) => [cell.figure.value, cell.figure.report_id])).toEqual([[716, 'nb17']]);
    expect(placePage(dataset(reports, figures), '北京市', 'all')).toMatchObject({ known: false, indicators: [] });
  });
});
