// Selected rows → what a chart draws and what the table under it lists. The table lists every point
// (or every part, in the breakdown) of the view; the chart draws what a person can read of them — at
// most MAX_BARS bars, MAX_LINES lines, MAX_GROUPS groups, the first of the table's order — and the notes
// say how many more the table has. Rows become objects only for what is drawn or shown (`rowsAt`), and
// the exports take exactly the table's rows.
import { figureAt, MASKED, type Dataset, type DatasetRow, type IndicatorRows } from './dataset.ts';
import type { Selection } from './filters.ts';
import { doubtsOf } from './plausibility.ts';
import { preferredRow, toPoints, type PointSet } from './points.ts';
import type { View } from './view-state.ts';

export const MAX_BARS = 40;
export const MAX_LINES = 10;
export const MAX_GROUPS = 8;

export interface Entry {
  key: string;
  figure: DatasetRow;
  line: string; // the line (year view) or group (parts view) the entry belongs to
  role: 'total' | 'part';
  parts: number; // parts the report states beside this total
  alternatives: DatasetRow[]; // other totals not shown
  alternativeDoubts: number[]; // their doubts, aligned with them
  doubt: number; // why the figure is doubtful (plausibility.ts: OUTLIER | PART_OVER_TOTAL | TOTAL_FALLS); 0: not
}

export interface Series {
  view: View;
  entries: Entry[]; // what the chart draws: the first table rows
  lines: string[]; // year view: line keys in legend order; parts view: group keys (of what is drawn)
  rows: number; // the table's rows, drawn or not
  rowsAt(from: number, to: number): Entry[]; // table rows from … to, as entries
  years: [number, number] | null; // the first and last year of the table's rows (of those with a year)
  hidden: number; // points (or lines, groups) beyond the cap
  undated: number; // year view: points without a year, not drawn
  singlePoint: number; // year view: lines (places) with one point only
  doubtful: number; // table rows flagged as doubtful
  partsOnly: number; // reports that give only parts, no total (city and year views)
  withParts: number; // drawn totals that have parts beside them
  withAlternatives: number; // drawn totals chosen among several
}

export const lineKey = (f: DatasetRow) => [f.place, f.period, f.status].join('|');
export const pointKey = (f: DatasetRow) => [f.place, f.year ?? '', f.period, f.status].join('|');

/** The city view's rows put in order on each change: the chart's bars and more than a table page. */
const FIRST_ROWS = 128;

/** The first `count` of 0 … n - 1 in the order of `before` (as a stable sort would give them): one pass, a short list kept sorted. */
function firstInOrder(n: number, before: (a: number, b: number) => number, count: number): number[] {
  const first: number[] = [];
  for (let i = 0; i < n; i++) {
    if (first.length === count && before(i, first[count - 1]!) >= 0) continue;
    let low = 0;
    let high = first.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (before(first[middle]!, i) <= 0) low = middle + 1;
      else high = middle;
    }
    first.splice(low, 0, i);
    if (first.length > count) first.pop();
  }
  return first;
}

export interface SeriesOptions {
  dataset: Dataset;
  selection: Selection; // the view's rows (filters.ts: selectRows)
  view: View;
  showMasked: boolean; // masked figures are points too
}

