// One loading measurement in a process of its own, so that its peak memory is its own:
//   node --import tsx src/cli/bench/load-child.ts app|app-1|papaparse|duckdb FILE [THREADS]
// prints {"ms":…,"peakMB":…,"rows":…} on stdout (duckdb: and "queryMs", its chart query).
// - app: the app's loader on THREADS threads (this one and THREADS - 1 helper threads, as the page's lead
//   worker and its helpers), the file read from disk in 1 MiB pieces as the worker gets it from the network;
// - app-1: the same loader on this thread alone;
// - papaparse: the decoded text whole, an object per row;
// - duckdb: native DuckDB (@duckdb/node-api) with THREADS threads, CREATE TABLE … AS read_csv(FILE), then
//   the dashboard's chart query on it and reports.csv beside it (median of 20).
// Memory is the peak resident size above the process's once it is ready to read (helpers started, DuckDB
// opened): what reading the file adds.
import { closeSync, openSync, readFileSync, readSync } from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import Papa from 'papaparse';
import type { FigureBlock, FigureBlockJob } from '../../data/figure-block.ts';
import { createCsvLoader } from '../../data/load-csv.ts';
import { createParallelCsvLoader, type BlockHelpers } from '../../data/load-blocks.ts';
import { median } from './measure.ts';

const PIECE = 1 << 20;
const [mode, file, threadsArg] = process.argv.slice(2);
const threads = Number(threadsArg) || 1;

/** The file in pieces of their own buffers (a helper is handed each piece by transfer). */
function* pieces(name: string): Generator<Uint8Array> {
  const fd = openSync(name, 'r');
  try {
    for (;;) {
      const piece = new Uint8Array(PIECE);
      const read = readSync(fd, piece, 0, PIECE, null);
      if (read === 0) return;
      yield read === PIECE ? piece : piece.slice(0, read);
    }
  } finally {
    closeSync(fd);
  }
}

async function startHelpers(count: number): Promise<{ helpers: BlockHelpers; stop: () => Promise<void> }> {
  const script = new URL('./block-worker.ts', import.meta.url).href;
  // a worker thread does not inherit tsx's loader from --import: it registers it, then imports the script
  const workers = Array.from({ length: count }, () => new Worker(
    `import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(script)}); })`, { eval: true }));
  const waiting = workers.map(() => [] as ((block: FigureBlock) => void)[]);
  await Promise.all(workers.map((worker) => new Promise<void>((resolve, reject) => {
    worker.once('message', () => resolve());
    worker.once('error', reject);
    worker.postMessage('ready');
  })));
  workers.forEach((worker, k) => worker.on('message', (block: FigureBlock) => waiting[k]!.shift()!(block)));
  return {
    helpers: {
      count,
      read: (helper, job: FigureBlockJob) => new Promise<FigureBlock>((resolve) => {
        waiting[helper]!.push(resolve);
        workers[helper]!.postMessage(job, job.chunks.map((chunk) => chunk.buffer as ArrayBuffer));
      }),
    },
    stop: async () => {
      await Promise.all(workers.map((worker) => worker.terminate()));
    },
  };
}

/** What the benchmark uses of @duckdb/node-api. */
interface DuckDB {
  create(path: string, options: Record<string, string>): Promise<{
    connect(): Promise<{ run(sql: string): Promise<unknown>; runAndReadAll(sql: string): Promise<{ getRows(): unknown[][] }> }>;
  }>;
}

const peakMB = (baseline: number) => (process.resourceUsage().maxRSS * 1024 - baseline) / 1e6;

