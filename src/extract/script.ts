// Traditional → simplified characters, for matching only: reports in traditional script ("青島市",
// "申報") must meet the same rules. The result has exactly the length of the input, so an offset
// in it is an offset in the cleaned text, and quotes are still taken from the cleaned text.
import { Converter } from 'opencc-js/t2cn';

const convert = Converter({ from: 'tw', to: 'cn' });

export function toSimplified(text: string): string {
  const whole = convert(text);
  if (whole.length === text.length) return whole;
  // A phrase conversion changed the length: fall back to one character at a time.
  let out = '';
  for (const char of text) {
    const one = convert(char);
    out += one.length === char.length ? one : char;
  }
  return out;
}
