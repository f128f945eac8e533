// A range stated as a target or forecast: "新认定高新技术企业150-180家", "增长10%~12%", "32亿至34亿元". It is read as
// one figure, the lower bound, approximate ("at least"): the upper bound is no figure of its own.
import type { Figure } from './figures.ts';

// the marks between a range's bounds
const RANGE_MARKS = '-—–~～至到';
// the lower bound and the mark before the figure that ends the range (a bare number, or one with its own %)
const LOWER_BEFORE = new RegExp(`(?<![\\d.,])(\\d{1,7}(?:\\.\\d{1,4})?)(%?) ?[${RANGE_MARKS}] ?$`);
const RANGE_MARK = new RegExp(`^ ?[${RANGE_MARKS}] ?$`);
// a number, a range's mark, a number: looked for once a text (至 and 到 stand in most texts, ranges in few), from
// the mark (marks stand in fewer places than numbers)
const A_RANGE = new RegExp(`[${RANGE_MARKS}](?<=[\\d%亿万元家个项件人次场一二三四五六七八九十] ?[${RANGE_MARKS}]) ?(?:\\d|百分之)`);
const LOOK_BACK = 16;

/** The figures with each range read as its lower bound: the upper figure dropped, or widened back to the lower number. */
export function readRanges(text: string, figures: Figure[]): Figure[] {
  if (!A_RANGE.test(text)) return figures;
  const read: Figure[] = [];
  for (const f of figures) {
    const previous = read[read.length - 1];
    if (f.value === null || f.masked) {
      read.push(f);
      continue;
    }
    // "10%~12%", "32亿至34亿元": the lower bound is a figure already, of the same unit
    if (previous && previous.value !== null && previous.unit === f.unit && f.start - previous.end <= 3 && RANGE_MARK.test(text.slice(previous.end, f.start))) {
      read[read.length - 1] = { ...previous, approx: true };
      continue;
    }
    // "150-180家": the lower bound is a bare number, in the upper's unit (not "1-6月" or "2019-2021年": no figures)
    // (looked for only where a range's mark stands right before the figure)
    const m = RANGE_MARKS.includes(text[f.start - 1] ?? '') || RANGE_MARKS.includes(text[f.start - 2] ?? '')
      ? LOWER_BEFORE.exec(text.slice(Math.max(0, f.start - LOOK_BACK), f.start)) : null;
    const lowerStart = m ? f.start - m[0].length : -1;
    if (!m || m[2] !== '' || (previous && previous.end > lowerStart)) {
      read.push(f);
      continue;
    }
    read.push({ ...f, start: lowerStart, value: m[1]!, approx: true });
  }
  return read;
}
