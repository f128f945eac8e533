// npm run bench [-- --quick] — prints the performance table of the README. Generates its inputs
// (seeded), measures medians of several runs, and compares each figure with a floor measured in
// the same run. A figure, never a pass/fail: timings are not tests.
import { parseArgs } from 'node:util';
import { benchAdversarial } from './bench/adversarial.ts';
import { benchBrowser } from './bench/browser.ts';
import { benchBundle } from './bench/bundle.ts';
import { benchExtraction, extractionLines } from './bench/extraction.ts';
import { benchLoading } from './bench/loading.ts';
import { benchQuerying } from './bench/querying.ts';

const { values } = parseArgs({ options: { quick: { type: 'boolean' }, help: { type: 'boolean' } } });
if (values.help) {
  console.log('usage: npm run bench [-- --quick]\n\n  --quick  small inputs, done in under a minute');
  process.exit(0);
}
const quick = Boolean(values.quick);

const lines = ['| measure | figure | compared with | ratio |', '|---|---|---|---|'];
const say = (more: string[]) => {
  lines.push(...more);
  for (const line of more) console.error(line);
};

const extraction = benchExtraction(quick ? 3e6 : 50e6, 3);
say(extractionLines(extraction));
say(benchAdversarial(quick ? 100_000 : 1_000_000, extraction.extractMBs, 3));
const queryRows = quick ? 200_000 : 2_000_000;
const loading = benchLoading(quick ? [10_000, 200_000] : [10_000, 100_000, 1_000_000, 2_000_000], quick ? 2 : 5);
say(loading.lines);
const peer = loading.duckdbQueryMs !== null && loading.duckdbQueryRows === queryRows
  ? { name: 'native DuckDB (sorted table, join to reports, group)', ms: loading.duckdbQueryMs } : null;
say(benchQuerying(queryRows, 20, peer));
say(await benchBrowser(quick ? [100_000] : [1_000_000, 2_000_000], quick ? 2 : 3, quick ? [] : [5_000_000, 10_000_000]));
say(benchBundle());

console.log(`\n${lines.join('\n')}\n`);
