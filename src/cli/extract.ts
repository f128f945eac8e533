// npm run extract -- <files or folders...> [--manifest FILE] --out DIR
// Report files in, DIR/indicators.csv and DIR/reports.csv out. Thin: reading bytes is
// src/data/read-report.ts, the CSVs are src/data/csv.ts, the figures are src/extract; the sequence
// (read, input, extract) is src/data/extract-file.ts, which the browser's extract worker runs too.
import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import type { Extraction } from '../extract/index.ts';
import { indicatorsToCsv, readManifest, reportsToCsv, type ManifestEntry } from '../data/csv.ts';
import { decodeText } from '../data/decode.ts';
import { extractReportFile } from '../data/extract-file.ts';
import { reportFormat, sizeRefusal } from '../data/read-report.ts';

export const USAGE = `usage: npm run extract -- <files or folders...> [--manifest FILE] --out DIR

Reads every .txt, .docx, .html and .htm report given (folders: recursively, in name order),
extracts its indicators and writes DIR/indicators.csv and DIR/reports.csv (UTF-8 with BOM).

  --out DIR        folder for the two CSVs (made if missing; files replaced atomically)
  --manifest FILE  CSV with report_id (the file name without extension) and any of
                   source, title, city, county, year, period (and file, to give a file
                   another report_id): what the report text does not say
  --help           this text

A file that cannot be read is named on stderr and skipped. Exit status: 0 when at least
one report was extracted, 1 when none could be, 2 for bad usage.`;

export interface ExtractedReport {
  file: string;
  bytes: number;
  extractMs: number; // time spent in extractReport
  extraction: Extraction;
  warnings: string[]; // from reading the file, e.g. replaced bytes
}

export interface RunOptions {
  inputs: string[]; // files or folders
  outDir: string;
  manifest?: ManifestEntry[];
  print?: (line: string) => void; // one line per report and the total; default: stdout
  warn?: (line: string) => void; // unreadable files and other trouble; default: stderr
}

export interface RunResult {
  reports: ExtractedReport[];
  skipped: number; // files named but not extracted
  written: string[]; // the CSVs, empty when nothing was extracted
}

/** Collects, reads and extracts the reports, prints a line for each, writes the CSVs. */
export async function run(options: RunOptions): Promise<RunResult> {
  const print = options.print ?? ((line: string) => process.stdout.write(line + '\n'));
  const warn = options.warn ?? ((line: string) => process.stderr.write(line + '\n'));
  const { files, problems } = await collectReportFiles(options.inputs);
  problems.forEach((p) => warn(p));
  const progress = progressMeter(files.length);
  const reports: ExtractedReport[] = [];
  const owners = new Map<string, string>(); // report_id → file
  let skipped = problems.length;
  for (const [k, file] of files.entries()) {
    progress.show(k, file);
    const outcome = await extractFile(file, options.manifest);
    progress.clear();
    if (typeof outcome === 'string') {
      warn(`skipped ${outcome}`);
      skipped++;
      continue;
    }
    const id = outcome.extraction.report.report_id;
    const owner = owners.get(id);
    if (owner) {
      warn(`skipped ${file}: report_id ${id} is already taken by ${owner}`);
      skipped++;
      continue;
    }
    owners.set(id, file);
    outcome.warnings.forEach((w) => warn(`${file}: ${w}`));
    reports.push(outcome);
    print(reportLine(outcome.extraction));
  }
  progress.clear();
  if (reports.length === 0) {
    warn(`nothing could be read${files.length + problems.length > 0 ? '' : ' (no .txt, .docx, .html or .htm files found)'}; no CSV written`);
    return { reports, skipped, written: [] };
  }
  const written = await writeOutputs(options.outDir, reports.map((r) => r.extraction));
  print(totalLine(reports.map((r) => r.extraction), skipped, written));
  return { reports, skipped, written };
}

/** Reads one file and runs the extractor on it; a string says why it could not. */
export async function extractFile(file: string, manifest?: ManifestEntry[]): Promise<ExtractedReport | string> {
  let bytes: Uint8Array;
  try {
    const size = (await stat(file)).size;
    const tooLarge = sizeRefusal(file, size);
    if (tooLarge) return tooLarge.reason;
    bytes = await readFile(file);
  } catch (error) {
    return `${file}: cannot read it (${(error as NodeJS.ErrnoException).code ?? String(error)})`;
  }
  const outcome = await extractReportFile(file, bytes, manifest);
  if (!outcome.ok) return outcome.reason;
  return { file, bytes: bytes.length, extractMs: outcome.extractMs, extraction: outcome.extraction, warnings: outcome.warnings };
}

/**
 * The report files among the inputs: files as given, folders walked recursively in name order
 * (dot-files, Word's "~$" lock files and files of other types left out). Missing inputs and files
 * given by name that are not reports come back as problems.
 */
