// The one normal form the report-level guesses (title, year, period, place) read a text in. Pure TypeScript.
//
// NFKC (full-width → half-width), traditional → simplified, pinyin glosses inserted after characters
// ("報(bào)") removed; and the "related articles" lists web pages put after a report cut off.
// (The cleaned text rows point into is src/extract/clean.ts; this one is only read, never quoted.)
import { PINYIN_GLOSS } from './squash.ts';
import { toSimplified } from './script.ts';

// A report's text and title are normalised by several guesses in turn: the last few are kept.
const known = new Map<string, string>();

/** NFKC, traditional → simplified, pinyin glosses removed. Lengths may change. */
export function normaliseText(text: string): string {
  let normal = known.get(text);
  if (normal === undefined) {
    normal = toSimplified(text.normalize('NFKC').replace(PINYIN_GLOSS, ''));
    if (known.size >= 6) known.delete(known.keys().next().value!);
    known.set(text, normal);
  }
  return normal;
}

/** Cuts off the "related articles" lists that web pages put after the report. */
export function cutRelated(text: string): string {
  const re = /相关(?:文章|推荐|阅读|范文|文档|内容|链接)|猜你喜欢|热门(?:文章|推荐|阅读)|上一篇|下一篇|延伸阅读|推荐阅读|更多相关/g;
  for (const m of text.matchAll(re)) {
    if (m.index > text.length * 0.4) return text.slice(0, m.index);
  }
  return text;
}
