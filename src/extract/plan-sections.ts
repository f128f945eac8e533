// Sections of plans: a report's part headed "三、2024年工作计划", "下一步工作打算", "(二)工作思路" states
// what is to be done, so a figure in it is a target even where its own sentence says only "新增高新技术企业
// 20家". Such a part runs from its heading to the next heading of its rank or a higher one (三、 ends at
// 四、; (二) at (三) or 四、), over every paragraph between, however long.

import { headingNumber } from './headings.ts';
import { marksOf, type Span } from './spans.ts';

// A heading of plans starts with them: "2024年工作计划", "2018年主要目标", "下一步工作打算", "(二)工作思路", not "科技计划项目管理"
// nor a title of both ("2015年科技工作及2016年工作思路", "县科技局2025年4月工作小结和5月工作计划")
// (…or "“十四五”目标和2021年重点", "明年工作"; or the goals a spending was set: "(三)年度绩效目标")
const PLAN_HEADING =
  /^(?:(?:\d{4}年度?|\d{1,2}月份?|下半年|第?四季度|明年|来年|下一步|下步|今后|“?十[一二三四五六七]五”?(?:时期|期间)?)(?:的)?(?:主要)?(?:预期|发展|总体)?(?:科技)?(?:工作)?|(?:科技)?工作)(?:计划|打算|思路|安排|设想|谋划|重点|目标|要点|任务)|^(?:下一步|下步|主要任务|重点任务|目标任务|职责任务|主要目标|总体目标|发展目标|预期目标|主要预期目标|(?:年度|项目|整体|部门整体|总体)?绩效目标$)|^(?:明年|来年)(?:的)?(?:主要)?(?:科技)?工作$/;
// the bullet a short heading line may open on ("◆2019年目标", "▍2022年目标")
const BULLET = /^[◆◇▍■□●○★☆▶►▲△◎※•·→]+\s*/;
const DONE_HEADING = /完成|情况|成效|成绩|总结|小结|回顾|进展|落实|开展|主要做法|问题|不足|收官|达成|实现|基础|现状/;
// a speech's part of what is to be done, one of its main parts, after a comma or alone: "三、突出重点,全力抓好2014年科技工作",
// "三、凝心聚力,确保全年目标和“十四五”目标圆满完成" (not a point of work done: "(五)抓好今年认定申报。今年1-4月,已组织…")
const TASKS_AHEAD = /^(?:全力以赴|全力|奋力|扎实|努力|着力)?(?:抓好|做好|冲刺|确保)(?:今年|明年|全年|下半年|\d{4}年)/;
const MAIN_PART = /^[一二三四五六七八九十]+、/;

/** The characters a numbered heading may open on (or white space before it). */
const MAY_NUMBER = marksOf('一二三四五六七八九十第(0123456789 \t\u3000');
const UNNUMBERED = 0; // a short line of its own ("下一步工作打算"), above every numbered one
const TITLE = -1; // the report's title ("芦原县2024年科技工作要点"): above every heading, closed only by one of work done

// a title that names only plans: "芦原县2024年科技工作要点", "…2017年科技特派员暨科技服务工作计划", "…三年行动方案",
// "…目标任务分解方案", "…重点工作任务季度分解表", "…重点任务清单", "…实施意见" (not "2023年工作总结和2024年工作计划")
const TWO_YEARS = /\d{4}年[^]*\d{4}年/;
const PLAN_TITLE = new RegExp(
  '(?:\\d{4}|[xX*]{2,4}|20[xX*]{2})年度?(?:的)?[^,。;]{0,14}?(?:工作)?(?:要点|计划|思路|安排|打算)$' +
    '|(?:行动|实施|分解|工作)方案$|任务[^,。;]{0,4}?(?:分解)?(?:表|清单)$|实施意见$|责任书$',
);
// (a title's notes in brackets at its end say nothing of what it is: "(2021年3月印发)", "(摘要)", "(2026—2027年)")
const NOTES_AT_END = /(?:\([^()]*\))+$/;
// (a notice that publishes a plan is that plan: "关于印发《2023年全市科技创新工作要点》的通知")
const PUBLISHED = /印发《([^》]+)》/;

// (a title of plans may speak of carrying a plan out, "关于落实…的实施意见", but not of what was done)
const DONE_TITLE = /完成|情况|成效|成绩|总结|小结|回顾|进展/;

/** Whether a report's title names only plans. */
function plansOnly(title: string): boolean {
  const named = (PUBLISHED.exec(title)?.[1] ?? title).replace(NOTES_AT_END, '');
  return PLAN_TITLE.test(named) && !DONE_TITLE.test(named) && !TWO_YEARS.test(named);
}

