// npm run eval [-- --verbose] [-- --keep] [-- --explain [REPORT_ID]] — scores the extractor against the
// gold of the shared corpus. For each set (seeds, dev, dev2; and the library, whose gold was labelled in this
// project: test/fixtures/library-gold): the CLI's run() over its reports, with no manifest, into a temporary
// folder; then ../shared/tools/score-extraction.mjs on the result. Ends with the extraction speed.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { explainSet } from './explain.ts';
import { run } from './extract.ts';

const USAGE = `usage: npm run eval [-- --verbose] [-- --keep] [-- --explain [REPORT_ID]]

  --verbose  passed on to score-extraction.mjs (lists each missed and extra row)
  --keep     keep the predicted CSVs (the folder is printed)
  --explain  for every missed, spurious and differing row (of one report, if named): what the
             extractor saw — the figure, who claimed it, each frame's score and its words`;

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const shared = path.resolve(root, '../shared');
const scorer = path.join(shared, 'tools', 'score-extraction.mjs');
/** A labelled set: its reports (../shared/corpus/<name>/reports) and the folder of its gold. */
const SETS = [
  ...['seeds', 'dev', 'dev2'].map((name) => ({ name, gold: path.join(shared, 'corpus', name, 'gold') })),
  // the 118 library reports, labelled blind by this project's writers (the shared corpus has no gold for them)
  { name: 'library', gold: path.join(root, 'test', 'fixtures', 'library-gold') },
];

async function main(argv: string[]): Promise<number> {
  let values;
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { verbose: { type: 'boolean' }, keep: { type: 'boolean' }, explain: { type: 'boolean' }, help: { type: 'boolean' } },
    }));
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n\n${USAGE}\n`);
    return 2;
  }
  if (values.help) {
    process.stdout.write(USAGE + '\n');
    return 0;
  }
  if (!existsSync(scorer)) {
    process.stderr.write(`npm run eval needs the shared corpus and scorer at ${shared}, and they are not there.\n`);
    return 1;
  }
  const tmp = await mkdtemp(path.join(os.tmpdir(), 'kanban-eval-'));
  let status = 0;
  let bytes = 0;
  let extractMs = 0;
  let reports = 0;
  try {
    for (const { name: set, gold } of SETS) {
      const dir = path.join(shared, 'corpus', set);
      const out = path.join(tmp, set);
      const result = await run({ inputs: [path.join(dir, 'reports')], outDir: out, print: () => {} });
      for (const r of result.reports) {
        bytes += r.bytes;
        extractMs += r.extractMs;
      }
      reports += result.reports.length;
      if (values.verbose || values.explain) process.stdout.write(`\n== ${set}: ${result.reports.length} reports ==\n`);
      if (result.written.length === 0) {
        status = 1;
        continue;
      }
      const args = [
        scorer, '--gold', gold, '--pred', path.join(out, 'indicators.csv'),
        '--texts', path.join(dir, 'reports'), '--pred-reports', path.join(out, 'reports.csv'),
      ];
      if (values.explain) {
        await explainSet(gold, result.reports, positionals[0], (line) => process.stdout.write(line + '\n'));
      }
      if (values.verbose) args.push('--verbose');
      const score = spawnSync(process.execPath, args, { encoding: 'utf8' });
      const scored = (score.stdout ?? '').trimEnd();
      if (values.verbose) process.stdout.write(scored + '\n');
      const last = scored.split('\n').pop() ?? '';
      process.stdout.write(`${set.padEnd(7)} ${String(result.reports.length).padStart(3)} reports  ${last}\n`);
      process.stderr.write(score.stderr ?? '');
      if (score.status !== 0) {
        process.stderr.write(`score-extraction.mjs exited with ${score.status ?? score.signal} on ${set}\n`);
        status = 1;
      }
    }
    const mb = bytes / (1024 * 1024);
    const speed = extractMs > 0 ? `${(mb / (extractMs / 1000)).toFixed(2)} MB/s` : 'too fast to time';
    process.stdout.write(
      `\nextraction speed: ${speed} (${reports} reports, ${(bytes / 1024).toFixed(1)} KB in ${extractMs.toFixed(1)} ms of extractReport; reading files not counted)\n`,
    );
  } finally {
    if (values.keep) process.stdout.write(`predictions kept in ${tmp}\n`);
    else await rm(tmp, { recursive: true, force: true });
  }
  return status;
}

process.exitCode = await main(process.argv.slice(2));
