// The battery scorer (npm run battery): labelled texts written for the purpose, read as reports of their own.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseBattery, scoreBattery, USAGE } from '../../src/cli/battery.ts';

const BATTERY = [
  '# 2023年,全市新认定高新技术企业56家,总数达到312家。',
  'hte_certified 56 家 FY actual',
  'hte_total 312 家 CUM actual',
  ';; a writer\'s note is no row',
  '',
  '# 全市规上工业企业达到860家。',
  '',
  '# 申报省级科技计划项目**项。',
  'projects_applied - 项 FY actual masked scope=省级',
  'patents_applied 99 件 FY actual',
].join('\n');

describe('a battery of labelled texts', () => {
  const texts = parseBattery(BATTERY);

  it('reads each text with its rows, notes left out', () => {
    expect(texts.map((t) => t.rows.length)).toEqual([2, 0, 2]);
    expect(texts[2]!.rows[0]).toEqual({ indicator: 'projects_applied', value: null, period: 'FY', status: 'actual', approx: false, scoped: true });
  });

  it('counts what the extractor read, missed and added', () => {
    const score = scoreBattery(texts);
    expect(score.core).toEqual({ hits: 3, extra: 0, missed: 1 });
    expect(score.differences.map((d) => d.lines)).toEqual([['missed   patents_applied|99|FY|actual||']]);
  });

  it('pairs each labelled row with a read row of the same period and status first, as the shared scorer does', () => {
    // (read in the other order: target, then actual)
    const score = scoreBattery(parseBattery(['# 今年力争新认定高新技术企业20家。去年新认定高新技术企业20家。', 'hte_certified 20 家 FY actual', 'hte_certified 20 家 FY target'].join('\n')));
    expect(score.full).toEqual({ hits: 2, extra: 0, missed: 0 });
  });
});

describe('npm run battery (spawned)', { timeout: 60_000 }, () => {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
  const battery = (...args: string[]) => spawnSync('npx', ['tsx', 'src/cli/battery.ts', ...args], { cwd: root, encoding: 'utf8', env: { ...process.env, FORCE_COLOR: '0' } });

  it('prints its usage for --help, and names a bad option with status 2', () => {
    const help = battery('--help');
    expect(help.status).toBe(0);
    expect(help.stdout).toContain(USAGE);
    const bad = battery('--bogus');
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('--bogus');
    expect(bad.stderr).toContain(USAGE);
  });
});
