// The publisher a government page names in its header ("来源:三门县科学技术局", "发布机构: 淄川区科学技术局",
// "信息来源:荆州市科学技术局"): the bureau whose report it is. Page cleaning drops these lines as
// furniture, so they are read from the page as read. Only a bureau's name counts ("来源:红网" is a
// newspaper, "发布机构: 市科技局" names no place). Pure TypeScript.
import { normaliseText } from '../normalise.ts';
import { BUREAU } from './mentions.ts';

const PUBLISHER = new RegExp(`(?:来源|发布机构|发布单位|信息来源|供稿单位)\\s*[:：]?\\s*([^\\s|:：]{1,16}?(?:${BUREAU}))`, 'g');

// the lines that may name it, in either script (only they are normalised)
const FIELD_LINES = /^.*(?:来源|來源|发布|發布|供稿).*$/gm;

/** The bureaus the page's header names as its publisher, one per line (the text to scan for a place). */
export function publisherOf(page: string): string {
  const lines = page.match(FIELD_LINES);
  if (!lines) return '';
  return [...normaliseText(lines.join('\n')).matchAll(PUBLISHER)].map((m) => m[1]!).join('\n');
}
