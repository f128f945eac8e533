// What is loaded, in numbers the header shows, and the choices the filters offer.
import { placeOf, type Dataset } from './dataset.ts';

export interface Summary {
  reports: number;
  cities: number;
  firstYear: number | null;
  lastYear: number | null;
}

export function summarize(dataset: Dataset): Summary {
  const cities = new Set<string>();
  const years: number[] = [];
  for (const report of dataset.reports.values()) {
    if (report.city) cities.add(report.city);
    if (report.year !== null) years.push(report.year);
  }
  return {
    reports: dataset.reports.size,
    cities: cities.size,
    firstYear: years.length ? Math.min(...years) : null,
    lastYear: years.length ? Math.max(...years) : null,
  };
}

export interface Province {
  province: string; // '' when no report of these places names one
  places: { place: string; figures: number }[];
}

/** Every place of the loaded reports with its number of figures of the indicator, grouped by
 *  province (the reports' own province column); both sorted. */
export function placesByProvince(dataset: Dataset, indicator: string): Province[] {
  const counts = new Map<string, { province: string; figures: number }>();
  for (const report of dataset.reports.values()) {
    counts.set(placeOf(report, report.report_id), { province: report.province, figures: 0 });
  }
  for (const figure of dataset.byIndicator.get(indicator) ?? []) {
    const entry = counts.get(figure.place) ?? { province: figure.province, figures: 0 };
    entry.figures += 1;
    counts.set(figure.place, entry);
  }
  const provinces = new Map<string, Province>();
  for (const [place, { province, figures }] of counts) {
    const group = provinces.get(province) ?? { province, places: [] };
    group.places.push({ place, figures });
    provinces.set(province, group);
  }
  const zh = (a: string, b: string) => a.localeCompare(b, 'zh-Hans-CN');
  const has = (group: Province) => Number(group.places.some((p) => p.figures > 0));
  return [...provinces.values()]
    .map((group) => ({ ...group, places: group.places.sort((a, b) => zh(a.place, b.place)) }))
    // provinces with figures of the indicator first, the unknown province last
    .sort((a, b) => has(b) - has(a) || (a.province === '' ? 1 : b.province === '' ? -1 : zh(a.province, b.province)));
}

/** The years of the loaded reports, ascending. */
export function reportYears(dataset: Dataset): number[] {
  const years = new Set<number>();
  for (const report of dataset.reports.values()) if (report.year !== null) years.add(report.year);
  return [...years].sort((a, b) => a - b);
}
