// The filters of a view applied to the dataset: which indicator, places, years, period and
// statuses. Defaults are resolved here, against the data, so the UI never guesses.
import { CATALOG } from '../extract/catalog.ts';
import { PERIODS, type Period } from '../data/schema.ts';
import type { Dataset, Figure } from './dataset.ts';
import type { PeriodChoice, ViewState } from './view-state.ts';

export interface Resolved {
  indicator: string;
  period: PeriodChoice;
}

/** How many places state a total for each period of these figures: what a first view can compare. */
function placesPerPeriod(figures: readonly Figure[]): Map<Period, number> {
  const places = new Map<Period, Set<string>>();
  for (const figure of figures) {
    if (figure.scope !== '') continue;
    const set = places.get(figure.period) ?? new Set<string>();
    set.add(figure.place);
    places.set(figure.period, set);
  }
  return new Map([...places].map(([period, set]) => [period, set.size]));
}

/** The period in which the most places state the indicator's total (ties: the order of PERIODS). */
export function defaultPeriod(figures: readonly Figure[]): PeriodChoice {
  const counts = placesPerPeriod(figures);
  let best: PeriodChoice = 'all';
  let most = 0;
  for (const period of PERIODS) {
    const count = counts.get(period) ?? 0;
    if (count > most) [best, most] = [period, count];
  }
  return best;
}

/** The indicator whose default period compares the most places (the catalog's first when there is no data). */
export function defaultIndicator(dataset: Dataset): string {
  let best = CATALOG[0]?.id ?? '';
  let most = 0;
  for (const { id } of CATALOG) {
    const count = Math.max(0, ...placesPerPeriod(dataset.byIndicator.get(id) ?? []).values());
    if (count > most) [best, most] = [id, count];
  }
  return best;
}

export function resolveView(dataset: Dataset, state: ViewState): Resolved {
  const indicator = state.indicator && dataset.byIndicator.has(state.indicator) ? state.indicator
    : state.indicator && CATALOG.some(({ id }) => id === state.indicator) ? state.indicator
    : defaultIndicator(dataset);
  const period = state.period ?? defaultPeriod(dataset.byIndicator.get(indicator) ?? []);
  return { indicator, period };
}

export function filterFigures(dataset: Dataset, state: ViewState): Figure[] {
  const { indicator, period } = resolveView(dataset, state);
  const places = new Set(state.cities);
  const statuses = new Set(state.statuses);
  const yearBound = state.from !== null || state.to !== null;
  return (dataset.byIndicator.get(indicator) ?? []).filter((figure) =>
    (places.size === 0 || places.has(figure.place))
    && (period === 'all' || figure.period === period)
    && (statuses.size === 0 || statuses.has(figure.status))
    // a figure of unknown year is shown only while no year range is set
    && (!yearBound || (figure.year !== null && figure.year >= (state.from ?? -Infinity) && figure.year <= (state.to ?? Infinity))));
}
