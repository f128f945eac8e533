// Broken and hostile files (test/fixtures/hostile, made by make-hostile.ts): each gets a clear
// message naming it, and the good files of the same run still go through.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCsv } from '../../src/data/load-csv.ts';
import { readReport } from '../../src/data/read-report.ts';

const HOSTILE = path.join(import.meta.dirname, '../fixtures/hostile');
const bytes = (name: string) => new Uint8Array(readFileSync(path.join(HOSTILE, name)));

describe('hostile report files', () => {
  it.each([
    ['truncated.docx', /damaged or truncated/],
    ['bomb.docx', /zip bomb/],
    ['lying-bomb.docx', /zip bomb/],
    ['image.txt', /PNG image, not text/],
    ['empty.txt', /empty file/],
  ])('%s is refused with a message that names it and says why', async (name, reason) => {
    const read = await readReport(name, bytes(name));
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.reason.startsWith(`${name}: `)).toBe(true);
    expect(read.reason).toMatch(reason);
  });

  it.each(['utf16-bom.txt', 'utf16-no-bom.txt'])('a UTF-16 file (%s) is read like its UTF-8 twin', async (name) => {
    const read = await readReport(name, bytes(name));
    expect(read.ok && read.text).toBe(readFileSync(path.join(HOSTILE, 'report.txt'), 'utf8'));
  });

  it('the CLI names every bad file and still extracts the good one beside them', () => {
    const input = mkdtempSync(path.join(os.tmpdir(), 'hostile-in-'));
    const out = mkdtempSync(path.join(os.tmpdir(), 'hostile-out-'));
    for (const name of readdirSync(HOSTILE).filter((n) => /\.(txt|docx)$/.test(n))) copyFileSync(path.join(HOSTILE, name), path.join(input, name));
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/extract.ts', input, '--out', out], { encoding: 'utf8' });
    expect(run.status).toBe(0);
    for (const name of ['truncated.docx', 'bomb.docx', 'lying-bomb.docx', 'image.txt', 'empty.txt']) {
      expect(run.stderr).toContain(name);
    }
    const indicators = readFileSync(path.join(out, 'indicators.csv'), 'utf8');
    expect(indicators).toMatch(/^report,\w+,/m); // the good report beside them
    expect(indicators).toContain('utf16-bom,'); // the UTF-16 reports are read
    expect(indicators).toContain('utf16-no-bom,');
  });
});

describe('hostile CSV files', () => {
  it('a CSV with 10 000 columns loads its row', () => {
    const table = loadCsv(bytes('wide.csv'));
    expect(table.kind).toBe('indicators');
    expect(table.rows).toHaveLength(1);
    expect(table.errors).toEqual([]);
  });

  it('a CSV whose quote never closes keeps the rows before it and says how much it could not read', () => {
    const table = loadCsv(bytes('unclosed.csv'));
    if (table.kind !== 'indicators') throw new Error('not read as indicators');
    expect(table.rows.map((r) => r.indicator)).toEqual(['hte_total']);
    expect(table.errors).toEqual([{ row: 3, code: 'unclosed-quote', column: '', value: '3' }]);
    expect(table.rows.length + table.errors.length).toBe(table.records);
  });
});
