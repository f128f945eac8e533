// The one normal form the report-level guesses (title, year, period, place) read a text in. Pure TypeScript.
//
// NFKC (full-width → half-width), traditional → simplified, pinyin glosses inserted after characters
// ("報(bào)") removed; and the "related articles" lists web pages put after a report cut off.
// (The cleaned text rows point into is src/extract/clean.ts; this one is only read, never quoted.)
import { deleteFrom } from './find.ts';
import { PINYIN_GLOSS } from './squash.ts';
import { toSimplified } from './script.ts';

interface NormalForm {
  text: string;
  // Every character kept its place: NFKC changed nothing, no gloss was removed (the script changes
  // characters one for one). Then the normal form of the text's start is the start of this one (the
  // start of a text in NFKC is in NFKC; a gloss in the start would be one in the text).
  inPlace: boolean;
}

const GLOSS = new RegExp(PINYIN_GLOSS.source, 'y'); // tried only where a "(" stands (find.ts)

// A report's text and title are normalised by several guesses in turn: the last few are kept.
const known = new Map<string, NormalForm>();

// The last text known to be in NFKC already: a cleaned text is, but where cleaning met a character that may join the
// one before it (clean.ts).
let inNfkc: string | undefined;

/** Takes note of a text known to be in NFKC: normalising it need not read it to find so. */
export function noteNfkc(text: string): void {
  inNfkc = text;
}

function normalForm(text: string): NormalForm {
  let normal = known.get(text);
  if (normal === undefined) {
    const nfkc = text === inNfkc ? text : text.normalize('NFKC');
    const simplified = toSimplified(deleteFrom(nfkc, '(', GLOSS));
    normal = { text: simplified, inPlace: nfkc === text && simplified.length === text.length };
    if (known.size >= 6) known.delete(known.keys().next().value!);
    known.set(text, normal);
  }
  return normal;
}

/** NFKC, traditional → simplified, pinyin glosses removed. Lengths may change. */
export function normaliseText(text: string): string {
  return normalForm(text).text;
}

/** normaliseText(text.slice(0, length)); the start of the whole text's normal form where that is the same. */
export function normaliseStart(text: string, length: number): string {
  const whole = normalForm(text);
  return whole.inPlace ? whole.text.slice(0, length) : normaliseText(text.slice(0, length));
}

// The place, year and period guesses each cut the same normalised report: the last answer is kept.
let lastCut: { text: string; cut: string } | undefined;

/** Cuts off the "related articles" lists that web pages put after the report. */
export function cutRelated(text: string): string {
  if (lastCut?.text !== text) lastCut = { text, cut: relatedCutOff(text) };
  return lastCut.cut;
}

function relatedCutOff(text: string): string {
  const re = /相关(?:文章|推荐|阅读|范文|文档|内容|链接)|猜你喜欢|热门(?:文章|推荐|阅读)|上一篇|下一篇|延伸阅读|推荐阅读|更多相关/g;
  const late = text.length * 0.4;
  // Only a list's heading past 40% of the text counts: as none holds a line break, the search starts on the line
  // that passes it (what is found from there is what a search from the start finds).
  re.lastIndex = text.lastIndexOf('\n', late) + 1;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m.index > late) return text.slice(0, m.index);
  }
  return text;
}
