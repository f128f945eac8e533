// What goes in and out of the dashboard: the exports equal what is shown, and a user's CSV is loaded
// with its bad rows named and its good rows kept (also when Excel/WPS saved it as GBK).
import { readFileSync, writeFileSync } from 'node:fs';
import Papa from 'papaparse';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { TidyColumn } from '../../src/query/tidy.ts';
import { usePages, OUTPUT, POLL, tableRows } from './browser.ts';

const visit = usePages();

async function save(page: Page, format: string): Promise<{ name: string; bytes: Buffer }> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator(`[data-export=${format}]`).click()]);
  const path = await download.path();
  return { name: download.suggestedFilename(), bytes: readFileSync(path) };
}

const fixture = (name: string) => `test/fixtures/dashboard/${name}`;

const parse = (bytes: Buffer) => Papa.parse<string[]>(bytes.toString('utf8').slice(1), { skipEmptyLines: true }).data;

/** A tidy CSV as records keyed by the machine names of the JSON's schema (the CSV header is in the UI's words). */
function records(csv: string[][], schema: { fields: { name: string; title: string }[] }): Record<TidyColumn, string>[] {
  const [header, ...rows] = csv;
  expect(header).toEqual(schema.fields.map((field) => field.title));
  return rows.map((row) => Object.fromEntries(schema.fields.map((field, k) => [field.name, row[k]!])) as Record<TidyColumn, string>);
}

