// A series in the words and colours of one chart: the bars or lines to draw and the legend.
import type { Status } from '../../data/schema.ts';
import type { Entry, Series } from '../../query/series.ts';
import type { Words } from '../i18n/lang.tsx';
import { chartData, entryLabel, LINE_COLORS, PART_COLOR, STATUS_COLORS, type ChartDatum } from './chart-data.ts';
import type { LegendItem } from './Legend.tsx';
import type { ChartLine } from './LineView.tsx';

export interface ChartModel {
  bars: ChartDatum[];
  lines: ChartLine[];
  legend: LegendItem[];
  colorOf: (entry: Entry) => string;
}

export function chartModel(series: Series, words: Words, withPeriod: boolean): ChartModel {
  const { t } = words;
  const masked: LegendItem[] = series.entries.some((e) => e.figure.masked) ? [{ label: t.masked, color: '#94a3b8', kind: 'masked' }] : [];
  if (series.view === 'year') {
    const lines = series.lines.map((key, index): ChartLine => {
      const entries = series.entries.filter((entry) => entry.line === key);
      const first = entries[0];
      const data = chartData(entries, words, withPeriod).map((datum) => ({ ...datum, year: datum.entry.figure.year ?? 0 }));
      const label = first ? entryLabel({ ...first, figure: { ...first.figure, year: null } }, words, withPeriod).replace(` ${t.unknownYear}`, '') : key;
      return { key, label, color: LINE_COLORS[index % LINE_COLORS.length] ?? '#2563eb', data };
    });
    const legend = lines.map((line): LegendItem => ({
      label: line.label, color: line.color, kind: line.data[0]?.entry.figure.status === 'actual' ? 'line' : 'dashed',
    }));
    return { bars: [], lines, legend: [...legend, ...masked], colorOf: () => '#2563eb' };
  }
  if (series.view === 'parts') {
    // each group (one report's point) opens with its place and year; the parts below it say only what they are
    const bars = chartData(series.entries, words, withPeriod).map((datum, k, all) => {
      const first = all[k - 1]?.entry.line !== datum.entry.line;
      const what = datum.entry.role === 'part' ? datum.entry.figure.scope : t.total;
      return { ...datum, label: first ? `${datum.label} · ${what}` : `└ ${what}` };
    });
    const legend: LegendItem[] = [{ label: t.total, color: STATUS_COLORS.actual, kind: 'bar' }, { label: t.columns.scope, color: PART_COLOR, kind: 'bar' }];
    return { bars, lines: [], legend: [...legend, ...masked], colorOf: (entry) => (entry.role === 'part' ? PART_COLOR : STATUS_COLORS.actual) };
  }
  const statuses = [...new Set(series.entries.map((entry) => entry.figure.status))] as Status[];
  const legend = statuses.map((status): LegendItem => ({ label: t.statuses[status], color: STATUS_COLORS[status], kind: 'bar' }));
  return { bars: chartData(series.entries, words, withPeriod), lines: [], legend: [...legend, ...masked], colorOf: (entry) => STATUS_COLORS[entry.figure.status] };
}
