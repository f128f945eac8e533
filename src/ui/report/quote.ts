// Where a figure's quote stands in its report's text. The row's start/end refer to the
// extractor's cleaned text; when they do not fit the text at hand (the raw file, an older
// extraction) the quote is searched for, the way the contract's scorer compares them
// (src/extract/squash.ts — NFKC, no whitespace, no page-fragment markers, no inserted pinyin).
import { squash } from '../../extract/squash.ts';

export interface Span {
  start: number;
  end: number;
  how: 'offsets' | 'exact' | 'normalised';
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