describe('exports', () => {
  it('writes the view as tidy CSV: one row per figure, a number or nothing in value, every fact a column of its own', async () => {
    const { page } = await visit('?ind=hte_certified&period=FY&city=宁波市,青岛市,温州市·瑞安市');
    await page.locator('table.figures tbody tr').first().waitFor();
    const { name, bytes } = await save(page, 'csv');
    expect(name).toBe('新认定高新技术企业_宁波市-青岛市-温州市·瑞安市_2008-2023.csv');
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    writeFileSync(`${OUTPUT}/export-view.csv`, bytes); // for a person to look at
    const json = JSON.parse((await save(page, 'json')).bytes.toString('utf8')) as {
      schema: { fields: { name: string; title: string; type: string }[] }; citation: { text: string; url: string; reports: number }; figures: Record<string, unknown>[];
    };
    const csv = parse(bytes);
    expect(csv[0]!.slice(0, 10)).toEqual(['指标代码', '指标', '数值', '单位', '已隐去', '约数', '状态', '期间', '分项', '角色']);
    const rows = records(csv, json.schema);
    const table = await tableRows(page);
    expect(rows.length).toBeGreaterThanOrEqual(table.length);
    // the table's rows come first, in its order: place, value (the word only on screen), quote, report
    expect(rows.filter((row) => row.role !== 'other_total').slice(0, table.length).map((row) => [row.place, row.value || '已隐去', row.quote, row.report_id]))
      .toEqual(table.map((cells) => [cells[0], cells[3], cells[6], cells[7]]));
    for (const row of rows) {
      expect(row.indicator_id).toBe('hte_certified');
      expect(row.indicator).toBe('新认定高新技术企业');
      expect(row.unit).toBe('家');
      expect(row.period).toBe('FY');
      expect(['actual', 'forecast', 'target']).toContain(row.status);
      expect(['true', 'false']).toContain(row.approx);
      expect(row.masked).toBe(row.value === '' ? 'true' : 'false');
      if (row.value !== '') expect(Number.isFinite(Number(row.value))).toBe(true);
      expect(['宁波市', '青岛市', '温州市·瑞安市']).toContain(row.place);
      expect(row.place.startsWith(row.city)).toBe(true);
      expect(row.admin_code).toMatch(/^\d{6}$/);
      expect(row.province).toMatch(/省$/);
      expect(row.level).toBe(row.county ? 'county' : 'city');
      expect(row.year).toMatch(/^\d{4}$/);
      expect(['true', 'false']).toContain(row.doubtful);
      expect(row.doubt_reason === '').toBe(row.doubtful === 'false');
      expect(row.quote.length).toBeGreaterThan(0);
      expect(row.origin).toBe('embedded');
    }
    expect(rows.find((row) => row.place === '温州市·瑞安市')).toMatchObject({ city: '温州市', county: '瑞安市', province: '浙江省', admin_code: '330381', level: 'county' });
    // the JSON has the same figures under the machine names, numbers as numbers, and the citation of the view
    expect(json.figures.map((f) => (f.value === null ? '' : String(f.value)))).toEqual(rows.map((row) => row.value));
    expect(json.schema.fields.find((field) => field.name === 'value')).toEqual({ name: 'value', title: '数值', type: 'number' });
    expect(json.citation.reports).toBe(new Set(rows.map((row) => row.report_id)).size);
    expect(json.citation.url).toBe(page.url());
    expect(json.citation.text).toContain(`据 ${json.citation.reports} 份报告`);
    expect(await page.locator('.chart-box .source').textContent()).toContain(`据 ${json.citation.reports} 份`);
  });

  it('keeps the figures the chart leaves out: the parts beside a total (温州市 2019: 305 beside 550)', async () => {
    const { page } = await visit('?ind=hte_certified&period=FY&city=温州市');
    await page.locator('table.figures tbody tr').first().waitFor();
    expect((await tableRows(page)).map((row) => row[3])).toEqual(['550']);
    const csv = parse((await save(page, 'csv')).bytes);
    const value = csv[0]!.indexOf('数值');
    const role = csv[0]!.indexOf('角色');
    const scope = csv[0]!.indexOf('分项');
    expect(csv.slice(1).map((row) => [row[value], row[role], row[scope]])).toEqual([['550', 'total', ''], ['305', 'part', '自创区']]);
  });

  it('downloads everything loaded beside the view, every indicator, with the same columns', async () => {
    const { page } = await visit('?ind=hte_certified&period=FY&city=温州市');
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-export=all-csv]').click()]);
    expect(download.suggestedFilename()).toMatch(/^科技指标看板_全部数据_\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = parse(readFileSync(await download.path()));
    const fixtureRows = Papa.parse<string[]>(readFileSync(fixture('indicators.csv'), 'utf8').slice(1), { skipEmptyLines: true }).data.length - 1;
    expect(csv.length - 1).toBe(fixtureRows);
    const id = csv[0]!.indexOf('指标代码');
    expect(new Set(csv.slice(1).map((row) => row[id])).size).toBeGreaterThan(10);
  });

  it('writes the header in English when the page is in English', async () => {
    const { page } = await visit('?ind=hte_certified&period=FY&city=温州市&lang=en');
    await page.locator('table.figures tbody tr').first().waitFor();
    const csv = parse((await save(page, 'csv')).bytes);
    expect(csv[0]!.slice(0, 4)).toEqual(['Indicator ID', 'Indicator', 'Value', 'Unit']);
    expect(csv[1]!.slice(0, 3)).toEqual(['hte_certified', 'Newly certified high-tech enterprises', '550']);
  });

  it('writes the breakdown view as CSV too, total and parts', async () => {
    const { page } = await visit('?ind=projects_approved&period=FY&view=parts');
    await page.locator('table.figures tbody tr').first().waitFor();
    const { bytes } = await save(page, 'csv');
    const parsed = parse(bytes);
    const [value, scope, role] = ['数值', '分项', '角色'].map((column) => parsed[0]!.indexOf(column));
    const table = await tableRows(page);
    expect(parsed.slice(1, 1 + table.length).map((row) => [row[scope!], row[value!] || '已隐去', row[role!]]))
      .toEqual(table.map((cells) => [cells[3] === '总数' ? '' : cells[3], cells[4], cells[3] === '总数' ? 'total' : 'part']));
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
    // the citation: title, date, the address of the view and how many reports it draws on
    const reports = /据 (\d+) 份报告/.exec(text)?.[1];
    expect(Number(reports)).toBeGreaterThan(0);
    expect(text).toContain(`引用：新认定高新技术企业（家）`);
    expect(text).toContain(page.url().replaceAll('&', '&amp;'));
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
      '第 5 行：字段不足：只有 4 个字段（表头有 13 个），从 period 起缺失',
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
