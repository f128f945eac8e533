// npm run data — builds the dashboard's embedded data from the shared corpus:
//   data/reports/            the reports of ../shared/corpus/{seeds,dev}/reports
//   data/reports/manifest.csv  source of each, and city/county/year/period where the text hides them
//   data/indicators.csv, data/reports.csv   the extractor's output over data/reports with that manifest
// The extraction is the CLI's own run(), so `npm run extract -- data/reports --manifest
// data/reports/manifest.csv --out data` gives the same files.
import { existsSync } from 'node:fs';
import { chmod, copyFile, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { fileStem, manifestToCsv, readCsvRecords, type ManifestEntry } from '../data/csv.ts';
import { reportFormat } from '../data/read-report.ts';
import { run } from './extract.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const shared = path.resolve(root, '../shared');
const dataDir = path.join(root, 'data');
const reportsDir = path.join(dataDir, 'reports');

/** Each set of the corpus, and the file that tells what its reports' texts hide. */
const SETS = [
  { name: 'seeds', facts: 'manifest.csv' },
  { name: 'dev', facts: 'gold/reports.csv' },
] as const;

async function main(): Promise<number> {
  if (!existsSync(path.join(shared, 'corpus'))) {
    process.stderr.write(`npm run data needs the shared corpus at ${shared}/corpus, and it is not there.\n`);
    return 1;
  }
  await clearReports();
  const manifest: ManifestEntry[] = [];
  for (const set of SETS) {
    const dir = path.join(shared, 'corpus', set.name);
    const sources = await recordsById(path.join(dir, 'sources.csv'));
    const facts = await recordsById(path.join(dir, set.facts));
    for (const file of (await readdir(path.join(dir, 'reports'))).sort()) {
      if (!reportFormat(file)) continue;
      const id = fileStem(file);
      if (manifest.some((e) => e.report_id === id)) throw new Error(`report ${id} is in two sets of the corpus`);
      await copyFile(path.join(dir, 'reports', file), path.join(reportsDir, file));
      await chmod(path.join(reportsDir, file), 0o644); // the corpus is read-only; the copies need not be
      manifest.push(entryFor(id, sources.get(id), facts.get(id)));
    }
  }
  const manifestFile = path.join(reportsDir, 'manifest.csv');
  await writeFile(manifestFile, manifestToCsv(manifest), 'utf8');
  process.stdout.write(`copied ${manifest.length} reports to ${path.relative(root, reportsDir)}/, wrote ${path.relative(root, manifestFile)}\n`);
  const result = await run({ inputs: [reportsDir], outDir: dataDir, manifest });
  return result.reports.length > 0 ? 0 : 1;
}

/** Only what a file says: source, and the non-empty city, county, year and period. */
function entryFor(id: string, source?: Record<string, string>, facts?: Record<string, string>): ManifestEntry {
  const entry: ManifestEntry = { report_id: id };
  const get = (record: Record<string, string> | undefined, column: string) => record?.[column]?.trim() || undefined;
  const src = get(source, 'source');
  if (src) entry.source = src;
  const city = get(facts, 'city');
  if (city) entry.city = city;
  const county = get(facts, 'county');
  if (county) entry.county = county;
  const year = get(facts, 'year');
  if (year) entry.year = Number(year);
  const period = get(facts, 'period');
  if (period) entry.period = period;
  return entry;
}

async function recordsById(file: string): Promise<Map<string, Record<string, string>>> {
  const { records } = readCsvRecords(await readFile(file, 'utf8'));
  return new Map(records.map((r) => [r.report_id ?? '', r]));
}

/** Removes the report files and manifest of an earlier run, so a report dropped from the corpus goes too. */
async function clearReports(): Promise<void> {
  await mkdir(reportsDir, { recursive: true });
  for (const file of await readdir(reportsDir)) {
    if (reportFormat(file) || file === 'manifest.csv') await rm(path.join(reportsDir, file));
  }
}

process.exitCode = await main();
