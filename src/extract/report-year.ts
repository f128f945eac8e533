// Which year a report covers (the part of it: report-period.ts). Pure TypeScript.
//
// The year comes only from the title (report-title.ts) or from a heading that names the period
// covered ("2019年上半年工作总结", "一、2023年工作举措"), or from the report's first words when they
// open on it ("2021年,在市委…", "2015 年是…"), or, on a news page with no report title, from its
// headline ("2023年济宁国家科技型中小企业突破2000家"). A year merely mentioned in running text ("二是…。
// 2019年全社会…", "2018年我局组织…", a news lead "3月30日,2023年全市科技工作会议召开") is not the
// report's year. Page furniture is never read as the year: posting and upload dates ("2017-04-22",
// "时间:2021-01-24", "日期: 2009年02月09日"), the titles of related articles after the report,
// document numbers (国科发社[2013]407号), policy names in 《》 and spans (2021-2025年). "20XX", "20xx",
// "****年" tell nothing. A summary-and-plan title ("2021年工作总结和2022年工作计划") covers the
// summary's year.
import type { Decision } from './contract.ts';
import { replaceFrom } from './find.ts';
import { cutRelated, normaliseText } from './normalise.ts';
import { YEAR, guessTitle, isPageFurniture } from './report-title.ts';

export interface YearGuess { year: number | null; how: Decision; evidence: string }

// ---------------------------------------------------------------------------------------------
// The year

const PLAN_WORDS = /计划|思路|安排|打算|要点|目标|设想|重点|展望/;
const SUMMARY_WORDS = /总结|情况|汇报|报告|成效|举措|回顾|完成|进展/;
/** What follows a year names a plan, not the period a summary covers ("2022年工作计划", "2021年重点工作"). */
const isPlan = (rest: string): boolean => PLAN_WORDS.test(rest) && !SUMMARY_WORDS.test(rest);

const CN_DIGIT: Record<string, string> = { 〇: '0', 零: '0', 一: '1', 二: '2', 三: '3', 四: '4', 五: '5', 六: '6', 七: '7', 八: '8', 九: '9' };
/** "二〇二一年" → "2021年". */
function arabicYears(s: string): string {
  return s.replace(/([一二][〇零一二三四五六七八九]{3})(?=\s*年)/g, (y) => [...y].map((c) => CN_DIGIT[c] ?? c).join(''));
}

const YEAR_WITH_MONTHS = new RegExp(`(${YEAR})\\s*年\\s*1\\s*[-—~至到]\\s*\\d{1,2}\\s*月`, 'g');
// a month's report ("2025年4月工作小结"): the month is the part of the year it covers, not a date
const MONTH_REPORTED = new RegExp(`(${YEAR})\\s*年\\s*\\d{1,2}\\s*月(?=份?(?:工作|小结|总结|汇报|情况|进展))`, 'g');
const DATE_IN_NUMERALS = new RegExp(`${YEAR}\\s*年\\s*[一二三四五六七八九十]{1,2}\\s*月(?:\\s*[一二三四五六七八九十]{1,3}\\s*日)?`, 'g');
const DATE = new RegExp(`${YEAR}\\s*[-/.年]\\s*\\d{1,2}\\s*[-/.月](?:\\s*\\d{1,2}\\s*日?)?`, 'g');
const SPAN_OF_YEARS = new RegExp(`${YEAR}\\s*[-—–~～至到]\\s*${YEAR}\\s*年?`, 'g');
const DOCUMENT_NUMBER = new RegExp(`[\\[〔【(（]\\s*${YEAR}\\s*[\\]〕】)）]\\s*\\d*\\s*号?`, 'g');

const QUOTED_NAME = /《[^》\n]{0,80}》/y; // tried only where a 《 stands (find.ts)

// A posting or upload date ("发布时间: 2021-01-24"); its words are looked for first (with indexOf, then with the colon), as
// most reports have none.
const POSTED = /(?:发布|上传|更新|发文|成文|印发)?(?:时间|日期)\s*[:：]\s*[\d\s:\-/.年月日]*/g;
const POSTED_WORDS = /(?:时间|日期)\s*[:：]/;