async function duckdb(): Promise<void> {
  // named through a variable: the package is installed for the benchmark only (npm install --no-save), not typed
  const name = '@duckdb/node-api';
  const { DuckDBInstance } = (await import(name)) as { DuckDBInstance: DuckDB };
  const instance = await DuckDBInstance.create(':memory:', { threads: String(threads) });
  const connection = await instance.connect();
  const baseline = process.memoryUsage().rss;
  const start = performance.now();
  await connection.run(`CREATE TABLE figures AS SELECT * FROM read_csv('${file!.replaceAll("'", "''")}', header = true)`);
  const ms = performance.now() - start;
  const peak = peakMB(baseline);
  const rows = Number((await connection.runAndReadAll('SELECT count(*) FROM figures')).getRows()[0]![0]);
  // the chart query of the querying benchmark: one indicator, its first 30 places, 2012–2020, on a table
  // sorted by indicator (as the dashboard groups rows by indicator once)
  const reportsFile = path.join(path.dirname(file!), 'reports.csv');
  const reports = Papa.parse<Record<string, string>>(readFileSync(reportsFile, 'utf8').replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true }).data;
  const places = [...new Set(reports.map((r) => (r.county ? `${r.city}·${r.county}` : r.city!)))].slice(0, 30);
  await connection.run(`CREATE TABLE reports AS SELECT report_id, coalesce(city, '') || CASE WHEN coalesce(county, '') <> '' THEN '·' || county ELSE '' END AS place, year
    FROM read_csv('${reportsFile.replaceAll("'", "''")}', header = true, all_varchar = true)`);
  await connection.run('CREATE TABLE sorted AS SELECT * FROM figures ORDER BY indicator, report_id');
  const query = `SELECT r.place, r.year, f.period, f.status, sum(f.value) AS value, count(*) AS n
    FROM sorted f JOIN reports r USING (report_id)
    WHERE f.indicator = 'hte_total' AND r.place IN (${places.map((p) => `'${p.replaceAll("'", "''")}'`).join(', ')})
      AND CAST(r.year AS INTEGER) BETWEEN 2012 AND 2020 AND NOT f.masked
    GROUP BY ALL ORDER BY r.place, r.year`;
  await connection.runAndReadAll(query);
  const times: number[] = [];
  for (let k = 0; k < 20; k++) {
    const t = performance.now();
    await connection.runAndReadAll(query);
    times.push(performance.now() - t);
  }
  console.log(JSON.stringify({ ms, peakMB: peak, rows, queryMs: median(times) }));
}

async function app(): Promise<void> {
  const { size } = await import('node:fs').then((fs) => fs.statSync(file!));
  const started = threads > 1 ? await startHelpers(threads - 1) : null;
  const baseline = process.memoryUsage().rss;
  const start = performance.now();
  let rows: number;
  if (mode === 'app-1') {
    const loader = createCsvLoader({ expectedBytes: size });
    for (const piece of pieces(file!)) loader.push(piece);
    const loaded = loader.finish();
    rows = loaded.kind === 'indicators' ? loaded.figures.length : loaded.rows.length;
  } else {
    const loader = createParallelCsvLoader(started?.helpers ?? null, { expectedBytes: size });
    for (const piece of pieces(file!)) await loader.push(piece);
    const loaded = await loader.finish();
    rows = loaded.kind === 'indicators' ? loaded.figures.length : loaded.rows.length;
  }
  const ms = performance.now() - start;
  const peak = peakMB(baseline);
  await started?.stop();
  console.log(JSON.stringify({ ms, peakMB: peak, rows }));
}

function papaparse(): void {
  // a view of the file's buffer (new Uint8Array(buffer) would copy it, and its peak would hide the parser's)
  const buffer = readFileSync(file!);
  const bytes = new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
  const baseline = process.memoryUsage().rss;
  const start = performance.now();
  const text = new TextDecoder('utf-8').decode(bytes);
  const rows = Papa.parse(text, { header: true, skipEmptyLines: true }).data.length;
  console.log(JSON.stringify({ ms: performance.now() - start, peakMB: peakMB(baseline), rows }));
}

if (mode === 'duckdb') await duckdb();
else if (mode === 'papaparse') papaparse();
else await app();
