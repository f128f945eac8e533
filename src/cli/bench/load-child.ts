// One loading measurement in a process of its own, so that its peak memory is its own:
//   node --import tsx src/cli/bench/load-child.ts app|papaparse FILE
// prints {"ms":…,"peakMB":…,"rows":…} on stdout.
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { loadCsv } from '../../data/load-csv.ts';

const [mode, file] = process.argv.slice(2);
const bytes = new Uint8Array(readFileSync(file!));
const baseline = process.memoryUsage().rss;
const start = performance.now();
let rows: number;
if (mode === 'app') {
  rows = loadCsv(bytes).rows.length;
} else {
  const text = new TextDecoder('utf-8').decode(bytes);
  rows = Papa.parse(text, { header: true, skipEmptyLines: true }).data.length;
}
const ms = performance.now() - start;
const peak = process.resourceUsage().maxRSS * 1024;
console.log(JSON.stringify({ ms, peakMB: (peak - baseline) / 1e6, rows }));