// Each of the dates, months and spans above begins with a year and then a digit or a month's numeral
// (after 年 or a date's separator), or a dash and a year: a text with none of these holds none of them.
const DATE_OR_SPAN = new RegExp(`${YEAR}\\s*(?:[-/.年]\\s*\\d|年\\s*[一二三四五六七八九十]|[-—–~～至到]\\s*${YEAR})`);

/** Removes what looks like a year but is not the period covered: dates, document numbers, spans, quoted names. */
export function stripNoise(s: string): string {
  const unquoted = replaceFrom(arabicYears(s), '《', QUOTED_NAME, '《》');
  const undated = !DATE_OR_SPAN.test(unquoted) ? unquoted : unquoted
    .replace(YEAR_WITH_MONTHS, '$1年 ') // 2019年1-6月: the year stays
    .replace(MONTH_REPORTED, '$1年 ') // 2025年4月工作小结: the year stays
    .replace(DATE_IN_NUMERALS, ' ') // 二〇二二年一月十日
    .replace(DATE, ' ') // 2017-04-22, 2009年02月09日, 2021年5月
    .replace(SPAN_OF_YEARS, ' '); // 2021-2025年
  const stripped = undated.replace(DOCUMENT_NUMBER, ' '); // [2013]407号, (2023)60号
  const posted = (stripped.includes('时间') || stripped.includes('日期')) && POSTED_WORDS.test(stripped);
  return posted ? stripped.replace(POSTED, ' ') : stripped;
}

/**
 * A report's text with its noise stripped (stripNoise), stripped only as far as it is read: the year is mostly found
 * in the first lines. No pattern stripNoise removes holds a "。" (a quoted name may) and a line break both, so the
 * text is stripped a stretch at a time, each ending on the "。" that ends a line.
 */
class Stripped {
  /** The stripped start, as far as it has been stripped. */
  text = '';
  private read = 0;

  constructor(private readonly raw: string) {}

  /** Whether the whole text has been stripped. */
  get whole(): boolean {
    return this.read === this.raw.length;
  }

  /** The stripped start, a stretch of it at least. */
  start(): string {
    return this.read === 0 ? this.more() : this.text;
  }

  /** The stripped start with another stretch, as long as what came before it (or the rest). */
  more(): string {
    const cut = this.raw.indexOf('。\n', this.read + Math.max(FIRST_STRETCH, this.read));
    const end = cut < 0 ? this.raw.length : cut + 1;
    this.text += stripNoise(this.raw.slice(this.read, end));
    this.read = end;
    return this.text;
  }

  all(): string {
    while (!this.whole) this.more();
    return this.text;
  }

  /** The lines of the stripped text's first `length` characters, as text.slice(0, length).split('\n') gives them. */
  *lines(length: number): Generator<string> {
    this.start();
    for (let from = 0; ;) {
      // (a stretch ends before a line break: a line is whole once the break after it is found)
      let end = this.text.indexOf('\n', from);
      while (end < 0 && !this.whole && this.text.length < length) end = this.more().indexOf('\n', from);
      if (end < 0 || end >= length) {
        yield this.text.slice(from, length);
        return;
      }
      yield this.text.slice(from, end);
      from = end + 1;
    }
  }
}
const FIRST_STRETCH = 500;

const TITLE_YEAR = new RegExp(`(?<!\\d)(${YEAR})\\s*年`, 'g');
/** Years in a title, each with what follows it up to the next year. */
function titleYears(title: string): { year: number; plan: boolean; text: string }[] {
  const t = stripNoise(title); // also turns 二〇二一年 into 2021年
  const hits = [...t.matchAll(TITLE_YEAR)];
  return hits.map((m, i) => {
    const after = t.slice(m.index + m[0].length, hits[i + 1]?.index ?? t.length);
    return { year: Number(m[1]), plan: isPlan(after), text: m[0] + after };
  });
}

