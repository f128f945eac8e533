// Points → what one view draws and lists: the entries of the chart and of the table, in order,
// at most a readable number of them. The table and the exports take exactly these entries.
import type { Figure } from './dataset.ts';
import { preferred, toPoints, type Point } from './points.ts';
import type { View } from './view-state.ts';

export const MAX_BARS = 40;
export const MAX_LINES = 10;
export const MAX_GROUPS = 8;

export interface Entry {
  key: string;
  figure: Figure;
  line: string; // the line (year view) or group (parts view) the entry belongs to
  role: 'total' | 'part';
  parts: number; // parts the report states beside this total
  alternatives: Figure[]; // other totals not shown
}

export interface Series {
  view: View;
  entries: Entry[];
  lines: string[]; // year view: line keys in legend order; parts view: group keys
  hidden: number; // points (or lines, groups) beyond the cap
  undated: number; // year view: points without a year, not drawn
  partsOnly: number; // reports that give only parts, no total (city and year views)
  withParts: number; // shown totals that have parts beside them
  withAlternatives: number; // shown totals chosen among several
}

const entryOf = (point: Point, line: string): Entry => ({
  key: point.key, figure: point.figure, line, role: 'total', parts: point.parts.length, alternatives: point.alternatives,
});

/** Largest first; masked figures (no value) after every stated one; then by place and year. */
function byValue(a: Point, b: Point): number {
  return preferred(a.figure, b.figure) || a.figure.place.localeCompare(b.figure.place) || (a.figure.year ?? 0) - (b.figure.year ?? 0);
}

export const lineKey = (f: Figure) => [f.place, f.period, f.status].join('|');

export function buildSeries(figures: readonly Figure[], view: View, showMasked: boolean): Series {
  const { points: all, partsOnly } = toPoints(figures);
  const points = showMasked ? all : all.filter((point) => !point.figure.masked);
  const base = { view, lines: [] as string[], hidden: 0, undated: 0, partsOnly: partsOnly.length };
  let entries: Entry[];
  if (view === 'city') {
    const sorted = [...points].sort(byValue);
    entries = sorted.slice(0, MAX_BARS).map((point) => entryOf(point, ''));
    Object.assign(base, { hidden: sorted.length - entries.length });
  } else if (view === 'year') {
    const dated = points.filter((point) => point.figure.year !== null);
    const byLine = new Map<string, Point[]>();
    for (const point of dated) byLine.set(lineKey(point.figure), [...(byLine.get(lineKey(point.figure)) ?? []), point]);
    const lines = [...byLine.keys()].sort((a, b) => (byLine.get(b)?.length ?? 0) - (byLine.get(a)?.length ?? 0) || a.localeCompare(b));
    const shown = lines.slice(0, MAX_LINES);
    entries = shown.flatMap((line) =>
      (byLine.get(line) ?? []).sort((a, b) => (a.figure.year ?? 0) - (b.figure.year ?? 0)).map((point) => entryOf(point, line)));
    Object.assign(base, { lines: shown, hidden: lines.length - shown.length, undated: points.length - dated.length });
  } else {
    return partsSeries(all, partsOnly, showMasked);
  }
  return {
    ...base, entries,
    withParts: entries.filter((entry) => entry.parts > 0).length,
    withAlternatives: entries.filter((entry) => entry.alternatives.length > 0).length,
  };
}

/** Parts view: each report's total (when it states one) followed by its parts, largest first. Parts may overlap, so they are never stacked. */
function partsSeries(points: Point[], partsOnly: Figure[][], showMasked: boolean): Series {
  const visible = (f: Figure) => showMasked || !f.masked;
  const groups = [
    ...points.filter((point) => point.parts.length > 0).map((point) => ({ total: point.figure, parts: point.parts })),
    ...partsOnly.map((parts) => ({ total: null, parts })),
  ].filter((group) => group.parts.some(visible));
  groups.sort((a, b) => (a.parts[0]?.place ?? '').localeCompare(b.parts[0]?.place ?? '') || (a.parts[0]?.year ?? 0) - (b.parts[0]?.year ?? 0));
  const shown = groups.slice(0, MAX_GROUPS);
  const entries = shown.flatMap(({ total, parts }) => {
    const line = `${parts[0]?.report_id}|${lineKey(parts[0] as Figure)}`;
    const part = (figure: Figure): Entry => ({ key: `${line}|${figure.scope}|${figure.start}`, figure, line, role: 'part', parts: 0, alternatives: [] });
    const head: Entry[] = total && visible(total) ? [{ key: `${line}|`, figure: total, line, role: 'total', parts: parts.length, alternatives: [] }] : [];
    return [...head, ...parts.filter(visible).sort(preferred).map(part)];
  });
  return {
    view: 'parts', entries, lines: shown.map((g) => `${g.parts[0]?.report_id}|${lineKey(g.parts[0] as Figure)}`),
    hidden: groups.length - shown.length, undated: 0, partsOnly: 0, withParts: 0, withAlternatives: 0,
  };
}
