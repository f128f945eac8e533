// A seeded indicators.csv (and its reports.csv) of any size over real places: the loading, query and
// browser benchmarks' input. Every city (333) and county (2,850) of the gazetteer is a bureau with two
// reports a year (H1 and FY) from 2010 to 2024 at 20 figures each, so 2 million rows is about every
// bureau for fifteen years. Rows are written as the extractor writes them (csv.ts), quotes with commas
// (and so quoted cells) included.
import { mkdirSync, openSync, writeSync, closeSync } from 'node:fs';
import path from 'node:path';
import gazetteer from '../../extract/gazetteer.json' with { type: 'json' };
import { CATALOG } from '../../extract/catalog.ts';
import { PERIODS, STATUSES, type IndicatorRow, type ReportRow } from '../../extract/contract.ts';
import { indicatorsToCsv, reportsToCsv } from '../../data/csv.ts';
import { pick, random } from './random.ts';

interface Place {
  city: string;
  county: string;
  province: string;
  code: string;
}

const PROVINCES = new Map((gazetteer.provinces as string[][]).map(([code, name]) => [code!, name!]));
const CITY_BY_CODE = new Map((gazetteer.cities as string[][]).map(([code4, name]) => [code4!, name!]));

/** Cities first, then counties (a county's city is its prefecture, or its province for Beijing and the like), shuffled. */
function places(): Place[] {
  const cities = (gazetteer.cities as string[][]).map(([code4, name, province]): Place =>
    ({ city: name!, county: '', province: PROVINCES.get(province!) ?? '', code: `${code4}00` }));
  const counties = (gazetteer.counties as string[][]).map(([code6, name]): Place => ({
    city: CITY_BY_CODE.get(code6!.slice(0, 4)) ?? PROVINCES.get(code6!.slice(0, 2)) ?? '', county: name!,
    province: PROVINCES.get(code6!.slice(0, 2)) ?? '', code: code6!,
  }));
  const all = [...cities, ...counties];
  const r = random(7);
  for (let k = all.length - 1; k > 0; k--) {
    const j = Math.floor(r.next() * (k + 1));
    [all[k], all[j]] = [all[j]!, all[k]!];
  }
  return all;
}

const PLACES = places();
const ROUNDS = 30; // 15 years × H1, FY
const ROWS_PER_REPORT = 20;

/** The k-th report: each place gets its 30 reports (2010 H1 … 2024 FY) before the next place. */
function reportAt(k: number): ReportRow {
  const place = PLACES[Math.floor(k / ROUNDS) % PLACES.length]!;
  const round = k % ROUNDS;
  const year = 2010 + (round >> 1);
  const period = round % 2 === 0 ? 'H1' : 'FY';
  const name = place.county || place.city;
  return {
    report_id: `b${k}`, title: `${name}科技局${year}年${period === 'H1' ? '上半年' : ''}工作总结`, city: place.city, county: place.county,
    province: place.province, admin_code: place.code, level: place.county ? 'county' : 'city', year, period, source: '',
    city_how: 'text', year_how: 'title',
  };
}

const SCOPES = ['省级', '国家级', '市级', '发明专利'];

function figures(report: ReportRow, seed: number, count: number): IndicatorRow[] {
  const r = random(seed);
  const rows: IndicatorRow[] = [];
  for (let n = 0; n < count; n++) {
    const indicator = pick(r, CATALOG);
    const masked = r.chance(0.03);
    const value = masked ? null : indicator.unit === '%' ? r.decimal(0, 40, 1) : indicator.unit === '亿元' ? r.decimal(1, 900, 2) : r.int(1, 5000);
    const scope = r.chance(0.2) ? pick(r, SCOPES) : '';
    const stated = `${masked ? '**' : value}${indicator.unit}`;
    const quote = r.chance(0.35)
      ? `全市${scope}${indicator.name}达到${stated},同比增长${r.int(1, 30)}%`
      : `${scope}${indicator.name}${stated}`;
    const start = 100 * n + r.int(0, 50);
    rows.push({
      report_id: report.report_id, indicator: indicator.id, value, unit: indicator.unit,
      period: r.chance(0.8) ? (report.period as IndicatorRow['period']) : pick(r, PERIODS),
      status: r.chance(0.9) ? 'actual' : pick(r, STATUSES), approx: r.chance(0.1), masked, scope,
      quote, start, end: start + quote.length, rule: `${indicator.id}.bench`,
    });
  }
  return rows;
}

/** `rows` indicator rows and the reports they come from. */
export function generateTables(rows: number, seed = 1): { reports: ReportRow[]; indicators: IndicatorRow[] } {
  const reports: ReportRow[] = [];
  const indicators: IndicatorRow[] = [];
  for (let k = 0; indicators.length < rows; k++) {
    const report = reportAt(k);
    reports.push(report);
    indicators.push(...figures(report, seed * 1_000_003 + k, Math.min(ROWS_PER_REPORT, rows - indicators.length)));
  }
  return { reports, indicators };
}

export function generateCsv(rows: number, seed = 1): { indicatorsCsv: string; reportsCsv: string } {
  const { reports, indicators } = generateTables(rows, seed);
  return { indicatorsCsv: indicatorsToCsv(indicators), reportsCsv: reportsToCsv(reports) };
}

const header = (csv: string) => csv.slice(0, csv.indexOf('\r\n') + 2);
const body = (csv: string) => csv.slice(csv.indexOf('\r\n') + 2);

/**
 * Writes indicators.csv and reports.csv of `rows` rows into `dir` (made if missing), a report at a time
 * in blocks, so that millions of rows never stand in memory at once. Returns the number of reports.
 */
export function writeDataFolder(dir: string, rows: number, seed = 1): number {
  mkdirSync(dir, { recursive: true });
  const indicatorsFile = openSync(path.join(dir, 'indicators.csv'), 'w');
  const reportsFile = openSync(path.join(dir, 'reports.csv'), 'w');
  let written = 0;
  let k = 0;
  try {
    while (written < rows) {
      const reports: ReportRow[] = [];
      const block: IndicatorRow[] = [];
      for (; written + block.length < rows && reports.length < 5_000; k++) {
        const report = reportAt(k);
        reports.push(report);
        block.push(...figures(report, seed * 1_000_003 + k, Math.min(ROWS_PER_REPORT, rows - written - block.length)));
      }
      const indicatorsCsv = indicatorsToCsv(block);
      const reportsCsv = reportsToCsv(reports);
      writeSync(indicatorsFile, written === 0 ? indicatorsCsv : body(indicatorsCsv));
      writeSync(reportsFile, written === 0 ? reportsCsv : body(reportsCsv));
      written += block.length;
    }
    if (rows === 0) {
      writeSync(indicatorsFile, header(indicatorsToCsv([])));
      writeSync(reportsFile, header(reportsToCsv([])));
    }
  } finally {
    closeSync(indicatorsFile);
    closeSync(reportsFile);
  }
  return k;
}