function yearFromTitle(title: string): { year: number; evidence: string } | undefined {
  const years = titleYears(title);
  if (!years.length) return undefined;
  const summary = years.find((y) => !y.plan);
  if (summary) return { year: summary.year, evidence: summary.text.trim() };
  // Only plan years ("2023年工作计划"): the plan's year, unless the title also speaks of a summary
  // whose year it hides ("XX年工作总结和2023年工作思路").
  if (/总结|汇报/.test(title)) return undefined;
  return { year: years[0]!.year, evidence: years[0]!.text.trim() };
}

// How a heading is numbered: 一、 / 一. / (一) / 第一部分 / 1、
const NUMBERING = '(?:[一二三四五六七八九十]{1,3}\\s*[、.]|[(（][一二三四五六七八九十]{1,3}[)）]|第[一二三四五六七八九十]{1,3}(?:部分|章|篇)\\s*[、.,，:：]?|\\d{1,2}\\s*、)';

const HEADING_YEAR = new RegExp(`(?:^|[\\n。\\s:：])\\s*${NUMBERING}\\s*(${YEAR})\\s*年([^\\n。,，]{0,16})`, 'g');

/** "一、2023年工作举措及成效", "(一)2019年上半年主要工作完成情况", "第一部分 2020年工作总结" (not "二、2022年工作计划"). */
function yearFromHeading(body: Stripped): { year: number; evidence: string } | undefined {
  const headings = new RegExp(HEADING_YEAR);
  let from = 0;
  for (let text = body.start(); ; text = body.more()) {
    headings.lastIndex = from;
    for (let m = headings.exec(text); m; m = headings.exec(text)) {
      from = m.index + m[0].length;
      const rest = m[2] ?? '';
      if (isPlan(rest)) continue;
      if (!/工作|总结|情况|成效|举措|回顾|完成|开展|主要|重点/.test(rest)) continue;
      return { year: Number(m[1]), evidence: m[0].replace(/\s+/g, ' ').trim() };
    }
    if (body.whole) return undefined;
    // (no heading is read past a line's last "。" but one opening on it: looked for again from there)
    from = Math.max(from, text.length - 1);
  }
}

// (a yearbook's entry opens on its label: "【概况】2007年,全市…")
const OPENING_YEAR = new RegExp(`^(?:范文|范例|全文|【[^】]{1,10}】)?\\s*(${YEAR})\\s*年(?:度|上半年|前三季度|一季度|以来|全年)?\\s*(?:[,，]|是)`);

/**
 * The report's first words: "2021年,在市委…", "2017年,青岛全社会…", "2015 年是…", "2019年以来,…",
 * "【概况】2007年,全市…" (a yearbook's entry).
 * Only the first line of prose counts (after the title, which may run into it, and page furniture
 * such as navigation, dates and download notices), and only when it opens on the year and a pause:
 * a year further on ("二是…。2019年全社会…"), a news lead ("3月30日,2023年全市科技工作会议召开")
 * or a year run into its sentence ("2018年我局组织…") is running text, not the period covered.
 */
function yearFromOpening(body: Stripped, title: string): { year: number; evidence: string } | undefined {
  for (const raw of body.lines(3000)) { // the first lines: a report starts within 3000 characters
    let line = raw.trim();
    const t = title ? line.indexOf(title) : -1;
    if (t >= 0 && t <= 4) line = line.slice(t + title.length).trim();
    if (!line || !/[,，。;；]/.test(line) || isPageFurniture(line)) continue;
    const m = OPENING_YEAR.exec(line);
    if (!m) return undefined;
    if (/将|力争|计划|预计|拟|要/.test(line.slice(m[0].length - 1, m[0].length + 8))) return undefined; // "2022年,我局将…"
    return { year: Number(m[1]), evidence: m[0].replace(/\s+/g, ' ').trim().slice(0, 24) };
  }
  return undefined;
}

// a line under a speech's or a report's title that says when it was delivered: "——2013年8月27日在柘川市第十六届人民代表大会
// 常务委员会第十一次会议上", "(在区委常委会上的汇报,2015年9月)"
const DELIVERED = new RegExp(`^(?:——|—|-{1,2}|\\(|（)[^\\n]{0,30}?(${YEAR})\\s*年\\s*(\\d{1,2})\\s*月`);

/**
 * The year a report was delivered in, from a line of its first few that says when, where that is part-way through
 * the year (March to December): a report delivered so speaks of its own year so far. In January or February it
 * may speak of the year before, so it gives none.
 */
