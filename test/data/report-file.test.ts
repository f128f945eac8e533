// extractReportFile: the one sequence (read → input → extract) that the CLI and the extract worker run.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractReportFile } from '../../src/data/extract-file.ts';
import { readReport, reportInput, type ReadOk } from '../../src/data/read-report.ts';
import { extractReport } from '../../src/extract/index.ts';
import { corpusOrSkip } from '../setup/corpus.ts';
import { seedFile } from '../setup/report-files.ts';

const fixture = (name: string) => (/^seed-/.test(name) ? seedFile(name) : new Uint8Array(readFileSync(new URL(`../fixtures/files/${name}`, import.meta.url))));
const withCorpus = corpusOrSkip();

describe('extractReportFile', () => {
  it.skipIf(!withCorpus)('gives the rows and report the extractor gives for the file read the CLI way', async () => {
    const outcome = await extractReportFile('seed-003-gbk.txt', fixture('seed-003-gbk.txt'));
    if (!outcome.ok) throw new Error(outcome.reason);
    const read = (await readReport('seed-003-gbk.txt', fixture('seed-003-gbk.txt'))) as ReadOk;
    const direct = extractReport(reportInput('seed-003-gbk.txt', read));
    expect(outcome.extraction.rows).toEqual(direct.rows);
    expect(outcome.extraction.report).toEqual(direct.report);
    expect(outcome.extraction.report.report_id).toBe('seed-003-gbk');
    expect(outcome.extraction.rows.length).toBeGreaterThan(5);
  });

  it.skipIf(!withCorpus)('takes report_id and place from a manifest entry', async () => {
    const outcome = await extractReportFile('seed-000.txt', fixture('seed-000.txt'), [{ report_id: 'XY-2013', file: 'seed-000.txt', city: '襄阳市', year: 2013 }]);
    if (!outcome.ok) throw new Error(outcome.reason);
    expect(outcome.extraction.report).toMatchObject({ report_id: 'XY-2013', city: '襄阳市', year: 2013, city_how: 'manifest', year_how: 'manifest' });
    expect(new Set(outcome.extraction.rows.map((row) => row.report_id))).toEqual(new Set(['XY-2013']));
  });

  it('refuses an unreadable file with a reason that names it', async () => {
    expect(await extractReportFile('image-renamed.txt', fixture('bad/image-renamed.txt'))).toEqual({ ok: false, reason: 'image-renamed.txt: a PNG image, not text' });
    expect(await extractReportFile('nothing.docx', new Uint8Array())).toEqual({ ok: false, reason: 'nothing.docx: empty file' });
  });
});
