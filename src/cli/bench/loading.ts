// Benchmark 2: parsing and validating an indicators.csv of many rows with the app's own loader (bytes
// in pieces → columns), against plain papaparse (header: true) on the same bytes decoded; each run in
// a fresh process, its peak memory above what it had once the file was read.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { writeDataFolder } from './generate-indicators.ts';
import { fixed, median } from './measure.ts';

interface Run {
  ms: number;
  peakMB: number;
  rows: number;
}

function runChild(mode: 'app' | 'papaparse', file: string): Run {
  const child = spawnSync(process.execPath, ['--max-old-space-size=12000', '--import', 'tsx', 'src/cli/bench/load-child.ts', mode, file], {
    encoding: 'utf8',
    maxBuffer: 1 << 20,
  });
  if (child.status !== 0) throw new Error(`loading ${mode} ${file} failed: ${child.stderr}`);
  return JSON.parse(child.stdout.trim().split('\n').at(-1)!) as Run;
}

export function benchLoading(sizes: readonly number[], runs: number): string[] {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'kanban-bench-'));
  const lines: string[] = [];
  try {
    for (const rows of sizes) {
      writeDataFolder(path.join(dir, String(rows)), rows);
      const file = path.join(dir, String(rows), 'indicators.csv');
      const app = Array.from({ length: runs }, () => runChild('app', file));
      const plain = Array.from({ length: runs }, () => runChild('papaparse', file));
      const appMs = median(app.map((r) => r.ms));
      const plainMs = median(plain.map((r) => r.ms));
      lines.push(
        `| load ${rows.toLocaleString('en')} rows, ${fixed(statSync(file).size / 1e6, 0)} MB (app's loader: decode, parse, validate → columns) | ${fixed(appMs, 0)} ms, peak +${fixed(median(app.map((r) => r.peakMB)), 0)} MB | papaparse header:true ${fixed(plainMs, 0)} ms, peak +${fixed(median(plain.map((r) => r.peakMB)), 0)} MB | ${fixed(appMs / plainMs, 2)}× |`,
      );
      rmSync(path.join(dir, String(rows)), { recursive: true, force: true });
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return lines;
}
