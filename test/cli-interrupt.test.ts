// A CLI run killed at any moment leaves indicators.csv whole: the one from before, or the new one.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateReport } from '../src/cli/bench/generate-reports.ts';

// the bench's generated reports (with known figures, so every one gives rows)
const REPORTS = Array.from({ length: 36 }, (_, k) => generateReport(k, 6_000));

function runAndKill(input: string, out: string, afterMs: number): Promise<void> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/extract.ts', input, '--out', out], { stdio: 'ignore' });
    const timer = setTimeout(() => child.kill('SIGKILL'), afterMs);
    child.on('exit', () => {
      clearTimeout(timer);
      resolve();
    });
  });
}

describe('an interrupted extract run', () => {
  it('never leaves a half-written indicators.csv', async () => {
    const input = mkdtempSync(path.join(os.tmpdir(), 'interrupt-in-'));
    for (let copy = 0; copy < 8; copy++) {
      mkdirSync(path.join(input, String(copy)));
      REPORTS.forEach((report, k) => writeFileSync(path.join(input, String(copy), `${copy}-gen-${k}.txt`), report.text));
    }
    const out = mkdtempSync(path.join(os.tmpdir(), 'interrupt-out-'));
    const before = '\ufeffreport_id,indicator,value\r\nold,hte_total,1\r\n';
    writeFileSync(path.join(out, 'indicators.csv'), before);

    for (const afterMs of [300, 900, 1500, 2100, 2700, 4000, 20_000]) {
      await runAndKill(input, out, afterMs);
      const now = readFileSync(path.join(out, 'indicators.csv'), 'utf8');
      if (now === before) continue;
      // the new file, whole: every report's rows, and it ends where a row ends
      expect(now.endsWith('\r\n')).toBe(true);
      const ids = new Set(now.split('\r\n').slice(1, -1).map((line) => line.split(',')[0]));
      expect(ids.has('7-gen-35')).toBe(true);
    }
  }, 60_000);
});
