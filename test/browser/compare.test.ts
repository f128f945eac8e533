// Comparing places fairly: a doubtful figure is flagged (chart, table, export) and can be hidden,
// cities and counties are told apart, official sources can be chosen alone, a place has a page of its
// own, the year view draws lines and says which places have one point, and the coverage view shows
// where the data is. Each at 1280×800 and 390×844, with no console error (usePages checks).
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { usePages, OUTPUT, POLL, tableHeader, tableRows } from './browser.ts';

const visit = usePages();
const SIZES = [{ width: 1280, height: 800 }, { width: 390, height: 844 }];
// the fixture's technology-contract turnover: 瑞安市's "25832023万元" (2583 亿元) beside peers of 0.9–210 亿元
const CONTRACTS = '?ind=tech_contract_value&period=FY';

/** The table's cells of one column, by its header. */
async function column(page: Page, name: string): Promise<string[]> {
  const index = (await tableHeader(page)).indexOf(name);
  expect(index, `column ${name}`).toBeGreaterThanOrEqual(0);
  return (await tableRows(page)).map((row) => row[index] ?? '');
}

/** On a phone the filters fold behind a button: open them. */
async function filters(page: Page): Promise<void> {
  const toggle = page.locator('.filters-toggle');
  if (await toggle.isVisible() && (await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
}

async function fits(page: Page, width: number): Promise<void> {
  expect(await page.evaluate(() => document.documentElement.scrollWidth), 'no sideways scrolling of the page').toBeLessThanOrEqual(width);
}

describe('doubtful figures', () => {
  it('flags 2583 亿元 in the chart and the table, hides it on request, and exports the flag', async () => {
    for (const size of SIZES) {
      const { page } = await visit(CONTRACTS, size);
      const bar = page.locator('.chart-box .bar[data-doubt=yes]');
      await expect.poll(() => bar.count(), POLL).toBe(1);
      expect(await bar.getAttribute('aria-label')).toMatch(/瑞安市.*存疑/);
      expect(await bar.locator('.bar-value').textContent()).toBe('⚠ 2,583.202 存疑');
      await expect.poll(() => page.locator('.notes').textContent(), POLL).toContain('1 个数值被标为“存疑”');
      const rows = await tableRows(page);
      const doubts = await column(page, '存疑');
      const flagged = rows.filter((_, k) => doubts[k] !== '');
      expect(flagged.map((row) => [row[0], row[3]])).toEqual([['温州市·瑞安市', '2583.2023']]);
      expect(doubts.find(Boolean)).toMatch(/^存疑：远超同级地区的中位数/);
      await fits(page, size.width);
      await page.screenshot({ path: `${OUTPUT}/doubtful-${size.width}x${size.height}.png`, fullPage: true });

      await filters(page);
      await page.locator('input[name=doubtful]').uncheck();
      await expect.poll(async () => (await tableRows(page)).length, POLL).toBe(rows.length - 1);
      expect(await page.locator('.chart-box [data-doubt=yes]').count()).toBe(0);
      expect(await column(page, '城市')).not.toContain('温州市·瑞安市');
      expect(page.url()).toContain('doubtful=0');
    }
  });

  it('writes the flag as a column of the CSV export, and in the JSON', async () => {
    const { page } = await visit(CONTRACTS);
    await page.locator('table.figures tbody tr').first().waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-export=csv]').click()]);
    const parsed = Papa.parse<string[]>(readFileSync(await download.path()).toString('utf8').slice(1), { skipEmptyLines: true }).data;
    const [doubt, reason, value] = ['存疑', '存疑原因', '数值'].map((column) => parsed[0]!.indexOf(column));
    expect(parsed.slice(1).filter((row) => row[doubt!] === 'true').map((row) => [row[value!], row[reason!]])).toEqual([['2583.2023', '远超同级地区的中位数（超过 20 倍）']]);
    expect(new Set(parsed.slice(1).map((row) => row[doubt!]))).toEqual(new Set(['true', 'false']));
    const [json] = await Promise.all([page.waitForEvent('download'), page.locator('[data-export=json]').click()]);
    const figures = (JSON.parse(readFileSync(await json.path(), 'utf8')) as { figures: { value: number; doubtful: boolean }[] }).figures;
    expect(figures.filter((figure) => figure.doubtful).map((figure) => figure.value)).toEqual([2583.2023]);
  });
});

describe('levels and sources', () => {
  it('marks cities and counties side by side, and the level filter keeps one of them', async () => {
    for (const size of SIZES) {
      const { page } = await visit(CONTRACTS, size);
      await page.locator('table.figures tbody tr').first().waitFor();
      const labels = await page.locator('.chart-box .bar').evaluateAll((bars) => bars.map((bar) => bar.getAttribute('aria-label') ?? ''));
      expect(labels.some((label) => label.includes('（区县）'))).toBe(true);
      expect(labels.some((label) => label.includes('（市）'))).toBe(true);
      expect(await page.locator('.notes').textContent()).toContain('既有市也有区县');
      const levels = await column(page, '层级');
      expect(new Set(levels)).toEqual(new Set(['市', '区县']));

      await filters(page);
      await page.locator('[data-level=county]').click();
      await expect.poll(async () => new Set(await column(page, '层级')), POLL).toEqual(new Set(['区县']));
      expect(page.url()).toContain('level=county');
      await page.locator('[data-level=city]').click();
      await expect.poll(async () => new Set(await column(page, '层级')), POLL).toEqual(new Set(['市']));
      expect((await column(page, '层级')).length).toBe(levels.filter((level) => level === '市').length);
      await fits(page, size.width);
    }
  });

  it('says for every figure whether its source is official, links it, and can show official sources only', async () => {
    for (const size of SIZES) {
      const { page } = await visit('?ind=hte_certified&period=FY', size);
      await page.locator('table.figures tbody tr').first().waitFor();
      const before = await column(page, '来源');
      expect(before.some((cell) => cell.startsWith('官方网站 https://'))).toBe(true);
      expect(before.some((cell) => cell.startsWith('转载（文库/范文网站） http'))).toBe(true);
      const link = page.locator('table.figures .source-official a').first();
      expect(await link.getAttribute('href')).toMatch(/^https?:\/\/[^/]*gov\.cn\//);
      expect(await link.getAttribute('rel')).toContain('noopener');

      await filters(page);
      await page.locator('input[name=official]').check();
      await expect.poll(async () => (await column(page, '来源')).every((cell) => cell.startsWith('官方网站 ')), POLL).toBe(true);
      expect((await column(page, '来源')).length).toBe(before.filter((cell) => cell.startsWith('官方网站 ')).length);
      expect(page.url()).toContain('src=official');
      await fits(page, size.width);
    }
  });
});

describe('a place over the years', () => {
  it('opens a place page from a place name: every indicator by year, each cell opening its quote', async () => {
    for (const size of SIZES) {
      const { page } = await visit('?ind=hte_certified&period=FY&city=宁波市', size);
      await page.locator('table.figures tbody tr').first().waitFor();
      await page.locator('table.figures .place-link').first().click();
      await expect.poll(() => decodeURIComponent(page.url()), POLL).toContain('place=宁波市');
      const table = page.locator('table.place-table');
      await table.waitFor();
      expect(await page.locator('.place-page .chart-title').textContent()).toBe('宁波市：全部指标');
      const years = await table.locator('thead th').allTextContents();
      expect(years).toEqual(expect.arrayContaining(['2008', '2017']));
      const certified = table.locator('tr[data-indicator=hte_certified]');
      expect(await certified.locator('th').textContent()).toContain('新认定高新技术企业');
      const cell = certified.locator('td').nth(years.indexOf('2017') - 1).locator('.place-cell');
      expect(await cell.textContent()).toMatch(/^716/);
      const quote = await cell.getAttribute('title');
      await fits(page, size.width);
      await page.screenshot({ path: `${OUTPUT}/place-${size.width}x${size.height}.png`, fullPage: true });
      await cell.click();
      await expect.poll(() => page.getByRole('dialog').locator('mark').first().textContent(), POLL).toBe(quote);
      await page.getByRole('button', { name: '关闭' }).click();
      await page.locator('.place-page').getByRole('button', { name: /返回图表/ }).click();
      await page.locator('.chart-box').waitFor();
      expect(page.url()).not.toContain('place=');
    }
  });

  it('shows a report with its source as a link, and its place as a link to the place page', async () => {
    const { page } = await visit('?ind=hte_certified&period=FY&city=宁波市');
    await page.locator('table.figures tbody tr').first().click();
    const dialog = page.getByRole('dialog');
    await expect.poll(() => dialog.locator('mark').first().textContent(), POLL).toBe('认定高新技术企业716家');
    expect(await dialog.locator('a[href^="https://kjj.ningbo.gov.cn/"]').first().textContent()).toContain('kjj.ningbo.gov.cn');
    expect(await dialog.locator('.source-badge').first().textContent()).toBe('官方网站');
    const index = await page.evaluate(() => fetch('/data/index.json').then((response) => response.json() as Promise<{ texts: string[] }>));
    // the full text when the build had it (../shared beside the repository), else the quote and where it stands
    if (index.texts.includes('r023')) expect(await dialog.locator('pre.report-text').count()).toBe(1);
    else expect(await dialog.locator('.quote-at').textContent()).toMatch(/^原文位置：第 \d+–\d+ 字/);
    await dialog.locator('.place-link').click();
    await expect.poll(() => decodeURIComponent(page.url()), POLL).toContain('place=宁波市');
    await page.locator('table.place-table').waitFor();
  });

  it('joins a place\'s points into a line across the years, and says how many places have one point only', async () => {
    for (const size of SIZES) {
      const { page } = await visit('?ind=hte_certified&period=FY&view=year', size);
      await page.locator('.chart-box .recharts-line').first().waitFor();
      // 宁波市 (2008, 2017) is a line of two points; the others are lone points
      const ningbo = page.locator('.chart-box [data-entry^="宁波市|"]');
      expect(await ningbo.count()).toBe(2);
      const path = await page.locator('.chart-box .recharts-line-curve').first().getAttribute('d');
      expect(path).toMatch(/^M[\d.,-]+[LC]/);
      const places = new Set((await column(page, '城市')));
      await expect.poll(() => page.locator('.notes').textContent(), POLL).toContain(`${places.size - 1} 个地区在此只有一个年份的数值`);
      await fits(page, size.width);
    }
  });

  it('charts a figure a report states for another year at that year ("2016年新增…" in a 2017 report)', async () => {
    const { page } = await visit('?ind=hte_certified&period=FY&view=year&city=宁波市');
    await page.locator('table.figures tbody tr').first().waitFor();
    const csv = '\ufeffreport_id,indicator,value,unit,period,status,approx,masked,scope,quote,start,end,rule,year\r\n'
      + 'r023,hte_certified,650,家,FY,actual,false,false,,2016年新增高新技术企业650家,,,,2016\r\n';
    await page.locator('input[type=file]').setInputFiles({ name: 'own-year.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await expect.poll(() => page.locator('.upload-report strong').textContent(), POLL).toBe('own-year.csv：共 1 行，载入 1 行，拒绝 0 行');
    await expect.poll(async () => (await tableRows(page)).map((row) => [row[1], row[3]]), POLL)
      .toEqual([['2008', '393'], ['2016（报告年份 2017）', '650'], ['2017', '716']]);
    expect(await page.locator('.chart-box [data-entry^="宁波市|"]').count()).toBe(3);
  });

  it('shows coverage as indicator × year, and a cell opens that indicator by year', async () => {
    for (const size of SIZES) {
      const { page } = await visit('?view=coverage', size);
      const grid = page.locator('table.coverage');
      await grid.waitFor();
      expect(await grid.locator('tbody tr').count()).toBe(26);
      const row = grid.locator('tr[data-indicator=hte_certified]');
      const header = await grid.locator('thead th').allTextContents();
      const cell = row.locator('td').nth(header.indexOf('17') - 1);
      expect(Number(await cell.getAttribute('data-places'))).toBeGreaterThanOrEqual(2); // 宁波市, 青岛市 …
      await fits(page, size.width);
      await page.screenshot({ path: `${OUTPUT}/coverage-${size.width}x${size.height}.png`, fullPage: true });
      await cell.locator('button').click();
      await expect.poll(() => page.url(), POLL).toContain('view=year');
      expect(page.url()).toContain('ind=hte_certified');
    }
  });
});
