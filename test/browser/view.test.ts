// The main view in a browser: it loads cleanly, filters change chart and table, the URL carries the
// view, a figure opens its report at the quote, and the English switch changes the words.
import { describe, expect, it } from 'vitest';
import { chartEntries, usePages, OUTPUT, POLL, tableHeader, tableRows } from './browser.ts';

const visit = usePages();

const CERTIFIED = '?ind=hte_certified&period=FY';

describe('the dashboard', () => {
  it('loads with no console error, says what is loaded, and is screenshot at both sizes', async () => {
    for (const viewport of [{ width: 1280, height: 800 }, { width: 390, height: 844 }]) {
      const { page } = await visit(CERTIFIED, viewport);
      await expect.poll(() => page.getByTestId('loaded').textContent(), POLL).toBe('已载入 36 份报告 · 15 个城市 · 2008–2024 年');
      await page.locator('table.figures tbody tr').first().waitFor();
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(width, 'no sideways scrolling of the page').toBeLessThanOrEqual(viewport.width);
      await page.screenshot({ path: `${OUTPUT}/main-${viewport.width}x${viewport.height}.png` });
    }
  });

  it('shows masked figures as masked, never as zero', async () => {
    const { page } = await visit(CERTIFIED);
    const masked = (await tableRows(page)).filter((row) => row[3] === '已隐去');
    expect(masked.length).toBeGreaterThan(0);
    await expect.poll(() => page.locator('.chart-box .masked-stub text').first().textContent(), POLL).toBe('已隐去');
    await page.locator('input[name=masked]').uncheck();
    await expect.poll(async () => (await tableRows(page)).filter((row) => row[3] === '已隐去').length, POLL).toBe(0);
  });

  it('changes the chart and the table when a city is chosen, and keeps it in the URL', async () => {
    const { page } = await visit(CERTIFIED);
    const before = await tableRows(page);
    expect(new Set(before.map((row) => row[0])).size).toBeGreaterThan(2);
    await page.locator('.picker-toggle').click();
    await page.getByPlaceholder('搜索城市…').fill('宁波');
    await page.locator('input[name=city][value="宁波市"]').check();
    await expect.poll(async () => (await tableRows(page)).map((row) => [row[0], row[1], row[3]]), POLL)
      .toEqual([['宁波市', '2017', '716'], ['宁波市', '2008', '393']]);
    expect(await chartEntries(page)).toEqual(['宁波市|2017|FY|actual', '宁波市|2008|FY|actual']);
    expect(decodeURIComponent(page.url())).toContain('city=宁波市');

    await page.goBack();
    await expect.poll(() => tableRows(page), POLL).toEqual(before);
    await page.goForward();
    await expect.poll(async () => (await tableRows(page)).length, POLL).toBe(2);
  });

  it('opens the same view from a copied URL', async () => {
    const first = await visit(CERTIFIED);
    await first.page.locator('select[name=year-from]').selectOption('2015');
    await first.page.locator('[data-view=year]').click();
    await expect.poll(() => first.page.url(), POLL).toContain('view=year');
    const rows = await tableRows(first.page);
    const second = await visit(new URL(first.page.url()).search);
    await expect.poll(() => tableRows(second.page), POLL).toEqual(rows);
    expect(await second.page.locator('select[name=year-from]').inputValue()).toBe('2015');
    expect(await second.page.locator('[data-view=year]').getAttribute('aria-selected')).toBe('true');
    expect(await second.page.locator('select[name=indicator]').inputValue()).toBe('hte_certified');
  });

  it('opens the report at the quoted clause from a table row and from a bar', async () => {
    const { page } = await visit(CERTIFIED);
    const [row] = await tableRows(page);
    await page.locator('table.figures tbody tr').first().click();
    const mark = page.getByRole('dialog').locator('mark');
    await expect.poll(() => mark.textContent(), POLL).toBe(row?.[6]);
    expect(await page.locator('#report-title').textContent()).not.toBe('');
    expect(page.url()).toContain('report=');
    await page.goBack(); // Back closes the report
    await page.getByRole('dialog').waitFor({ state: 'detached' });

    const bar = page.locator('.chart-box .bar').nth(1);
    const key = await bar.getAttribute('data-entry');
    await bar.click();
    const quote = (await tableRows(page))[1]?.[6];
    expect(key).toBeTruthy();
    await expect.poll(() => page.getByRole('dialog').locator('mark').textContent(), POLL).toBe(quote);
    await page.getByRole('button', { name: '关闭' }).click();
    await page.getByRole('dialog').waitFor({ state: 'detached' });

    await page.locator('[data-view=year]').click(); // and from a point of a line
    const point = page.locator('.chart-box circle.point').first();
    const entry = await point.getAttribute('data-entry');
    const pointQuote = (await tableRows(page))[(await page.locator('table.figures tbody tr').evaluateAll(
      (rows, key) => rows.findIndex((row) => row.getAttribute('data-entry') === key), entry))]?.[6];
    await point.click();
    await expect.poll(() => page.getByRole('dialog').locator('mark').textContent(), POLL).toBe(pointQuote);
  });

  it('switches the labels to English and back', async () => {
    const { page } = await visit(CERTIFIED);
    await page.getByRole('button', { name: 'English' }).click();
    await expect.poll(() => page.locator('h1').textContent(), POLL).toBe('S&T Indicators Dashboard');
    expect(await tableHeader(page)).toEqual(['City', 'Year', 'Period', 'Value', 'Unit', 'Status', 'Quote', 'Report', 'Level', 'Source', 'Doubtful']);
    expect(await page.locator('.chart-title').textContent()).toBe('Newly certified high-tech enterprises (enterprises)');
    expect(await page.getByTestId('loaded').textContent()).toBe('36 reports · 15 cities · 2008–2024');
    expect(page.url()).toContain('lang=en');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await page.getByRole('button', { name: '中文' }).click();
    await expect.poll(() => tableHeader(page), POLL).toEqual(['城市', '年份', '期间', '数值', '单位', '状态', '原文', '报告', '层级', '来源', '存疑']);
  });

  it('reads as English: units translated, places romanised and found by pinyin', async () => {
    const { page } = await visit('?ind=rd_expenditure&lang=en');
    expect(await page.locator('.chart-title').textContent()).toBe('R&D expenditure (100 million yuan)');
    const rows = await tableRows(page);
    expect(new Set(rows.map((row) => row[4]))).toEqual(new Set(['100 million yuan']));
    expect(rows.every((row) => /^[A-Za-z' ·]+$/.test(row[0]!) || row[0]!.startsWith('unknown·')), rows.map((row) => row[0]).join(', ')).toBe(true);
    expect(await page.locator('select').first().locator('option[value=hte_total]').textContent()).toMatch(/^High-tech enterprises in total \(enterprises\)/);
    // "wenzhou" finds 温州市 and its counties, shown in English
    await page.goto(page.url().replace('ind=rd_expenditure', 'ind=hte_certified&period=FY'));
    await page.locator('table.figures tbody tr').first().waitFor();
    await page.locator('.picker-toggle').click();
    await page.getByPlaceholder('Search cities…').fill('wenzhou');
    const found = await page.locator('input[name=city]').evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value));
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((place) => place.startsWith('温州市'))).toBe(true);
    expect(await page.locator('.picker-list label').first().textContent()).toMatch(/^Wenzhou/);
    expect(await page.locator('.picker-list legend').first().textContent()).toBe('Zhejiang');
    await page.locator('input[name=city][value="温州市"]').check();
    await expect.poll(async () => new Set((await tableRows(page)).map((row) => row[0])), POLL).toEqual(new Set(['Wenzhou']));
  });

  it('finds a place by pinyin on the Chinese page too', async () => {
    const { page } = await visit(CERTIFIED);
    await page.locator('.picker-toggle').click();
    await page.getByPlaceholder('搜索城市…').fill('Ningbo');
    expect(await page.locator('input[name=city]').evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value))).toEqual(['宁波市']);
  });
});
