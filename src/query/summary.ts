// What is loaded, in numbers the header shows, and the choices the filters offer: computed once per
// dataset and origin (a scan of every row) and kept in the dataset's cache.
import { PERIODS } from '../data/schema.ts';
import { CATALOG } from '../extract/catalog.ts';
import { originMask, reportVisible, SCOPED, visible, type Dataset } from './dataset.ts';
import { ROWS_A_STEP, runSteps, type Steps } from './steps.ts';
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
  return cached(dataset, `stats|${origin}`, () => runSteps(originStatsSteps(dataset, origin)));
}

/** originStats made in steps and kept (the page makes those of the view's origin with the dataset, a slice at a time). */
export function* originStatsSteps(dataset: Dataset, origin: OriginChoice): Steps<OriginStats> {
  const key = `stats|${origin}`;
  const known = dataset.cache.get(key) as OriginStats | undefined;
  if (known) return known;
  const cities = new Set<string>();
  const years = new Set<number>();
  let reports = 0;
  for (let g = 0; g < dataset.reportRows.length; g++) {
    if ((g & 0x3fff) === 0x3fff) yield;
    const report = dataset.reportRows[g];
    if (!report || !reportVisible(dataset, g, origin)) continue;
    reports++;
    if (report.city) cities.add(report.city);
    if (report.year !== null) years.add(report.year);
  }
  const counts = new Int32Array(CATALOG.length);
  const placesPerPeriod = new Int32Array(CATALOG.length * PERIODS.length);
  const figuresPerPeriod = new Int32Array(CATALOG.length * PERIODS.length);
  // one pass over every row; a place counts once per indicator and period (marks, or a set when they would not fit)
  const { rowFlags, rowIndicator, rowPeriodStatus, rowReport, reportPlace } = dataset;
  const placeCount = Math.max(1, dataset.places.length);
  const cells = CATALOG.length * PERIODS.length * placeCount;
  const marks = cells <= 1 << 26 ? new Uint8Array(cells) : null;
  const seen = new Set<number>();
  const mask = originMask(origin);
  for (let from = 0; from < dataset.figures; from += ROWS_A_STEP) {
    yield;
    const to = Math.min(dataset.figures, from + ROWS_A_STEP);
    for (let row = from; row < to; row++) {
      const flags = rowFlags[row]!;
      if (!visible(flags, mask)) continue;
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
  }
  const sorted = [...years].sort((a, b) => a - b);
  const stats: OriginStats = {
    summary: { figures: counts.reduce((sum, count) => sum + count, 0), reports, cities: cities.size, firstYear: sorted[0] ?? null, lastYear: sorted.at(-1) ?? null },
    years: sorted, counts, placesPerPeriod, figuresPerPeriod,
  };
  dataset.cache.set(key, stats);
  return stats;
}

export const summarize = (dataset: Dataset, origin: OriginChoice): Summary => originStats(dataset, origin).summary;

/** The years of the loaded reports, ascending. */
export const reportYears = (dataset: Dataset, origin: OriginChoice): number[] => originStats(dataset, origin).years;

export interface Province {
  province: string; // '' when no report of these places names one
  places: { place: string; figures: number }[];
}

/** The places of an origin's reports, each with its province (the last report's), and the places in the reader's order: once per dataset and origin. */
interface PlaceIndex {
  province: (string | undefined)[]; // by place number; undefined: no report of the origin there
  zhOrder: Int32Array; // place numbers as zh-Hans-CN sorts their names
}

const collator = new Intl.Collator('zh-Hans-CN');
const zh = (a: string, b: string) => collator.compare(a, b);

function placeIndex(dataset: Dataset, origin: OriginChoice): PlaceIndex {
  return cached(dataset, `place-index|${origin}`, () => {
    const province = new Array<string | undefined>(dataset.places.length);
    const { reportRows, reportPlace } = dataset;
    for (let g = 0; g < reportRows.length; g++) {
      const report = reportRows[g];
      if (report && reportVisible(dataset, g, origin)) province[reportPlace[g]!] = report.province; // the last report's
    }
    const zhOrder = Int32Array.from(dataset.places.keys()).sort((a, b) => zh(dataset.places[a]!, dataset.places[b]!));
    return { province, zhOrder };
  });
}

/** Every place of the loaded reports with its number of figures of the indicator, grouped by
 *  province (the reports' own province column); both sorted. */
export function placesByProvince(dataset: Dataset, origin: OriginChoice, indicator: string): Province[] {
  return cached(dataset, `places|${origin}|${indicator}`, () => {
    const index = placeIndex(dataset, origin);
    const province = index.province.slice();
    const figures = new Int32Array(dataset.places.length);
    const i = CATALOG.findIndex(({ id }) => id === indicator);
    const mask = originMask(origin);
    for (let k = i < 0 ? 0 : dataset.byIndicator[i]!; i >= 0 && k < dataset.byIndicator[i + 1]!; k++) {
      const row = dataset.indicatorOrder[k]!;
      if (!visible(dataset.rowFlags[row]!, mask)) continue;
      const g = dataset.rowReport[row]!;
      const place = dataset.reportPlace[g]!;
      figures[place]!++;
      if (province[place] === undefined) province[place] = dataset.reportRows[g]?.province ?? '';
    }
    const provinces = new Map<string, Province>();
    for (const place of index.zhOrder) {
      const name = province[place];
      if (name === undefined) continue;
      const group = provinces.get(name) ?? { province: name, places: [] };
      group.places.push({ place: dataset.places[place]!, figures: figures[place]! });
      provinces.set(name, group);
    }
    const has = (group: Province) => Number(group.places.some((p) => p.figures > 0));
    return [...provinces.values()]
      // provinces with figures of the indicator first, the unknown province last
      .sort((a, b) => has(b) - has(a) || (a.province === '' ? 1 : b.province === '' ? -1 : zh(a.province, b.province)));
  });
}
