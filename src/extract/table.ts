// Tables: a .docx or web page's table arrives as lines of cells joined by tabs (read-report.ts):
//   指标\t2022年\t2023年\t增长
//   新认定高新技术企业(家)\t45\t61\t35.6%
// A row's first figure is read from its label cell like any figure. The figures of the cells after it
// are the same indicator's, each for what its column's heading (the table's first line) says: a year
// (2022年), the year before or this one (上年, 去年; 本年, 今年), a target (目标, 计划), what was done (完成情况,
// 实际完成). A column of growth
// (增长, 增幅, 同比) holds the indicator's growth where the catalog has one (高新技术产业产值 → its 增速).
// A column whose heading says none of these (完成率, 备注) is left alone: what it holds is not known.
import type { Claim } from './claim.ts';
import type { Figure } from './figures.ts';
import { GROWTH_OF } from './links.ts';

/** What a table column's heading says of the figures under it. */
export interface Column {
  year?: number; // 2022年
  yearBefore?: boolean; // 上年, 去年
  thisYear?: boolean; // 本年, 今年
  target?: boolean; // 目标, 计划
  growth?: boolean; // 增长, 增幅, 同比
  done?: boolean; // 完成情况, 实际完成: what was done against the target beside it
}

// "完成情况", "实际完成", "目标完成值": done, not its rate (完成率)
const DONE = /^(?:完成|实际|实绩)(?!率|比)|完成(?:值|数|情况)$/;

// How far up a table's first line is looked for.
const MAX_ROWS = 60;

/** The heading of the column the table cell at `at` stands in, if the cell is in a table with a heading line. */
export function columnOf(text: string, at: number): Column | undefined {
  if (text[at - 1] !== '\t') return undefined;
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  let cell = 0;
  for (let k = text.indexOf('\t', lineStart); k >= 0 && k < at; k = text.indexOf('\t', k + 1)) cell++;
  // the table's first line: up over the lines that have cells
  let first = lineStart;
  for (let rows = 0; rows < MAX_ROWS && first > 0; rows++) {
    const above = text.lastIndexOf('\n', first - 2) + 1;
    if (!text.slice(above, first - 1).includes('\t')) break;
    first = above;
  }
  if (first === lineStart) return undefined;
  const heading = text.slice(first, text.indexOf('\n', first)).split('\t')[cell];
  if (!heading) return undefined;
  const year = /((?:19|20)\d\d)\s*年?/.exec(heading)?.[1];
  const column: Column = {
    year: year ? Number(year) : undefined,
    yearBefore: /上年|去年|上年度/.test(heading),
    thisYear: /本年|今年|本期/.test(heading),
    target: /目标|计划|任务/.test(heading) && !DONE.test(heading),
    growth: /增长|增幅|增速|同比|±/.test(heading),
    done: DONE.test(heading),
  };
  return Object.values(column).some(Boolean) ? column : undefined;
}

/**
 * The cells after a claimed figure in a table row take its indicator (or, in a column of growth, the
 * indicator's growth), each for what its column's heading says.
 */
export function linkTableRows(text: string, figures: Figure[], claims: (Claim | undefined)[]) {
  figures.forEach((f, i) => {
    const claim = claims[i];
    if (!claim || claim.indicator === '' || text[f.start - 1] !== '\t') return;
    const newline = text.indexOf('\n', f.end);
    const lineEnd = newline < 0 ? text.length : newline;
    for (let j = i + 1; j < figures.length && figures[j]!.start < lineEnd; j++) {
      const cell = figures[j]!;
      if (claims[j]) break;
      const column = columnOf(text, cell.start);
      if (!column) continue;
      const indicator = column.growth ? GROWTH_OF[claim.indicator] : claim.indicator;
      if (!indicator) continue;
      // quoted from the row's label to the cell
      claims[j] = { ...claim, indicator, rule: 'link.table_row', end: cell.end, partOf: undefined };
    }
  });
}

/** The year a table cell's column names, other than the report's, and whether it is gone by; undefined where it names none. */
export function columnYear(column: Column | undefined, reportYear: number | null): { year: number | null; past: boolean } | undefined {
  if (!column) return undefined;
  if (column.yearBefore) return { year: reportYear === null ? null : reportYear - 1, past: true };
  if (column.thisYear) return { year: null, past: false };
  if (column.year === undefined) return undefined;
  if (column.year === reportYear) return { year: null, past: false };
  return { year: column.year, past: reportYear !== null && column.year < reportYear };
}
