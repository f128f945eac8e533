// The embedded data a fresh clone shows (data/), and the rule that the project keeps no copy of
// anyone's report: no file under data/ or test/fixtures/ holds a corpus report's text.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { dataCounts } from '../../src/cli/data-counts.ts';
import { readCsvRecords, readManifest } from '../../src/data/csv.ts';
import { sourceKind } from '../../src/query/sources.ts';
import { corpusOrSkip, corpusReports } from '../setup/corpus.ts';

const root = path.resolve(import.meta.dirname, '../..');
const data = path.join(root, 'data');

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    return statSync(file).isDirectory() ? filesUnder(file) : [file];
  });
}

describe('the embedded data', () => {
  it('has every shared report with its source, and no report text', () => {
    expect(readdirSync(data).sort()).toEqual(['indicators.csv', 'manifest.csv', 'reports.csv']);
    const reports = readCsvRecords(readFileSync(path.join(data, 'reports.csv'), 'utf8')).records;
    expect(reports.length).toBeGreaterThanOrEqual(190);
    const manifest = readManifest(readFileSync(path.join(data, 'manifest.csv'), 'utf8'));
    expect(manifest.map((entry) => entry.report_id).sort()).toEqual(reports.map((report) => report.report_id).sort());
    // official sites and copies both, each told from its address
    const kinds = reports.map((report) => sourceKind(report.source ?? ''));
    expect(kinds.filter((kind) => kind === 'official').length).toBeGreaterThan(50);
    expect(kinds.filter((kind) => kind === 'copy').length).toBeGreaterThan(50);
  });

  it('charts places over the years, and flags the corrupted 2583 亿元', () => {
    const counts = dataCounts(data);
    expect(counts.places).toBeGreaterThan(100);
    expect(counts.placesIn3Years).toBeGreaterThan(0);
    expect(counts.flagged).toBeGreaterThan(0);
    const indicators = readCsvRecords(readFileSync(path.join(data, 'indicators.csv'), 'utf8')).records;
    expect(indicators.some((row) => row.indicator === 'tech_contract_value' && row.value === '2583.2023')).toBe(true);
  });
});

describe.skipIf(!corpusOrSkip())('no copy of a corpus report', () => {
  it('is kept under data/ or test/fixtures/', () => {
    const squash = (text: string) => text.replace(/\s+/g, '');
    // a report's text, or any 200 characters of it, found in a file of ours is a copy
    const pieces = corpusReports().map((file) => squash(readFileSync(file, 'utf8'))).filter((text) => text.length > 400)
      .map((text) => text.slice(Math.floor(text.length / 2) - 100, Math.floor(text.length / 2) + 100));
    const ours = [...filesUnder(data), ...filesUnder(path.join(root, 'test', 'fixtures'))]
      .filter((file) => /\.(txt|html?|csv|md)$/.test(file))
      .map((file) => [path.relative(root, file), squash(readFileSync(file, 'utf8'))] as const);
    const copies = ours.filter(([, text]) => pieces.some((piece) => text.includes(piece))).map(([file]) => file);
    expect(copies).toEqual([]);
  });
});
