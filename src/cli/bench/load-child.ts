// One loading measurement in a process of its own, so that its peak memory is its own:
//   node --import tsx src/cli/bench/load-child.ts app|papaparse FILE
// prints {"ms":…,"peakMB":…,"rows":…} on stdout. The app's loader gets the bytes in 64 KiB pieces, as
// the parse worker gets them from the network, and gives columns; papaparse gets the decoded text
// whole and gives an object per row.
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { createCsvLoader } from '../../data/load-csv.ts';

const PIECE = 64 * 1024;
const [mode, file] = process.argv.slice(2);
// a view of the file's buffer (new Uint8Array(buffer) would copy it, and its peak would hide the loader's)
const buffer = readFileSync(file!);
const bytes = new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
const baseline = process.memoryUsage().rss;
const start = performance.now();
let rows: number;
if (mode === 'app') {
  const loader = createCsvLoader({ expectedBytes: bytes.length });
  for (let at = 0; at < bytes.length; at += PIECE) loader.push(bytes.subarray(at, at + PIECE));
  const loaded = loader.finish();
  rows = loaded.kind === 'indicators' ? loaded.figures.length : loaded.rows.length;
} else {
  const text = new TextDecoder('utf-8').decode(bytes);
  rows = Papa.parse(text, { header: true, skipEmptyLines: true }).data.length;
}
const ms = performance.now() - start;
const peak = process.resourceUsage().maxRSS * 1024;
console.log(JSON.stringify({ ms, peakMB: (peak - baseline) / 1e6, rows }));
