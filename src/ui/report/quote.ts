// Where a figure's quote stands in its report's text. The row's start/end refer to the
// extractor's cleaned text; when they do not fit the text at hand (the raw file, an older
// extraction) the quote is searched for, the way the contract's scorer compares them:
// NFKC, no whitespace, no page-fragment markers ("\n6、"), no inserted pinyin ("(bào)").

export interface Span {
  start: number;
  end: number;
  how: 'offsets' | 'exact' | 'normalised';
}

const FRAGMENT_MARKER = /\n\s*\d{1,2}、/y;
const PINYIN = /\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)/y;

/** The text squashed as the scorer does it, with the index in `text` of every kept character. */
export function squash(text: string): { squashed: string; origin: number[] } {
  let squashed = '';
  const origin: number[] = [];
  for (let index = 0; index < text.length; ) {
    for (const skip of [FRAGMENT_MARKER, PINYIN]) {
      skip.lastIndex = index;
      if (skip.test(text)) index = skip.lastIndex;
    }
    if (index >= text.length) break;
    const code = text.codePointAt(index) ?? 0;
    const char = String.fromCodePoint(code);
    for (const part of char.normalize('NFKC')) {
      if (!/\s/.test(part)) {
        squashed += part;
        origin.push(index);
      }
    }
    index += char.length;
  }
  return { squashed, origin };
}

export function locateQuote(text: string, quote: string, start = -1, end = -1): Span | null {
  if (quote === '') return null;
  if (start >= 0 && end > start && text.slice(start, end) === quote) return { start, end, how: 'offsets' };
  const exact = nearest(text, quote, start);
  if (exact >= 0) return { start: exact, end: exact + quote.length, how: 'exact' };
  const haystack = squash(text);
  const needle = squash(quote).squashed;
  if (needle === '') return null;
  const found = haystack.squashed.indexOf(needle);
  if (found < 0) return null;
  const first = haystack.origin[found] ?? 0;
  const last = haystack.origin[found + needle.length - 1] ?? first;
  return { start: first, end: last + (String.fromCodePoint(text.codePointAt(last) ?? 0).length), how: 'normalised' };
}

/** The occurrence of `quote` nearest to `hint` (a quote like "19%和18%" can stand twice). */
function nearest(text: string, quote: string, hint: number): number {
  let best = -1;
  for (let at = text.indexOf(quote); at >= 0; at = text.indexOf(quote, at + 1)) {
    if (best < 0 || Math.abs(at - hint) < Math.abs(best - hint)) best = at;
  }
  return best;
}