export function buildSeries({ dataset, selection, view, showMasked }: SeriesOptions): Series {
  const points = toPoints(dataset, selection);
  const rows = selection.rows;
  const masked = (row: number) => (rows.flags[row]! & MASKED) !== 0;
  if (view === 'parts') return partsSeries(dataset, rows, points, showMasked);
  const { report, period, status } = rows;
  const { reportPlace } = dataset;
  const doubts = doubtsOf(dataset, rows);
  const place = (p: number) => reportPlace[report[points.figure[p]!]!]!;
  const year = (p: number) => rows.year[points.figure[p]!]!;
  const kept: number[] = [];
  for (let p = 0; p < points.count; p++) if (showMasked || !masked(points.figure[p]!)) kept.push(p);
  let pointAt: (k: number) => number; // the table's k-th row: its point
  let length: number;
  let drawn: number;
  let hidden: number;
  let undated = 0;
  let singlePoint = 0;
  let tableRows: Int32Array; // the table's rows, in any order (for the span of years)
  if (view === 'city') {
    // largest first; masked figures after every stated one (preferredRow); then by place (as the language
    // sorts), year, period, status. The keys go into typed arrays first, and only the first rows are put
    // in order on each filter change (the chart's bars and the table's first page); the whole order is
    // made when the table is paged past them.
    const n = kept.length;
    const stated = new Float64Array(n); // the value, -Infinity when masked (after every stated one)
    const start = new Float64Array(n);
    const rest = new Float64Array(n); // place, year, period, status in one number: no two points share it
    tableRows = new Int32Array(n);
    for (let k = 0; k < n; k++) {
      const row = points.figure[kept[k]!]!;
      tableRows[k] = row;
      stated[k] = masked(row) ? -Infinity : rows.value[row]!;
      start[k] = rows.start[row]!;
      rest[k] = ((place(kept[k]!) * 4096 + (year(kept[k]!) + 1)) * 8 + period[row]!) * 4 + status[row]!;
    }
    // (-Infinity) - (-Infinity) is NaN: falsy, so two masked figures go on to the next key, as in preferredRow
    const before = (a: number, b: number) => stated[b]! - stated[a]! || start[a]! - start[b]! || rest[a]! - rest[b]!;
    const first = firstInOrder(n, before, FIRST_ROWS);
    let all: Int32Array | null = null;
    pointAt = (k) => {
      if (k < first.length) return kept[first[k]!]!;
      if (!all) {
        all = new Int32Array(n);
        for (let m = 0; m < n; m++) all[m] = m;
        all.sort(before);
      }
      return kept[all[k]!]!;
    };
    length = n;
    drawn = Math.min(MAX_BARS, n);
    hidden = n - drawn;
  } else {
    // lines by place, period and status: the points come sorted so, each line by year
    const dated = kept.filter((p) => year(p) >= 0);
    undated = kept.length - dated.length;
    const lines: { from: number; to: number }[] = [];
    for (let k = 0; k < dated.length; ) {
      const p = dated[k]!;
      const row = points.figure[p]!;
      let e = k + 1;
      while (e < dated.length && place(dated[e]!) === place(p) && period[points.figure[dated[e]!]!] === period[row]
        && status[points.figure[dated[e]!]!] === status[row]) e++;
      lines.push({ from: k, to: e });
      k = e;
    }
    // the lines with the most points first; a tie keeps the order of place, period, status (a stable sort)
    lines.sort((a, b) => (b.to - b.from) - (a.to - a.from));
    singlePoint = lines.filter((line) => line.to - line.from === 1).length;
    const order: number[] = [];
    const lineStarts: number[] = []; // where each line starts in `order`
    for (const line of lines) {
      lineStarts.push(order.length);
      for (let k = line.from; k < line.to; k++) order.push(dated[k]!);
    }
    lineStarts.push(order.length);
    const shownLines = Math.min(MAX_LINES, lines.length);
    drawn = lineStarts[shownLines]!;
    hidden = lines.length - shownLines;
    pointAt = (k) => order[k]!;
    length = order.length;
    tableRows = Int32Array.from(order, (p) => points.figure[p]!);
  }
  const entryAt = (k: number): Entry => {
    const p = pointAt(k);
    const figure = figureAt(dataset, rows, points.figure[p]!);
    const alternatives: DatasetRow[] = [];
    const alternativeDoubts: number[] = [];
    for (let m = points.alternativesFrom[p]!; m < points.alternativesTo[p]!; m++) {
      alternatives.push(figureAt(dataset, rows, points.members[m]!));
      alternativeDoubts.push(doubts[points.members[m]!]!);
    }
    return {
      key: pointKey(figure), figure, line: view === 'year' ? lineKey(figure) : '', role: 'total',
      parts: points.partsTo[p]! - points.partsFrom[p]!, alternatives, alternativeDoubts, doubt: doubts[points.figure[p]!]!,
    };
  };
  const rowsAt = (from: number, to: number) => range(from, Math.min(to, length)).map(entryAt);
  const entries = rowsAt(0, drawn);
  return {
    view, entries, rows: length, rowsAt, years: yearSpan(rows, tableRows), hidden, undated, singlePoint, partsOnly: points.partsOnly.length,
    doubtful: tableRows.reduce((n, row) => n + (doubts[row] ? 1 : 0), 0),
    lines: view === 'year' ? [...new Set(entries.map((entry) => entry.line))] : [],
    withParts: entries.filter((entry) => entry.parts > 0).length,
    withAlternatives: entries.filter((entry) => entry.alternatives.length > 0).length,
  };
}

