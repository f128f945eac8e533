// A CLI run killed at any moment leaves indicators.csv whole: the one from before, or the new one.
// The reports are generated (the bench's generator), so the test needs nothing from ../shared.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateReport } from '../../src/cli/bench/generate-reports.ts';

/** Runs the CLI; kills it after `afterMs` when given, else lets it finish. */
function run(input: string, out: string, afterMs?: number): Promise<number | null> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/extract.ts', input, '--out', out], { stdio: 'ignore' });
    const timer = afterMs === undefined ? undefined : setTimeout(() => child.kill('SIGKILL'), afterMs);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve(code);
    });
  });
}

/** The new file, whole: it ends where a row ends and holds the last report's rows. */
function expectWhole(csv: string) {
  expect(csv.endsWith('\r\n')).toBe(true);
  const ids = new Set(csv.split('\r\n').slice(1, -1).map((line) => line.split(',')[0]));
  expect(ids.has('r079')).toBe(true);
}

describe('an interrupted extract run', () => {
  it('never leaves a half-written indicators.csv', async () => {
    const input = mkdtempSync(path.join(os.tmpdir(), 'interrupt-in-'));
    for (let n = 0; n < 80; n++) {
      const dir = path.join(input, String(n % 8));
      mkdirSync(dir, { recursive: true });
      writeFileSync(path.join(dir, `r${String(n).padStart(3, '0')}.txt`), generateReport(n + 1, 40_000).text);
    }
    const out = mkdtempSync(path.join(os.tmpdir(), 'interrupt-out-'));
    const before = '\ufeffreport_id,indicator,value\r\nold,hte_total,1\r\n';
    writeFileSync(path.join(out, 'indicators.csv'), before);

    for (const afterMs of [300, 900, 1500, 2100, 2700, 4000]) {
      await run(input, out, afterMs);
      const now = readFileSync(path.join(out, 'indicators.csv'), 'utf8');
      if (now !== before) expectWhole(now);
    }
    // a run left to finish writes the new file whole, so the checks above had something to tell apart
    expect(await run(input, out)).toBe(0);
    const finished = readFileSync(path.join(out, 'indicators.csv'), 'utf8');
    expect(finished).not.toBe(before);
    expectWhole(finished);
  }, 120_000);
});
