// Filtered figures → points: one figure per place, year, period and status. A report that states
// parts (scope) beside its total gives the total; a place whose reports state several totals for the
// same point gives one of them and keeps the others as alternatives. Nothing is ever added up.
import type { Figure } from './dataset.ts';

export interface Point {
  key: string; // place, year, period, status
  figure: Figure; // the total shown
  parts: Figure[]; // the breakdown of the same report (scope not empty)
  alternatives: Figure[]; // other totals for the same point, not shown
}

export interface PointSet {
  points: Point[];
  partsOnly: Figure[][]; // reports that state only parts for a point: no total to show
}

/** Which of several totals stands for a point: a stated number before a masked one, then the largest, then the first in the text. */
export function preferred(a: Figure, b: Figure): number {
  if (a.masked !== b.masked) return a.masked ? 1 : -1;
  if ((a.value ?? 0) !== (b.value ?? 0)) return (b.value ?? 0) - (a.value ?? 0);
  return a.start - b.start;
}

function groupBy<T>(items: Iterable<T>, key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

export const pointKey = (figure: Figure) => [figure.place, figure.year ?? '', figure.period, figure.status].join('|');

export function toPoints(figures: readonly Figure[]): PointSet {
  const perReport: Point[] = [];
  const partsOnly: Figure[][] = [];
  for (const group of groupBy(figures, (f) => `${f.report_id}|${pointKey(f)}`).values()) {
    const totals = group.filter((f) => f.scope === '').sort(preferred);
    const parts = group.filter((f) => f.scope !== '');
    const [total, ...others] = totals;
    if (total) perReport.push({ key: pointKey(total), figure: total, parts, alternatives: others });
    else partsOnly.push(parts);
  }
  const points: Point[] = [];
  for (const group of groupBy(perReport, (p) => p.key).values()) {
    const [first, ...rest] = group.sort((a, b) => preferred(a.figure, b.figure));
    if (!first) continue;
    points.push({ ...first, alternatives: [...first.alternatives, ...rest.flatMap((p) => [p.figure, ...p.alternatives])] });
  }
  return { points, partsOnly };
}
