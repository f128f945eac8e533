// The publisher a government page names in its header ("来源:三门县科学技术局", "发布机构: 淄川区科学技术局",
// "信息来源:荆州市科学技术局"): the bureau whose report it is. Page cleaning drops these lines as
// furniture, so they are read from the page as read. Only a bureau's name counts ("来源:红网" is a
// newspaper, "发布机构: 市科技局" names no place). Pure TypeScript.
import { normaliseText } from '../normalise.ts';
import { BUREAU } from './mentions.ts';

const PUBLISHER = new RegExp(`(?:来源|发布机构|发布单位|信息来源|供稿单位)\\s*[:：]?\\s*([^\\s|:：]{1,16}?(?:${BUREAU}))`, 'g');

// the words of the lines that may name it, in either script (only those lines are normalised); and the words that
// name the page's previous or next article (neighbours.ts), looked for in the same pass
const FIELD_WORDS = /来源|來源|发布|發布|供稿/;
const PAGE_WORDS = /来源|來源|发布|發布|供稿|上一|下一/g;
const NEIGHBOUR_WORDS = /上一|下一/;

/** The bureaus the page's header names as its publisher, one per line (the text to scan for a place), from its field lines. */
export function publisherOf(lines: string[]): string {
  if (!lines.length) return '';
  return [...normaliseText(lines.join('\n')).matchAll(PUBLISHER)].map((m) => m[1]!).join('\n');
}

/** The page's lines that hold a field word, whole and in order (what /^.*(?:来源|…).*$/gm matches). */
export function fieldLines(page: string): string[] {
  return readPage(page).fieldLines;
}

/**
 * The page's field lines, and whether it names its previous or next article anywhere (what /上一|下一/ finds), read
 * in one pass: no field word shares a character with those.
 */
export function readPage(page: string): { fieldLines: string[]; namesNeighbours: boolean } {
  const lines: string[] = [];
  let namesNeighbours = false;
  const words = new RegExp(PAGE_WORDS);
  // a field word is looked for, then its line around it; the next after that line
  for (let m = words.exec(page); m; m = words.exec(page)) {
    if (!FIELD_WORDS.test(m[0])) {
      namesNeighbours = true;
      continue;
    }
    let start = m.index;
    while (start > 0 && !isLineBreak(page.charCodeAt(start - 1))) start--;
    let end = m.index;
    while (end < page.length && !isLineBreak(page.charCodeAt(end))) end++;
    const line = page.slice(start, end);
    lines.push(line);
    // (the rest of the line is not searched again)
    if (!namesNeighbours && NEIGHBOUR_WORDS.test(line)) namesNeighbours = true;
    words.lastIndex = end;
  }
  return { fieldLines: lines, namesNeighbours };
}

// (where a regular expression's lines end: \n, \r, U+2028, U+2029)
function isLineBreak(code: number): boolean {
  return code === 0x0a || code === 0x0d || code === 0x2028 || code === 0x2029;
}
