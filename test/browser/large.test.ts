// The dashboard on 200,000 generated rows (every city and county, 2010–2024), built and served as
// `npm start` would (KANBAN_DATA, gzipped CSVs): the page shows its loading progress, then the chart
// with at most 40 bars and a note saying so, a table a page at a time that says how many rows it has,
// an export of every row of it, and no console error. No timings here: those are `npm run bench`'s.
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { freePort } from '../../src/cli/free-port.ts';
import Papa from 'papaparse';
import type { Browser, Page } from 'playwright-core';
import { build, preview, type PreviewServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeDataFolder } from '../../src/cli/bench/generate-indicators.ts';
import { MAX_BARS } from '../../src/query/series.ts';
import { PAGE_ROWS } from '../../src/ui/table/FigureTable.tsx';
import { launch, OUTPUT, POLL, tableRows } from './browser.ts';

const ROWS = 200_000;
const DATA = `${OUTPUT}/large-data`;
const DIST = `${OUTPUT}/large-dist`;


// What the status line said while loading, recorded from the page's start (the load may be quick).
const RECORD_STATUS = `window.statusTexts = [];
new MutationObserver(() => {
  const status = document.querySelector('[data-testid=load-progress]');
  if (status) window.statusTexts.push(status.textContent + (status.querySelector('progress') ? ' [bar]' : ''));
}).observe(document, { subtree: true, childList: true, characterData: true });`;

describe(`the dashboard on ${ROWS.toLocaleString('en')} rows`, () => {
  let server: PreviewServer;
  let browser: Browser;
  let url = '';

  beforeAll(async () => {
    rmSync(DATA, { recursive: true, force: true });
    mkdirSync(DATA, { recursive: true });
    const reports = writeDataFolder(DATA, ROWS);
    expect(reports).toBe(ROWS / 20);
    const before = process.env.KANBAN_DATA;
    process.env.KANBAN_DATA = DATA;
    try {
      await build({ logLevel: 'warn', build: { outDir: DIST, emptyOutDir: true } });
    } finally {
      process.env.KANBAN_DATA = before;
    }
    const port = await freePort();
    server = await preview({ logLevel: 'warn', build: { outDir: DIST }, preview: { host: '127.0.0.1', port, strictPort: true } });
    url = `http://127.0.0.1:${port}/`;
    browser = await launch();
  });

  afterAll(async () => {
    await browser?.close();
    await new Promise<void>((resolve) => (server ? server.httpServer.close(() => resolve()) : resolve()));
  });

  async function visit(search: string): Promise<{ page: Page; errors: string[]; close: () => Promise<void> }> {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, acceptDownloads: true, locale: 'zh-CN' });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
    page.on('pageerror', (error) => errors.push(error.message));
    await page.addInitScript(RECORD_STATUS);
    await page.goto(new URL(search, url).href);
    await page.locator('.chart-box .bar').first().waitFor({ timeout: 60_000 });
    return { page, errors, close: () => context.close() };
  }

  it('shows its progress while loading, then the chart, the note on what it draws, and the table a page at a time', async () => {
    const { page, errors, close } = await visit('?ind=hte_total');
    const said = await page.evaluate(() => (window as unknown as { statusTexts: string[] }).statusTexts);
    expect(said.some((text) => /^正在载入/.test(text) && text.endsWith('[bar]')), said.join(' | ')).toBe(true);
    for (const text of said) {
      const rows = /正在载入 ([\d,]+) 行/.exec(text)?.[1];
      if (rows) expect(Number(rows.replaceAll(',', ''))).toBeLessThanOrEqual(ROWS);
    }
    expect(await page.getByTestId('loaded').textContent()).toMatch(/^已载入 10,000 份报告 · [\d,]+ 个城市 · 2010–2024 年$/);
    expect(await page.locator('.chart-box .bar').count()).toBe(MAX_BARS);
    expect(await page.locator('.chart-subtitle').textContent()).toContain(`图中为最大的 ${MAX_BARS} 项`);
    expect(await page.locator('.notes').textContent()).toMatch(/图中只画出最大的 40 个数值，另有 [\d,]+ 个未画出；下表列出全部 [\d,]+ 行/);
    const total = Number((await page.getByTestId('table-rows').textContent())?.replace(/[^\d]/g, ''));
    expect(total).toBeGreaterThan(PAGE_ROWS);
    expect(await page.locator('table.figures tbody tr').count()).toBe(PAGE_ROWS);
    const first = await tableRows(page);
    await page.getByRole('button', { name: '下一页' }).click();
    await expect.poll(async () => (await tableRows(page))[0], POLL).not.toEqual(first[0]);
    expect(await page.locator('.table-pages').textContent()).toContain(`第 2 / ${Math.ceil(total / PAGE_ROWS)} 页`);
    await page.screenshot({ path: `${OUTPUT}/large-1280x800.png` });
    expect(errors).toEqual([]);
    await close();
  });

  it('exports every row of the table, not only the page on screen', async () => {
    const { page, errors, close } = await visit('?ind=hte_certified&from=2015&to=2016');
    const total = Number((await page.getByTestId('table-rows').textContent())?.replace(/[^\d]/g, ''));
    const onScreen = await tableRows(page);
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-export=csv]').click()]);
    const csv = readFileSync(await download.path()).toString('utf8').slice(1);
    const parsed = Papa.parse<string[]>(csv, { skipEmptyLines: true }).data;
    // the table's rows (every page) come first, each followed by the other totals it was chosen among
    const [place, value, role] = ['地区', '数值', '角色'].map((column) => parsed[0]!.indexOf(column));
    const listed = parsed.slice(1).filter((row) => row[role!] !== 'other_total');
    expect(listed.length).toBeGreaterThanOrEqual(total);
    expect(listed.slice(0, onScreen.length).map((row) => [row[place!], row[value!] || '已隐去'])).toEqual(onScreen.map((row) => [row[0], row[3]]));
    expect(errors).toEqual([]);
    await close();
  });

  it('changes the chart when a filter changes', async () => {
    const { page, errors, close } = await visit('?ind=hte_total');
    const before = await page.locator('.chart-box .bar').first().getAttribute('data-entry');
    await page.locator('select[name=year-from]').selectOption('2023');
    await expect.poll(() => page.locator('.chart-box .bar').first().getAttribute('data-entry'), POLL).not.toBe(before);
    const years = (await tableRows(page)).map((row) => Number(row[1]));
    expect(years.every((year) => year >= 2023)).toBe(true);
    expect(errors).toEqual([]);
    await close();
  });
});
