// npm run battery [-- --verbose] [FILE …] — scores the extractor on labelled batteries of sentences and
// report excerpts written for the purpose (test/fixtures/battery/*.txt): texts no report holds, labelled
// under ../shared/spec/labeling-guide.md by writers who never saw the extractor. Each text is read as a
// report of its own; a row is matched on indicator and value (core), then on period, status, approx and
// whether it has a scope (full), as score-extraction.mjs does with the gold. Needs no ../shared.
//
// The format, one text after another, a blank line between:
//   # 2023年,全市新认定高新技术企业56家,总数达到312家。      (the text; \n and \t written out)
//   hte_certified 56 家 FY actual                           (a row: indicator value unit period status
//   hte_total 312 家 CUM actual                              then approx, masked (value -), scope=…, year=…)
//   ;; a note the writer left                               (ignored)
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { extractReport } from '../extract/index.ts';

export interface LabelledRow {
  indicator: string;
  value: number | null;
  period: string;
  status: string;
  approx: boolean;
  scoped: boolean;
}

export interface LabelledText {
  text: string;
  rows: LabelledRow[];
}

/** The texts of a battery file with the rows their writer labelled. */
export function parseBattery(content: string): LabelledText[] {
  const texts: LabelledText[] = [];
  for (const block of content.split(/\n(?=# )/)) {
    const lines = block.split('\n').filter((line) => line.trim() !== '' && !line.startsWith(';;'));
    if (!lines[0]?.startsWith('# ')) continue;
    const text = lines[0].slice(2).replace(/\\t/g, '\t').replace(/\\n/g, '\n');
    const rows = lines.slice(1).map((line) => {
      const [indicator = '', value = '', , period = '', status = '', ...rest] = line.trim().split(/\s+/);
      const masked = rest.includes('masked');
      return { indicator, value: masked ? null : Number(value), period, status, approx: rest.includes('approx'), scoped: rest.some((t) => t.startsWith('scope=')) };
    });
    texts.push({ text, rows });
  }
  return texts;
}

export interface BatteryScore {
  core: { hits: number; extra: number; missed: number };
  full: { hits: number; extra: number; missed: number };
  /** Per text with a difference: the text and what was missed, extra or read otherwise. */
  differences: { text: string; lines: string[] }[];
}

const coreKey = (r: LabelledRow) => `${r.indicator}|${r.value ?? 'masked'}`;
const fullKey = (r: LabelledRow) => `${coreKey(r)}|${r.period}|${r.status}|${r.approx ? 'approx' : ''}|${r.scoped ? 'scoped' : ''}`;

/** Extracts each text and matches its rows with the labelled ones. */
export function scoreBattery(texts: LabelledText[]): BatteryScore {
  const score: BatteryScore = { core: { hits: 0, extra: 0, missed: 0 }, full: { hits: 0, extra: 0, missed: 0 }, differences: [] };
  texts.forEach(({ text, rows: labelled }, k) => {
    const read: LabelledRow[] = extractReport({ reportId: `t${k}`, text }).rows.map((row) => ({
      indicator: row.indicator, value: row.value, period: row.period, status: row.status, approx: row.approx, scoped: row.scope !== '',
    }));
    // each labelled row is paired with a read row of the same full key first, then of the same core key, so that
    // full hits are the multiset match of full keys, as score-extraction.mjs counts them
    const taken = read.map(() => false);
    const pairedAt = labelled.map((want) => {
      const at = read.findIndex((row, j) => !taken[j] && fullKey(row) === fullKey(want));
      if (at >= 0) taken[at] = true;
      return at;
    });
    const lines: string[] = [];
    labelled.forEach((want, w) => {
      if (pairedAt[w]! >= 0) {
        score.core.hits++;
        score.full.hits++;
        return;
      }
      const at = read.findIndex((row, j) => !taken[j] && coreKey(row) === coreKey(want));
      if (at < 0) {
        score.core.missed++;
        score.full.missed++;
        lines.push(`missed   ${fullKey(want)}`);
        return;
      }
      taken[at] = true;
      score.core.hits++;
      score.full.missed++;
      score.full.extra++;
      lines.push(`differs  ${fullKey(want)}  read ${fullKey(read[at]!)}`);
    });
    read.forEach((_, at) => {
      if (taken[at]) return;
      score.core.extra++;
      score.full.extra++;
      lines.push(`extra    ${fullKey(read[at]!)}`);
    });
    if (lines.length > 0) score.differences.push({ text, lines });
  });
  return score;
}

function f1({ hits, extra, missed }: { hits: number; extra: number; missed: number }): string {
  const p = hits / (hits + extra || 1);
  const r = hits / (hits + missed || 1);
  return `${((2 * p * r) / (p + r || 1)).toFixed(3)} (P ${p.toFixed(3)} R ${r.toFixed(3)})`;
}

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const BATTERIES = path.join(root, 'test', 'fixtures', 'battery');

export const USAGE = `usage: npm run battery [-- --verbose] [FILE …]

  FILE       battery files to score (default: every test/fixtures/battery/*.txt)
  --verbose  list each missed, extra or differing row under its text`;

export function main(argv: string[]): number {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, options: { verbose: { type: 'boolean' }, help: { type: 'boolean' } } });
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n\n${USAGE}\n`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const files = positionals.length > 0 ? positionals : readdirSync(BATTERIES).filter((f) => f.endsWith('.txt')).sort().map((f) => path.join(BATTERIES, f));
  for (const file of files) {
    const texts = parseBattery(readFileSync(file, 'utf8'));
    const score = scoreBattery(texts);
    if (values.verbose) {
      for (const { text, lines } of score.differences) process.stdout.write(`${text.replace(/\n/g, ' / ').slice(0, 160)}\n  ${lines.join('\n  ')}\n\n`);
    }
    const rows = texts.reduce((n, t) => n + t.rows.length, 0);
    process.stdout.write(`${path.basename(file, '.txt').padEnd(4)} ${String(texts.length).padStart(3)} texts ${String(rows).padStart(3)} rows  core F1 ${f1(score.core)}  full F1 ${f1(score.full)}\n`);
  }
  return 0;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) process.exitCode = main(process.argv.slice(2));
