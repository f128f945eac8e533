// The built page's Content-Security-Policy: it is there, the app works entirely under it (no
// violation while loading, opening a report, exporting images), and an injected script is refused.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, open, POLL, usePages } from './browser.ts';

const visit = usePages();

/** Counts the page's CSP violations from now on. */
async function watchViolations(page: Page): Promise<() => Promise<string[]>> {
  await page.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { __violations: string[] }).__violations = seen;
    document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.violatedDirective} ${event.blockedURI}`));
  });
  return () => page.evaluate(() => (window as unknown as { __violations: string[] }).__violations);
}

describe('the Content-Security-Policy', () => {
  it('is set, with scripts from our own origin only, and the page has no inline script', async () => {
    const { page } = await visit();
    const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(policy).toContain("script-src 'self'");
    expect(policy).toContain("default-src 'self'");
    expect(await page.locator('script:not([src])').count()).toBe(0);
  });

  it('lets the whole app work: no violation while viewing, opening a report and exporting', async () => {
    const { page } = await visit('?ind=hte_certified&period=FY');
    const violations = await watchViolations(page);
    await page.locator('table.figures tbody tr').first().click();
    await page.locator('mark').first().waitFor();
    await page.keyboard.press('Escape');
    for (const format of ['png', 'svg', 'csv']) {
      await Promise.all([page.waitForEvent('download'), page.locator(`[data-export=${format}]`).click()]);
    }
    expect(await violations()).toEqual([]);
  });
});

describe('a script injected into the page', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('is refused by the policy', async () => {
    // a page of its own: the refusal is logged to the console, which the other tests count as an error
    const { page, context } = await open(browser);
    const violations = await watchViolations(page);
    await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.__injected = true';
      document.head.append(script);
    });
    await expect.poll(violations, POLL).toHaveLength(1);
    expect(await page.evaluate(() => (window as unknown as { __injected?: boolean }).__injected)).toBeUndefined();
    await context.close();
  });
});
