// Whether a rule's pattern stays within a sentence: no match of it can hold a sentence end. Such a
// rule finds the same matches in a sentence alone as in the whole text (rule-claims.ts reads it so).
import { SENTENCE_ENDS, SENTENCE_MARKS } from '../spans.ts';

/**
 * Whether no match of a pattern can hold a sentence end (。 ! ? ; or a line break), nor depend on what
 * stands beyond one: no such character, no class that takes one, no `.`, `^`, `$` or `\b`. Conservative:
 * a pattern it cannot read is said to leave its sentence.
 */
export function staysInSentence(source: string): boolean {
  for (let i = 0; i < source.length; i++) {
    const ch = source[i]!;
    if (ch === '\\') {
      const escaped = escapedCode(source, i + 1);
      if (escaped === undefined || SENTENCE_MARKS.has(escaped.code)) return false;
      i = escaped.next - 1;
    } else if (ch === '[') {
      const end = classStays(source, i);
      if (end < 0) return false;
      i = end;
    } else if (ch === '(' && source[i + 1] === '?') {
      // (?: (?= (?! (?<= (?<! (?<name>: the group's syntax, not characters it matches
      const prefix = /^\(\?(?::|=|!|<=|<!|<[A-Za-z]\w*>)/.exec(source.slice(i, i + 40));
      if (!prefix) return false;
      i += prefix[0].length - 1;
    } else if (ch === '.' || ch === '^' || ch === '$') return false;
    else if (ch === '?' || ch === '*' || ch === '+' || ch === '|' || ch === ')' || ch === '(' || ch === '{' || ch === '}') continue;
    else if (SENTENCE_MARKS.has(source.charCodeAt(i))) return false;
  }
  return true;
}

/** The code of the character an escape at `at` (after the backslash) stands for; undefined for a class (\s, \D …) or an anchor. */
function escapedCode(source: string, at: number): { code: number; next: number } | undefined {
  const ch = source[at];
  if (ch === undefined) return undefined;
  if (ch === 'u' && /^[0-9A-Fa-f]{4}$/.test(source.slice(at + 1, at + 5))) return { code: parseInt(source.slice(at + 1, at + 5), 16), next: at + 5 };
  if (ch === 'n') return { code: 0x0a, next: at + 1 };
  if (ch === 'k' && source[at + 1] === '<') return { code: -1, next: source.indexOf('>', at) + 1 }; // a backreference: words already matched
  if (ch === 'd' || ch === 'w') return { code: -1, next: at + 1 }; // digits, ASCII letters: no sentence end
  if (/[A-Za-z0-9]/.test(ch)) return undefined;
  return { code: ch.charCodeAt(0), next: at + 1 };
}

/** Where the class at `start` ends, if it takes no sentence end; -1 if it may take one. */
function classStays(source: string, start: number): number {
  const negated = source[start + 1] === '^';
  const ranges: [number, number][] = [];
  let i = start + (negated ? 2 : 1);
  if (source[i] === ']') return -1; // [] or [^]
  for (; i < source.length && source[i] !== ']'; i++) {
    let code: number;
    if (source[i] === '\\') {
      const escaped = escapedCode(source, i + 1);
      if (escaped === undefined || escaped.code < 0) return -1;
      code = escaped.code;
      i = escaped.next - 1;
    } else code = source.charCodeAt(i);
    if (source[i + 1] === '-' && source[i + 2] !== ']' && source[i + 2] !== undefined) {
      let to: number;
      if (source[i + 2] === '\\') {
        const escaped = escapedCode(source, i + 3);
        if (escaped === undefined || escaped.code < 0) return -1;
        to = escaped.code;
        i = escaped.next - 1;
      } else {
        to = source.charCodeAt(i + 2);
        i += 2;
      }
      ranges.push([code, to]);
    } else ranges.push([code, code]);
  }
  if (i >= source.length) return -1;
  const takes = (code: number) => ranges.some(([a, b]) => a <= code && code <= b);
  for (const end of SENTENCE_ENDS) if (takes(end.charCodeAt(0)) !== negated) return -1;
  return i;
}
