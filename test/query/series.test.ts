// Filtered figures → what a chart draws: totals over parts, one value among several, masked figures.
import { describe, expect, it } from 'vitest';
import { figureAt } from '../../src/query/dataset.ts';
import { resolveView, selectRows } from '../../src/query/filters.ts';
import { buildSeries, MAX_BARS } from '../../src/query/series.ts';
import { DEFAULT_VIEW } from '../../src/query/view-state.ts';
import { dataset } from './helpers.ts';

const reports = [
  { report_id: 'hz', city: '杭州市', year: 2009 },
  { report_id: 'xy', city: '襄阳市', province: '湖北省', year: 2013 },
  { report_id: 'nb08', city: '宁波市', year: 2008 },
  { report_id: 'nb17', city: '宁波市', year: 2017 },
  { report_id: 'x', city: '', province: '河北省', year: null },
];

const view = (figures: Parameters<typeof dataset>[1], change: Partial<typeof DEFAULT_VIEW> = {}) => {
  const data = dataset(reports, figures);
  const state = { ...DEFAULT_VIEW, indicator: 'projects_approved', period: 'all' as const, ...change };
  return buildSeries({ dataset: data, selection: selectRows(data, state), view: state.view, showMasked: state.masked });
};

describe('buildSeries', () => {
  it('takes a report total over its parts and says how many parts there were', () => {
    const series = view([
      { report_id: 'hz', indicator: 'projects_approved', value: 30 },
      { report_id: 'hz', indicator: 'projects_approved', value: 5, scope: '国家' },
      { report_id: 'hz', indicator: 'projects_approved', value: 10, scope: '省级' },
    ]);
    expect(series.entries.map((e) => e.figure.value)).toEqual([30]);
    expect(series.entries[0]?.parts).toBe(2);
    expect(series.withParts).toBe(1);
  });

  it('never adds parts up when a report states no total, and counts it', () => {
    const series = view([{ report_id: 'xy', indicator: 'projects_approved', value: 5, scope: '国家' }]);
    expect(series.entries).toEqual([]);
    expect(series.partsOnly).toBe(1);
  });

  it('keeps one of several totals for a point, the largest stated, and lists the rest', () => {
    const series = view([
      { report_id: 'hz', indicator: 'projects_approved', value: null, masked: true, start: 1 },
      { report_id: 'hz', indicator: 'projects_approved', value: 7, start: 2 },
      { report_id: 'hz', indicator: 'projects_approved', value: 4, start: 3 },
    ]);
    expect(series.entries.map((e) => e.figure.value)).toEqual([7]);
    expect(series.entries[0]?.alternatives.map((f) => f.value)).toEqual([4, null]);
    expect(series.withAlternatives).toBe(1);
  });

  it('sorts bars largest first, masked figures last and never as zero; the switch hides them', () => {
    const figures = [
      { report_id: 'hz', indicator: 'projects_approved', value: 3 },
      { report_id: 'xy', indicator: 'projects_approved', value: null, masked: true },
      { report_id: 'nb08', indicator: 'projects_approved', value: 9 },
    ];
    const shown = view(figures);
    expect(shown.entries.map((e) => [e.figure.place, e.figure.value])).toEqual([['宁波市', 9], ['杭州市', 3], ['襄阳市', null]]);
    expect(view(figures, { masked: false }).entries.map((e) => e.figure.place)).toEqual(['宁波市', '杭州市']);
  });

  it('draws at most MAX_BARS bars and says how many more there are', () => {
    const wide = dataset(Array.from({ length: 50 }, (_, k) => ({ report_id: `c${k}`, city: `城${k}` })),
      Array.from({ length: 50 }, (_, k) => ({ report_id: `c${k}`, value: k })));
    const bars = buildSeries({ dataset: wide, selection: selectRows(wide, { ...DEFAULT_VIEW, indicator: 'hte_total' }), view: 'city', showMasked: true });
    expect([bars.entries.length, bars.hidden]).toEqual([MAX_BARS, 10]);
    expect(bars.rows).toBe(50); // the table lists them all
    expect(bars.rowsAt(0, 50).slice(0, MAX_BARS)).toEqual(bars.entries);
  });

  it('draws lines over years per place, without the undated points', () => {
    const series = view([
      { report_id: 'nb17', indicator: 'projects_approved', value: 17 },
      { report_id: 'nb08', indicator: 'projects_approved', value: 8 },
      { report_id: 'hz', indicator: 'projects_approved', value: 9 },
      { report_id: 'x', indicator: 'projects_approved', value: 1 },
    ], { view: 'year' });
    expect(series.lines).toEqual(['宁波市|FY|actual', '杭州市|FY|actual']);
    expect(series.entries.map((e) => e.figure.year)).toEqual([2008, 2017, 2009]);
    expect(series.undated).toBe(1);
  });

  it('lists a total and its parts in the breakdown, parts largest first, masked parts kept', () => {
    const series = view([
      { report_id: 'hz', indicator: 'projects_approved', value: 30 },
      { report_id: 'hz', indicator: 'projects_approved', value: 5, scope: '国家' },
      { report_id: 'hz', indicator: 'projects_approved', value: null, masked: true, scope: '市级' },
      { report_id: 'hz', indicator: 'projects_approved', value: 10, scope: '省级' },
      { report_id: 'xy', indicator: 'projects_approved', value: 2, scope: '国家' },
    ], { view: 'parts' });
    expect(series.entries.map((e) => [e.figure.place, e.role, e.figure.scope, e.figure.value])).toEqual([
      ['杭州市', 'total', '', 30],
      ['杭州市', 'part', '省级', 10],
      ['杭州市', 'part', '国家', 5],
      ['杭州市', 'part', '市级', null],
      ['襄阳市', 'part', '国家', 2],
    ]);
  });
});

describe('filters', () => {
  const data = dataset(reports, [
    { report_id: 'hz', indicator: 'hte_total', period: 'CUM' },
    { report_id: 'xy', indicator: 'hte_total', period: 'CUM' },
    { report_id: 'x', indicator: 'hte_total', period: 'CUM' },
    { report_id: 'hz', indicator: 'hte_total', period: 'H1' },
    { report_id: 'hz', indicator: 'patents_granted', period: 'FY' },
  ]);

  it('opens on the indicator and period that compare the most places', () => {
    expect(resolveView(data, DEFAULT_VIEW)).toEqual({ indicator: 'hte_total', period: 'CUM' });
  });

  it('shows figures of unknown year only while no year range is set', () => {
    // rows come in the dataset's order (by place), not the file's
    const places = (change: Partial<typeof DEFAULT_VIEW>) => {
      const { rows, selected } = selectRows(data, { ...DEFAULT_VIEW, ...change });
      return [...selected].map((r) => figureAt(data, rows, r).place).sort();
    };
    expect(places({})).toEqual(['#x', '杭州市', '襄阳市'].sort());
    expect(places({ from: 2009 })).toEqual(['杭州市', '襄阳市'].sort());
    expect(places({ from: 2010, to: 2013 })).toEqual(['襄阳市']);
    expect(places({ cities: ['杭州市'], period: 'all' })).toEqual(['杭州市', '杭州市']);
  });
});
