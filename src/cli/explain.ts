// npm run eval -- --explain [REPORT_ID]: for every missed, spurious and differing row of a labelled
// report, what the extractor saw — whether the figure was found at all, who claimed it, and how each
// frame scored it, with the words that spoke for it and against it.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { readCsvRecords } from '../data/csv.ts';
import { afterOf, beforeOf, leadOf, type Candidate } from '../extract/frame-match.ts';
import { extractRows, type FigureTrace } from '../extract/engine.ts';
import type { Period } from '../extract/contract.ts';
import { PERIODS } from '../extract/contract.ts';
import type { ExtractedReport } from './extract.ts';

type Row = Record<string, string>;

const isMasked = (r: Row) => /^true$/i.test(r.masked ?? '') || (r.value ?? '') === '';
const coreKey = (r: Row) => `${r.indicator}|${isMasked(r) ? 'MASKED' : String(+Number(r.value).toPrecision(10))}`;
const squeeze = (s: string) => s.normalize('NFKC').replace(/\s+/g, '');

function describe(c: Candidate): string {
  const word = (w: NonNullable<Candidate['thing']>) => `${w.word} (${w.where}, ${w.distance})`;
  const parts = [`${c.frame.id} ${c.score.toFixed(2)}`];
  if (c.thing) parts.push(`thing ${word(c.thing)}`);
  if (c.act) parts.push(`act ${word(c.act)}`);
  if (c.vetoedBy) parts.push(`vetoed by ${word(c.vetoedBy)}`);
  return parts.join(' · ');
}

function traceLines(t: FigureTrace): string[] {
  const lines = [`    figure ${t.figure} @${t.start}: ${t.claimedBy ? `claimed by ${t.claimedBy.rule} → ${t.claimedBy.indicator}` : 'claimed by none'}`];
  lines.push(`      words: lead «${leadOf(t.words).slice(-30)}» before «${beforeOf(t.words)}» after «${afterOf(t.words)}»`);
  for (const c of t.candidates.slice(0, 4)) lines.push(`      ${describe(c)}`);
  if (t.candidates.length === 0) lines.push('      no frame takes this unit with a thing word near');
  return lines;
}

/** Lines explaining one report's differences from its gold rows. */
function explainReport(report: ExtractedReport, gold: Row[]): string[] {
  const { extraction } = report;
  const period: Period = (PERIODS as readonly string[]).includes(extraction.report.period) ? (extraction.report.period as Period) : 'FY';
  const traces: FigureTrace[] = [];
  extractRows({ text: extraction.cleaned, rawOffsets: new Int32Array(0) }, { reportId: extraction.report.report_id, period, year: extraction.report.year, trace: traces });
  const predicted: Row[] = extraction.rows.map((r) => ({
    ...Object.fromEntries(Object.entries(r).map(([k, v]) => [k, v === null ? '' : String(v)])),
  }));
  const figuresIn = (start: number, end: number) => traces.filter((t) => t.start < end && t.end > start);
  const squeezedText = squeeze(extraction.cleaned);
  const lines: string[] = [];
  const pool = new Map<string, Row[]>();
  for (const g of gold) pool.set(coreKey(g), [...(pool.get(coreKey(g)) ?? []), g]);
  for (const p of predicted) {
    const g = pool.get(coreKey(p))?.shift();
    if (!g) {
      lines.push(`  spurious  ${coreKey(p)}  «${p.quote}» (${p.rule})`);
      for (const t of figuresIn(Number(p.start), Number(p.end))) lines.push(...traceLines(t));
      continue;
    }
    const differs: string[] = [];
    if (g.period !== p.period) differs.push(`period ${g.period}≠${p.period}`);
    if (g.status !== p.status) differs.push(`status ${g.status}≠${p.status}`);
    if (Boolean(g.scope) !== Boolean(p.scope)) differs.push(`scope «${g.scope}»≠«${p.scope}»`);
    if (differs.length) lines.push(`  differs   ${coreKey(p)}  ${differs.join(', ')}  «${p.quote}» (${p.rule})`);
  }
  for (const g of [...pool.values()].flat()) {
    lines.push(`  missed    ${coreKey(g)}  «${g.quote}»`);
    // where the gold quote stands in the cleaned text (both without white space)
    const at = squeezedText.indexOf(squeeze(g.quote ?? ''));
    if (at < 0 || !g.quote) {
      lines.push('    the quote is not in the cleaned text');
      continue;
    }
    const start = offsetOfSqueezed(extraction.cleaned, at);
    const end = offsetOfSqueezed(extraction.cleaned, at + squeeze(g.quote).length);
    const found = figuresIn(start, end);
    if (found.length === 0) lines.push('    no figure found in the quote (the number or unit was not read)');
    for (const t of found) lines.push(...traceLines(t));
  }
  return lines;
}

/** The offset in `text` of the squeezed text's offset `at`. */
function offsetOfSqueezed(text: string, at: number): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    if (count === at) return i;
    if (!/\s/.test(text[i]!)) count += squeeze(text[i]!).length;
  }
  return text.length;
}

/** Prints the explanation of every report of a set with a gold file (or only `only`). */
export async function explainSet(goldDir: string, reports: ExtractedReport[], only: string | undefined, print: (line: string) => void) {
  for (const report of reports) {
    const id = report.extraction.report.report_id;
    if (only && id !== only) continue;
    let gold: Row[];
    try {
      gold = readCsvRecords(await readFile(path.join(goldDir, `${id}.csv`), 'utf8')).records;
    } catch {
      continue;
    }
    const lines = explainReport(report, gold);
    if (lines.length) print(`\n## ${id}\n${lines.join('\n')}`);
  }
}
