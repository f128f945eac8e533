// Entries → the rows Recharts draws: a label per entry, the value, and how to draw a masked one.
import type { Entry } from '../../query/series.ts';
import type { Words } from '../i18n/lang.tsx';

export interface ChartDatum {
  key: string;
  label: string;
  value: number | null; // null when masked: never drawn as zero
  bar: number; // what the bar's length is computed from (0 for a masked stub, drawn hatched)
  entry: Entry;
}

/** "杭州市 2009", with the period when several are shown and the status when not actual. */
export function entryLabel(entry: Entry, words: Words, withPeriod: boolean, withLevel = false): string {
  const { figure } = entry;
  const place = words.placeName(figure.place);
  const parts = [withLevel ? words.t.chartTitle(place, words.t.levelTag[figure.level]) : place, words.yearText(figure.year)];
  if (withPeriod) parts.push(words.t.periods[figure.period]);
  if (figure.status !== 'actual') parts.push(words.t.statuses[figure.status]);
  return parts.join(' ');
}

/** Whether entries of both levels (市 and 区县) stand side by side: their labels then say which is which. */
export const mixedLevels = (entries: readonly Entry[]) => new Set(entries.map((entry) => entry.figure.level)).size > 1;

export function chartData(entries: readonly Entry[], words: Words, withPeriod: boolean): ChartDatum[] {
  const withLevel = mixedLevels(entries);
  return entries.map((entry) => ({
    key: entry.key,
    label: entryLabel(entry, words, withPeriod, withLevel),
    value: entry.figure.masked ? null : entry.figure.value,
    bar: entry.figure.masked ? 0 : entry.figure.value ?? 0,
    entry,
  }));
}

export const STATUS_COLORS = { actual: '#2563eb', forecast: '#60a5fa', target: '#f59e0b' } as const;
export const LINE_COLORS = ['#2563eb', '#dc2626', '#16a34a', '#9333ea', '#ea580c', '#0891b2', '#be185d', '#4d7c0f', '#7c3aed', '#475569'];
export const PART_COLOR = '#93c5fd';
export const DOUBT_COLOR = '#dc2626';
export const MASKED_PATTERN_ID = 'masked-hatch';