export async function collectReportFiles(inputs: string[]): Promise<{ files: string[]; problems: string[] }> {
  const files: string[] = [];
  const problems: string[] = [];
  const walk = async (dir: string): Promise<void> => {
    const entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      if (entry.name.startsWith('.') || entry.name.startsWith('~$')) continue;
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) await walk(full);
      else if (entry.isFile() && reportFormat(entry.name) && entry.name.toLowerCase() !== 'manifest.csv') files.push(full);
    }
  };
  for (const input of inputs) {
    const info = await stat(input).catch(() => null);
    if (!info) problems.push(`skipped ${input}: no such file or folder`);
    else if (info.isDirectory()) await walk(input);
    else if (!reportFormat(input)) problems.push(`skipped ${input}: not a report file (.txt, .docx, .html or .htm)`);
    else files.push(input);
  }
  return { files: [...new Set(files)], problems };
}

/** Writes DIR/indicators.csv and DIR/reports.csv, each to a temporary file first and then renamed. */
export async function writeOutputs(outDir: string, extractions: Extraction[]): Promise<string[]> {
  await mkdir(outDir, { recursive: true });
  const outputs: [string, string][] = [
    ['indicators.csv', indicatorsToCsv(extractions.flatMap((e) => e.rows))],
    ['reports.csv', reportsToCsv(extractions.map((e) => e.report))],
  ];
  const written: string[] = [];
  for (const [name, text] of outputs) {
    const target = path.join(outDir, name);
    const temp = path.join(outDir, `.${name}.${process.pid}.tmp`);
    try {
      await writeFile(temp, text, 'utf8');
      await rename(temp, target);
    } catch (error) {
      await rm(temp, { force: true });
      throw error;
    }
    written.push(target);
  }
  return written;
}

/** "r001: 12 rows, 3 masked; city 九江市 (text); year 2019 (title) — notes" */
export function reportLine(extraction: Extraction): string {
  const { report, rows, notes } = extraction;
  const masked = rows.filter((r) => r.masked).length;
  const place = [report.city, report.county].filter(Boolean).join(' ') || '—';
  const line =
    `${report.report_id}: ${rows.length} rows, ${masked} masked; ` +
    `city ${place} (${report.city_how}); year ${report.year ?? '—'} (${report.year_how})`;
  return notes.length ? `${line} — ${notes.join('; ')}` : line;
}

function totalLine(extractions: Extraction[], skipped: number, written: string[]): string {
  const rows = extractions.reduce((n, e) => n + e.rows.length, 0);
  const masked = extractions.reduce((n, e) => n + e.rows.filter((r) => r.masked).length, 0);
  const skippedText = skipped ? `; ${skipped} file${skipped === 1 ? '' : 's'} skipped` : '';
  const shown = written.map((file) => (path.relative(process.cwd(), file).startsWith('..') ? file : path.relative(process.cwd(), file)));
  return `total: ${extractions.length} report${extractions.length === 1 ? '' : 's'}, ${rows} rows, ${masked} masked${skippedText} → ${shown.join(', ')}`;
}

/** A counter on stderr for long runs, only when a person is watching (stderr is a terminal). */
function progressMeter(total: number) {
  const on = total > 20 && process.stderr.isTTY === true;
  return {
    show(done: number, file: string) {
      if (on) process.stderr.write(`\r\x1b[K[${done + 1}/${total}] ${path.basename(file)}`);
    },
    clear() {
      if (on) process.stderr.write('\r\x1b[K');
    },
  };
}

/** The command line; returns the exit status. */
export async function main(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { out: { type: 'string' }, manifest: { type: 'string' }, help: { type: 'boolean' } },
    });
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n\n${USAGE}\n`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    process.stdout.write(USAGE + '\n');
    return 0;
  }
  if (!values.out || positionals.length === 0) {
    process.stderr.write(`${values.out ? 'no report files or folders given' : '--out DIR is required'}\n\n${USAGE}\n`);
    return 2;
  }
  let manifest: ManifestEntry[] | undefined;
  if (values.manifest) {
    try {
      // Excel on a Chinese Windows saves CSV as GBK: decode it as a report's text would be
      const decoded = decodeText(await readFile(values.manifest));
      if (!decoded.ok) throw new Error(decoded.reason);
      manifest = readManifest(decoded.text);
    } catch (error) {
      process.stderr.write(`cannot use the manifest ${values.manifest}: ${(error as Error).message}\n`);
      return 2;
    }
  }
  const result = await run({ inputs: positionals, outDir: values.out, manifest });
  return result.reports.length > 0 ? 0 : 1;
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  process.exitCode = await main(process.argv.slice(2));
}
