// Where sentences, clauses and paragraphs of a report's text start and end, looked for within bounds so
// that every look costs a bounded time however the text runs.

import { headingNumber } from './headings.ts';

export interface Span {
  start: number;
  end: number;
}

// A sentence longer than this is cut (at its last comma before the limit, or hard): no real sentence
// is that long, and every look at a figure's sentence then costs a bounded time, however the text runs.
const MAX_SENTENCE = 400;
// How far back a clause or a paragraph is looked for.
export const MAX_CLAUSE = 100;
const MAX_PARAGRAPH = 300;
// A 分别 list names a few things: at most this many figures, each name at most this long.
export const MAX_LISTED = 12;
export const MAX_NAME = 20;
// How far after a figure its own words are looked for ("913家高新技术企业"), and before it the lead.
export const MAX_AFTER = 24;
export const MAX_LEAD = 150;

/** Characters looked up by code in a table: texts are read character by character against these. */
// (one class, so that every look, whichever marks it reads, calls the same method and the engine inlines it)
export class Marks {
  readonly table = new Uint8Array(0x10000);
  constructor(chars: string) {
    for (let i = 0; i < chars.length; i++) this.table[chars.charCodeAt(i)] = 1;
  }
  has(code: number): boolean {
    return this.table[code] === 1;
  }
}
export function marksOf(chars: string): Marks {
  return new Marks(chars);
}

/** Words of approximation that may follow a figure ("21.6亿元左右", "35亿元以上"). */
export const APPROX_AFTER = /^(?:左右|以上|多|余)/;

/** What ends a sentence. */
export const SENTENCE_ENDS = '。!?;\n';

export const SENTENCE_MARKS = marksOf(SENTENCE_ENDS);
export const AFTER_END_MARKS = marksOf(',;。!?\n、\t');
export const STATEMENT_MARKS = marksOf('。!?\n');

/** A sentence (to 。 ! ? ; or a line break), and where the statement it ends or continues starts (to 。 ! ? or a line break). */
export interface Sentence extends Span {
  statement: number;
}

export function sentenceSpans(text: string): Sentence[] {
  const spans: Sentence[] = [];
  let statement = 0;
  const push = (start: number, end: number) => {
    while (end - start > MAX_SENTENCE) {
      let cut = start + MAX_SENTENCE;
      for (let i = cut - 1; i > start + MAX_SENTENCE / 2; i--) {
        if (text.charCodeAt(i) === 0x2c) {
          cut = i + 1;
          break;
        }
      }
      spans.push({ start, end: cut, statement });
      start = cut;
    }
    if (end > start) spans.push({ start, end, statement });
    if (STATEMENT_MARKS.has(text.charCodeAt(end - 1))) statement = end;
  };
  let start = 0;
  for (let at = 0; at < text.length; at++) {
    if (!SENTENCE_MARKS.has(text.charCodeAt(at))) continue;
    push(start, at + 1);
    start = at + 1;
  }
  push(start, text.length);
  return spans;
}

const CLAUSE_MARKS = marksOf(',;。!?\n:');
const CLAUSE_END_MARKS = marksOf(',;。!?\n');

/** Where the clause that holds `at` starts (after , ; 。 ! ? : or a line break), not before `floor`. */
export function clauseStart(text: string, at: number, floor: number): number {
  let i = at;
  const limit = Math.max(floor, at - MAX_CLAUSE);
  // "技术合同成交额:12.6亿元": a colon right before `at` (a figure's start) ends its label, not a clause
  if (i > limit && text.charCodeAt(i - 1) === 0x3a) i--;
  while (i > limit && !CLAUSE_MARKS.has(text.charCodeAt(i - 1))) i--;
  return i;
}

export function clauseEnd(text: string, at: number, ceiling: number): number {
  let i = at;
  const limit = Math.min(ceiling, at + MAX_CLAUSE);
  while (i < limit && !CLAUSE_END_MARKS.has(text.charCodeAt(i))) i++;
  return i;
}

const HEADING_OPENS = marksOf('一二三四五六七八九十(（0123456789');
const SENTENCE_END_IN_LINE = /[。!?;]/;

/** Where the heading line right before a paragraph starts (its words speak for the paragraph), or the paragraph's start. */
// a short heading line: "(一)一季度:抓开局", "二、上半年工作情况", "3.平台建设"
export function headingStart(text: string, paragraph: number): number {
  if (paragraph < 2) return paragraph;
  const line = paragraphStart(text, paragraph - 1);
  // (a heading is short, and opens on a numeral or a bracket)
  if (paragraph - line > 40 || !HEADING_OPENS.has(text.charCodeAt(line))) return paragraph;
  const words = text.slice(line, paragraph - 1);
  return headingNumber(words) && !SENTENCE_END_IN_LINE.test(words) ? line : paragraph;
}

/** Where the paragraph before `at` starts, looking back no further than MAX_PARAGRAPH characters. */
export function paragraphStart(text: string, at: number): number {
  const limit = Math.max(0, at - MAX_PARAGRAPH);
  // searched for in a slice: bounded by `limit`, and faster than reading back character by character
  return limit + text.slice(limit, at).lastIndexOf('\n') + 1;
}

/** Where `mark` first stands at or after `from` (the text's length if nowhere). */
export function indexOrEnd(text: string, mark: string, from: number): number {
  const at = text.indexOf(mark, from);
  return at < 0 ? text.length : at;
}
