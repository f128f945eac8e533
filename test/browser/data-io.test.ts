// What goes in and out of the dashboard: the exports equal what is shown, and a user's CSV is loaded
// with its bad rows named and its good rows kept (also when Excel/WPS saved it as GBK).
import { readFileSync, writeFileSync } from 'node:fs';
import Papa from 'papaparse';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { usePages, OUTPUT, POLL, tableHeader, tableRows } from './browser.ts';

const visit = usePages();

async function save(page: Page, format: string): Promise<{ name: string; bytes: Buffer }> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator(`[data-export=${format}]`).click()]);
  const path = await download.path();
  return { name: download.suggestedFilename(), bytes: readFileSync(path) };
}

const fixture = (name: string) => `test/fixtures/dashboard/${name}`;

describe('exports', () => {
  it('writes a CSV whose rows are the table rows, with a BOM, named after the view', async () => {
    const { page } = await visit('?ind=hte_certified&period=FY&city=宁波市,青岛市,温州市·瑞安市');
    await page.locator('table.figures tbody tr').first().waitFor();
    const { name, bytes } = await save(page, 'csv');
    expect(name).toBe('新认定高新技术企业_宁波市-青岛市-温州市·瑞安市_2008-2023.csv');
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const parsed = Papa.parse<string[]>(bytes.toString('utf8').slice(1), { skipEmptyLines: true }).data;
    expect(parsed[0]).toEqual(await tableHeader(page));
    expect(parsed.slice(1)).toEqual(await tableRows(page));
    expect(parsed.length - 1).toBe(4);
  });

  it('writes the breakdown view as CSV too, total and parts', async () => {
    const { page } = await visit('?ind=projects_approved&period=FY&view=parts');
    await page.locator('table.figures tbody tr').first().waitFor();
    const { bytes } = await save(page, 'csv');
    const parsed = Papa.parse<string[]>(bytes.toString('utf8').slice(1), { skipEmptyLines: true }).data;
    expect(parsed.slice(1)).toEqual(await tableRows(page));
    expect(parsed[0]).toContain('分项');
  });

  it('writes PNG and SVG images of the chart with its title, legend and source inside', async () => {
    const { page } = await visit('?ind=hte_certified&period=FY');
    await page.locator('.chart-box svg.recharts-surface').waitFor();
    const png = await save(page, 'png');
    expect(png.name).toMatch(/^新认定高新技术企业_全部城市_2008-2023\.png$/);
    expect([...png.bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(png.bytes.length).toBeGreaterThan(5000);
    const svg = await save(page, 'svg');
    writeFileSync(`${OUTPUT}/export-chart.png`, png.bytes); // for a person to look at
    writeFileSync(`${OUTPUT}/export-chart.svg`, svg.bytes);
    const text = svg.bytes.toString('utf8');
    expect(text.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    for (const words of ['新认定高新技术企业（家）', '实际', '已隐去', '来源：科技指标看板']) expect(text).toContain(words);
    const json = await save(page, 'json');
    const figures = (JSON.parse(json.bytes.toString('utf8')) as { figures: { value: number | null }[] }).figures;
    expect(figures.map((f) => (f.value === null ? '已隐去' : String(f.value)))).toEqual((await tableRows(page)).map((row) => row[3]));
  });
});

describe('loading your own indicators.csv', () => {
  it('lists each rejected row with its number and reason and keeps the good rows', async () => {
    const { page } = await visit('?ind=hte_total&period=CUM&city=宁波市');
    expect(await page.locator('.chart-box .empty').textContent()).toContain('没有数值');
    await page.locator('input[type=file]').setInputFiles(fixture('upload-bad.csv'));
    const report = page.locator('.upload-report');
    await expect.poll(() => report.locator('strong').textContent(), POLL).toBe('upload-bad.csv：共 5 行，载入 2 行，拒绝 3 行');
    expect(await report.locator('li').allTextContents()).toEqual([
      '第 3 行：未知指标 “widgets”',
      '第 4 行：value 不是数字：“abc”',
      '第 5 行：缺少列 period',
    ]);
    await expect.poll(async () => (await tableRows(page)).map((row) => [row[0], row[1], row[3]]), POLL)
      .toEqual([['宁波市', '2017', '1800'], ['宁波市', '2008', '1200']]);
  });

  it('loads a GBK file saved by Excel/WPS, dropped on the page', async () => {
    const { page } = await visit('?ind=hte_total&period=CUM&city=宁波市');
    const bytes = [...readFileSync(fixture('upload-gbk.csv'))];
    const drop = await page.evaluateHandle((content) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([new Uint8Array(content)], 'WPS导出.csv', { type: 'text/csv' }));
      return transfer;
    }, bytes);
    await page.getByTestId('dropzone').dispatchEvent('drop', { dataTransfer: drop });
    await expect.poll(() => page.locator('.upload-report strong').textContent(), POLL).toBe('WPS导出.csv：共 3 行，载入 3 行，拒绝 0 行');
    await expect.poll(async () => (await tableRows(page)).map((row) => [row[3], row[5], row[6]]), POLL).toEqual([
      ['1800', '实际 · 约', '全市高新技术企业总数达1800余家'],
      ['1200', '实际', '全市高新技术企业累计达1200家'],
    ]);
  });
});
