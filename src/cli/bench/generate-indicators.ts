// A seeded indicators.csv (and its reports.csv) of any size over real cities and counties: the
// loading and query benchmarks' input. Rows are written as the extractor writes them.
import gazetteer from '../../extract/gazetteer.json' with { type: 'json' };
import { CATALOG } from '../../extract/catalog.ts';
import { PERIODS, STATUSES, type IndicatorRow, type ReportRow } from '../../extract/contract.ts';
import { indicatorsToCsv, reportsToCsv } from '../../data/csv.ts';
import { pick, random } from './random.ts';

const CITIES = (gazetteer.cities as string[][]).map(([code4, name]) => ({ code: `${code4}00`, name: name! }));

/** `rows` indicator rows spread over reports of cities, two a year from 2010; 20 rows a report. */
export function generateTables(rows: number, seed = 1): { reports: ReportRow[]; indicators: IndicatorRow[] } {
  const r = random(seed);
  const reports: ReportRow[] = [];
  const indicators: IndicatorRow[] = [];
  for (let k = 0; indicators.length < rows; k++) {
    const city = CITIES[k % CITIES.length]!;
    const year = 2010 + (Math.floor(k / CITIES.length / 2) % 15);
    const period = k % 2 === 0 ? 'H1' : 'FY';
    const id = `b${k}`;
    reports.push({
      report_id: id, title: `${city.name}科技局${year}年工作总结`, city: city.name, county: '', province: '', admin_code: city.code,
      level: 'city', year, period, source: '', city_how: 'text', year_how: 'text',
    });
    for (let n = 0; n < 20 && indicators.length < rows; n++) {
      const indicator = pick(r, CATALOG);
      const masked = r.chance(0.03);
      const value = masked ? null : indicator.unit === '%' ? r.decimal(0, 40, 1) : r.int(1, 5000);
      const quote = `${indicator.name}${masked ? '**' : value}${indicator.unit}`;
      indicators.push({
        report_id: id, indicator: indicator.id, value, unit: indicator.unit, period: r.chance(0.8) ? period : pick(r, PERIODS),
        status: r.chance(0.9) ? 'actual' : pick(r, STATUSES), approx: r.chance(0.1), masked, scope: r.chance(0.2) ? '省级' : '',
        quote, start: 100 * n, end: 100 * n + quote.length, rule: 'bench',
      });
    }
  }
  return { reports, indicators };
}

export function generateCsv(rows: number, seed = 1): { indicatorsCsv: string; reportsCsv: string; cities: string[] } {
  const { reports, indicators } = generateTables(rows, seed);
  return { indicatorsCsv: indicatorsToCsv(indicators), reportsCsv: reportsToCsv(reports), cities: CITIES.map((c) => c.name) };
}
