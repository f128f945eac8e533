// The filters of a view applied to the dataset: which origin, indicator, places, years, period and
// statuses. Defaults are resolved here, against the data, so the UI never guesses.
import { CATALOG } from '../extract/catalog.ts';
import { PERIODS, STATUSES } from '../data/schema.ts';
import { indicatorRows } from './indicator-rows.ts';
import { LEVELS, originMask, visible, type Dataset, type IndicatorRows } from './dataset.ts';
import { doubtsOf } from './plausibility.ts';
import { SOURCE_KINDS } from './sources.ts';
import { originStats, type OriginStats } from './summary.ts';
import type { PeriodChoice, ViewState } from './view-state.ts';

export interface Resolved {
  indicator: string;
  period: PeriodChoice;
}

/** The period most of the indicator's totals are stated for (ties: the order of PERIODS): a chart shows one period, never H1 beside FY unasked. */
export function defaultPeriod(stats: OriginStats, indicator: number): PeriodChoice {
  let best: PeriodChoice = 'all';
  let most = 0;
  PERIODS.forEach((period, p) => {
    const count = stats.figuresPerPeriod[indicator * PERIODS.length + p]!;
    if (count > most) [best, most] = [period, count];
  });
  return best;
}

/** The indicator whose default period compares the most places (the catalog's first when there is no data). */
export function defaultIndicator(stats: OriginStats): string {
  let best = CATALOG[0]?.id ?? '';
  let most = 0;
  CATALOG.forEach(({ id }, i) => {
    const count = Math.max(0, ...stats.placesPerPeriod.subarray(i * PERIODS.length, (i + 1) * PERIODS.length));
    if (count > most) [best, most] = [id, count];
  });
  return best;
}

/** The indicator and period a view shows, its defaults resolved: computed once per view (the page passes it down). */
export function resolveView(dataset: Dataset, state: Pick<ViewState, 'origin' | 'indicator' | 'period'>): Resolved {
  const stats = originStats(dataset, state.origin);
  const indicator = state.indicator && CATALOG.some(({ id }) => id === state.indicator) ? state.indicator : defaultIndicator(stats);
  const period = state.period ?? defaultPeriod(stats, CATALOG.findIndex(({ id }) => id === indicator));
  return { indicator, period };
}

/** The rows of a view: which of its indicator's rows (in their order: place, period, status, year, report). */
export interface Selection {
  rows: IndicatorRows;
  selected: Int32Array;
}

/** The rows of a view: one scan of the indicator's rows (`resolved`: the view's resolveView, when the caller has it). */
export function selectRows(dataset: Dataset, state: ViewState, resolved: Resolved = resolveView(dataset, state)): Selection {
  const { indicator, period } = resolved;
  const table = indicatorRows(dataset, CATALOG.findIndex(({ id }) => id === indicator));
  const mask = originMask(state.origin);
  const wantedPeriod = period === 'all' ? -1 : PERIODS.indexOf(period);
  let statuses = 0;
  for (const status of state.statuses) statuses |= 1 << STATUSES.indexOf(status);
  if (statuses === 0) statuses = 0xff;
  let places: Uint8Array | null = null;
  if (state.cities.length > 0) {
    places = new Uint8Array(dataset.places.length);
    const wanted = new Set(state.cities);
    dataset.places.forEach((place, k) => {
      if (wanted.has(place)) places![k] = 1;
    });
  }
  // a figure of unknown year is shown only while no year range is set
  const yearBound = state.from !== null || state.to !== null;
  const first = state.from ?? -Infinity;
  const last = state.to ?? Infinity;
  const { flags, report } = table;
  const { reportPlace, reportLevel, reportSource } = dataset;
  const wantedLevel = state.level === 'all' ? -1 : LEVELS.indexOf(state.level);
  const official = SOURCE_KINDS.indexOf('official');
  const doubts = state.doubtful ? null : doubtsOf(dataset, table);
  const rows = new Int32Array(table.length);
  let n = 0;
  for (let r = 0; r < table.length; r++) {
    const f = flags[r]!;
    if (!visible(f, mask)) continue;
    if (wantedPeriod >= 0 && table.period[r] !== wantedPeriod) continue;
    if ((statuses & (1 << table.status[r]!)) === 0) continue;
    const g = report[r]!;
    if (places && places[reportPlace[g]!] === 0) continue;
    if (wantedLevel >= 0 && reportLevel[g] !== wantedLevel) continue;
    if (state.official && reportSource[g] !== official) continue;
    if (doubts && doubts[r] !== 0) continue;
    if (yearBound) {
      const year = table.year[r]!;
      if (year < 0 || year < first || year > last) continue;
    }
    rows[n++] = r;
  }
  return { rows: table, selected: rows.subarray(0, n) };
}