function yearSpan(table: IndicatorRows, rows: ArrayLike<number>): [number, number] | null {
  let first = Infinity;
  let last = -Infinity;
  for (let k = 0; k < rows.length; k++) {
    const year = table.year[rows[k]!]!;
    if (year < 0) continue;
    if (year < first) first = year;
    if (year > last) last = year;
  }
  return first <= last ? [first, last] : null;
}

const range = (from: number, to: number) => Array.from({ length: Math.max(0, to - from) }, (_, k) => from + k);

/** Parts view: each report's total (when it states one) followed by its parts, largest first. Parts may overlap, so they are never stacked. */
function partsSeries(dataset: Dataset, table: IndicatorRows, points: PointSet, showMasked: boolean): Series {
  const doubts = doubtsOf(dataset, table);
  const visible = (row: number) => showMasked || (table.flags[row]! & MASKED) === 0;
  const { members } = points;
  const groups: { total: number; from: number; to: number }[] = [];
  for (let p = 0; p < points.count; p++) {
    if (points.partsTo[p]! > points.partsFrom[p]!) groups.push({ total: points.figure[p]!, from: points.partsFrom[p]!, to: points.partsTo[p]! });
  }
  for (const [from, to] of points.partsOnly) groups.push({ total: -1, from, to });
  const shown = groups.filter((group) => members.subarray(group.from, group.to).some(visible));
  // by place (as the language sorts), year, period, status, report
  const first = (group: { from: number }) => members[group.from]!;
  const { report, period, status } = table;
  const { reportPlace, reportIds } = dataset;
  const key = (row: number) => [reportPlace[report[row]!]!, table.year[row]!, period[row]!, status[row]!];
  shown.sort((a, b) => {
    const [x, y] = [key(first(a)), key(first(b))];
    for (let k = 0; k < x.length; k++) if (x[k] !== y[k]) return x[k]! - y[k]!;
    const [ia, ib] = [reportIds[report[first(a)]!]!, reportIds[report[first(b)]!]!];
    return ia < ib ? -1 : ia > ib ? 1 : 0;
  });
  const rows: number[] = [];
  const group: number[] = [];
  const part: number[] = [];
  const groupStarts: number[] = [];
  shown.forEach((g, index) => {
    groupStarts.push(rows.length);
    if (g.total >= 0 && visible(g.total)) {
      rows.push(g.total);
      group.push(index);
      part.push(0);
    }
    const parts = Array.from(members.subarray(g.from, g.to)).filter(visible).sort((a, b) => preferredRow(table, a, b));
    for (const row of parts) {
      rows.push(row);
      group.push(index);
      part.push(1);
    }
  });
  groupStarts.push(rows.length);
  const lineOf = (g: { from: number }) => {
    const figure = figureAt(dataset, table, first(g));
    return `${figure.report_id}|${lineKey(figure)}`;
  };
  const entryAt = (k: number): Entry => {
    const g = shown[group[k]!]!;
    const line = lineOf(g);
    const figure = figureAt(dataset, table, rows[k]!);
    return part[k]
      ? { key: `${line}|${figure.scope}|${figure.start}`, figure, line, role: 'part', parts: 0, alternatives: [], alternativeDoubts: [], doubt: doubts[rows[k]!]! }
      : { key: `${line}|`, figure, line, role: 'total', parts: g.to - g.from, alternatives: [], alternativeDoubts: [], doubt: doubts[rows[k]!]! };
  };
  const drawnGroups = Math.min(MAX_GROUPS, shown.length);
  const rowsAt = (from: number, to: number) => range(from, Math.min(to, rows.length)).map(entryAt);
  return {
    view: 'parts', entries: rowsAt(0, groupStarts[drawnGroups]!), lines: shown.slice(0, drawnGroups).map(lineOf),
    rows: rows.length, rowsAt, years: yearSpan(table, rows), hidden: shown.length - drawnGroups, undated: 0, singlePoint: 0, partsOnly: 0, withParts: 0, withAlternatives: 0,
    doubtful: rows.reduce((n, row) => n + (doubts[row] ? 1 : 0), 0),
  };
}
