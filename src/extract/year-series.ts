// A series of years a sentence lists before 分别: "2019年、2020年、2021年,全市分别新认定高新技术企业58家、83家、
// 117家", "2014—2016年专利申请量分别为…": the figures listed after 分别 are one for each year, in order.

const YEARS_LISTED = /(?:(?:19|20)\d\d年?(?:、|和|及|与|,)){1,9}(?:19|20)\d\d年/g;
const YEARS_SPANNED = /((?:19|20)\d\d)年?\s*[-—–~至到]\s*((?:19|20)\d\d)年/g;
const MOST_YEARS = 10;
// the years a series lists or spans, as its clause names them ("2011—2013年", "2019年、2020年"): no part of a name
export const YEARS_OF_SERIES = /(?:19|20)\d\d年?(?:\s*[-—–~至到、和及与]\s*(?:19|20)\d\d年?)+/g;

/** The years the text before a 分别 lists or spans, in order (the last list or span before it), or undefined. */
export function yearsListed(before: string): number[] | undefined {
  if (!before.includes('年')) return undefined;
  let found: { at: number; years: number[] } | undefined;
  for (const m of before.matchAll(YEARS_LISTED)) {
    found = { at: m.index, years: m[0].match(/(?:19|20)\d\d/g)!.map(Number) };
  }
  for (const m of before.matchAll(YEARS_SPANNED)) {
    const from = Number(m[1]);
    const to = Number(m[2]);
    if (to <= from || to - from >= MOST_YEARS || (found && found.at > m.index)) continue;
    found = { at: m.index, years: Array.from({ length: to - from + 1 }, (_, k) => from + k) };
  }
  // (years in order, each once: "2019年、2021年" is a series, "2021年和2019年" no)
  return found && found.years.every((year, k) => k === 0 || year > found.years[k - 1]!) ? found.years : undefined;
}
