// Prints, for each hand-labelled report, the gold city / year / period beside what place.ts and
// report-year.ts guess, and the totals counted as ../shared/tools/score-extraction.mjs counts them
// (city: first 4 digits of admin_code, else the bare city name, on reports with city_stated=true;
// year: on every report, an empty gold year must be guessed empty).
//
//   npx tsx src/cli/score-places.ts [--corpus DIR] [--cleaned] [--verbose]
//
// --cleaned passes each text through the extractor's cleaning first (src/extract/clean.ts), as
// `npm run extract` does; without it the raw files are read.
// DIR defaults to ../shared/corpus beside the repository; every subfolder with gold/reports.csv and
// reports/<report_id>.txt is scored.
import fs from 'node:fs';
import path from 'node:path';
import { cleanReport } from '../extract/clean.ts';
import { guessPlace } from '../extract/place.ts';
import { guessTitle } from '../extract/report-title.ts';
import { guessReportPeriod } from '../extract/report-period.ts';
import { guessYear } from '../extract/report-year.ts';

function parseCsv(text: string): Record<string, string>[] {
  const rows: string[][] = [];
  let row: string[] = [], field = '', quoted = false;
  const s = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (quoted) {
      if (c === '"' && s[i + 1] === '"') { field += '"'; i++; } else if (c === '"') quoted = false; else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(field); field = ''; }
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && s[i + 1] === '\n') i++;
      row.push(field); rows.push(row); row = []; field = '';
    } else field += c;
  }
  if (field !== '' || row.length) { row.push(field); rows.push(row); }
  const [head, ...body] = rows.filter((r) => r.length > 1 || r[0] !== '');
  return body.map((r) => Object.fromEntries((head ?? []).map((h, i) => [h.trim(), (r[i] ?? '').trim()])));
}

const args = process.argv.slice(2);
const opt = (name: string): string | undefined => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : undefined; };
const verbose = args.includes('--verbose');
const cleaned = args.includes('--cleaned');
const corpus = path.resolve(opt('--corpus') ?? path.join(import.meta.dirname, '..', '..', '..', 'shared', 'corpus'));
if (!fs.existsSync(corpus)) {
  console.error(`no corpus at ${corpus} (pass --corpus DIR)`);
  process.exit(2);
}

const bare = (s: string): string => s.replace(/(市|地区|自治州|盟)$/, '');
const truthy = (v: string | undefined): boolean => /^(true|1|yes)$/i.test(v ?? '');
const pad = (s: string, n: number): string => s + ' '.repeat(Math.max(0, n - [...s].reduce((w, ch) => w + (ch.charCodeAt(0) > 0x2e80 ? 2 : 1), 0)));

const all = { city: [0, 0], year: [0, 0], period: [0, 0] };
for (const set of fs.readdirSync(corpus).sort()) {
  const goldFile = path.join(corpus, set, 'gold', 'reports.csv');
  if (!fs.existsSync(goldFile)) continue;
  const tally = { city: [0, 0], year: [0, 0], period: [0, 0] };
  console.log(`\n## ${set}`);
  console.log(`${pad('report', 10)}${pad('gold city', 22)}${pad('guessed city', 22)}${pad('year', 12)}${pad('period', 10)}how`);
  for (const g of parseCsv(fs.readFileSync(goldFile, 'utf8'))) {
    const file = path.join(corpus, set, 'reports', `${g.report_id}.txt`);
    if (!fs.existsSync(file)) continue;
    const raw = fs.readFileSync(file, 'utf8');
    const text = cleaned ? cleanReport(raw).text : raw;
    const title = guessTitle(text);
    const p = guessPlace(text, title, raw);
    const y = guessYear(text, title);
    const period = guessReportPeriod(text, title);
    const gy = g.year ?? '', py = y.year === null ? '' : String(y.year);
    let cityMark = ' ';
    if (truthy(g.city_stated) && g.city) {
      const ok = g.admin_code && p.admin_code ? g.admin_code.slice(0, 4) === p.admin_code.slice(0, 4) : bare(g.city) === bare(p.city);
      tally.city[1]!++; if (ok) tally.city[0]!++;
      cityMark = ok ? '✓' : '✗';
    }
    tally.year[1]!++; if (gy === py) tally.year[0]!++;
    tally.period[1]!++; if ((g.period ?? '') === period) tally.period[0]!++;
    const gc = `${g.city ?? ''}${g.county ? `/${g.county}` : ''} ${g.admin_code ?? ''}`.trim() || '-';
    const pc = `${p.city}${p.county ? `/${p.county}` : ''} ${p.admin_code}`.trim() || '-';
    console.log(`${pad(g.report_id ?? '', 10)}${cityMark} ${pad(gc, 20)}${pad(pc, 22)}${gy === py ? '✓' : '✗'} ${pad(`${gy || '-'}/${py || '-'}`, 10)}${(g.period ?? '') === period ? '✓' : '✗'} ${pad(`${g.period || '-'}/${period || '-'}`, 8)}${p.how}/${y.how}`);
    if (verbose) console.log(`          title: ${title || '(none)'}\n          place: ${p.evidence}\n          year:  ${y.evidence}`);
  }
  console.log(`${set}: city ${tally.city[0]}/${tally.city[1]} year ${tally.year[0]}/${tally.year[1]} period ${tally.period[0]}/${tally.period[1]}`);
  for (const k of ['city', 'year', 'period'] as const) { all[k][0]! += tally[k][0]!; all[k][1]! += tally[k][1]!; }
}
console.log(`\nall: city ${all.city[0]}/${all.city[1]} year ${all.year[0]}/${all.year[1]} period ${all.period[0]}/${all.period[1]}`);
