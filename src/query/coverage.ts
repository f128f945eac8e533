// Where the data is: for each indicator and year, how many places state a total (stated or masked),
// under the view's origin, level, source and doubt filters. One scan of every row.
import { CATALOG } from '../extract/catalog.ts';
import { indicatorRows } from './indicator-rows.ts';
import { LEVELS, originMask, SCOPED, visible, type Dataset } from './dataset.ts';
import { doubtsOf } from './plausibility.ts';
import { SOURCE_KINDS } from './sources.ts';
import type { ViewState } from './view-state.ts';

export interface Coverage {
  years: number[]; // ascending: every year some figure is for
  places: Int32Array; // [indicator * years.length + k]: places with a figure of CATALOG[indicator] in years[k]
  placesWithYears: Int32Array; // per indicator: places with figures in 3 or more years
}

export function coverage(dataset: Dataset, state: Pick<ViewState, 'origin' | 'level' | 'official' | 'doubtful'>): Coverage {
  const years = dataset.years;
  const yearIndex = new Map(years.map((year, k) => [year, k]));
  const places = new Int32Array(CATALOG.length * years.length);
  const placesWithYears = new Int32Array(CATALOG.length);
  const wantedLevel = state.level === 'all' ? -1 : LEVELS.indexOf(state.level);
  const official = SOURCE_KINDS.indexOf('official');
  const mask = originMask(state.origin);
  CATALOG.forEach((_, i) => {
    const rows = indicatorRows(dataset, i);
    const doubts = state.doubtful ? null : doubtsOf(dataset, rows);
    const seen = new Set<number>(); // place * years + year
    const yearsOfPlace = new Map<number, Set<number>>();
    for (let r = 0; r < rows.length; r++) {
      const g = rows.report[r]!;
      if (!visible(rows.flags[r]!, mask) || (rows.flags[r]! & SCOPED) !== 0 || rows.year[r]! < 0) continue;
      if (wantedLevel >= 0 && dataset.reportLevel[g] !== wantedLevel) continue;
      if (state.official && dataset.reportSource[g] !== official) continue;
      if (doubts && doubts[r]) continue;
      const place = dataset.reportPlace[g]!;
      const k = yearIndex.get(rows.year[r]!)!;
      const mark = place * years.length + k;
      if (seen.has(mark)) continue;
      seen.add(mark);
      places[i * years.length + k]!++;
      yearsOfPlace.set(place, (yearsOfPlace.get(place) ?? new Set()).add(k));
    }
    placesWithYears[i] = [...yearsOfPlace.values()].filter((set) => set.size >= 3).length;
  });
  return { years, places, placesWithYears };
}
