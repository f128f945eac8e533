// What is loaded, in numbers the header shows, and the choices the filters offer: computed once per
// dataset and origin (a scan of every row) and kept in the dataset's cache.
import { PERIODS } from '../data/schema.ts';
import { CATALOG } from '../extract/catalog.ts';
import { reportVisible, SCOPED, visible, type Dataset } from './dataset.ts';
import type { OriginChoice } from './view-state.ts';

export interface Summary {
  figures: number;
  reports: number;
  cities: number;
  firstYear: number | null;
  lastYear: number | null;
}

export interface OriginStats {
  summary: Summary;
  years: number[]; // of the reports, ascending
  counts: Int32Array; // figures per indicator (CATALOG order)
  placesPerPeriod: Int32Array; // [indicator * PERIODS.length + period]: places that state the indicator's total in that period
  figuresPerPeriod: Int32Array; // [indicator * PERIODS.length + period]: the indicator's totals stated for that period
}

function cached<T>(dataset: Dataset, key: string, make: () => T): T {
  if (!dataset.cache.has(key)) dataset.cache.set(key, make());
  return dataset.cache.get(key) as T;
}

export function originStats(dataset: Dataset, origin: OriginChoice): OriginStats {
  return cached(dataset, `stats|${origin}`, () => {
    const cities = new Set<string>();
    const years = new Set<number>();
    let reports = 0;
    dataset.reportRows.forEach((report, g) => {
      if (!report || !reportVisible(dataset, g, origin)) return;
      reports++;
      if (report.city) cities.add(report.city);
      if (report.year !== null) years.add(report.year);
    });
    const counts = new Int32Array(CATALOG.length);
    const placesPerPeriod = new Int32Array(CATALOG.length * PERIODS.length);
    const figuresPerPeriod = new Int32Array(CATALOG.length * PERIODS.length);
    // one pass over every row; a place counts once per indicator and period (marks, or a set when they would not fit)
    const { rowFlags, rowIndicator, rowPeriodStatus, rowReport, reportPlace } = dataset;
    const placeCount = Math.max(1, dataset.places.length);
    const cells = CATALOG.length * PERIODS.length * placeCount;
    const marks = cells <= 1 << 26 ? new Uint8Array(cells) : null;
    const seen = new Set<number>();
    for (let row = 0; row < dataset.figures; row++) {
      const flags = rowFlags[row]!;
      if (!visible(flags, origin)) continue;
      const indicator = rowIndicator[row]!;
      counts[indicator]!++;
      if ((flags & SCOPED) !== 0) continue;
      const cell = indicator * PERIODS.length + ((rowPeriodStatus[row]! / 3) | 0);
      figuresPerPeriod[cell]!++;
      const mark = cell * placeCount + reportPlace[rowReport[row]!]!;
      if (marks ? marks[mark] : seen.has(mark)) continue;
      if (marks) marks[mark] = 1;
      else seen.add(mark);
      placesPerPeriod[cell]!++;
    }
    const sorted = [...years].sort((a, b) => a - b);
    return {
      summary: { figures: counts.reduce((sum, count) => sum + count, 0), reports, cities: cities.size, firstYear: sorted[0] ?? null, lastYear: sorted.at(-1) ?? null },
      years: sorted, counts, placesPerPeriod, figuresPerPeriod,
    };
  });
}

export const summarize = (dataset: Dataset, origin: OriginChoice): Summary => originStats(dataset, origin).summary;

/** The years of the loaded reports, ascending. */
export const reportYears = (dataset: Dataset, origin: OriginChoice): number[] => originStats(dataset, origin).years;

export interface Province {
  province: string; // '' when no report of these places names one
  places: { place: string; figures: number }[];
}

/** Every place of the loaded reports with its number of figures of the indicator, grouped by
 *  province (the reports' own province column); both sorted. */
export function placesByProvince(dataset: Dataset, origin: OriginChoice, indicator: string): Province[] {
  return cached(dataset, `places|${origin}|${indicator}`, () => {
    const province = new Map<number, string>();
    dataset.reportRows.forEach((report, g) => {
      if (report && reportVisible(dataset, g, origin)) province.set(dataset.reportPlace[g]!, report.province); // the last report's
    });
    const figures = new Int32Array(dataset.places.length);
    const i = CATALOG.findIndex(({ id }) => id === indicator);
    for (let k = i < 0 ? 0 : dataset.byIndicator[i]!; i >= 0 && k < dataset.byIndicator[i + 1]!; k++) {
      const row = dataset.indicatorOrder[k]!;
      if (!visible(dataset.rowFlags[row]!, origin)) continue;
      const g = dataset.rowReport[row]!;
      const place = dataset.reportPlace[g]!;
      figures[place]!++;
      if (!province.has(place)) province.set(place, dataset.reportRows[g]?.province ?? '');
    }
    const provinces = new Map<string, Province>();
    // places are numbered in sorted order already
    for (const [place, name] of [...province].sort((a, b) => a[0] - b[0])) {
      const group = provinces.get(name) ?? { province: name, places: [] };
      group.places.push({ place: dataset.places[place]!, figures: figures[place]! });
      provinces.set(name, group);
    }
    const collator = new Intl.Collator('zh-Hans-CN');
    const zh = (a: string, b: string) => collator.compare(a, b);
    const has = (group: Province) => Number(group.places.some((p) => p.figures > 0));
    return [...provinces.values()]
      .map((group) => ({ ...group, places: group.places.sort((a, b) => zh(a.place, b.place)) }))
      // provinces with figures of the indicator first, the unknown province last
      .sort((a, b) => has(b) - has(a) || (a.province === '' ? 1 : b.province === '' ? -1 : zh(a.province, b.province)));
  });
}
