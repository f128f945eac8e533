// Which part of a year a report covers: a half, three quarters, a quarter, so far this year or the whole
// year, from its title's words and the words of its first lines. Pure TypeScript.
import { cutRelated, normaliseText } from './normalise.ts';
import { YEAR, guessTitle } from './report-title.ts';

const OPENS_ON_YEAR = new RegExp(`^\\s*${YEAR}\\s*年[,，]`);

// The words of a whole year's report: counted as /一年来|(?<!半)年度工作总结|(?:\d{4}|[xX*]{2,4})\s*年工作总结|年终|全年工作|
// 下年工作|明年工作/g counts them (no two of its matches can overlap), but the year's summaries ("2022年工作总结", "20XX年工作
// 总结") found from their 年工作总结 (a pattern that opens on digits is tried at every place)
const WHOLE_YEAR_WORDS = /一年来|(?<!半)年度工作总结|年终|全年工作|下年工作|明年工作/g;
const YEARS_SUMMARY = /(?<=(?:\d{4}|[xX*]{2,4})\s*)年工作总结/y;
function yearsSummaries(text: string): number {
  let found = 0;
  for (let at = text.indexOf('年工作总结'); at >= 0; at = text.indexOf('年工作总结', at + 1)) {
    YEARS_SUMMARY.lastIndex = at;
    if (YEARS_SUMMARY.test(text)) found++;
  }
  return found;
}

