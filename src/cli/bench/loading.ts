// Benchmark 2: parsing and validating an indicators.csv of many rows with the app's own loader (bytes
// in pieces → columns) on every core (os.availableParallelism(): this thread and helper threads, as the
// page's lead worker and its helpers) and on one, against plain papaparse (header: true) on the same
// bytes decoded, and against native DuckDB (@duckdb/node-api, the same number of threads) reading the
// same file into a table, when it is installed (npm install --no-save @duckdb/node-api). Each run in a
// fresh process, its peak memory above what it had once ready to read.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { writeDataFolder } from './generate-indicators.ts';
import { fixed, median } from './measure.ts';

interface Run {
  ms: number;
  peakMB: number;
  rows: number;
  queryMs?: number;
}

type Mode = 'app' | 'app-1' | 'papaparse' | 'duckdb';

function runChild(mode: Mode, file: string, threads: number): Run {
  const child = spawnSync(process.execPath, ['--max-old-space-size=12000', '--import', 'tsx', 'src/cli/bench/load-child.ts', mode, file, String(threads)], {
    encoding: 'utf8',
    maxBuffer: 1 << 20,
  });
  if (child.status !== 0) throw new Error(`loading ${mode} ${file} failed: ${child.stderr}`);
  return JSON.parse(child.stdout.trim().split('\n').at(-1)!) as Run;
}

export function duckdbInstalled(): boolean {
  try {
    createRequire(import.meta.url).resolve('@duckdb/node-api');
    return true;
  } catch {
    return false;
  }
}

export interface LoadingResult {
  lines: string[];
  /** Native DuckDB's chart query on the largest file (its median), when installed. */
  duckdbQueryMs: number | null;
  duckdbQueryRows: number;
}

export function benchLoading(sizes: readonly number[], runs: number): LoadingResult {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'kanban-bench-'));
  const threads = os.availableParallelism();
  const duck = duckdbInstalled();
  const lines: string[] = [];
  let duckdbQueryMs: number | null = null;
  let duckdbQueryRows = 0;
  const figure = (runs: Run[]) => `${fixed(median(runs.map((r) => r.ms)), 0)} ms, peak +${fixed(median(runs.map((r) => r.peakMB)), 0)} MB`;
  const ratio = (a: Run[], b: Run[], key: 'ms' | 'peakMB') => median(a.map((r) => r[key])) / median(b.map((r) => r[key]));
  try {
    for (const rows of sizes) {
      writeDataFolder(path.join(dir, String(rows)), rows);
      const file = path.join(dir, String(rows), 'indicators.csv');
      // interleaved, so that a busy moment of the machine falls on all of them alike
      const app: Run[] = [];
      const one: Run[] = [];
      const plain: Run[] = [];
      const native: Run[] = [];
      for (let k = 0; k < runs; k++) {
        app.push(runChild('app', file, threads));
        one.push(runChild('app-1', file, 1));
        if (duck) native.push(runChild('duckdb', file, threads));
        if (rows <= 1_000_000 || k === 0) plain.push(runChild('papaparse', file, 1));
      }
      const n = rows.toLocaleString('en');
      const what = `load ${n} rows, ${fixed(statSync(file).size / 1e6, 0)} MB`;
      lines.push(
        `| ${what}: app's loader on ${threads} threads (read, decode, parse, validate → columns) | ${figure(app)} | one thread ${figure(one)} | ${fixed(ratio(app, one, 'ms'), 2)}× the time |`,
        `| ${what}: app's loader on ${threads} threads | ${figure(app)} | papaparse header:true${plain.length < runs ? ' (1 run)' : ''} ${figure(plain)} | ${fixed(ratio(app, plain, 'ms'), 2)}× the time |`,
        duck
          ? `| ${what}: app's loader on ${threads} threads | ${figure(app)} | native DuckDB, ${threads} threads (CREATE TABLE AS read_csv) ${figure(native)} | ${fixed(ratio(app, native, 'ms'), 2)}× the time, ${fixed(ratio(app, native, 'peakMB'), 2)}× the memory |`
          : `| ${what}: native DuckDB | skipped: not installed (npm install --no-save @duckdb/node-api) | | |`,
      );
      if (duck) {
        duckdbQueryMs = median(native.map((r) => r.queryMs!));
        duckdbQueryRows = rows;
      }
      rmSync(path.join(dir, String(rows)), { recursive: true, force: true });
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return { lines, duckdbQueryMs, duckdbQueryRows };
}
