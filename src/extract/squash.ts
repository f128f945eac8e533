// The contract's light normalisation (../shared/spec/data-contract.md): a quote must be findable in the
// original file once both are reduced to NFKC with no page-fragment markers ("\n6、"), no pinyin glosses
// ("(bào)") and no whitespace — score-extraction.mjs's `squash`, in that order. The cleaned text
// (clean.ts) does more and keeps every offset; this is only compared, never quoted. It imports nothing,
// so that the page's report view can search a quote without the extractor's script tables.

/** The letters of a pinyin gloss some sites insert after a character ("報(bào)"). */
export const PINYIN_LETTERS = 'a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü';

/** A pinyin gloss wherever it stands (the light normalisation's, and the report-level guesses': normalise.ts). */
export const PINYIN_GLOSS = new RegExp(`\\([${PINYIN_LETTERS}]+\\)`, 'g');
const FRAGMENT_MARKER = /\n\s*\d{1,2}、/g;
const WHITESPACE = /\s+/g;

/** Deletes a pattern's matches from a text whose characters carry their origins. */
function deleteWithOrigins(text: string, origin: number[], pattern: RegExp): { text: string; origin: number[] } {
  let kept = '';
  const keptOrigin: number[] = [];
  let at = 0;
  for (const m of text.matchAll(pattern)) {
    kept += text.slice(at, m.index);
    for (let k = at; k < m.index; k++) keptOrigin.push(origin[k]!);
    at = m.index + m[0].length;
  }
  kept += text.slice(at);
  for (let k = at; k < text.length; k++) keptOrigin.push(origin[k]!);
  return { text: kept, origin: keptOrigin };
}

/**
 * The text as the contract compares it, with the index in `text` of every kept character. NFKC is
 * taken code point by code point (as cleaning takes it), so that each character has one origin; the
 * markers, glosses and whitespace are then deleted from the NFKC form, in the scorer's order.
 */
export function squash(text: string): { squashed: string; origin: number[] } {
  let normal = '';
  const origin: number[] = [];
  for (let index = 0; index < text.length; ) {
    const char = String.fromCodePoint(text.codePointAt(index)!);
    const part = char.normalize('NFKC');
    normal += part;
    for (let k = 0; k < part.length; k++) origin.push(index);
    index += char.length;
  }
  let squashed = { text: normal, origin };
  for (const pattern of [FRAGMENT_MARKER, PINYIN_GLOSS, WHITESPACE]) squashed = deleteWithOrigins(squashed.text, squashed.origin, pattern);
  return { squashed: squashed.text, origin: squashed.origin };
}
