// Text copied from a PDF or a printed page keeps the page's line breaks: a sentence runs on across
// them ("…同比\n增长46.04%", "推荐申报数较去年同期增长\nX%"), and a break would end it there. Such a
// page is known by its lines: most long lines are one width, the page's, measured as print measures
// it (a Chinese character or mark two columns, a digit or Latin letter one). A break after a line of
// the page's width that does not end a sentence is no break in the report's words.

import { headingNumber } from './headings.ts';
import { marksOf } from './spans.ts';
import { toSimplified } from './script.ts';
import { findWords } from './words.ts';

/** A line ending in one of these ends its sentence, wrapped or not. */
const ENDS_SENTENCE = marksOf('。!?;:');

/** Below this width a line is a heading or a paragraph's last line, never a page's full line. */
const LONG_LINE = 40;
/** How far a full line may fall short of the page's width (a digit, a bracket at the end) or run over it. */
const SHORT_BY = 4;
const OVER_BY = 2;
/** A line of a wrapped page may fall shorter still and run on: the spaces cleaning took out of it were print columns. */
const RUNS_ON_SHORT_BY = 10;
/** How many long lines, and what share of them, must be of one width for the page to be wrapped. */
const FULL_LINES = 6;
const FULL_SHARE = 0.6;

function isNarrow(code: number): boolean {
  return (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) || code === 0x2e || code === 0x25 || code === 0x2d;
}

/** The print width of every line of the text. */
function lineWidths(text: string): number[] {
  const widths: number[] = [];
  let width = 0;
  for (let k = 0; k < text.length; k++) {
    const code = text.charCodeAt(k);
    if (code === 0x0a) {
      widths.push(width);
      width = 0;
    } else width += isNarrow(code) ? 1 : 2;
  }
  widths.push(width);
  return widths;
}

/** The page's width if its long lines are mostly one width (a wrapped page), else undefined. */
function pageWidth(widths: number[]): number | undefined {
  const count: number[] = [];
  let long = 0;
  for (const width of widths) {
    if (width < LONG_LINE) continue;
    count[width] = (count[width] ?? 0) + 1;
    long++;
  }
  if (long < FULL_LINES) return undefined;
  let best = 0;
  let bestCount = 0;
  for (let top = LONG_LINE; top < count.length; top++) {
    if (!count[top]) continue;
    let near = 0;
    for (let width = top - SHORT_BY; width <= top + OVER_BY; width++) near += count[width] ?? 0;
    if (near >= bestCount) [best, bestCount] = [top, near];
  }
  return bestCount >= FULL_LINES && bestCount >= FULL_SHARE * long ? best : undefined;
}

/** Whether a line ending in this character may run on: a Chinese character, a digit or a mark inside a sentence (not a URL's letter). */
function runsOn(code: number): boolean {
  return (code >= 0x4e00 && code <= 0x9fff) || (code >= 0x30 && code <= 0x39) || (code > 0x2000 && !ENDS_SENTENCE.has(code)) || code === 0x2c || code === 0x25;
}

/** Whether the line from `at` starts anew: it is blank, or opens on a heading's mark or number (【概况】, 一、, (一), 1、). */
function opensAnew(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  return at >= text.length || code === 0x0a || code === 0x3010 || headingNumber(text.slice(at, at + 8)) !== undefined;
}

/**
 * Whether some line could run on at all: one long enough to be a full line (of at least 30 print
 * columns, so 15 characters) that does not end its sentence. Most texts have none, and are done.
 */
function someLineRunsOn(text: string): boolean {
  let lineStart = 0;
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', lineStart)) {
    if (at - lineStart >= (LONG_LINE - RUNS_ON_SHORT_BY) / 2 && runsOn(text.charCodeAt(at - 1))) return true;
    lineStart = at + 1;
  }
  return false;
}