/** A heading's words: a numbered line's up to its first stop, or a short line whole. */
const HEADING_WORDS = /^[^。;:,]{1,30}/;
const MAX_SHORT_LINE = 24;

interface Heading {
  at: number;
  rank: number;
  plan: boolean;
  done: boolean;
  rest: boolean; // (a heading of plans for a part of the year no period of the catalog is: "下半年工作打算", "四季度工作安排")
  year: PlanYear | undefined;
}

/** The year a heading of plans names: a year written out ("2017年工作打算"), or the next ("明年工作思路"). */
export type PlanYear = number | 'next';

/**
 * A section of plans, whether it plans for the rest of the year only (下半年, 四季度), no period of the catalog, and the
 * year its heading names.
 */
export type PlanSection = Span & { rest: boolean; year: PlanYear | undefined };

// the rest of a year, in a plan's heading
const REST_OF_YEAR = /下半年|第?[二四]季度|下季度/;

// an appendix ("附:上半年主要指标", "附表1", "附件:"): a part of its own, after any plan
const APPENDIX = /^(?:附[:]|附件|附表|附录)/;

const YEAR_NAMED = /((?:19|20)\d\d)年/;
const NEXT_YEAR = /明年|来年/;

function planYear(words: string): PlanYear | undefined {
  const year = YEAR_NAMED.exec(words)?.[1];
  return year ? Number(year) : NEXT_YEAR.test(words) ? 'next' : undefined;
}

function headingOf(line: string, at: number): Heading | undefined {
  if (APPENDIX.test(line)) return { at, rank: TITLE, plan: false, done: true, rest: false, year: undefined };
  // (a table's rows are no heading)
  if (line.includes('\t')) return undefined;
  const numbered = headingNumber(line);
  let words: string;
  let rank: number;
  if (numbered) {
    words = HEADING_WORDS.exec(line.slice(numbered.number.length))?.[0] ?? '';
    rank = numbered.rank;
  } else {
    if (line.length > MAX_SHORT_LINE || /[。;]/.test(line)) return undefined;
    words = line.replace(BULLET, '');
    rank = UNNUMBERED;
  }
  // (each part of the heading, its number left off: "突出重点", "全力抓好2014年科技工作")
  const ahead = numbered !== undefined && MAIN_PART.test(line) && line.slice(numbered.number.length).split(/[,;。]/).some((part) => TASKS_AHEAD.test(part));
  const done = !ahead && DONE_HEADING.test(words);
  const plan = ahead || (!done && PLAN_HEADING.test(words));
  return { at, rank, plan, done, rest: plan && REST_OF_YEAR.test(words), year: plan ? planYear(words) : undefined };
}

/** The spans of a text under a heading of plans, in order. */
export function planSections(text: string): PlanSection[] {
  const sections: PlanSection[] = [];
  const titleEnd = text.indexOf('\n');
  const title = text.slice(0, titleEnd < 0 ? text.length : titleEnd).trim();
  const titledPlans = plansOnly(title);
  let open: Heading | undefined = titledPlans ? { at: 0, rank: TITLE, plan: true, done: false, rest: false, year: undefined } : undefined;
  let lineStart = 0;
  while (lineStart < text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    // (a long line that opens on no number is no heading, and most lines are long)
    const mayHead = lineEnd - lineStart <= MAX_SHORT_LINE || MAY_NUMBER.has(text.charCodeAt(lineStart)) || text.startsWith('附', lineStart);
    const heading = mayHead ? headingOf(text.slice(lineStart, lineEnd).trim(), lineStart) : undefined;
    if (heading) {
      // an unnumbered short line that names neither plans nor work done is no heading of a section
      const counts = heading.rank !== UNNUMBERED || heading.plan || heading.done;
      // (a heading of plans of the same rank opens a section of its own: "二、“十四五”主要目标" then "三、2022年重点工作")
      if (open && counts && (heading.rank <= open.rank || (open.rank === TITLE && heading.done)) && (!heading.plan || heading.rank === open.rank)) {
        sections.push({ start: open.at, end: lineStart, rest: open.rest, year: open.year });
        open = undefined;
      }
      // (in a report of plans only, a heading of work done — "一、发展基础" — closes its section, and the next that is none opens another)
      if (!open && (heading.plan || (titledPlans && counts && !heading.done))) open = { ...heading, plan: true };
    }
    lineStart = lineEnd + 1;
  }
  if (open) sections.push({ start: open.at, end: text.length, rest: open.rest, year: open.year });
  return sections;
}

/** The section an offset lies in (the sections in order), if any. */
export function sectionAt(sections: PlanSection[], at: number): PlanSection | undefined {
  for (const section of sections) {
    if (at < section.start) return undefined;
    if (at < section.end) return section;
  }
  return undefined;
}
