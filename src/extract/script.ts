// Traditional → simplified characters, for matching only: reports in traditional script ("青島市",
// "申報") must meet the same rules. Conversion is character by character (OpenCC's tw → cn table),
// so the result has exactly the length of the input: an offset in it is an offset in the cleaned
// text, and quotes are still taken from the cleaned text.
import { Converter } from 'opencc-js/t2cn';

const convert = Converter({ from: 'tw', to: 'cn' });
// simple[code] is the simplified form of the character with that code, filled as characters are met
// (0: not looked up yet).
const simple = new Uint16Array(0x10000);

// Japanese forms a converter or a font leaves in Chinese text ("産値", "増加値"), which no Chinese word is written
// with and OpenCC's tw table leaves alone
const JAPANESE_FORMS: Record<string, string> = {
  値: '值', 増: '增', 発: '发', 県: '县', 経: '经', 済: '济', 総: '总', 営: '营', 専: '专', 単: '单', 転: '转', 関: '关', 労: '劳', 歩: '步',
};

// variant forms of a character that a font or a scan leaves in a report ("髙新技术企业") and OpenCC's table leaves alone
const VARIANT_FORMS: Record<string, string> = { 髙: '高', 淸: '清' };

function simplifiedCode(code: number): number {
  let result = simple[code]!;
  if (result === 0) {
    const char = String.fromCharCode(code);
    const converted = JAPANESE_FORMS[char] ?? VARIANT_FORMS[char] ?? convert(char);
    result = converted.length === 1 ? converted.charCodeAt(0) : code;
    simple[code] = result;
  }
  return result;
}

// A report's whole text is converted several times (cleaning, the report-level guesses, its rows), its
// title's lines between: the last two long texts converted are kept, or the last two texts (of any
// length) cleaning found no traditional character in, each its own conversion.
const LONG = 1000;
const kept: { text: string; simplified: string }[] = [];

/** Whether converting changes this character (a traditional character with a simplified form). */
export function isTraditional(code: number): boolean {
  if (code < 0x3400 || (code > 0x9fff && (code < 0xf900 || code > 0xfaff))) return false;
  const result = simple[code]!;
  return result === 0 ? simplifiedCode(code) !== code : result !== code;
}

/** Takes note of a text known to be in the simplified script already: it is its own conversion. */
export function noteSimplified(text: string): void {
  if (!kept.some((k) => k.text === text)) keep({ text, simplified: text });
}

function keep(conversion: { text: string; simplified: string }): void {
  kept.unshift(conversion);
  kept.length = Math.min(kept.length, 2);
}

export function toSimplified(text: string): string {
  let found = kept.find((k) => k.text === text);
  if (found) return found.simplified;
  if (text.length < LONG) return convertText(text);
  // the beginning of a text kept (its title's lines): the conversion of the text, cut as long
  for (const k of kept) if (k.text.startsWith(text)) return k.simplified.slice(0, text.length);
  found = { text, simplified: convertText(text) };
  keep(found);
  return found.simplified;
}

function convertText(text: string): string {
  let out = '';
  let copied = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // Only CJK ideographs have traditional forms; everything else is copied as it is.
    if (code < 0x3400 || (code > 0x9fff && (code < 0xf900 || code > 0xfaff))) continue;
    const result = simplifiedCode(code);
    if (result !== code) {
      out += text.slice(copied, i) + String.fromCharCode(result);
      copied = i + 1;
    }
  }
  return copied === 0 ? text : out + text.slice(copied);
}