/** Offsets of the line breaks that a printed page put inside a sentence; none on a page not wrapped. */
export function wrappedLineBreaks(text: string): number[] {
  if (!someLineRunsOn(text)) return [];
  const widths = lineWidths(text);
  const width = pageWidth(widths);
  if (width === undefined) return [];
  const breaks: number[] = [];
  let lineStart = 0;
  let address = text.indexOf('://'); // the next web address from the line on: a line holding one is no sentence
  let at = text.indexOf('\n');
  for (let k = 0; at >= 0; k++) {
    while (address >= 0 && address < lineStart) address = text.indexOf('://', address + 1);
    const full = widths[k]! >= width - RUNS_ON_SHORT_BY && widths[k]! <= width + OVER_BY;
    const holdsAddress = address >= 0 && address < at;
    // (a table's rows are lines of their own, however long)
    if (full && !holdsAddress && runsOn(text.charCodeAt(at - 1)) && !opensAnew(text, at + 1) && !inTable(text, lineStart, at)) breaks.push(at);
    lineStart = at + 1;
    at = text.indexOf('\n', lineStart);
  }
  return breaks;
}

/** Whether the line from `lineStart` to the break at `at`, or the line after it, holds a table's cells. */
function inTable(text: string, lineStart: number, at: number): boolean {
  const nextEnd = text.indexOf('\n', at + 1);
  return text.slice(lineStart, at).includes('\t') || text.slice(at + 1, nextEnd < 0 ? text.length : nextEnd).includes('\t');
}

// What a line cannot end on unless its sentence runs on: an enumeration's or clause's mark, or a word
// that wants what follows ("总数达到\n152家", "同比\n增长14.3%")
const RUNS_ON_MARK = marksOf(',、(');
const WANTS_MORE = /(?:达到|达|为|同比|较|比|的|和|及|与|共|累计|实现|完成|增长|占|其中|分别|突破|超过|新增|申报|认定|获批)$/;
// a unit opening a line, whose number ended the line before ("达1.27\n亿元"), or a figure opening a line
// whose words ended the line before ("研发费用支出\n4.62亿元", "征集技术难题20\n3项")
const UNIT_OPENING = /^(?:亿元|万元|亿|万|元|家|项|个|件|人次|人|场|%|次|期|月|年)/;
// a line that opens on what wants the words before it ("全市高新技术企业\n达到37家", "…产值\n同比增长14%")
const NEEDS_BEFORE = /^(?:达到|累计达|同比增长|同比|增长|实现|完成|突破|超过)[\d\u4e00-\u9fff]/;
const FIGURE_OPENING = /^[\d.,\s]*\d[\d.,\s]*(?:亿元|万元|亿|万|家|项|个|件|人次|人|场|%)/;
/** A line that is a figure alone, as a digest lays its figures out ("271家", "第3位"). */
const FIGURE_ALONE = /^\s*(?:第)?[\d.,]+[^\s\d,;。]{0,4}\s*$/;
const NUMERALS = '〇零一二两三四五六七八九十百千万亿';
// two characters of a word the report's words often break in ("成\n交额", "授\n权", "研\n发")
const BIGRAMS = new Set([
  '成交', '研发', '增长', '授权', '申请', '认定', '企业', '技术', '项目', '资金', '经费', '产值', '同比', '专利', '创新', '科技',
  '孵化', '载体', '平台', '高新', '发明', '合同', '投入', '支出', '强度', '实现', '完成', '累计', '新增', '入库', '评价', '培育',
  '申报', '立项', '争取', '走访', '征集', '解决', '对接', '特派', '众创', '空间', '研究', '中心', '实验', '工程', '院士', '人次',
  '亿元', '万元', '预计', '增加', '交易', '登记', '型中', '中小', '小企', '术企', '技型', '新技', '产业', '增速',
]);

/**
 * Offsets of line breaks that cut a sentence wherever they stand, on any page: after a mark or a word
 * no sentence ends on, between a number and its unit, or inside a word ("研\n发投入", "预\n计").
 */
