// Bring your own reports: files dropped on the page are extracted in the browser by the same code as
// the CLI, reviewed (text with highlights, rows beside it), corrected, added to the dashboard (kept
// over a reload), and exported as the CLI's own CSVs.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import Papa from 'papaparse';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { corpusOrSkip, corpusReports } from '../setup/corpus.ts';
import { reportFilesDir } from '../setup/report-files.ts';
import { usePages, OUTPUT, POLL, tableRows } from './browser.ts';

const visit = usePages();
const LONG = { timeout: 30_000, interval: 100 };

interface Dropped {
  name: string;
  mimeType: string;
  buffer: Buffer;
}

const file = (name: string, buffer: Buffer, mimeType = 'text/plain'): Dropped => ({ name, mimeType, buffer });
// the project's own report files, and the corpus seeds read in place (test/setup/report-files.ts)
const FILES = reportFilesDir();
const withCorpus = corpusOrSkip();
const fixture = (name: string) => file(path.basename(name), readFileSync(path.join(FILES, name)));
/** The labelled corpus reports (seeds and dev), read in place. */
const CORPUS_REPORTS = new Map(corpusReports(['seeds', 'dev']).map((report) => [path.basename(report), report]));

// ---- the CLI on the same files, for comparison ----

const temps: string[] = [];
afterAll(() => [...temps, FILES].forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function cli(files: string[]): { indicators: Buffer; reports: Buffer } {
  const out = mkdtempSync(path.join(os.tmpdir(), 'kanban-review-test-'));
  temps.push(out);
  const run = spawnSync('npx', ['tsx', 'src/cli/extract.ts', ...files, '--out', out], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`the CLI failed: ${run.stderr}`);
  return { indicators: readFileSync(path.join(out, 'indicators.csv')), reports: readFileSync(path.join(out, 'reports.csv')) };
}

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const xml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A Word document with one paragraph per line of the text (as test/read-report.test.ts builds one). */
async function docxOf(text: string): Promise<Buffer> {
  const zip = new JSZip();
  zip.file('[Content_Types].xml',
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
    '<Default Extension="xml" ContentType="application/xml"/>' +
    '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>');
  zip.file('_rels/.rels',
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>');
  const body = text.split(/\r?\n/).map((line) => `<w:p><w:r><w:t xml:space="preserve">${xml(line)}</w:t></w:r></w:p>`).join('');
  zip.file('word/document.xml',
    `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`);
  return zip.generateAsync({ type: 'nodebuffer' });
}

/** Whether an element is within the visible part of the pane that scrolls it. */
const inView = (page: Page, selector: string, pane: string) => page.evaluate(([target, container]) => {
  const box = document.querySelector(target!)!.getBoundingClientRect();
  const frame = document.querySelector(container!)!.getBoundingClientRect();
  return box.top >= frame.top - 1 && box.bottom <= frame.bottom + 1;
}, [selector, pane]);

const records = (csv: Buffer) => Papa.parse<Record<string, string>>(csv.toString('utf8').replace(/^\ufeff/, ''), { header: true, skipEmptyLines: true }).data;

// ---- what a user does ----

/** Drops files on the main page's drop zone, as a user drags them from a folder. */
async function dropOnPage(page: Page, files: Dropped[]): Promise<void> {
  const payload = files.map((f) => ({ name: f.name, type: f.mimeType, bytes: [...f.buffer] }));
  const transfer = await page.evaluateHandle((list) => {
    const data = new DataTransfer();
    for (const f of list) data.items.add(new File([new Uint8Array(f.bytes)], f.name, { type: f.type }));
    return data;
  }, payload);
  await page.getByTestId('dropzone').dispatchEvent('drop', { dataTransfer: transfer });
  await page.locator('.review').waitFor();
}

/** Opens the review and chooses files with its picker. */
async function chooseFiles(page: Page, files: Dropped[]): Promise<void> {
  if (!(await page.locator('.review').isVisible())) await page.getByRole('button', { name: '从报告文件提取…' }).click();
  await page.locator('.review input[type=file]').setInputFiles(files);
}

/** Waits until every file given so far is done, and returns what the progress line says. */
async function finished(page: Page): Promise<string> {
  await expect.poll(() => page.getByTestId('extract-progress').textContent(), LONG).toMatch(/^已处理/);
  return (await page.getByTestId('extract-progress').textContent()) ?? '';
}

const openReport = (page: Page, fileName: string) => page.locator(`.review-list button:has(.list-name:text-is("${fileName}"))`).click();

/** The rows of the report under review, as the list shows them. */
const reviewRows = (page: Page) => page.$$eval('.review-rows > li', (items) => items.map((item) => ({
  indicator: item.querySelector('.row-indicator')?.textContent ?? '',
  value: item.querySelector('.row-value')?.textContent ?? '',
  details: item.querySelector('.row-details')?.textContent ?? '',
  quote: item.querySelector('.row-quote')?.textContent ?? '',
  state: item.getAttribute('data-state') ?? '',
})));

/** For each row, the highlighted text of its clause (the marks that name it, joined). */
const highlights = (page: Page, rows: number) => page.$$eval('[data-testid=review-text] mark', (marks, n) => {
  const clauses: string[] = Array.from({ length: n }, () => '');
  for (const mark of marks) for (const row of (mark.getAttribute('data-rows') ?? '').split(' ')) clauses[Number(row)] += mark.textContent ?? '';
  return clauses;
}, rows);

async function save(page: Page, which: 'indicators' | 'reports'): Promise<{ name: string; bytes: Buffer }> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator(`.review [data-export=${which}]`).click()]);
  return { name: download.suggestedFilename(), bytes: readFileSync(await download.path()) };
}

