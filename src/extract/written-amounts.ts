// Amounts the figure scanner reads in two pieces, or not at all: a sum in 亿 and then 万 ("1亿2千万元",
// "一亿零六百万元": 1亿 and 2千万元 are one figure, 12000万元), a percentage written out ("百分之二十",
// "百分之十二点五": 20%, 12.5%), and a numeral with a point or with 万 inside it ("一百二十三点六亿元",
// "一点八五亿元", "一万二千三百件", "二百零五亿三千万元": 123.6亿元, 1.85亿元, 12300件, 205.3亿元).
import { unitNamed, type Figure } from './figures.ts';
import { chineseDigits, parseChineseNumeral, shiftDecimal } from './numbers.ts';
import { marksOf } from './spans.ts';
import { UNIT } from './stated-figures.ts';

const PERCENT_WRITTEN = /百分之([零一二两三四五六七八九十百]{1,6})(?:点([零〇一二三四五六七八九]{1,4}))?/g;

// (not the tail of an ordinal or of a longer numeral: "第一点", "十一点")
// (nor the multipliers of a number in digits: "3.46万亿元")
// (its first numeral, then what stands before it: a pattern that starts with a lookbehind is tried at every place of the text)
const NUMERAL_WRITTEN = new RegExp(`([零〇一二两三四五六七八九十](?<![第〇零一二两三四五六七八九十百千万亿点\\d.][零〇一二两三四五六七八九十])[零〇一二两三四五六七八九十百千万亿]{0,11})(?:点([零〇一二三四五六七八九]{1,4}))?(${UNIT})`, 'g');
// a number with a point is an amount or a share
const UNITS_OF_FRACTIONS = new Set(['亿元', '万元', '元', '%']);

/** The figures with an amount in 亿 then 万 joined into one, and the percentages and numerals written out read whole. */
export function readWrittenAmounts(text: string, figures: Figure[]): Figure[] {
  let read = figures;
  if (text.includes('亿')) read = joinHundredMillions(text, read);
  if (text.includes('百分之')) read = withPercentsWritten(text, read);
  if (mayHoldNumeralWritten(text)) read = withNumeralsWritten(text, read);
  return read;
}

const NUMERAL_DIGITS = marksOf('零〇一二两三四五六七八九十');
// each mark, and on which side of it a numeral makes it part of a numeral written out
const MARKS_IN_NUMERALS: [string, number][] = [['点', -1], ['万', 1], ['亿', 1]];

/** Whether a numeral stands before a 点 or after a 万 or 亿 anywhere (looked for before the pattern is run). */
function mayHoldNumeralWritten(text: string): boolean {
  for (const [mark, side] of MARKS_IN_NUMERALS) {
    for (let at = text.indexOf(mark); at >= 0; at = text.indexOf(mark, at + 1)) {
      if (NUMERAL_DIGITS.has(text.charCodeAt(at + side))) return true;
    }
  }
  return false;
}

/** The figures with each numeral written with a point, or with 万 inside it, read whole in place of the end the scanner read. */
function withNumeralsWritten(text: string, figures: Figure[]): Figure[] {
  const written: Figure[] = [];
  for (const m of text.matchAll(NUMERAL_WRITTEN)) {
    const [all, numeral, fraction, unitWritten] = m as unknown as [string, string, string | undefined, string];
    // (万 or 亿 right before the unit is the unit's multiplier, read by the scanner: "三万元", "十二万件")
    const multiplierInside = /[万亿]/.test(numeral.slice(0, -1));
    if (fraction === undefined && !multiplierInside) continue;
    const unit = unitNamed(unitWritten);
    if (fraction !== undefined && !UNITS_OF_FRACTIONS.has(unit)) continue;
    const whole = parseChineseNumeral(numeral);
    const digits = fraction === undefined ? '' : chineseDigits(fraction);
    if (whole === undefined || digits === undefined) continue;
    written.push({ start: m.index, end: m.index + all.length, value: shiftDecimal(digits ? `${whole}.${digits}` : String(whole), 0), unit, approx: false, masked: false });
  }
  if (written.length === 0) return figures;
  const kept = figures.filter((f) => !written.some((w) => f.start < w.end && f.end > w.start));
  return [...kept, ...written].sort((a, b) => a.start - b.start);
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
