// Numerals: Arabic and Chinese, with 万/亿/千/百 multipliers, read exactly.
// Values are computed on decimal strings, so 1.2万 is 12000 and 25832023万元 is 2583.2023亿元, not
// 2583.2023000000003. (Numeral libraries were checked and rejected: nzh reads 两千三百万 as 3000000
// and 1.2万 as 0 without an error.)

const DIGITS: Record<string, number> = {
  〇: 0, 零: 0, 一: 1, 壹: 1, 二: 2, 贰: 2, 两: 2, 三: 3, 叁: 3, 四: 4, 肆: 4,
  五: 5, 伍: 5, 六: 6, 陆: 6, 七: 7, 柒: 7, 八: 8, 捌: 8, 九: 9, 玖: 9,
};
const SMALL_UNITS: Record<string, number> = { 十: 10, 拾: 10, 百: 100, 佰: 100, 千: 1000, 仟: 1000 };
const BIG_UNITS: Record<string, number> = { 万: 1e4, 亿: 1e8 };
/** Powers of ten of the multipliers that may follow an Arabic number (1.2万, 3千). */
const MULTIPLIER_EXPONENT: Record<string, number> = { 十: 1, 百: 2, 千: 3, 万: 4, 亿: 8 };


/** Chinese digits read one by one, as written after a point ("二点零五" → "05" after 点), or undefined. */
export function chineseDigits(text: string): string | undefined {
  const chars = [...text];
  return chars.length > 0 && chars.every((c) => c in DIGITS) ? chars.map((c) => DIGITS[c]).join('') : undefined;
}

/** Reads a Chinese numeral: 一百四十三 → 143, 两千三百万 → 23000000, 十二 → 12, 二〇一九 → 2019. */
export function parseChineseNumeral(text: string): number | undefined {
  if (text.length === 0) return undefined;
  const chars = [...text];
  if (chars.every((c) => c in DIGITS)) {
    // 二〇一九 is read digit by digit; 三四 ("three or four") is no number.
    if (chars.length === 1 || chars.length >= 3 || chars.some((c) => DIGITS[c] === 0)) {
      return Number(chineseDigits(text));
    }
    return undefined;
  }
  let total = 0; // completed 亿/万 sections
  let section = 0; // below 万
  let digit: number | undefined;
  for (const c of chars) {
    if (c in DIGITS) {
      if (digit !== undefined && digit !== 0) return undefined; // two digits in a row: 三四
      digit = DIGITS[c];
    } else if (c in SMALL_UNITS) {
      section += (digit ?? 1) * SMALL_UNITS[c]!;
      digit = undefined;
    } else if (c in BIG_UNITS) {
      const big = BIG_UNITS[c]!;
      const value = (section + (digit ?? 0)) || (total === 0 ? 1 : 0);
      total = big === 1e8 ? (total + value) * big : total + value * big;
      section = 0;
      digit = undefined;
    } else return undefined;
  }
  return total + section + (digit ?? 0);
}

// A decimal with no leading zero, no trailing zero after its point and no sign: shifting it by nothing changes nothing.
const PLAIN_DECIMAL = /^(?:0|[1-9]\d*)(?:\.\d*[1-9])?$/;

/** Shifts the decimal point of a plain decimal string: shiftDecimal('1.2', 4) === '12000'. */
export function shiftDecimal(decimal: string, exponent: number): string {
  if (exponent === 0 && PLAIN_DECIMAL.test(decimal)) return decimal; // already as it would come out
  const negative = decimal.startsWith('-');
  const body = negative ? decimal.slice(1) : decimal;
  const [whole = '0', fraction = ''] = body.split('.');
  let digits = whole + fraction;
  let point = whole.length + exponent;
  if (point <= 0) {
    digits = '0'.repeat(1 - point) + digits;
    point = 1;
  }
  if (point > digits.length) digits += '0'.repeat(point - digits.length);
  let result = `${digits.slice(0, point)}.${digits.slice(point)}`;
  result = result.replace(/^0+(?=\d)/, '').replace(/\.?0*$/, '');
  if (result === '') result = '0';
  return negative ? `-${result}` : result;
}

/**
 * Reads a number as written in a report: "143", "1,200", "1.2万", "3千", "一百四十三", "两千三百万".
 * Returns a plain decimal string, or undefined if it is not a number.
 */
export function readNumber(text: string): string | undefined {
  if (PLAIN_DECIMAL.test(text)) return text; // the common case: a plain number, as it comes out
  const arabic = /^(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?([十百千万亿]*)$/.exec(text);
  if (arabic) {
    let value = arabic[1]!.replace(/,/g, '') + (arabic[2] ?? '');
    for (const m of arabic[3] ?? '') value = shiftDecimal(value, MULTIPLIER_EXPONENT[m]!);
    return shiftDecimal(value, 0);
  }
  const chinese = parseChineseNumeral(text);
  return chinese === undefined ? undefined : String(chinese);
}