describe('extracting reports in the browser', () => {
  it.skipIf(!withCorpus)('gives as many rows and highlights for a dropped seed report as the CLI, and shows each clause', async () => {
    const { page } = await visit();
    await dropOnPage(page, [fixture('seed-000.txt')]);
    expect(await finished(page)).toBe('已处理 1 个文件');
    const expected = records(cli([path.join(FILES, 'seed-000.txt')]).indicators);
    const rows = await reviewRows(page);
    expect(rows.length).toBe(expected.length);
    expect(rows.map((row) => row.quote)).toEqual(expected.map((row) => row.quote));
    expect(rows.filter((row) => row.value === '已隐去').length).toBe(expected.filter((row) => row.masked === 'true').length);
    expect(await highlights(page, rows.length)).toEqual(expected.map((row) => row.quote));
    expect(await page.locator('[data-testid=review-text] mark.masked').count()).toBeGreaterThan(0);
    await page.screenshot({ path: `${OUTPUT}/review-1280x800.png` });
  });

  it.skipIf(!withCorpus)('shows a row\'s clause when the row is clicked, and the row when its clause is clicked', async () => {
    const { page } = await visit();
    await chooseFiles(page, [fixture('seed-003.txt')]);
    await finished(page);
    const last = (await reviewRows(page)).length - 1;
    await page.locator(`.review-rows > li[data-row="${last}"] .row-main`).click();
    const clause = page.locator(`[data-testid=review-text] mark[data-rows~="${last}"]`).first();
    await expect.poll(() => clause.getAttribute('class'), POLL).toContain('current');
    await expect.poll(() => inView(page, `[data-testid=review-text] mark[data-rows~="${last}"]`, '.review-text-pane'), POLL).toBe(true);
    await page.locator('[data-testid=review-text] mark[data-rows~="0"]').first().click();
    await expect.poll(() => page.locator('.review-rows > li[data-row="0"] .row-main').getAttribute('aria-pressed'), POLL).toBe('true');
    await expect.poll(() => inView(page, '.review-rows > li[data-row="0"]', '.review-rows-pane'), POLL).toBe(true);
  });

  it.skipIf(!withCorpus)('fits a phone: nothing runs off the side, and the review is screenshot', async () => {
    const { page } = await visit('', { width: 390, height: 844 });
    await chooseFiles(page, [fixture('seed-000.txt')]);
    await finished(page);
    await page.locator('.review-rows > li').first().waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    expect(await page.evaluate(() => document.querySelector('.review')!.scrollWidth)).toBeLessThanOrEqual(390);
    await page.screenshot({ path: `${OUTPUT}/review-390x844.png` });
    // a row far down the page: clicking it brings its clause into sight (the text is above the rows here)
    await page.locator('.review-rows > li[data-row="8"] .row-main').click();
    const clause = '[data-testid=review-text] mark[data-rows~="8"]';
    await expect.poll(() => inView(page, clause, '.review-text-pane'), POLL).toBe(true);
    await expect.poll(() => page.evaluate((target) => {
      const box = document.querySelector(target)!.getBoundingClientRect();
      return box.top >= 0 && box.bottom <= window.innerHeight;
    }, clause), POLL).toBe(true);
    await page.screenshot({ path: `${OUTPUT}/review-390x844-row.png` });
  });

  it.skipIf(!withCorpus)('gives the same rows for a .docx made from a seed report as for its .txt', async () => {
    const text = readFileSync(path.join(FILES, 'seed-003.txt'), 'utf8');
    const { page } = await visit();
    await chooseFiles(page, [fixture('seed-003.txt'), file('seed-003-word.docx', await docxOf(text), DOCX)]);
    expect(await finished(page)).toBe('已处理 2 个文件');
    await openReport(page, 'seed-003.txt');
    const fromText = await reviewRows(page);
    await openReport(page, 'seed-003-word.docx');
    await expect.poll(() => page.locator('.review-meta p').first().textContent(), POLL).toContain('seed-003-word.docx');
    expect(fromText.length).toBeGreaterThan(5);
    expect(await reviewRows(page)).toEqual(fromText);
  });

  it.skipIf(!withCorpus)('keeps an edited value, a chosen city and a year over a reload, and the chart shows them', async () => {
    const { page } = await visit();
    await chooseFiles(page, [fixture('seed-000.txt')]);
    await finished(page);
    const first = page.locator('.review-rows > li').first();
    expect(await first.locator('.row-indicator').textContent()).toBe('申报高新技术企业');
    await first.getByRole('button', { name: '修改' }).click();
    await first.locator('input[name=value]').fill('777');
    await page.screenshot({ path: `${OUTPUT}/review-edit-1280x800.png` });
    await first.getByRole('button', { name: '保存' }).click();
    await expect.poll(() => first.locator('.row-value').textContent(), POLL).toBe('777 家');
    expect(await first.getAttribute('data-state')).toBe('edited');
    await page.getByRole('combobox', { name: '城市' }).fill('临安');
    await page.getByRole('option', { name: /临安区/ }).waitFor();
    await page.screenshot({ path: `${OUTPUT}/review-place-1280x800.png` });
    await page.getByRole('option', { name: /临安区/ }).click();
    await expect.poll(() => page.getByTestId('place-code').textContent(), POLL).toBe('浙江省 · 330112');
    await page.getByRole('textbox', { name: '年份' }).fill('2013');
    await page.getByRole('textbox', { name: '年份' }).press('Enter');
    await page.getByRole('button', { name: '加入看板', exact: true }).click();
    await expect.poll(() => page.getByTestId('dashboard-state').textContent(), POLL).toBe('已在看板');

    await page.reload();
    const again = page.locator('.review-rows > li').first();
    await again.waitFor();
    expect(await again.locator('.row-value').textContent()).toBe('777 家');
    expect(await again.getAttribute('data-state')).toBe('edited');
    expect(await page.getByRole('combobox', { name: '城市' }).inputValue()).toBe('杭州市 临安区');
    expect(await page.getByRole('textbox', { name: '年份' }).inputValue()).toBe('2013');
    await page.locator('.review-top .close').click();

    await page.goto(new URL('?ind=hte_applied&period=all', page.url()).href);
    await page.locator('button[data-origin=mine]').click();
    await expect.poll(async () => (await tableRows(page)).map((row) => [row[0], row[1], row[3], row[7]]), POLL).toEqual([['杭州市·临安区', '2013', '777', 'seed-000']]);
    expect(page.url()).toContain('origin=mine');
    expect(await page.locator('table.figures tbody tr[data-origin=mine]').count()).toBe(1);
    expect(await page.locator('.chart-box g.bar').getAttribute('aria-label')).toMatch(/^杭州市·临安区 2013 /);
    // (777 of a county's applications stands far above the counties' median: it is drawn flagged, "⚠ 777 存疑")
    expect(await page.locator('.chart-box svg text.bar-value', { hasText: /^(⚠ )?777( 存疑)?$/ }).count()).toBe(1);
    expect(await page.getByTestId('my-reports').textContent()).toContain('我的报告：1 份已加入看板');
    await page.screenshot({ path: `${OUTPUT}/main-mine-1280x800.png` });
    // the figure opens the user's own text at its clause
    await page.locator('table.figures tbody tr[data-origin=mine]').click();
    await expect.poll(() => page.locator('.report-text mark').textContent(), POLL).toBe('25家企业申报了20XX年度第一批高新技术企业');
  });

  it.skipIf(!withCorpus)('exports indicators.csv and reports.csv equal to the CLI\'s files for unedited reports', async () => {
    const names = ['seed-000.txt', 'page-report.html', 'seed-003-gbk.txt', 'table-report.docx'];
    const { page } = await visit();
    await chooseFiles(page, names.map(fixture));
    expect(await finished(page)).toBe('已处理 4 个文件');
    const expected = cli(names.map((name) => path.join(FILES, name)));
    const indicators = await save(page, 'indicators');
    expect(indicators.name).toBe('indicators.csv');
    expect(indicators.bytes.toString('utf8')).toBe(expected.indicators.toString('utf8'));
    expect(indicators.bytes.equals(expected.indicators)).toBe(true);
    const reports = await save(page, 'reports');
    expect(reports.name).toBe('reports.csv');
    expect(reports.bytes.toString('utf8')).toBe(expected.reports.toString('utf8'));
    expect(reports.bytes.equals(expected.reports)).toBe(true);
  });

  it.skipIf(!withCorpus)('refuses each bad file by name and reason, extracts the good ones, and loses nothing reviewed', async () => {
    const { page } = await visit();
    await chooseFiles(page, [fixture('seed-000.txt')]);
    await finished(page);
    const first = page.locator('.review-rows > li').first();
    await first.getByRole('button', { name: '删除' }).click();
    const kept = await reviewRows(page);

    const unknownEncoding = Buffer.from(Array.from({ length: 400 }, (_, i) => 0x80 + ((i * 37) % 0x7f)));
    await chooseFiles(page, [
      file('photo.png', readFileSync(path.join(FILES, 'bad/image-renamed.txt')), 'image/png'),
      fixture('bad/image-renamed.txt'),
      fixture('bad/random-bytes.docx'),
      fixture('bad/empty.txt'),
      file('huge.txt', Buffer.alloc(21 * 1024 * 1024, 0x20)),
      file('unknown-encoding.txt', unknownEncoding),
      fixture('seed-000.txt'),
      fixture('seed-003.txt'),
    ]);
    expect(await finished(page)).toBe('已处理 8 个文件，7 个未能提取');
    expect(await page.locator('.refusals li').allTextContents()).toEqual([
      'photo.png 未能提取：不支持的文件类型；报告应为 .txt、.docx、.html 或 .htm',
      'image-renamed.txt 未能提取：这是 PNG 图片，不是文本',
      'random-bytes.docx 未能提取：不是有效的 .docx（不是 zip 压缩包）',
      'empty.txt 未能提取：空文件',
      'huge.txt 未能提取：文件大小 21 MB，超过单份报告 20 MB 的上限',
      'unknown-encoding.txt 未能提取：无法识别的编码：按 GBK 读会有 56% 的生僻字（乱码）',
      'seed-000.txt 未能提取：已有同名报告 seed-000（来自 seed-000.txt）；请先删除它再重新提取',
    ]);
    expect(await page.locator('.review-list .list-name').allTextContents()).toEqual(['seed-000.txt', 'seed-003.txt']);
    await openReport(page, 'seed-003.txt');
    await expect.poll(async () => (await reviewRows(page)).length, POLL).toBeGreaterThan(5);
    await openReport(page, 'seed-000.txt');
    await expect.poll(() => reviewRows(page), POLL).toEqual(kept);
  });

  it.skipIf(!withCorpus)('stops at cancel, names the files not extracted, keeps those that were, and extracts again after', async () => {
    const names = [...CORPUS_REPORTS.keys()];
    const { page } = await visit();
    await chooseFiles(page, names.map((name) => file(name, readFileSync(CORPUS_REPORTS.get(name)!))));
    await page.getByRole('button', { name: '取消提取' }).click();
    const said = await finished(page);
    const cancelled = await page.locator('.refusals li').allTextContents();
    const extracted = await page.locator('.review-list .list-name').allTextContents();
    expect(cancelled.length).toBeGreaterThan(0);
    expect(cancelled.every((line) => / 未能提取：已取消$/.test(line))).toBe(true);
    expect(said).toBe(`已处理 ${names.length} 个文件，${cancelled.length} 个未能提取`);
    expect(extracted.length + cancelled.length).toBe(names.length);
    await chooseFiles(page, [fixture('seed-003.txt')]);
    expect(await finished(page)).toMatch(/^已处理 /);
    await expect.poll(() => page.locator('.review-list .list-name').allTextContents(), POLL).toEqual([...extracted, 'seed-003.txt']);
  });

  it('loads neither the review, the extractor nor the gazetteer for the first view', async () => {
    const { page } = await visit();
    const scripts = await page.evaluate(() => performance.getEntriesByType('resource').map((entry) => entry.name).filter((name) => name.endsWith('.js')));
    expect(scripts.some((name) => /\/index-[\w-]+\.js$/.test(name))).toBe(true);
    expect(scripts.filter((name) => /ReviewPanel|extract\.worker|script-/.test(name))).toEqual([]);
    await page.getByRole('button', { name: '从报告文件提取…' }).click();
    await page.locator('.review').waitFor();
    const later = await page.evaluate(() => performance.getEntriesByType('resource').map((entry) => entry.name));
    expect(later.some((name) => /ReviewPanel-[\w-]+\.js$/.test(name))).toBe(true);
  });

  it('drops a report\'s <script> and HTML tags from its text and runs none of it', async () => {
    const { page } = await visit();
    await page.getByRole('button', { name: '从报告文件提取…' }).click();
    await page.getByRole('button', { name: '粘贴文本' }).click();
    await page.locator('input[name=paste-name]').fill('带脚本的报告');
    await page.locator('textarea[name=paste-text]').fill(
      '市科技局工作总结\n<script>window.__ran = 1; document.title = "ran"</script>\n<img src="x" onerror="window.__ran = 2">\n全年新认定高新技术企业28家。\n');
    await page.getByRole('button', { name: '提取', exact: true }).click();
    expect(await finished(page)).toBe('已处理 1 个文件');
    const text = (await page.getByTestId('review-text').textContent()) ?? '';
    // markup is not the report's words: the cleaned text the rows point into holds none of it
    expect(text).toContain('全年新认定高新技术企业28家');
    expect(text).not.toMatch(/<script|<img|onerror|__ran/);
    expect(await page.evaluate(() => (window as unknown as { __ran?: number }).__ran)).toBeUndefined();
    expect(await page.locator('.review script, .review img').count()).toBe(0);
    expect((await reviewRows(page)).map((row) => [row.indicator, row.value])).toEqual([['新认定高新技术企业', '28 家']]);
    expect(await page.locator('.review-list .list-name').allTextContents()).toEqual(['带脚本的报告.txt']);
  });

  it('adds a row for a clause the user selects, with the clause\'s offsets', async () => {
    const { page } = await visit();
    await page.getByRole('button', { name: '从报告文件提取…' }).click();
    await page.getByRole('button', { name: '粘贴文本' }).click();
    await page.locator('input[name=paste-name]').fill('selection');
    await page.locator('textarea[name=paste-text]').fill('市科技局工作总结\n全年帮助企业排忧解难31个，开展科普活动9次。\n');
    await page.getByRole('button', { name: '提取', exact: true }).click();
    await finished(page);
    const before = await reviewRows(page);
    expect(before.map((row) => row.quote)).toEqual(['开展科普活动9次']); // the extractor does not know the first clause
    await page.evaluate(() => {
      const pre = document.querySelector('[data-testid=review-text]')!;
      const walker = document.createTreeWalker(pre, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = node.textContent!.indexOf('帮助企业排忧解难31个');
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + '帮助企业排忧解难31个'.length);
        document.getSelection()!.removeAllRanges();
        document.getSelection()!.addRange(range);
        return;
      }
      throw new Error('clause not found');
    });
    await page.getByRole('button', { name: '用所选文字添加一行' }).click();
    const editor = page.locator('.new-row');
    expect(await editor.locator('input[name=value]').inputValue()).toBe('31');
    await editor.locator('select[name=indicator]').selectOption('problems_solved');
    await editor.getByRole('button', { name: '保存' }).click();
    // the list shows the added row once the review is stored again
    await expect.poll(() => reviewRows(page), LONG).toEqual([
      { indicator: '解决技术难题', value: '31 项', details: '全年 · 实际 · 总数', quote: '帮助企业排忧解难31个', state: 'added' },
      before[0],
    ]);
    const cleaned = (await page.getByTestId('review-text').textContent()) ?? '';
    const row = records((await save(page, 'indicators')).bytes)[0]!;
    expect(row).toMatchObject({ report_id: 'selection', indicator: 'problems_solved', value: '31', unit: '项', quote: '帮助企业排忧解难31个', rule: '', masked: 'false' });
    expect(cleaned.slice(Number(row.start), Number(row.end))).toBe(row.quote);
  });

  it.skipIf(!withCorpus)('clears the user\'s reports only after asking, for good', async () => {
    const { page } = await visit();
    await chooseFiles(page, [fixture('seed-003.txt')]);
    await finished(page);
    await page.getByRole('button', { name: '全部加入看板' }).click();
    await page.locator('.review-top .close').click();
    const mine = page.getByTestId('my-reports');
    await expect.poll(() => mine.textContent(), POLL).toContain('我的报告：1 份已加入看板');
    await mine.getByRole('button', { name: '清除我的数据' }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: '取消' }).click();
    expect(await mine.textContent()).toContain('我的报告：1 份已加入看板');
    await mine.getByRole('button', { name: '清除我的数据' }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: '确定' }).click();
    await expect.poll(() => mine.textContent(), POLL).toBe('从报告文件提取…');
    await expect.poll(() => page.locator('[data-origin]').count(), POLL).toBe(0); // the dataset is rebuilt a slice at a time
    await page.reload();
    await page.locator('.chart-box').waitFor();
    expect(await page.getByTestId('my-reports').textContent()).toBe('从报告文件提取…');
  });

  it.skipIf(!withCorpus)('extracts the labelled corpus reports as the CLI does, and prints how long it took', { timeout: 120_000 }, async () => {
    const names = [...CORPUS_REPORTS.keys()];
    const { page } = await visit();
    const files = names.map((name) => file(name, readFileSync(CORPUS_REPORTS.get(name)!)));
    const started = Date.now();
    await chooseFiles(page, files);
    expect(await finished(page)).toBe(`已处理 ${names.length} 个文件`);
    const took = Date.now() - started;
    // eslint-disable-next-line no-console
    console.log(`[review] ${names.length} corpus reports extracted in the browser in ${(took / 1000).toFixed(1)} s (${Math.round(took / names.length)} ms a report, file transfer included)`);
    const expected = records(cli(names.map((name) => CORPUS_REPORTS.get(name)!)).indicators);
    const exported = records((await save(page, 'indicators')).bytes);
    expect(exported.length).toBe(expected.length);
    // Every cell equal: the same extractor runs in Node and in Chromium.
    const differences = exported.flatMap((row, k) => Object.keys(row).filter((column) => row[column] !== expected[k]![column])
      .map((column) => `${row.report_id} ${row.indicator} ${column}: browser "${row[column]}", CLI "${expected[k]![column]}"`));
    expect(differences).toEqual([]);
  });
});
