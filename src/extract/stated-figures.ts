// Figures as stated: a number, 余/多/+, a multiplier, 余/多/+, the unit, then 左右/以上 and no numeral
// ("1,234.5万元", "3千余家", "**家", "x.xx亿元", "两千三百万元", "200家左右"), read by hand from a
// digit, a numeral, a star or an x. The number is one of
//   digits: up to 16, then up to 5 groups ",ddd", then "." and up to 8 decimals ("1,234.5")
//   numerals: up to 12 of 〇零一二两三四五六七八九十百千
//   a mask of stars: up to 4 digits, 1 to 8 stars, up to 4 digits ("1*", "***"); or 1 to 4 digits, ".", up to
//     4 digits and 1 to 4 stars ("0.6*"); after a digit, an x is a star ("4x", "2XX", "0.7X")
//   a mask of x: 1 to 4 of xX×, then "." and 1 to 3 more, with no Latin letter on either side ("x.xx")
// Each part takes as much as it can, with bounds: no figure has more digits than this, and a long run
// of digits (or numerals) then costs a bounded time at each start. A part cut short would leave a
// character (a digit, a numeral, a comma, a point, a star, an x) that no unit can start with, so a
// number is read in its longest form or not at all; what follows it is tried in a set order (withUnit).
// test/extract/figure-scanner.test.ts holds this to the regular expression it replaced.
import { marksOf, type Marks } from './spans.ts';

/** A figure as it stands in the text, before it is checked and read (figures.ts). */
export interface Stated {
  start: number;
  numberEnd: number; // the number as written, from start: "1,234.5", "两千", "**", "x.xx"
  masked: boolean;
  multiplier: string; // 万 亿 千 百, or ''
  unit: string; // as written
  approx: boolean; // 余/多 after the number, 左右/以上 after the unit
  end: number; // after the unit
  after: number; // the length of 左右/以上 after the unit
}

// The units, a longer one before the shorter it starts with (亿元 before 亿, 人次 before 人).
const UNITS = ['亿元', '亿', '万元', '万', '元', '个百分点', '%', '‰', '人次', '家次', '家', '户', '项', '个', '件', '人', '名', '位', '场次', '场', '次', '期', '条', '份', '座', '处'];
// 亿 alone is 亿元 ("成交额达12.5亿"), unless another unit follows (亿人次, 亿件); 万 alone is 万元
// ("争取上级资金3000万"), unless a unit, or 余/多 before one, follows (1.2万人次, 3万家, 3000万余元), or 亿 (4.78万亿元)
// (处于, 处理, 处室: no count of places)
const NOT_AFTER: Record<string, string> = { 亿: '人件个项家户次元美', 万: '人件个项家次元美亩吨平户台套名位册辆头只株份张篇余多场期笔千百条亿座处', 处: '于理置罚长室级' };
/** The units as a regular expression. */
export const UNIT = UNITS.map((unit) => (NOT_AFTER[unit] ? `${unit}(?![${NOT_AFTER[unit]}])` : unit)).join('|');

// a mask's marks: stars, and the boxes, circles and underscores of a form to fill in (□□家, ○○家, __家)
const MASK_MARKS = '*□○_';
const STARTS = marksOf(`0123456789〇零一二两三四五六七八九十百千${MASK_MARKS}xX×`);
const DIGITS = marksOf('0123456789');
const NUMERALS = marksOf('〇零一二两三四五六七八九十百千');
const STARS = marksOf(MASK_MARKS);
const X_MASKS = marksOf('xX×');
const HIDING = marksOf(`${MASK_MARKS}xX×`);
const LATIN = marksOf('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz');
// (and "+" as posts write 以上: "30+场", "3,800+家")
const APPROX_WORDS = marksOf('余多+');
const MULTIPLIERS = marksOf('万亿千百');
const UNIT_STARTS = marksOf(UNITS.map((unit) => unit[0]).join(''));
// each unit with the characters that may not follow it, by its first character (looked up once a place)
const UNITS_BY_FIRST = new Map<number, { unit: string; notAfter: Marks | undefined }[]>();
for (const unit of UNITS) {
  const first = unit.charCodeAt(0);
  UNITS_BY_FIRST.set(first, [...(UNITS_BY_FIRST.get(first) ?? []), { unit, notAfter: NOT_AFTER[unit] ? marksOf(NOT_AFTER[unit]) : undefined }]);
}
// no numeral follows a figure: "二" in "1家二" may start the next one's number
const NUMERAL_AFTER = marksOf('一二三四五六七八九十');
const COMMA = ','.charCodeAt(0);
const POINT = '.'.charCodeAt(0);

/** The first figure stated at or after `from`, if any. */
export function nextStated(text: string, from: number): Stated | undefined {
  // where the run of digits, or of stars, `at` stands in ends, once measured
  let digitsEnd = -1;
  let starsEnd = -1;
  // Whether the number in digits read from an earlier digit of the run had no unit: read from any later
  // one (no more than 16 before the run's end), it ends at the same place, and what follows is the same.
  let unitlessRun = false;
  for (let at = from; at < text.length; at++) {
    const code = text.charCodeAt(at);
    if (!STARTS.has(code)) continue;
    // More than 16 digits on, the number stops at 16, before a digit, where no unit and no star can
    // stand; more than 8 stars on, a mask stops at 8, before a star. The first start that can be a
    // figure's is 16 digits (8 stars) before the run's end.
    if (DIGITS.has(code)) {
      if (at >= digitsEnd) {
        digitsEnd = runEnd(text, at, DIGITS, Infinity);
        unitlessRun = false;
      }
      if (digitsEnd - at > 16) {
        at = digitsEnd - 17;
        continue;
      }
      const stated = (unitlessRun ? undefined : withUnit(text, at, arabicEnd(text, digitsEnd), false)) ?? withUnit(text, at, starMaskEnd(text, at), true);
      if (stated) return stated;
      unitlessRun = true;
      continue;
    }
    if (STARS.has(code)) {
      if (at >= starsEnd) starsEnd = runEnd(text, at, STARS, Infinity);
      if (starsEnd - at > 8) {
        at = starsEnd - 9;
        continue;
      }
    }
    const stated = statedAt(text, at);
    if (stated) return stated;
  }
  return undefined;
}

