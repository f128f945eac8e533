// Benchmark 4: the dashboard in Chromium on generated data. For each size the app is built on a
// generated data folder (KANBAN_DATA), served by `vite preview` on a free localhost port and opened in
// Debian's Chromium (playwright-core, as the browser tests do). Measured in the page, several times:
// navigation → the first chart drawn (the frame after its bars are in the page), the longest task the
// main thread ran meanwhile (the page must not freeze while the worker parses), a filter change → the
// chart updated (median of several changes), and the JS heap after load (after a garbage collection;
// typed arrays are counted apart, as V8 keeps them outside the heap).
// To find where the time goes: BENCH_DEBUG=1 prints each run's long tasks (start, length) and when the
// progress bar came and went; BENCH_PROFILE=file.cpuprofile builds unminified, keeps the build and
// writes the main thread's CPU profile until the first chart (and file-changes.cpuprofile for the changes).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { freePort } from '../free-port.ts';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { build, preview, type PreviewServer } from 'vite';
import { writeDataFolder } from './generate-indicators.ts';
import { fixed, median } from './measure.ts';

const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync'];
const LOAD_TIMEOUT_MS = 600_000; // 10M rows on a busy machine

/** Filter changes, each one a select set to a value; each changes the chart (its subtitle at least). */
const CHANGES: [string, string][] = [
  ['year-from', '2014'], ['period', 'FY'], ['indicator', 'patents_granted'], ['year-to', '2020'], ['period', 'H1'],
  ['indicator', 'tsme'], ['year-from', ''], ['period', 'all'], ['indicator', 'hte_total'], ['year-to', ''],
];

interface Run {
  firstChartMs: number;
  longestTaskMs: number;
  heapMB: number;
  arrayBuffersMB: number | null;
  changeMs: number[];
}


// The page's side is written as text: tsx would wrap a function's inner functions in a helper of its
// own (__name) that the page does not have.

/** Resolves with performance.now() once the chart has bars and a frame has been painted with them. */
const FIRST_CHART = `new Promise((resolve) => {
  const check = () => {
    if (document.querySelector('.chart-box .bar')) requestAnimationFrame(() => setTimeout(() => resolve(performance.now())));
    else requestAnimationFrame(check);
  };
  check();
})`;

/** Records the page's long tasks from its start (CDP's script is not the page's: the CSP lets it run). */
const OBSERVE_LONG_TASKS = `window.longTasks = [];
window.longTaskAt = [];
new PerformanceObserver((list) => list.getEntries().forEach((entry) => {
  window.longTasks.push(entry.duration);
  window.longTaskAt.push([Math.round(entry.startTime), Math.round(entry.duration)]);
})).observe({ type: 'longtask', buffered: true });
window.loadMarks = [];
new MutationObserver(() => {
  const loading = !!document.querySelector('[data-testid=load-progress]');
  if (loading !== window.loadingNow) { window.loadingNow = loading; window.loadMarks.push([loading ? 'progress' : 'no progress', Math.round(performance.now())]); }
}).observe(document, { subtree: true, childList: true });`;

/** Each change: a select set to a value; resolves with the milliseconds until the frame after the panel changed. */
const FILTER_CHANGES = (changes: [string, string][]) => `(async () => {
  const times = [];
  for (const [name, value] of ${JSON.stringify(changes)}) {
    const select = document.querySelector('select[name="' + name + '"]');
    const panel = document.querySelector('.panel');
    if (!select || !panel) throw new Error('no select ' + name);
    const start = performance.now();
    const drawn = new Promise((resolve) => {
      const observer = new MutationObserver(() => {
        observer.disconnect();
        requestAnimationFrame(() => setTimeout(() => resolve(performance.now())));
      });
      observer.observe(panel, { subtree: true, childList: true, characterData: true, attributes: true });
      setTimeout(() => resolve(NaN), 10000);
    });
    select.value = value;
    select.dispatchEvent(new Event('change', { bubbles: true }));
    times.push((await drawn) - start);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return times;
})()`;

async function measureRun(browser: Browser, url: string, changes = true): Promise<Run> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'zh-CN' });
  try {
    const page = await context.newPage();
    page.setDefaultTimeout(LOAD_TIMEOUT_MS);
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
    if (process.env.BENCH_DEBUG) page.on('console', (message) => message.text().startsWith('DEBUG') && console.error(message.text()));
    await page.addInitScript(OBSERVE_LONG_TASKS);
    const profiler = process.env.BENCH_PROFILE ? await page.context().newCDPSession(page) : null;
    if (profiler) {
      await profiler.send('Profiler.enable');
      await profiler.send('Profiler.start');
    }
    await page.goto(url, { waitUntil: 'commit' });
    const firstChartMs = await page.evaluate<number>(FIRST_CHART);
    if (profiler) {
      const { profile } = await profiler.send('Profiler.stop');
      writeFileSync(process.env.BENCH_PROFILE!, JSON.stringify(profile));
    }
    const longestTaskMs = await page.evaluate<number>('Math.max(0, ...window.longTasks)');
    if (process.env.BENCH_DEBUG) console.error(firstChartMs, await page.evaluate('JSON.stringify([window.longTaskAt, window.loadMarks])'));
    const { heapMB, arrayBuffersMB } = await heap(page);
    if (profiler) await profiler.send('Profiler.start');
    const changeMs = changes ? await page.evaluate<number[]>(FILTER_CHANGES(CHANGES)) : [];
    if (profiler) {
      const { profile } = await profiler.send('Profiler.stop');
      writeFileSync(process.env.BENCH_PROFILE!.replace(/\.cpuprofile$/, '-changes.cpuprofile'), JSON.stringify(profile));
      console.error(changeMs.map((ms) => Math.round(ms)).join(' '));
    }
    if (errors.length > 0) throw new Error(`the page logged errors: ${errors.join('; ')}`);
    return { firstChartMs, longestTaskMs, heapMB, arrayBuffersMB, changeMs };
  } finally {
    await context.close();
  }
}

