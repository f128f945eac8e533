// What a rule is, and how its pattern is read.
//
// A rule's pattern is a regular expression over the report's text (simplified script), written
// with a few shorthands so that it reads like the sentence it matches:
//   {F}      the figure (number + unit, masked or not) the rule reads, a label's colon before it or not
//   ~        a short gap: up to 8 characters of the same clause (no figure, no , ; : 。 inside: a colon ends a label)
//   ~~       a long gap: up to 24 characters of the same clause
//   ~~~      a gap across commas and other figures: up to 48 characters of the same sentence
//   {KIND}   a kind of innovation platform (重点实验室, 孵化器, 众创空间 …)
//   {CLAUSE} as many words of the clause as there are, up to 24 (greedy: for a lookbehind)
//   {NAME}   up to 8 characters of a name (no 、), greedy
// A named group (?<scope>…) sets the row's scope to the words it matched (scope2 … are appended).
// A pattern should start with a word, not a gap or an optional group: the regular-expression engine
// then skips quickly to where the word stands. Words before the keyword go in a lookbehind:
// "(?<=(?<scope>省级|国家)?)科技型中小企业~{F}".
import type { Period } from '../contract.ts';
import type { Example } from '../example.ts';


export interface Rule {
  id: string;
  indicator: string;
  pattern: string;
  /** The sentence must also say this (a regular expression). */
  when?: string;
  /** The sentence must not say this. */
  unless?: string;
  /** The words of the match and the rest of the figure's clause must not say this. */
  unlessNear?: string;
  /** Units accepted besides the indicator's own (家 for a count of projects, …). */
  units?: string[];
  /** A period the wording fixes (a total is CUM whatever else the sentence says). */
  period?: Period;
  /** A rule of last resort: it claims only figures that no other rule, and no link, claims. */
  fallback?: boolean;
  /** Sentences and the rows of this indicator they give; negative examples give none. */
  examples: Example[];
}

export const KIND =
  '(?:新型研发机构|研发机构|研发中心|企业技术中心|重点实验室|实验室|工程技术研究中心|工程研究中心|工程中心|技术创新中心|创新中心|产业技术研究院|' +
  '孵化器|孵化载体|孵化基地|众创空间|星创天地|院士专家工作站|院士工作站|专家工作站|博士后科研工作站|博士后工作站|农业科技园区|科技园区|创新平台|创新载体|科技平台|研究院)';

const GAP_CHARS = '[^\\uE000\\uE001,;:。!?\\n]';
const SENTENCE_GAP_CHARS = '[^;。!?\\n]';

/** Turns a rule's pattern into a regular expression with a group F (the figure; F2, F3 … in other alternatives). */
export function compilePattern(pattern: string): RegExp {
  const source = pattern
    // (a label's colon may stand right before the figure: "专利申请量:2130件")
    .replace(/\{F\}/g, ':?(?<F>\\uE000\\uE001*)')
    .replace(/\{KIND\}/g, KIND)
    .replace(/\{CLAUSE\}/g, `${GAP_CHARS}{0,24}`)
    .replace(/\{NAME\}/g, '[^\\uE000\\uE001,;。!?\\n、]{0,8}')
    .replace(/~~~/g, `${SENTENCE_GAP_CHARS}{0,48}?`)
    .replace(/~~/g, `${GAP_CHARS}{0,24}?`)
    .replace(/~/g, `${GAP_CHARS}{0,8}?`);
  // Alternatives may each have their figure and scope: number the repeated names (F, F2, …).
  const seen = new Map<string, number>();
  const numbered = source.replace(/\(\?<([A-Za-z]+)\d*>/g, (_, name: string) => {
    const count = (seen.get(name) ?? 0) + 1;
    seen.set(name, count);
    return count === 1 ? `(?<${name}>` : `(?<${name}${count}>`;
  });
  return new RegExp(keywordFirst(numbered), 'g');
}

/**
 * "(?<=L)K…" → "(K)(?<=L\\1)…": the same matches, but the engine can now skip ahead to the keyword K
 * instead of trying the lookbehind at every position of the text.
 */
function keywordFirst(source: string): string {
  if (!source.startsWith('(?<=')) return source;
  const lookEnd = closingParen(source, 0);
  const rest = source.slice(lookEnd + 1);
  const keyEnd = rest.startsWith('(') ? closingParen(rest, 0) + 1 : (/^[\u4e00-\u9fff]+/.exec(rest)?.[0].length ?? 0);
  if (keyEnd === 0 || /^[?*{]/.test(rest.slice(keyEnd))) return source;
  const keyword = rest.slice(0, keyEnd);
  // The lookbehind ends with the very words the keyword matched (a backreference), not with the
  // keyword's pattern again: engines may match an alternation backwards differently.
  return `(?<keyword>${keyword})(?<=${source.slice(4, lookEnd)}\\k<keyword>)${rest.slice(keyEnd)}`;
}

/** The index of the parenthesis that closes the one at `open`. */
function closingParen(source: string, open: number): number {
  let depth = 0;
  let inClass = false;
  for (let i = open; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i;
  }
  throw new Error(`unbalanced pattern: ${source}`);
}
