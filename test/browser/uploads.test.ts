// A user's own CSVs: a short row is rejected by number and reason (in a GBK file saved by Excel/WPS),
// the figures survive a reload and are counted in the header until "清除我的数据", a report the file
// names without a reports.csv can be given its place and year, and files go where their content says
// whichever control receives them.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { usePages, POLL, tableRows } from './browser.ts';

const visit = usePages();
const fixture = (name: string) => `test/fixtures/dashboard/${name}`;
const csvFile = (name: string) => ({ name, mimeType: 'text/csv', buffer: readFileSync(fixture(name)) });

describe('uploads', () => {
  it('rejects a short row of a GBK file by number and reason, keeps the figures over a reload, counts them, and lets the user name the report', async () => {
    const { page } = await visit('?ind=hte_certified&period=FY&city=%23u1');
    await page.locator('input[type=file]').first().setInputFiles(csvFile('upload-gbk-short.csv'));
    const report = page.locator('.upload-report');
    await expect.poll(() => report.locator('strong').textContent(), POLL).toBe('upload-gbk-short.csv：共 3 行，载入 2 行，拒绝 1 行');
    expect(await report.locator('.row-errors li').allTextContents()).toEqual(['第 3 行：字段不足：只有 8 个字段（表头有 13 个），从 scope 起缺失']);
    await expect.poll(async () => (await tableRows(page)).map((row) => [row[0], row[3], row[6]]), POLL).toEqual([['不详·u1', '35', '新认定高新技术企业35家']]);
    await expect.poll(() => page.getByTestId('uploads-loaded').textContent(), POLL).toBe(' · 我上传的文件 1 个，2 个数值');

    await page.reload();
    await page.locator('.chart-box').waitFor();
    await expect.poll(() => page.locator('.upload-report strong').textContent(), POLL).toBe('upload-gbk-short.csv：共 3 行，载入 2 行，拒绝 1 行');
    await expect.poll(async () => (await tableRows(page)).map((row) => [row[0], row[3]]), POLL).toEqual([['不详·u1', '35']]);
    expect(await page.getByTestId('uploads-loaded').textContent()).toBe(' · 我上传的文件 1 个，2 个数值');

    // the report has no reports.csv: the user names its place and year
    const unnamed = page.locator('.unnamed-report[data-report=u1]');
    expect(await page.locator('.unnamed-title').textContent()).toBe('1 份报告没有 reports.csv 说明其地点和年份：可在此设定');
    const place = unnamed.getByRole('combobox');
    await place.fill('苍南');
    await unnamed.getByRole('option', { name: /苍南县/ }).waitFor();
    await place.press('Enter');
    await unnamed.getByLabel('年份').fill('2021');
    await unnamed.getByLabel('年份').press('Enter');
    // kept in the browser with the file: read back from IndexedDB before the page is loaded again
    const stored = () => page.evaluate(() => new Promise<unknown>((resolve, reject) => {
      const request = indexedDB.open('kanban-user');
      request.onerror = () => reject(request.error);
      request.onsuccess = () => {
        const read = request.result.transaction('uploads').objectStore('uploads').getAll();
        read.onsuccess = () => {
          resolve((read.result as { places: { report_id: string; city: string; county: string; year: number | null }[] }[])
            .flatMap((upload) => upload.places.map(({ report_id, city, county, year }) => [report_id, city, county, year])));
          request.result.close();
        };
      };
    }));
    await expect.poll(stored, POLL).toEqual([['u1', '温州市', '苍南县', 2021]]);
    await page.goto(page.url().replace('city=%23u1', 'city=温州市·苍南县').replace('city=#u1', 'city=温州市·苍南县'));
    await page.locator('.chart-box').waitFor();
    await expect.poll(async () => (await tableRows(page)).find((row) => row[3] === '35')?.slice(0, 2), POLL).toEqual(['温州市·苍南县', '2021']);
  });

  it('clears the uploaded files with the user\'s data, for good', async () => {
    const { page } = await visit('?ind=hte_total&period=CUM&city=%23u1');
    await page.locator('input[type=file]').first().setInputFiles(csvFile('upload-gbk-short.csv'));
    await expect.poll(async () => (await tableRows(page)).map((row) => row[3]), POLL).toEqual(['777']);
    await page.getByTestId('my-reports').getByRole('button', { name: '清除我的数据' }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: '确定' }).click();
    await expect.poll(() => page.locator('.upload-report').count(), POLL).toBe(0);
    expect(await page.getByTestId('uploads-loaded').count()).toBe(0);
    await page.reload();
    await page.locator('.chart-box').waitFor();
    expect(await page.locator('.upload-report').count()).toBe(0);
    expect(await page.locator('.chart-box .empty').textContent()).toContain('没有数值');
  });

  it('sends a report file chosen through the CSV control to the review, and says so', async () => {
    const { page } = await visit();
    const text = '温州市科学技术局2019年工作总结\n全年新增高新技术企业550家。';
    await page.locator('input[type=file]').first().setInputFiles({ name: 'report.txt', mimeType: 'text/plain', buffer: Buffer.from(text) });
    await expect.poll(() => page.locator('.upload .routed').textContent(), POLL).toBe('report.txt：是报告文件（不是 indicators.csv），已送到“审阅报告”提取');
    await page.getByRole('dialog', { name: '审阅报告' }).waitFor();
    await expect.poll(() => page.getByTestId('extract-progress').textContent(), POLL).toContain('已处理 1 个文件');
    expect(await page.locator('.upload-report').count()).toBe(0);
  });

  it('loads an indicators.csv chosen through the review\'s report control on the dashboard, and says so', async () => {
    const { page } = await visit('?review=1');
    const dialog = page.getByRole('dialog', { name: '审阅报告' });
    await dialog.locator('input[type=file]').setInputFiles(csvFile('upload-gbk.csv'));
    await expect.poll(() => dialog.locator('.routed').textContent(), POLL).toBe('upload-gbk.csv：是 indicators.csv / reports.csv（不是报告），已载入看板');
    await expect.poll(() => page.locator('.upload-report strong').textContent(), POLL).toBe('upload-gbk.csv：共 3 行，载入 3 行，拒绝 0 行');
    expect(await dialog.locator('.refusals').count()).toBe(0);
  });

  it('says why a file cannot be read in the page\'s language', async () => {
    const { page } = await visit();
    const binary = Buffer.from([0x72, 0x65, 0x00, 0x00, 0x01, 0x02, 0x00, 0x70, 0x6f, 0x72, 0x74, 0x00]);
    await page.locator('input[type=file]').first().setInputFiles({ name: 'broken.csv', mimeType: 'text/csv', buffer: binary });
    const failure = page.locator('.upload .error');
    await expect.poll(() => failure.textContent(), POLL).toBe('broken.csv 无法读取：这是二进制数据，不是文本（含有 NUL 字节）');
    await page.getByRole('button', { name: 'English' }).click();
    await expect.poll(() => failure.textContent(), POLL).toBe('broken.csv could not be read: binary data, not text (it contains NUL bytes)');
  });
});
