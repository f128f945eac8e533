// The parts of the year a figure is said of, as words: those a period holds (一季度, 上半年, 1-8月 …) and those none
// does (one month, a later quarter); and a series of them a sentence lists before 分别: "一季度、上半年、前三季度全市
// 技术合同成交额分别为0.9亿元、2.1亿元和3.6亿元": the figures listed after 分别 are one for each part, in order.
import type { Period } from './contract.ts';

const MONTHS = (last: string) => `1\\s*[-—–~至到]\\s*${last}\\s*月(?:份)?`;
// each part of the year a series may list, and its period (1-N月 for any other N is the year so far)
const PARTS: [string, Period][] = [
  [`第?一季度|${MONTHS('3')}`, 'Q1'],
  [`上半年|${MONTHS('6')}`, 'H1'],
  [`前三季度|${MONTHS('9')}`, 'Q1-Q3'],
  [`全年|${MONTHS('12')}`, 'FY'],
  [MONTHS('(?:[2457-8]|1[01])'), 'YTD'],
];
/** A part of the year a period holds, as a regular expression's source: "一季度", "上半年", "1-8月", "全年". */
export const PART = `(?:${PARTS.map(([words]) => words).join('|')})`;
/** One month named, which no period holds ("8月", "十月份"), as a regular expression's source. */
export const ONE_MONTH = '(?:\\d{1,2}|[一二三四五六七八九十]{1,2})月份?';
/** A quarter after the first, which no period holds ("二季度", "第三季度"), as a regular expression's source. */
export const LATER_QUARTER = '第?[二三四]季度';
// the parts a series lists, as its clause names them: no part of a name
export const PARTS_OF_SERIES = new RegExp(`${PART}(?:\\s*(?:、|和|及|与)\\s*${PART}){1,4}`, 'g');
const PART_ALONE = PARTS.map(([words, period]) => [new RegExp(`^(?:${words})$`), period] as const);

/** The parts of the year the text before a 分别 lists, in order (the last list before it), or undefined. */
export function periodsListed(before: string): Period[] | undefined {
  let last: string | undefined;
  for (const m of before.matchAll(PARTS_OF_SERIES)) last = m[0];
  if (!last) return undefined;
  const periods = last.split(/\s*(?:、|和|及|与)\s*/).map((part) => PART_ALONE.find(([alone]) => alone.test(part))?.[1]);
  // (each part once: "上半年和上半年" lists nothing)
  return periods.every((p) => p !== undefined) && new Set(periods).size === periods.length ? (periods as Period[]) : undefined;
}