function yearFromDelivery(body: string): { year: number; evidence: string } | undefined {
  for (const raw of body.slice(0, 600).split('\n').slice(0, 5)) {
    const m = DELIVERED.exec(raw.trim());
    if (m && Number(m[2]) >= 3 && Number(m[2]) <= 12) return { year: Number(m[1]), evidence: m[0].slice(0, 24) };
  }
  return undefined;
}

// A news page has no report title but a headline: "2023年济宁国家科技型中小企业突破2000家",
// "衡东县国家高新技术企业增至20家 2019年高新技术产业实现产值60亿元". Its year is the year the news
// is about, unless it is a goal's ("到2025年…", "2024年目标") or a meeting's ("2022年全州科技工作会议顺利召开":
// the year's meeting reviews the year before).
const HEADLINE_YEAR = new RegExp(`(?<![\\d到至止])(${YEAR})\\s*年(?:度)?(?![\\d以前后底末初])([^,，:：!！?？\\s]{0,12})`, 'g');
const NOT_HEADLINE = /[。;；]|来源|作者|编辑|记者|时间|日期|索引|发布|浏览|阅读/;

/**
 * The year a news page's headline states: the first short line of the page that is no page furniture,
 * read only before the first line of prose.
 */
function yearFromHeadline(body: Stripped): { year: number; evidence: string } | undefined {
  let seen = 0;
  for (const raw of body.lines(2000)) {
    const line = raw.trim();
    if (!line) continue;
    if (++seen > 15 || /。/.test(line) || line.length > 60) return undefined; // the prose has begun
    if (line.length < 6 || NOT_HEADLINE.test(line) || isPageFurniture(line)) continue;
    for (const m of line.matchAll(HEADLINE_YEAR)) {
      if (isPlan(m[2] ?? '') || /目标|将|要|力争|会议|大会|[作布谈进流览]会/.test(m[2] ?? '')) continue;
      return { year: Number(m[1]), evidence: line.slice(0, 40) };
    }
  }
  return undefined;
}

function countYear(body: string, year: number): number {
  return (body.match(new RegExp(`(?<!\\d)${year}\\s*年`, 'g')) ?? []).length;
}

/** The year a report covers, or null when neither its title nor its headings state it. */
export function guessYear(text: string, title: string): YearGuess {
  const raw = cutRelated(normaliseText(text));
  const body = new Stripped(raw);
  const givenTitle = normaliseText(title ?? '');
  const ownTitle = guessTitle(text);
  const t = yearFromTitle(givenTitle) ?? (ownTitle ? yearFromTitle(normaliseText(ownTitle)) : undefined);
  const inText = yearFromHeading(body) ?? yearFromOpening(body, ownTitle ? stripNoise(normaliseText(ownTitle)) : '');
  if (t) {
    if (inText && inText.year !== t.year) {
      // The title and the report's own opening disagree (a reposted 范文 with an edited title):
      // the year the text keeps speaking of wins.
      const titleText = ownTitle ? normaliseText(ownTitle) : givenTitle;
      const bodyOnly = titleText ? body.all().split(titleText).join(' ') : body.all();
      const nt = countYear(bodyOnly, t.year), nx = countYear(bodyOnly, inText.year);
      if (nx > nt) return { year: inText.year, how: 'text', evidence: `${inText.evidence} (title says ${t.year}; the text names ${inText.year} ${nx}×, ${t.year} ${nt}×)` };
    }
    return { year: t.year, how: 'title', evidence: t.evidence };
  }
  if (inText) return { year: inText.year, how: 'text', evidence: inText.evidence };
  const delivered = yearFromDelivery(raw);
  if (delivered) return { year: delivered.year, how: 'text', evidence: `${delivered.evidence} (the day it was delivered)` };
  if (!ownTitle && !givenTitle) {
    const headline = yearFromHeadline(body);
    if (headline) return { year: headline.year, how: 'text', evidence: `${headline.evidence} (the headline)` };
  }
  return { year: null, how: 'unknown', evidence: 'no year in the title or headings' };
}
