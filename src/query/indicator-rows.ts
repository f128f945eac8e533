// An indicator's rows sorted by place, period, status, year and report the first time a view asks for
// them, with what the views read of them gathered into typed arrays of their own, kept in the dataset's cache.
import { sortBy } from './counting-sort.ts';
import type { Dataset, IndicatorRows } from './dataset.ts';
import { runSteps, type Steps } from './steps.ts';

/** Years a figure can be for (the schema's 1949–2100), as counting-sort keys from YEAR_BASE. */
const YEAR_BASE = 1949;
const YEAR_SPAN = 2100 - YEAR_BASE + 1;

/** The rows of CATALOG[indicator], sorted and gathered the first time they are asked for. */
export function indicatorRows(dataset: Dataset, indicator: number): IndicatorRows {
  return runSteps(indicatorRowsSteps(dataset, indicator));
}

/** indicatorRows in steps (a pause between its passes over the rows), for the page to sort them between other tasks. */
export function* indicatorRowsSteps(dataset: Dataset, indicator: number): Steps<IndicatorRows> {
  const key = `rows|${indicator}`;
  const cached = dataset.cache.get(key) as IndicatorRows | undefined;
  if (cached) return cached;
  const from = dataset.byIndicator[indicator] ?? 0;
  const to = dataset.byIndicator[indicator + 1] ?? 0;
  const n = to - from;
  const { rowReport, rowPeriodStatus, rowYear, reportPlace, yearReportRank } = dataset;
  // by place, period, status, year, report: counting sorts from the last key to the first
  let order: Int32Array = dataset.indicatorOrder.slice(from, to);
  const yearReport = new Int32Array(n);
  const yearKey = new Int32Array(n); // 0: unknown, else year - YEAR_BASE + 1
  const periodStatus = new Uint8Array(n);
  const place = new Int32Array(n);
  for (let k = 0; k < n; k++) {
    const row = order[k]!;
    const g = rowReport[row]!;
    yearReport[k] = yearReportRank[g]!;
    yearKey[k] = rowYear[row]! < 0 ? 0 : rowYear[row]! - YEAR_BASE + 1;
    periodStatus[k] = rowPeriodStatus[row]!;
    place[k] = reportPlace[g]!;
  }
  let position: Int32Array = new Int32Array(n);
  for (let k = 0; k < n; k++) position[k] = k;
  yield;
  position = sortBy(position, yearReport, dataset.reportIds.length);
  yield;
  position = sortBy(position, yearKey, YEAR_SPAN + 1);
  yield;
  position = sortBy(position, periodStatus, 18);
  yield;
  position = sortBy(position, place, dataset.places.length);
  yield;
  const sorted = new Int32Array(n);
  for (let k = 0; k < n; k++) sorted[k] = order[position[k]!]!;
  order = sorted;
  yield;
  const rows: IndicatorRows = {
    indicator, length: n, year: new Int16Array(n), part: new Uint8Array(n), local: new Int32Array(n), report: new Int32Array(n), period: new Uint8Array(n),
    status: new Uint8Array(n), flags: new Uint8Array(n), value: new Float64Array(n), start: new Int32Array(n),
  };
  const columns = dataset.sources.map((source) => source.figures);
  for (let r = 0; r < n; r++) {
    const row = order[r]!;
    const part = dataset.rowPart[row]!;
    const local = dataset.rowLocal[row]!;
    const periodAndStatus = rowPeriodStatus[row]!;
    rows.part[r] = part;
    rows.local[r] = local;
    rows.report[r] = rowReport[row]!;
    rows.year[r] = rowYear[row]!;
    rows.period[r] = (periodAndStatus / 3) | 0;
    rows.status[r] = periodAndStatus % 3;
    rows.flags[r] = dataset.rowFlags[row]!;
    rows.value[r] = columns[part]!.value[local]!;
    rows.start[r] = columns[part]!.start[local]!;
  }
  dataset.cache.set(key, rows);
  return rows;
}
