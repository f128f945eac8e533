// npm run data — builds the dashboard's embedded data from the shared corpus, read in place:
//   data/manifest.csv   each report's source, and city/county/year/period where the text hides them
//   data/indicators.csv, data/reports.csv   the extractor's output over ../shared/corpus/*/reports
// No report text is copied: the build shows the texts of ../shared where it is at hand, and
// otherwise each figure's quote, its place in the report and the source as a link.
// The extraction is the CLI's own run(), so `npm run extract -- ../shared/corpus/{seeds,dev,dev2,library}/reports
// --manifest data/manifest.csv --out data` gives the same files.
import { existsSync } from 'node:fs';
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { fileStem, manifestToCsv, readCsvRecords, type ManifestEntry } from '../data/csv.ts';
import { reportFormat } from '../data/read-report.ts';
import { countsLine, dataCounts } from './data-counts.ts';
import { run } from './extract.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const shared = path.resolve(root, '../shared');
const dataDir = path.join(root, 'data');

/** Each set of the corpus: the file with its sources, and the file that tells what its reports' texts hide. */
const SETS = [
  { name: 'seeds', sources: 'sources.csv', facts: 'manifest.csv' },
  { name: 'dev', sources: 'sources.csv', facts: 'gold/reports.csv' },
  { name: 'dev2', sources: 'sources.csv', facts: 'gold/reports.csv' },
  { name: 'library', sources: 'manifest.csv', facts: 'manifest.csv' },
] as const;

async function main(): Promise<number> {
  if (!existsSync(path.join(shared, 'corpus'))) {
    process.stderr.write(`npm run data needs the shared corpus at ${shared}/corpus, and it is not there.\n`);
    return 1;
  }
  await removeCopies();
  const manifest: ManifestEntry[] = [];
  const inputs: string[] = [];
  for (const set of SETS) {
    const dir = path.join(shared, 'corpus', set.name);
    if (!existsSync(dir)) continue;
    const sources = await recordsById(path.join(dir, set.sources));
    const facts = await recordsById(path.join(dir, set.facts));
    for (const file of (await readdir(path.join(dir, 'reports'))).sort()) {
      if (!reportFormat(file)) continue;
      const id = fileStem(file);
      if (manifest.some((e) => e.report_id === id)) throw new Error(`report ${id} is in two sets of the corpus`);
      manifest.push(entryFor(id, sources.get(id), facts.get(id)));
    }
    inputs.push(path.join(dir, 'reports'));
  }
  const manifestFile = path.join(dataDir, 'manifest.csv');
  await writeFile(manifestFile, manifestToCsv(manifest), 'utf8');
  process.stdout.write(`${manifest.length} reports in ${SETS.length} sets; wrote ${path.relative(root, manifestFile)}\n`);
  const result = await run({ inputs, outDir: dataDir, manifest });
  if (result.reports.length === 0) return 1;
  process.stdout.write(`data/: ${countsLine(dataCounts(dataDir))}\n`);
  return 0;
}

/** Only what a file says: source, title, and the non-empty city, county, year and period. */
function entryFor(id: string, source?: Record<string, string>, facts?: Record<string, string>): ManifestEntry {
  const entry: ManifestEntry = { report_id: id };
  const get = (record: Record<string, string> | undefined, column: string) => record?.[column]?.trim() || undefined;
  const src = get(source, 'source');
  if (src) entry.source = src;
  const title = get(facts, 'title');
  if (title) entry.title = title;
  const city = get(facts, 'city');
  if (city) entry.city = city;
  const county = get(facts, 'county');
  if (county) entry.county = county;
  const year = get(facts, 'year');
  if (year && /^\d{4}$/.test(year)) entry.year = Number(year);
  const period = get(facts, 'period');
  if (period) entry.period = period;
  return entry;
}

async function recordsById(file: string): Promise<Map<string, Record<string, string>>> {
  if (!existsSync(file)) return new Map();
  const { records } = readCsvRecords(await readFile(file, 'utf8'));
  return new Map(records.map((r) => [r.report_id ?? '', r]));
}

/** Removes the report copies an earlier version of this script made in data/reports/. */
async function removeCopies(): Promise<void> {
  const old = path.join(dataDir, 'reports');
  if (existsSync(old)) await rm(old, { recursive: true });
}

process.exitCode = await main();
