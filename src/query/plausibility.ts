// Which figures are doubtful, and why. A figure is flagged — never dropped — when
//   - it is more than OUTLIER_RATIO times the median of what reports of its level (市 or 区县) state
//     for the indicator (its own totals, stated numbers; all levels when a level has fewer than
//     MIN_PEERS of them): "2583 亿元" of technology contracts from a county whose peers state 15;
//   - it is a part larger than its report's total for the same indicator, period, status and year
//     ("其中省级12项" beside "共9项"; rates in % are left alone: a part may grow faster than the whole);
//   - it is a running total (period CUM, actual) lower than the same place's running total a year before.
// Computed per indicator on the rows' sorted order (indicator-rows.ts), once, and kept in the dataset's cache.
import { CATALOG } from '../extract/catalog.ts';
import { PERIODS } from '../data/schema.ts';
import { MASKED, SCOPED, type Dataset, type IndicatorRows } from './dataset.ts';

export const OUTLIER = 1;
export const PART_OVER_TOTAL = 2;
export const TOTAL_FALLS = 4;
export const DOUBTS = [OUTLIER, PART_OVER_TOTAL, TOTAL_FALLS] as const;

export const OUTLIER_RATIO = 20;
export const MIN_PEERS = 5;

const CUM = PERIODS.indexOf('CUM');
const ACTUAL = 0; // STATUSES[0]

/** The doubts of an indicator's rows (bits OUTLIER | PART_OVER_TOTAL | TOTAL_FALLS), aligned with them. */
export function doubtsOf(dataset: Dataset, rows: IndicatorRows): Uint8Array {
  const key = `doubts|${rows.indicator}`;
  const cached = dataset.cache.get(key) as Uint8Array | undefined;
  if (cached) return cached;
  const doubts = new Uint8Array(rows.length);
  const stated = (r: number) => (rows.flags[r]! & MASKED) === 0;
  const total = (r: number) => (rows.flags[r]! & SCOPED) === 0;
  const level = (r: number) => dataset.reportLevel[rows.report[r]!]!;

  // far above the median of its level
  const byLevel: number[][] = [[], [], []];
  const every: number[] = [];
  for (let r = 0; r < rows.length; r++) {
    if (!stated(r) || !total(r)) continue;
    byLevel[level(r)]!.push(rows.value[r]!);
    every.push(rows.value[r]!);
  }
  const medians = byLevel.map((values) => median(values.length >= MIN_PEERS ? values : every));
  for (let r = 0; r < rows.length; r++) {
    const m = medians[level(r)]!;
    if (stated(r) && every.length >= MIN_PEERS && m > 0 && rows.value[r]! > OUTLIER_RATIO * m) doubts[r] = doubts[r]! | OUTLIER;
  }

  // runs of one place, period, status and year; within them, each report's rows are a run
  const place = (r: number) => dataset.reportPlace[rows.report[r]!]!;
  const sameKind = (a: number, b: number) =>
    place(a) === place(b) && rows.period[a] === rows.period[b] && rows.status[a] === rows.status[b];
  const percent = CATALOG[rows.indicator]?.unit === '%';
  let previous = -Infinity; // the largest running total of this place in its latest earlier year
  for (let i = 0; i < rows.length; ) {
    let j = i + 1;
    while (j < rows.length && sameKind(i, j) && rows.year[j] === rows.year[i]) j++;
    if (i > 0 && !sameKind(i - 1, i)) previous = -Infinity;
    // parts larger than their report's total
    if (!percent) {
      for (let a = i; a < j; ) {
        let b = a + 1;
        while (b < j && rows.report[b] === rows.report[a]) b++;
        let most = -Infinity;
        for (let r = a; r < b; r++) if (stated(r) && total(r)) most = Math.max(most, rows.value[r]!);
        for (let r = a; r < b; r++) if (stated(r) && !total(r) && rows.value[r]! > most && most > -Infinity) doubts[r] = doubts[r]! | PART_OVER_TOTAL;
        a = b;
      }
    }
    // a running total below last year's
    if (rows.period[i] === CUM && rows.status[i] === ACTUAL && rows.year[i]! >= 0) {
      let most = -Infinity;
      for (let r = i; r < j; r++) {
        if (!stated(r) || !total(r)) continue;
        if (rows.value[r]! < previous) doubts[r] = doubts[r]! | TOTAL_FALLS;
        most = Math.max(most, rows.value[r]!);
      }
      if (most > -Infinity) previous = most;
    }
    i = j;
  }
  dataset.cache.set(key, doubts);
  return doubts;
}

function median(values: number[]): number {
  if (values.length === 0) return 0;
  const sorted = Float64Array.from(values).sort();
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** The median a figure was compared with (for the words beside a flagged value). */
export function peerMedian(dataset: Dataset, rows: IndicatorRows, r: number): number {
  const level = dataset.reportLevel[rows.report[r]!]!;
  const values: number[] = [];
  const every: number[] = [];
  for (let k = 0; k < rows.length; k++) {
    if ((rows.flags[k]! & (MASKED | SCOPED)) !== 0) continue;
    every.push(rows.value[k]!);
    if (dataset.reportLevel[rows.report[k]!] === level) values.push(rows.value[k]!);
  }
  return median(values.length >= MIN_PEERS ? values : every);
}
