// Debian's Chromium driven by playwright-core, and what the tests ask of a page.
import { mkdirSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect, inject } from 'vitest';

export const OUTPUT = 'test/output';

// The flags this machine needs (no sandbox as root, no GPU, nothing phoning home); playwright gives
// every launch a new empty user-data-dir of its own.
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync'];

export const launch = (): Promise<Browser> => chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ARGS });

export interface Opened {
  context: BrowserContext;
  page: Page;
  errors: string[]; // console errors and uncaught exceptions
}

export async function open(browser: Browser, search = '', viewport = { width: 1280, height: 800 }): Promise<Opened> {
  mkdirSync(OUTPUT, { recursive: true });
  const context = await browser.newContext({ viewport, acceptDownloads: true, locale: 'zh-CN' });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(new URL(search, inject('baseUrl')).href);
  await page.locator('.chart-box').waitFor();
  return { context, page, errors };
}

/** The table's rows as the user reads them. */
export const tableRows = (page: Page): Promise<string[][]> =>
  page.$$eval('table.figures tbody tr', (rows) => rows.map((row) => [...(row as HTMLTableRowElement).cells].map((cell) => cell.textContent ?? '')));

export const tableHeader = (page: Page): Promise<string[]> =>
  page.$$eval('table.figures thead th', (cells) => cells.map((cell) => cell.textContent ?? ''));

/** The bars (or line points) drawn in the chart, by the entry each stands for. */
export const chartEntries = (page: Page): Promise<string[]> =>
  page.$$eval('.chart-box [data-entry]', (nodes) => nodes.map((node) => node.getAttribute('data-entry') ?? ''));

export const POLL = { timeout: 10_000, interval: 50 };

/**
 * One browser for a test file. Pages opened with the returned `visit` are closed after each test,
 * and the test fails if any of them logged a console error.
 */
export function usePages(): (search?: string, viewport?: { width: number; height: number }) => Promise<Opened> {
  let browser: Browser;
  const opened: Opened[] = [];
  beforeAll(async () => {
    browser = await launch();
  });
  afterEach(async () => {
    for (const { context, errors } of opened.splice(0)) {
      await context.close();
      expect(errors, 'console errors').toEqual([]);
    }
  });
  afterAll(async () => {
    await browser?.close();
  });
  return async (search, viewport) => {
    const page = await open(browser, search, viewport);
    opened.push(page);
    return page;
  };
}