export function brokenSentenceBreaks(text: string): number[] {
  const breaks: number[] = [];
  let lineStart = 0;
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', lineStart)) {
    const previous = lineStart;
    lineStart = at + 1;
    const last = text.charCodeAt(at - 1);
    if (at === previous || ENDS_SENTENCE.has(last) || opensAnew(text, at + 1) || isHeading(text, previous, at)) continue;
    // (a table's rows are lines of their own)
    if (inTable(text, previous, at)) continue;
    // (read in the simplified script: the words are)
    const next = toSimplified(text.slice(at + 1, at + 12));
    const before = toSimplified(text.slice(Math.max(previous, at - 4), at));
    const cjk = last >= 0x4e00 && last <= 0x9fff;
    // (a digest's label under its figure ends its line: "一起来看这些数字——\n1145家\n…\n62家\n全年新增高新技术企业数量\n271家")
    if (cjk && previous > 0 && FIGURE_ALONE.test(text.slice(at + 1, lineEndFrom(text, at + 1))) && opensOnFigure(text, lineStartBefore(text, previous))) continue;
    const digit = last >= 0x30 && last <= 0x39;
    if (
      RUNS_ON_MARK.has(last) || WANTS_MORE.test(before) ||
      ((digit || last === 0x2e) && (UNIT_OPENING.test(next) || FIGURE_OPENING.test(next))) ||
      (cjk && (FIGURE_OPENING.test(next) || BIGRAMS.has(before.slice(-1) + next[0]) || wordAcross(before, next.slice(0, 4)))) ||
      (cjk && at - previous > 12 && NEEDS_BEFORE.test(next)) ||
      (NUMERALS.includes(before.slice(-1)) && (NUMERALS.includes(next[0]!) || UNIT_OPENING.test(next)))
    ) {
      breaks.push(at);
    }
  }
  return breaks;
}

function lineEndFrom(text: string, from: number): number {
  const end = text.indexOf('\n', from);
  return end < 0 ? text.length : end;
}

/** Where the line before the one that starts at `lineStart` (> 0) starts. */
export function lineStartBefore(text: string, lineStart: number): number {
  return text.lastIndexOf('\n', lineStart - 2) + 1;
}

/**
 * Whether the line at `lineStart` is a figure alone in a digest that puts each label under its figure: the run of
 * figures and labels it stands in opens on a figure under an introduction (a line ending in —— or a colon), not on a label.
 */
export function opensOnFigure(text: string, lineStart: number): boolean {
  if (!FIGURE_ALONE.test(text.slice(lineStart, lineEndFrom(text, lineStart)))) return false;
  let start = lineStart;
  for (let pairs = 0; pairs < MOST_PAIRS_UP && start > 0; pairs++) {
    const labelStart = lineStartBefore(text, start);
    const figureLine = labelStart > 0 ? text.slice(lineStartBefore(text, labelStart), labelStart - 1) : '';
    if (!FIGURE_ALONE.test(figureLine)) return INTRODUCTION_ENDS.test(text.slice(labelStart, start - 1).trim());
    start = lineStartBefore(text, labelStart);
  }
  return false;
}
const MOST_PAIRS_UP = 20;
const INTRODUCTION_ENDS = /(?:——|—|:)$/;

/** A numbered line no longer than this is a heading, whatever it ends on ("一、科技创新主要指标稳步增长"). */
const HEADING_MOST = 20;

/** Whether the line from `start` to `end` is a heading: short, and opening on a heading's number. */
function isHeading(text: string, start: number, end: number): boolean {
  return end - start <= HEADING_MOST && headingNumber(text.slice(start, start + 8)) !== undefined;
}

/** Whether a word of the groups runs across the break between `before` and `next` ("授" + "权217件"). */
function wordAcross(before: string, next: string): boolean {
  const window = before + next;
  for (const w of findWords(window)) if (w.index < before.length && w.index + w.word.length > before.length) return true;
  return false;
}
