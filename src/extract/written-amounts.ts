// Amounts the figure scanner reads in two pieces, or not at all: a sum in 亿 and then 万 ("1亿2千万元",
// "一亿零六百万元": 1亿 and 2千万元 are one figure, 12000万元), and a percentage written out ("百分之二十",
// "百分之十二点五": 20%, 12.5%).
import type { Figure } from './figures.ts';
import { chineseDigits, parseChineseNumeral, shiftDecimal } from './numbers.ts';

const PERCENT_WRITTEN = /百分之([零一二两三四五六七八九十百]{1,6})(?:点([零〇一二三四五六七八九]{1,4}))?/g;

/** The figures with an amount in 亿 then 万 joined into one, and the percentages written out added. */
export function readWrittenAmounts(text: string, figures: Figure[]): Figure[] {
  let read = figures;
  if (text.includes('亿')) read = joinHundredMillions(text, read);
  if (text.includes('百分之')) read = withPercentsWritten(text, read);
  return read;
}

/** "1亿2千万元": a figure in 亿元 right before one in 万元 is one amount with it. */
function joinHundredMillions(text: string, figures: Figure[]): Figure[] {
  const joined: Figure[] = [];
  for (let k = 0; k < figures.length; k++) {
    const f = figures[k]!;
    const next = figures[k + 1];
    if (f.unit === '亿元' && !text.startsWith('元', f.end - 1) && next?.unit === '万元' && next.start === f.end && f.value !== null && next.value !== null) {
      joined.push({ ...f, end: next.end, unit: '万元', value: addDecimals(shiftDecimal(f.value, 4), next.value), approx: f.approx || next.approx });
      k++;
      continue;
    }
    joined.push(f);
  }
  return joined;
}

/** The sum of two plain decimals, exactly. */
function addDecimals(a: string, b: string): string {
  const places = Math.max((a.split('.')[1] ?? '').length, (b.split('.')[1] ?? '').length);
  const scale = (x: string) => BigInt(shiftDecimal(x, places).split('.')[0]!);
  return shiftDecimal((scale(a) + scale(b)).toString(), -places);
}

/** The figures with each "百分之…" not inside one added, in order. */
function withPercentsWritten(text: string, figures: Figure[]): Figure[] {
  const added: Figure[] = [];
  for (const m of text.matchAll(PERCENT_WRITTEN)) {
    const whole = parseChineseNumeral(m[1]!);
    if (whole === undefined || figures.some((f) => f.start < m.index + m[0].length && f.end > m.index)) continue;
    const fraction = m[2] ? chineseDigits(m[2]) ?? '' : '';
    added.push({ start: m.index, end: m.index + m[0].length, value: fraction ? `${whole}.${fraction}` : String(whole), unit: '%', approx: false, masked: false });
  }
  return added.length === 0 ? figures : [...figures, ...added].sort((a, b) => a.start - b.start);
}
