// How a report numbers its headings, and their rank: 一、 (or 第一部分) above (一) above 1、 / 1. / (1).
// Read by the sections of plans (plan-sections.ts), by the lines a printed page starts anew (wrapped-lines.ts)
// and by the heading line that speaks for a paragraph (spans.ts).

const NUMBERED: [RegExp, number][] = [
  [/^(?:[一二三四五六七八九十]+[、.]|第[一二三四五六七八九十]+部分)/, 1],
  [/^\((?:[一二三四五六七八九十]+)\)/, 2],
  [/^(?:\d{1,2}[、.](?!\d)|\(\d{1,2}\))/, 3],
];

/** The number a line opens on ("三、", "(二)", "1.") and its rank, or undefined where it opens on none. */
export function headingNumber(line: string): { number: string; rank: number } | undefined {
  for (const [pattern, rank] of NUMBERED) {
    const m = pattern.exec(line);
    if (m) return { number: m[0], rank };
  }
  return undefined;
}
