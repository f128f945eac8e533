// Keyboard and screen readers: axe-core finds no critical or serious violation on the main view, the
// report dialog and the review; dialogs keep focus inside and give it back to what opened them; bars
// and rows are reached and opened by keyboard; on a phone the table is read as stacked rows and cut
// labels keep the place.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations, countByImpact, type Violation } from './a11y.ts';
import { usePages, POLL } from './browser.ts';

const visit = usePages();
const PHONE = { width: 390, height: 844 };
const CERTIFIED = '?ind=hte_certified&period=FY';

const serious = (violations: Violation[]) => violations.filter((v) => v.impact === 'critical' || v.impact === 'serious');

async function audit(page: Page, name: string): Promise<void> {
  const violations = await axeViolations(page);
  // eslint-disable-next-line no-console
  console.log(`[axe] ${name}: ${JSON.stringify(countByImpact(violations))}${violations.length ? ` (${violations.map((v) => `${v.id}×${v.nodes.length}`).join(', ')})` : ''}`);
  expect(serious(violations), JSON.stringify(serious(violations), null, 1)).toEqual([]);
}

/** What has focus: its data-entry, else its text. */
const focused = (page: Page) => page.evaluate(() => {
  const element = document.activeElement;
  return element?.getAttribute('data-entry') ?? element?.textContent ?? '';
});
const focusInside = (page: Page, selector: string) => page.evaluate((s) => document.querySelector(s)?.contains(document.activeElement) ?? false, selector);

describe('accessibility (axe-core)', () => {
  for (const [label, size] of [['1280×800', undefined], ['390×844', PHONE]] as const) {
    it(`has no critical or serious violation on the main view and the report dialog at ${label}`, async () => {
      const { page } = await visit(CERTIFIED, size);
      await page.locator('table.figures tbody tr').first().waitFor();
      await audit(page, `main view ${label}`);
      await page.locator('table.figures tbody tr').first().click();
      await page.getByRole('dialog').waitFor();
      await audit(page, `report dialog ${label}`);
    });
  }

  it('has no critical or serious violation on the review with a report in it', async () => {
    const { page } = await visit('?review=1');
    const dialog = page.getByRole('dialog', { name: '审阅报告' });
    await dialog.locator('input[type=file]').setInputFiles({
      name: '温州.txt', mimeType: 'text/plain', buffer: Buffer.from('温州市科学技术局2019年工作总结\n全年新增高新技术企业550家，组织申报各类科技计划项目143项。'),
    });
    await expect.poll(() => page.getByTestId('extract-progress').textContent(), POLL).toContain('已处理 1 个文件');
    await page.locator('.review-row').first().waitFor();
    await audit(page, 'review');
  });
});

describe('keyboard', () => {
  it('opens a report from a table row with Enter, keeps Tab inside the dialog, and gives focus back to the row on Escape', async () => {
    const { page } = await visit(CERTIFIED);
    const row = page.locator('table.figures tbody tr').nth(1);
    const entry = await row.getAttribute('data-entry');
    await row.focus();
    await page.keyboard.press('Enter');
    await page.getByRole('dialog').waitFor();
    await expect.poll(() => focused(page), POLL).toBe('关闭');
    for (let k = 0; k < 8; k++) {
      await page.keyboard.press('Tab');
      expect(await focusInside(page, '[role=dialog]')).toBe(true);
    }
    for (let k = 0; k < 8; k++) {
      await page.keyboard.press('Shift+Tab');
      expect(await focusInside(page, '[role=dialog]')).toBe(true);
    }
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByRole('dialog').count(), POLL).toBe(0);
    await expect.poll(() => focused(page), POLL).toBe(entry);
  });

  it('reaches a bar with Tab, opens its report with Enter, and comes back to it; its name says what it shows', async () => {
    const { page } = await visit(CERTIFIED);
    const bar = page.locator('.chart-box .bar').first();
    const entry = await bar.getAttribute('data-entry');
    // the bar's accessible name holds its label and the value drawn beside it
    const name = (await bar.getAttribute('aria-label')) ?? '';
    expect(name).toContain((await bar.locator('.bar-value').textContent()) ?? '?');
    // Tab from the chart's title reaches the bars
    await page.locator('.views [role=tab]').last().focus();
    let reached = false;
    for (let k = 0; k < 12 && !reached; k++) {
      await page.keyboard.press('Tab');
      reached = (await focused(page)) === entry;
    }
    expect(reached).toBe(true);
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    expect(outline).toBe('solid'); // focus is visible
    await page.keyboard.press('Enter');
    await page.getByRole('dialog').waitFor();
    await page.getByRole('dialog').getByRole('button', { name: '关闭' }).click();
    await expect.poll(() => focused(page), POLL).toBe(entry);
  });

  it('gives focus back to the button that opened the review', async () => {
    const { page } = await visit(CERTIFIED);
    const opener = page.getByTestId('my-reports').getByRole('button', { name: '从报告文件提取…' });
    await opener.focus();
    await page.keyboard.press('Enter');
    await page.getByRole('dialog', { name: '审阅报告' }).waitFor();
    await expect.poll(() => focusInside(page, '[role=dialog]'), POLL).toBe(true);
    for (let k = 0; k < 10; k++) {
      await page.keyboard.press('Tab');
      expect(await focusInside(page, '[role=dialog]')).toBe(true);
    }
    await page.getByRole('dialog').getByRole('button', { name: '关闭' }).click();
    await expect.poll(() => focused(page), POLL).toBe('从报告文件提取…');
  });
});

describe('on a phone', () => {
  it('reads the table as stacked rows, every cell on screen under its column\'s name', async () => {
    const { page } = await visit(CERTIFIED, PHONE);
    await page.locator('table.figures tbody tr').first().waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    const cells = await page.$$eval('table.figures tbody tr:first-child td', (tds) => tds.map((td) => {
      const box = td.getBoundingClientRect();
      return { label: getComputedStyle(td, '::before').content, left: box.left, right: box.right, width: box.width };
    }));
    for (const cell of cells.filter((c) => c.width > 0)) {
      expect(cell.left).toBeGreaterThanOrEqual(0);
      expect(cell.right).toBeLessThanOrEqual(PHONE.width);
    }
    expect(cells.map((cell) => cell.label)).toContain('"原文"');
    expect(cells.map((cell) => cell.label)).toContain('"报告"');
  });

  it('cuts a long bar label without losing the place (嘉兴市·嘉善县 keeps 嘉善县)', async () => {
    const { page } = await visit('', PHONE);
    await page.locator('.chart-box .bar').first().waitFor();
    const labels = await page.locator('.chart-box .bar').evaluateAll((bars) => bars.map((bar) => bar.getAttribute('aria-label') ?? ''));
    const ticks = await page.locator('.chart-box text.bar-label').allTextContents();
    expect(labels.some((label) => label.startsWith('嘉兴市·嘉善县'))).toBe(true);
    expect(ticks.some((tick) => tick.startsWith('嘉善县'))).toBe(true);
    // every label shows its place's own name (the county's, for a county), or the start of it
    labels.forEach((label, k) => {
      const own = label.split(' ')[0]!.split('·').pop()!.replace(/（.*$/, '');
      expect(ticks[k]!.startsWith(own) || ticks[k]!.startsWith(own.slice(0, 2)), `${ticks[k]} for ${label}`).toBe(true);
    });
  });
});