async function heap(page: Page): Promise<{ heapMB: number; arrayBuffersMB: number | null }> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const usage = await cdp.send('Runtime.getHeapUsage') as { usedSize: number; backingStorageSize?: number };
  await cdp.detach();
  return { heapMB: usage.usedSize / 1e6, arrayBuffersMB: usage.backingStorageSize === undefined ? null : usage.backingStorageSize / 1e6 };
}

/** Builds the app on a data folder into its own directory and serves it; stop() ends both. */
async function serve(dataDir: string, outDir: string): Promise<{ url: string; stop: () => Promise<void> }> {
  const before = process.env.KANBAN_DATA;
  process.env.KANBAN_DATA = dataDir;
  try {
    await build({ logLevel: 'error', build: { outDir, emptyOutDir: true, ...(process.env.BENCH_PROFILE ? { minify: false } : {}) } });
  } finally {
    if (before === undefined) delete process.env.KANBAN_DATA;
    else process.env.KANBAN_DATA = before;
  }
  const port = await freePort();
  const server: PreviewServer = await preview({ logLevel: 'error', build: { outDir }, preview: { host: '127.0.0.1', port, strictPort: true } });
  return { url: `http://127.0.0.1:${port}/`, stop: () => new Promise<void>((resolve) => server.httpServer.close(() => resolve())) };
}

/** Targets (issue 13). */
const FIRST_CHART_TARGET_MS = 2500;
const LONGEST_TASK_TARGET_MS = 100;
const FILTER_CHANGE_TARGET_MS = 100;

/**
 * `sizes`: the full measure, `runs` times (first chart, longest task, filter changes, memory);
 * `capacity`: how far one tab goes, once each (first chart and memory, no filter changes).
 */
export async function benchBrowser(sizes: readonly number[], runs: number, capacity: readonly number[] = []): Promise<string[]> {
  const lines: string[] = [];
  const dir = mkdtempSync(path.join(os.tmpdir(), 'kanban-bench-browser-'));
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ARGS });
  try {
    for (const rows of [...sizes, ...capacity]) {
      const full = sizes.includes(rows);
      const data = path.join(dir, `data-${rows}`);
      writeDataFolder(data, rows);
      const app = await serve(data, path.join(dir, `dist-${rows}`));
      rmSync(data, { recursive: true, force: true }); // the build has its copy
      try {
        const results: Run[] = [];
        for (let k = 0; k < (full ? runs : 1); k++) results.push(await measureRun(browser, app.url, full));
        const n = rows.toLocaleString('en');
        const firstChart = median(results.map((r) => r.firstChartMs));
        const longest = median(results.map((r) => r.longestTaskMs));
        const buffers = results.map((result) => result.arrayBuffersMB).filter((mb): mb is number => mb !== null);
        const memory = `${fixed(median(results.map((r) => r.heapMB)), 0)} MB${buffers.length ? ` (+ ${fixed(median(buffers), 0)} MB)` : ''}`;
        if (!full) {
          lines.push(`| Chromium, how far one tab goes: ${n} rows → first chart (longest main-thread task); JS heap after load (+ typed arrays) | ${fixed(firstChart / 1000, 1)} s (${fixed(longest, 0)} ms); ${memory} | | |`);
          continue;
        }
        const changes = results.flatMap((result) => result.changeMs).filter(Number.isFinite);
        lines.push(
          `| Chromium: navigation → first chart, ${n} rows | ${fixed(firstChart, 0)} ms | target ${FIRST_CHART_TARGET_MS} ms | ${fixed(firstChart / FIRST_CHART_TARGET_MS, 2)}× |`,
          `| Chromium: longest main-thread task from navigation to first chart, ${n} rows | ${fixed(longest, 0)} ms (runs: ${results.map((r) => fixed(r.longestTaskMs, 0)).join(', ')}) | target ${LONGEST_TASK_TARGET_MS} ms | ${fixed(longest / LONGEST_TASK_TARGET_MS, 2)}× |`,
          `| Chromium: filter change → chart drawn, ${n} rows (median of ${changes.length}; slowest) | ${fixed(median(changes), 0)} ms (${fixed(Math.max(...changes), 0)} ms) | target ${FILTER_CHANGE_TARGET_MS} ms for the slowest | ${fixed(Math.max(...changes) / FILTER_CHANGE_TARGET_MS, 2)}× |`,
          `| Chromium: JS heap after load, ${n} rows (+ typed arrays outside it) | ${memory} | | |`,
        );
      } finally {
        await app.stop();
        if (!process.env.BENCH_PROFILE) rmSync(path.join(dir, `dist-${rows}`), { recursive: true, force: true });
      }
    }
  } finally {
    await browser.close();
    if (process.env.BENCH_PROFILE) console.error(`kept for the profile: ${dir}`);
    else rmSync(dir, { recursive: true, force: true });
  }
  return lines;
}
