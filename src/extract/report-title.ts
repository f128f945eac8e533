// The report's own title line, found among page furniture ("市科技局2021年工作总结和2022年工作计划"). Pure TypeScript.
//
// A title is a short line (or the part of a line before the report's first words) that names a report:
// 总结, 汇报, 报告, 月报, 简报, 工作情况, 落实情况, 进展情况(表), 工作计划 … and says whose (科, 局) or which year.
// Navigation, download notices and prose are not titles.
import { normaliseStart } from './normalise.ts';

/** The years a report may be about, as a regular-expression source. */
export const YEAR = '(?:19[89]\\d|20[0-4]\\d)';

const YEAR_STATED = new RegExp(`${YEAR}\\s*年`);
const KEYWORD = /总结|小结|汇报|报告|月报|简报|台账|工作情况|开展情况|完成情况|落实情况|进展情况|执行情况|申报情况|认定情况|工作计划|工作思路|工作安排|工作打算|工作要点/g;
const NAMES_REPORT = new RegExp(KEYWORD.source);
const SUFFIX = /^(?:表|范文|范例|精选|全文|模板|\([^()]{1,8}\)|_\d+|\d{0,2}\.(?:docx?|pdf|wps))*/; // 情况表, 打算2.docx
// What may follow a title on its line: the report's first words, or page furniture run into it.
const BODY_START = new RegExp(`^(?:\\s|${YEAR}|20[xX*]{2}|[xX*]{2,4}年|今年|半年来|一年来|上半年|近年|年初|去年|以来|在|根据|按照|[一二三四五六七八九十][、.]|\\(一\\)|【|本文|简介|内容|正文|全文|来源|作者|发布|时间|日期|浏览|阅读|字号|分类|上传|下载)`);
const FURNITURE_LINE = /当前位置|您的位置|现在的位置|>>|\s>\s|首页|\||^\s*(?:上一[篇条]|下一[篇条])/; // navigation, the neighbouring articles
const FURNITURE = /网站|客服|下载|上传|版权|会员|浏览|小编|温馨提示|预览|金币|QQ|文库|http|www\.|\.com|分享|举报|扫一扫|登录|注册|为您|为大家|供大家|筛选|整理的|欢迎|参考/;
const PROSE_START = /^(?:为|根据|按照|现将|经|对|据|从|由|以|我|今年|上半年|下半年|半年来|一年来|围绕|坚持|通过|关于印发)/;

function titleIn(segment: string, wholeLine = false): string {
  if (!NAMES_REPORT.test(segment)) return '';
  const s = segment.replace(/^【[^】]{0,10}】/, '').replace(/^\d{1,2}[、.]\s*/, '').replace(/^[•·\s]+/, '').trim();
  if (!s || PROSE_START.test(s) || FURNITURE.test(s.slice(0, 40))) return '';
  if (/^(?:[一二三四五六七八九十]+[、.]|\([一二三四五六七八九十]+\))/.test(s)) return ''; // a heading
  for (const m of s.matchAll(KEYWORD)) {
    let end = m.index + m[0].length;
    end += (s.slice(end).match(SUFFIX)?.[0].length ?? 0);
    const rest = s.slice(end);
    const head = s.slice(0, end);
    if (rest && !BODY_START.test(rest) && !(head.length >= 4 && rest.startsWith(head.slice(0, 4)))) continue;
    const title = head.replace(/\d{0,2}\.(?:docx?|pdf|wps)$/, '').replace(/(?<=情况)表$/, '').trim();
    if ([...title].length > 60) return '';
    if ([...title].length < 5 || !/科|局|\d{4}\s*年|[xX*]{2,4}年|[一二][〇零一二三四五六七八九]{3}年/.test(title)) continue;
    return title;
  }
  // A line of its own that names a report and ends a few words after ("…2015年工作总结和2016年工作思",
  // cut short by the page) is the title, whole.
  const last = [...s.matchAll(KEYWORD)].pop();
  if (wholeLine && last && [...s].length <= 50 && !/[,，。;；!！?？]/.test(s) && s.length - (last.index + last[0].length) <= 12 &&
    /科|局/.test(s) && YEAR_STATED.test(s)) return s;
  return '';
}

// The title, the year and the period guesses each ask for the same report's title: the last answer is kept.
let last: { text: string; title: string } | undefined;

/** The report's own title line ("市科技局2021年工作总结和2022年工作计划") if the text has one, else ''. */
export function guessTitle(text: string): string {
  if (last?.text === text) return last.title;
  const title = titleOf(text);
  last = { text, title };
  return title;
}

const PAGE_COUNTER = /第?[A-Za-z\\*]+\d*页共[A-Za-z\\*]+\d*页/g;

function titleOf(text: string): string {
  const start = normaliseStart(text, 3000);
  // page counters ("第A页共B页") go (looked for only where 页共 stands)
  const norm = start.includes('页共') ? start.replace(PAGE_COUNTER, '') : start;
  let seen = 0;
  let count = 0;
  for (let line of linesOf(norm)) {
    if (++count > 40) break;
    seen += line.length + 1;
    if (seen > 2000) break;
    if (FURNITURE_LINE.test(line)) continue;
    // a title stands before any sentence ends on its line ("…工作总结 上半年,全市…"), never after one
    const end = line.search(/[。!?;！？；]/);
    if (end >= 0) line = line.slice(0, end);
    // A line that names no report holds no title (the parts of a line are read without their 《》).
    if (!NAMES_REPORT.test(line.replace(/[《》]/g, ''))) continue;
    const quoted = [...line.matchAll(/《([^》]{4,60})》/g)].map((m) => m[1]!);
    // A title may quote a document's name ("落实2025年《政府工作报告》重点工作进展情况"): the words
    // between punctuation come first, then the parts around each 《》.
    const phrases = line.includes('《') ? line.split(/[,，。:：;；!！?？/\s]+/).filter((p) => /《[^》]*》/.test(p)) : [];
    for (const seg of phrases) {
      const t = titleIn(seg);
      if (t) return t;
    }
    const segments = [...quoted, ...line.split(/[,，。:：;；!！?？/\s]+|(?<=》)|(?=《)/)];
    for (const seg of segments) {
      const t = titleIn(seg.replace(/[《》]/g, ''), seg === line.trim());
      if (t) return t;
    }
  }
  return '';
}

/** A text's lines, as text.split('\n') gives them, read only as far as they are asked for. */
function* linesOf(text: string): Generator<string> {
  for (let start = 0; ;) {
    const end = text.indexOf('\n', start);
    if (end < 0) {
      yield text.slice(start);
      return;
    }
    yield text.slice(start, end);
    start = end + 1;
  }
}

/** A line of page furniture: navigation ("当前位置:首页 > …"), download and upload notices, site names. */
export function isPageFurniture(line: string): boolean {
  return FURNITURE_LINE.test(line) || FURNITURE.test(line.slice(0, 40));
}