/** The figure stated at `at`, a numeral, star or x (not a digit: nextStated reads those), if one starts there. */
function statedAt(text: string, at: number): Stated | undefined {
  const first = text.charCodeAt(at);
  if (NUMERALS.has(first)) return withUnit(text, at, runEnd(text, at, NUMERALS, 12), false);
  if (STARS.has(first)) return withUnit(text, at, starMaskEnd(text, at), true);
  return withUnit(text, at, xMaskEnd(text, at), true);
}

/** Where a number in digits ends, from the end of its first run of digits (no more than 16). */
function arabicEnd(text: string, digitsEnd: number): number {
  let end = digitsEnd;
  for (let groups = 0; groups < 5 && text.charCodeAt(end) === COMMA && runEnd(text, end + 1, DIGITS, 3) === end + 4; groups++) end += 4;
  if (text.charCodeAt(end) === POINT && DIGITS.has(text.charCodeAt(end + 1))) end = runEnd(text, end + 1, DIGITS, 8);
  return end;
}

function starMaskEnd(text: string, at: number): number {
  const stars = runEnd(text, at, DIGITS, 4);
  // (after a digit an x hides digits as a star does: "4x家", "2XX余万元", "0.7X%")
  const hiding = stars > at ? HIDING : STARS;
  if (!hiding.has(text.charCodeAt(stars))) {
    // "0.6*%": a fraction whose last digits are hidden
    if (stars === at || text.charCodeAt(stars) !== POINT) return -1;
    const hidden = runEnd(text, stars + 1, DIGITS, 4);
    return hiding.has(text.charCodeAt(hidden)) ? runEnd(text, hidden, hiding, 4) : -1;
  }
  const end = runEnd(text, runEnd(text, stars, hiding, 8), DIGITS, 4);
  // "**.*亿元": the fraction hidden too
  const fraction = text.charCodeAt(end) === POINT ? runEnd(text, runEnd(text, end + 1, DIGITS, 4), hiding, 4) : end;
  return fraction > end + 1 ? runEnd(text, fraction, DIGITS, 4) : end;
}

function xMaskEnd(text: string, at: number): number {
  if (LATIN.has(text.charCodeAt(at - 1))) return -1;
  let end = runEnd(text, at, X_MASKS, 4);
  if (text.charCodeAt(end) === POINT && X_MASKS.has(text.charCodeAt(end + 1))) end = runEnd(text, end + 1, X_MASKS, 3);
  return LATIN.has(text.charCodeAt(end)) ? -1 : end;
}

/** Where a run of up to `most` of these characters from `at` ends. */
function runEnd(text: string, at: number, chars: Marks, most: number): number {
  let end = at;
  while (end < at + most && chars.has(text.charCodeAt(end))) end++;
  return end;
}

/**
 * The number from `start` to `numberEnd` with what follows it, tried in this order until one fits:
 * 余/多 or not; no multiplier, then one; 余/多 or not; each unit that stands there, in the order of
 * UNITS; 左右/以上 or not; and then no numeral.
 */
function withUnit(text: string, start: number, numberEnd: number, masked: boolean): Stated | undefined {
  if (numberEnd < 0) return undefined;
  for (let approxEnd = APPROX_WORDS.has(text.charCodeAt(numberEnd)) ? numberEnd + 1 : numberEnd; approxEnd >= numberEnd; approxEnd--) {
    const most = MULTIPLIERS.has(text.charCodeAt(approxEnd)) ? approxEnd + 1 : approxEnd;
    for (let multiplierEnd = approxEnd; multiplierEnd <= most; multiplierEnd++) {
      const unitAt = APPROX_WORDS.has(text.charCodeAt(multiplierEnd)) ? multiplierEnd + 1 : multiplierEnd;
      for (let at = unitAt; at >= multiplierEnd; at--) {
        if (!UNIT_STARTS.has(text.charCodeAt(at))) continue;
        for (const { unit, notAfter } of UNITS_BY_FIRST.get(text.charCodeAt(at))!) {
          if (!text.startsWith(unit, at) || notAfter?.has(text.charCodeAt(at + 1))) continue;
          const end = at + unit.length;
          for (let after = text.startsWith('左右', end) || text.startsWith('以上', end) ? 2 : 0; after >= 0; after -= 2) {
            if (NUMERAL_AFTER.has(text.charCodeAt(end + after))) continue;
            const multiplier = multiplierEnd > approxEnd ? text[approxEnd]! : '';
            return { start, numberEnd, masked, multiplier, unit, approx: approxEnd > numberEnd || at > multiplierEnd || after > 0, end, after };
          }
        }
      }
    }
  }
  return undefined;
}