/** 'H1' (上半年/半年), 'Q1-Q3' (前三季度), 'Q1' (一季度), 'FY' (annual summaries), or '' if it cannot tell. */
export function guessReportPeriod(text: string, title: string, page?: string): string {
  const body = cutRelated(normaliseText(text));
  const t = normaliseText(title || guessTitle(text));
  const head = body.slice(0, Math.max(1200, Math.floor(body.length * 0.15)));
  // (the page as read, before cleaning took its posting date out with the rest of its furniture; its
  // start in NFKC, apart from the normal forms kept of whole texts)
  const posted = () => (page === undefined ? head.slice(0, 300) : page.slice(0, 400).normalize('NFKC'));
  const count = (re: RegExp, s: string): number => (s.match(re) ?? []).length;
  // (a third quarter's report tells the year so far: "2022年第三季度重点任务落实情况")
  // (1-9月 names months, so far this year, as the labelling guide reads 1-X月 for every X but 6 and 12)
  if (/前三季度|(?:第|^|[^一二四])三季度/.test(t)) return 'Q1-Q3';
  if (/(?:第一|一)季度/.test(t) && !/半年|年度|全年/.test(t)) return 'Q1';
  // a title that names the months so far: "2023年1-11月主要科技指标完成情况", "…完成情况(截至10月底)"
  // (…or one month's: "3月份工作总结", "10月份工作小结", "8月份工作月报": no period of the catalog is a month, and the year so far holds it)
  if (/1\s*[-—~至到]\s*(?:[2-57-9]|1[01])\s*月|一[-—~至到](?:[二三四五七八九]|十一?)月|截[至止](?:[2-57-9]|1[01])月(?:底|末)?|(?<![\d-])(?:[1-9]|1[01])月份?(?:工作)?(?:总结|小结|汇报|情况|月报|简报)/.test(t)) return 'YTD';
  let h1 = 0, fy = 0;
  if (/半年|1\s*[-—~至到]\s*6\s*月/.test(t)) h1 += 3;
  if (/(?<!半)年度|全年(?!目标|任务)|年终|一年来|(?:\d{4}|[xX*]{2,4}|^|[^半])年(?:科技)?(?:工作)?(?:总结|报告)/.test(t)) fy += 3;
  h1 += count(/上半年工作|半年工作|半年来|上半年[,，]|下半年工作|下半年(?:的)?(?:计划|安排|打算|思路)/g, head);
  fy += count(WHOLE_YEAR_WORDS, head) + yearsSummaries(head);
  if (/[一二三四五六七八九十][、.]\s*(?:上半年|半年)/.test(head)) h1 += 2;
  if (/[一二三四五六七八九十][、.]\s*(?:\d{4}|[xX*]{1,4})?\s*年(?:度)?(?:工作总结|科技工作情况|工作(?:完成|开展|推进)?情况|工作回顾|工作成效)/.test(head)) fy += 2;
  // An untitled report that opens on a whole year ("2017年,青岛…") or speaks of 全年.
  if (OPENS_ON_YEAR.test(body)) fy += 1;
  fy += 0.5 * Math.min(2, count(/全年(?!目标|任务)/g, head));
  // a report delivered or dated part-way through the year ("——2013年8月27日在…会议上", "(在区委常委会上的汇报,
  // 2015年9月)"), its title naming no part of the year nor a summary, its opening the year so far, is of the year so far
  if (h1 === 0 && fy < 3 && !/半年|年度|全年|年终|一年来|总结|季度/.test(t) && !/季度|半年/.test(head.slice(0, 600)) &&
    /今年以来|年初以来|截[至止](?:目前|到目前|\d{1,2}月)/.test(head.slice(0, 600)) && datedPartWay(head.slice(0, 300))) return 'YTD';
  if (h1 === 0 && fy === 0 && /前三季度/.test(head)) return postedAround(posted()) ? 'FY' : 'Q1-Q3';
  // a report of progress that opens on "so far" ("…工作进展情况的汇报", "今年以来,…") is of the year so far,
  // whatever its plans say of the whole year
  if (/进展/.test(t) && h1 === 0 && !/年度|全年/.test(t) && /今年以来|年初以来|截[至止](?:目前|到目前)/.test(head.slice(0, 300))) return postedAround(posted()) ? 'FY' : 'YTD';
  // (a page with no report's title, a news item, that opens on the months so far is of them, whatever it says in
  // passing of the whole year: "数读|1—8月…成绩单" … "完成全年目标任务的85.7%")
  if (!t && h1 === 0 && fy < 1 && MONTHS_SO_FAR.test(head.slice(0, 300)) && !/季度|半年/.test(head.slice(0, 300))) return 'YTD';
  if (h1 > fy) return 'H1';
  if (fy > h1) return 'FY';
  // No word of a half or a whole year: a report that opens on its quarter or on "so far this year"
  const opening = head.slice(0, 300);
  if (/(?:第一|一)季度/.test(opening)) return 'Q1';
  // (…but a page posted at the year's end or just after it speaks of the whole year where it says only "so far":
  // "2024-12-16 … 今年以来"; not where it names the months, "1-11月")
  if (MONTHS_SO_FAR.test(opening)) return 'YTD';
  if (/今年以来|年初以来|截[至止](?:目前|到目前)/.test(opening)) return postedAround(posted()) ? 'FY' : 'YTD';
  if (h1 === 0 && (/总结|工作报告|工作计划|工作要点/.test(t) || (!t && /总结/.test(head)))) return 'FY';
  return '';
}

// the months so far: "1-8月", "一至十月", "前10个月", "截至10月底"
const MONTHS_SO_FAR = /1\s*[-—~至到]\s*(?:[2-57-9]|1[01])\s*月|一[-—~至到](?:[二三四五七八九]|十一?)月|前(?:[2457-8]|1[01]|[二两四五七八]|十一?)个?月|截[至止](?:[2-57-9]|1[01])月(?:底|末)/;

// a page's posting date: 2024-12-16, 2022年12月23日
const POSTED_ON = /(?:19|20)\d\d\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*\d{1,2}/;

// a date a report is delivered or written on: "2013年8月27日", "2015年9月"
const DATED = /(?:19|20)\d\d年(\d{1,2})月/;

/** Whether the first date in a report's first lines is in March to November: part-way through the year. */
function datedPartWay(start: string): boolean {
  const month = Number(DATED.exec(start)?.[1] ?? 0);
  return month >= 3 && month <= 11;
}

/** Whether the first date on a page's start is in December, January or February: around a year's end. */
function postedAround(start: string): boolean {
  const month = Number(POSTED_ON.exec(start)?.[1] ?? 0);
  return month === 12 || month === 1 || month === 2;
}
