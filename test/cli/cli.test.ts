// The extract CLI, end to end on test/fixtures/files/ and the corpus seeds (good reports beside bad/ ones), and its parts.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { collectReportFiles, reportLine, USAGE, writeOutputs } from '../../src/cli/extract.ts';
import { readCsvRecords } from '../../src/data/csv.ts';
import { INDICATOR_COLUMNS, REPORT_COLUMNS } from '../../src/extract/contract.ts';
import type { Extraction } from '../../src/extract/index.ts';
import { corpusOrSkip } from '../setup/corpus.ts';
import { reportFilesDir } from '../setup/report-files.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const files = reportFilesDir();
const withCorpus = corpusOrSkip();
const good = withCorpus ? ['page-report', 'seed-000', 'seed-003', 'seed-003-gbk', 'table-report'] : ['page-report', 'table-report'];
const bad = ['empty.txt', 'image-renamed.txt', 'random-bytes.docx'];

const temps: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'kanban-cli-test-'));
  temps.push(dir);
  return dir;
};
afterAll(() => [...temps, files].forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function extract(...args: string[]) {
  const run = spawnSync('npx', ['tsx', 'src/cli/extract.ts', ...args], { cwd: root, encoding: 'utf8', env: { ...process.env, FORCE_COLOR: '0' } });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('npm run extract (spawned)', { timeout: 60_000 }, () => {
  it('extracts the good files, names and skips the bad ones, writes both CSVs', () => {
    const out = path.join(tempDir(), 'out'); // does not exist yet: the CLI makes it
    const run = extract(files, '--out', out);
    expect(run.status).toBe(0);
    for (const id of good) {
      expect(run.stdout).toMatch(new RegExp(`^${id}: \\d+ rows, \\d+ masked; city .+ \\((manifest|title|text|unknown)\\); year .+ \\((manifest|title|text|unknown)\\)`, 'm'));
    }
    expect(run.stdout).toMatch(new RegExp(`^total: ${good.length} reports, \\d+ rows, \\d+ masked; 3 files skipped → `, 'm'));
    for (const name of bad) expect(run.stderr).toContain(`${name}: `);
    expect(run.stderr).toContain('empty.txt: empty file');
    expect(run.stderr).toContain('image-renamed.txt: a PNG image, not text');
    expect(run.stderr).toContain('random-bytes.docx: not a valid .docx (not a zip archive)');

    const indicators = readFileSync(path.join(out, 'indicators.csv'), 'utf8');
    expect(indicators.split('\r\n')[0]).toBe('\ufeff' + INDICATOR_COLUMNS.join(','));
    const reports = readFileSync(path.join(out, 'reports.csv'), 'utf8');
    expect(reports.split('\r\n')[0]).toBe('\ufeff' + REPORT_COLUMNS.join(','));
    expect(readCsvRecords(reports).records.map((r) => r.report_id).sort()).toEqual(good);
    expect(readdirSync(out).sort()).toEqual(['indicators.csv', 'reports.csv']); // no temporary file left
  });

  it.skipIf(!withCorpus)('takes report_id, title and source from a manifest', () => {
    const dir = tempDir();
    const manifest = path.join(dir, 'manifest.csv');
    writeFileSync(manifest, 'report_id,file,source,title,city,year\nHZ-2009,seed-003-gbk.txt,https://example.org/hz,上半年科技工作总结,杭州市,2009\n');
    const run = extract(path.join(files, 'seed-003-gbk.txt'), path.join(files, 'seed-000.txt'), '--manifest', manifest, '--out', dir);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^HZ-2009: /m);
    const ids = readCsvRecords(readFileSync(path.join(dir, 'reports.csv'), 'utf8')).records.map((r) => [r.report_id, r.source]);
    expect(ids).toEqual([
      ['HZ-2009', 'https://example.org/hz'],
      ['seed-000', 'seed-000.txt'],
    ]);
  });

  it('exits non-zero and writes nothing when no file can be read', () => {
    const out = tempDir();
    const run = extract(path.join(files, 'bad'), path.join(files, 'no-such-report.txt'), '--out', out);
    expect(run.status).toBe(1);
    for (const name of [...bad, 'no-such-report.txt']) expect(run.stderr).toContain(name);
    expect(run.stderr).toContain('nothing could be read');
    expect(existsSync(path.join(out, 'indicators.csv'))).toBe(false);
  });

  it('prints the usage for --help, and with status 2 for bad usage', () => {
    const help = extract('--help');
    expect(help.status).toBe(0);
    expect(help.stdout).toContain(USAGE);
    const noOut = extract(files);
    expect(noOut.status).toBe(2);
    expect(noOut.stderr).toContain('--out DIR is required');
    expect(noOut.stderr).toContain('usage: npm run extract');
    const unknown = extract('--frobnicate', '--out', tempDir(), files);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain("'--frobnicate'");
    const manifest = path.join(tempDir(), 'ids.csv');
    writeFileSync(manifest, 'id,city\nr001,九江市\n');
    const badManifest = extract(files, '--manifest', manifest, '--out', tempDir());
    expect(badManifest.status).toBe(2);
    expect(badManifest.stderr).toMatch(/cannot use the manifest .*ids\.csv: manifest: no report_id column/);
  });
});

describe('the CLI parts', () => {
  it('collects report files from folders recursively in name order, and names inputs it cannot use', async () => {
    const { files: found, problems } = await collectReportFiles([files, path.join(files, 'page-report.html'), 'nowhere', 'package.json']);
    expect(found.map((f) => path.relative(files, f))).toEqual([
      path.join('bad', 'empty.txt'), path.join('bad', 'image-renamed.txt'), path.join('bad', 'random-bytes.docx'),
      'page-report.html', ...(withCorpus ? ['seed-000.txt', 'seed-003-gbk.txt', 'seed-003.txt'] : []), 'table-report.docx',
    ]);
    expect(problems).toEqual(['skipped nowhere: no such file or folder', 'skipped package.json: not a report file (.txt, .docx, .html or .htm)']);
  });

  const extraction = (over: Partial<Extraction['report']>, masked: boolean[], notes: string[] = []): Extraction => ({
    report: {
      report_id: 'r006', title: '', city: '', county: '', province: '', admin_code: '', level: '', year: null, period: '',
      source: '', city_how: 'unknown', year_how: 'unknown', ...over,
    },
    rows: masked.map((m) => ({
      report_id: 'r006', indicator: 'tsme', value: m ? null : 1, unit: '家', period: 'FY', status: 'actual', approx: false,
      masked: m, scope: '', quote: 'x', start: 0, end: 1, rule: '',
    })),
    cleaned: 'x',
    notes,
  });

  it('prints one line per report: rows, masked rows, city and year with how each was decided', () => {
    expect(reportLine(extraction({ city: '温州市', county: '瑞安市', city_how: 'text', year: 2023, year_how: 'title' }, [false, true, true], ['city from 瑞安市科技局', 'year from the title']))).toBe(
      'r006: 3 rows, 2 masked; city 温州市 瑞安市 (text); year 2023 (title) — city from 瑞安市科技局; year from the title',
    );
    expect(reportLine(extraction({}, []))).toBe('r006: 0 rows, 0 masked; city — (unknown); year — (unknown)');
  });

  it('writes both CSVs into a folder it makes', async () => {
    const out = path.join(tempDir(), 'a', 'b');
    const written = await writeOutputs(out, [extraction({ city: '温州市' }, [false])]);
    expect(written).toEqual([path.join(out, 'indicators.csv'), path.join(out, 'reports.csv')]);
    expect(readCsvRecords(readFileSync(written[0]!, 'utf8')).records).toHaveLength(1);
    expect(readdirSync(out).sort()).toEqual(['indicators.csv', 'reports.csv']);
  });
});
