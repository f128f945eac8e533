// What the words around a figure say about it: the period it covers, whether it is a forecast or
// a target, and whether it is a part of a total (scope).
import type { Period, Status } from './contract.ts';
import { marksOf } from './spans.ts';
import { WORDS, wordsOf } from './words.ts';

// the marks between the months of a span: 1-5月, 1—5月, 1~5月, 1至5月
const TO = '[-—–~至到]';
// the months so far counted from January: 1-7月, 前7月, 前十个月 (not 3, 6, 9: a quarter, a half, three quarters)
const MONTHS_SO_FAR = `1${TO}(?:[2-57-9]|1[01])月|前(?:[2457-8]|1[01]|[二两四五七八]|十一?)个?月`;
// The words of each period. One pass over a sentence finds every period word; the group that matched
// (the words' place in this list) names the period.
const WORDS_OF_PERIOD: [Period, string][] = [
  // the labelling guide: 1-X月 (X ≠ 6, 12) and 截至X月 are so far this year, not a quarter
  ['Q1', '一季度|第一季度'],
  ['Q1-Q3', '前三季度|(?<!第)三季度'],
  ['H1', `上半年(?![和及与]下半年)|1${TO}6月|一${TO}六月|(?<!下)半年|(?<![\\d-])6月(?:底|末)`],
  ['FY', `全年|今年|上半年[和及与]下半年|本年度|年内|(?<![\\d本上下])年度(?=目标|任务)|本年(?!度)|年底|12月底|到12月|1${TO}12月|一${TO}十二月|(?:\\d{4}|[xX*]{2,4})年(?![度初底以上下第前一二三四1-9xX])|(?:19|20)\\d\\d年度`],
  ['YTD', `(?:截至|截止)(?:到)?(?!年底|12月|到12月|三季度|上半年|(?:19|20)\\d\\d年12月31日)|目前|至今|现已|年初以来|年以来(?!之最|最|首次|新高)|1${TO}(?:[2-57-9]|1[01])月|一${TO}(?:[二三四五七八九]|十一?)月|(?<![\\d-])(?:[1-57-9]|1[01])月(?:底|末)|(?<![\\d-])(?:[1-9]|1[01])月份?以来|[xX]{1,2}-[xX]{1,2}月|[xX]{1,2}月(?:底|份)?以来`],
];
// this year so far: the period the report covers (its year in an annual report, so far in a news piece)
const THIS_YEAR_UP_TO_NOW = '今年以来|今年来|本年以来';
// the first months counted from January (前三个月, 前7月): their number says the period, read below
const FIRST_MONTHS = '前([2-9]|1[0-2]|[二两三四五六七八九]|十[一二]?)个?月';
const PERIOD_OF_MONTHS: Record<number, Period> = { 3: 'Q1', 6: 'H1', 9: 'Q1-Q3', 12: 'FY' };
const NUMERAL: Record<string, number> = { 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10, 十一: 11, 十二: 12 };
// (sticky: tried only where a period word may open, below)
const PERIOD_WORD = new RegExp([`(${THIS_YEAR_UP_TO_NOW})`, ...WORDS_OF_PERIOD.map(([, words]) => `(${words})`), FIRST_MONTHS].join('|'), 'y');

interface PeriodWord {
  at: number;
  period: Period;
  year?: number; // the year a bare "2019年" names
  goal?: boolean; // the period of a goal ("全年目标任务"), which says nothing of the figures after it
  ownPeriod?: boolean; // 今年以来: the report's own period (period is then a placeholder)
  closedAt?: number; // where the bracket it stands in closes: it speaks for nothing after ("(上半年为-4.7%,一季度为-19.2%)")
}

/**
 * A sentence as the period reader reads it: its text and its paragraph's text before it, and the
 * period words of each, read when a figure of the sentence first asks (its figures share them).
 */
export interface SentenceText {
  sentence: string;
  paragraph: string;
  periodWords?: PeriodWord[];
  paragraphSaid?: Period | null; // null: the paragraph says no period
  holds?: SentenceHolds;
}

/**
 * Words a figure's reader looks for in the sentence before it, looked for once in the whole sentence:
 * a pattern with no lookaround found nowhere in the sentence is found in no part of it.
 */
interface SentenceHolds {
  yearToYear: boolean;
  stock: boolean;
  forecastOrTarget: boolean;
}

function holdsOf(read: SentenceText): SentenceHolds {
  return (read.holds ??= {
    yearToYear: YEAR_TO_YEAR.test(read.sentence),
    stock: STOCK.test(read.sentence),
    // (a forecast or target word found nowhere in the sentence is found in no part of it)
    forecastOrTarget: FORECAST_OR_TARGET_START.test(read.sentence) && (FORECAST.test(read.sentence) || TARGET.test(read.sentence)),
  });
}

// Every period word holds one of these characters (季度, 年, 月, 截至, 目前, 至今, 现已), no more than
// HELD_WITHIN characters after it opens ("xx-xx月"), and opens with one of OPENS_PERIOD_WORD.
const IN_EVERY_PERIOD_WORD = marksOf('季年月截目至现');
const HELD_WITHIN = 5;
const OPENS_PERIOD_WORD = marksOf('今本一第前三上半全年到截目至现0123456789xX*');

const GOAL_AFTER = /^的?(?:目标|任务|计划)/;
const TASK_OF_COMPARED = /^[^,;。]{0,6}?(?:目标|任务|计划)/;
const THIS_YEAR_WORD = /^(?:今年|本年)(?!度|以来)/;
// the rest of a time that is a clause of its own, from its period word on: "截至8月底,", "1-11月,"
// (or a full date: "截至2023年11月30日,")
const TIME_CLAUSE = /^(?:[^,;:。!?\n]{0,8}|(?:截至|截止)到?(?:(?:19|20)\d\d年)?\d{1,2}月(?:\d{1,2}日|底|末)?),/;

/** Where the bracket that `at` stands in closes, or undefined where it stands in none (or one left open). */
function bracketClosing(text: string, at: number): number | undefined {
  const open = text.lastIndexOf('(', at);
  if (open < 0 || text.lastIndexOf(')', at) > open) return undefined;
  const close = text.indexOf(')', at);
  return close < 0 ? undefined : close;
}

function periodWords(text: string): PeriodWord[] {
  const words: PeriodWord[] = [];
  // (a period word is looked for where one may open, from left to right as a global search would find them)
  let held = -1; // the first character at or after `at` that every period word holds
  for (let at = 0; at < text.length; at++) {
    if (held < at) {
      held = at;
      while (held < text.length && !IN_EVERY_PERIOD_WORD.has(text.charCodeAt(held))) held++;
      if (held === text.length) break;
    }
    at = Math.max(at, held - HELD_WITHIN);
    if (!OPENS_PERIOD_WORD.has(text.charCodeAt(at))) continue;
    PERIOD_WORD.lastIndex = at;
    const m = PERIOD_WORD.exec(text);
    if (!m) continue;
    at = Math.max(at, PERIOD_WORD.lastIndex - 1);
    // (a period a figure is compared with is none of the figures': "降幅较一季度收窄17.5个百分点;实现增加值15.2亿元")
    // (…but a task of that period is: "较全年申报任务(60家)")
    const before = text.charCodeAt(m.index - 1);
    if ((before === 0x8f83 || before === 0x6bd4) && !TASK_OF_COMPARED.test(text.slice(m.index + m[0].length, m.index + m[0].length + 8))) continue; // 较, 比
    // (a year that names what an act is done to is no period of the figure: "兑现2016年度县级科技创新政策奖励资金", "申报2024年度…项目")
    if (m[0].endsWith('年度') && NAMES_AFTER_ACT.test(text.slice(Math.max(0, m.index - 2), m.index))) continue;
    if (m[1] !== undefined) {
      words.push({ at: m.index, period: 'FY', ownPeriod: true });
      continue;
    }
    const months = m[WORDS_OF_PERIOD.length + 2];
    if (months !== undefined) {
      words.push({ at: m.index, period: PERIOD_OF_MONTHS[NUMERAL[months] ?? Number(months)] ?? 'YTD' });
      continue;
    }
    for (let group = 2; group <= WORDS_OF_PERIOD.length + 1; group++) {
      if (m[group] !== undefined) {
        const year = /^\d{4}年/.test(m[0]) ? Number(m[0].slice(0, 4)) : undefined;
        const goal = GOAL_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 3)) || undefined;
        words.push({ at: m.index, period: WORDS_OF_PERIOD[group - 2]![0], year, goal, closedAt: bracketClosing(text, m.index) });
        break;
      }
    }
  }
  return words;
}

const NAMES_AFTER_ACT = /(?:兑现|表彰|申报|下达|拨付|评选|认定|推荐|组织|获批|争取|发放)$/;
const YEAR_TO_YEAR = /(?:19|20)\d\d年?(?:至|到|—|－|~)(?:19|20)\d\d(?:[两三四五]?年)/;
const SPAN_OF_YEARS = /年均|“?十[一二三四五]五”?(期间|以来|时期)|[两三四五六七八九十]年(来|以来|内|共|累计|合计|间|净增|新增)|历年/;
const SPAN_OPENS = /^[^,;]{0,6}?(?:[两三四五六七八九十]年(?:来|以来|间)|“?十[一二三四五]五”?(?:期间|以来|时期))(?:[,:]|(?=累计|共))/;
const STOCK = wordsOf(['runningTotal']);
const YEARS_TOTAL_OF_ITEMS = /^(?:(?!累计|现有|拥有|有效).)*总量(?:达到?|为)?$/;
// 达到 N家 is a stock of enterprises or platforms; 达到 N件 of patents is the year's flow.
const OWN_VERB = wordsOf(['flowAct']);
// applying for a patent and its grant are acts of the period, carried on by 累计 alone ("累计申请专利9862件,授权5217件";
// not "总数达到9家,专利申请312件授权147件")
const PATENT_ACT = wordsOf(['patentApply', 'patentGrant']);
const OWN_YEAR = /全年|今年|当年|本年|年内/;
// Firms served, experts sent … so far this year are the year's work, not a stock.
const SERVICE_ACT = wordsOf(['serve', 'collect', 'solve', 'hold', 'dispatch', 'appoint']);
// (…or grown to: "培育库扩大到120家", "众创空间增加到45个")
const STOCK_COUNT = /达到|(?<!到)达(?!成)|突破|扩大到|增至|增加到/;
// the count of an act ("入库数达到400家", "申报数量达到136家") is the period's, not what stands
const PEOPLE_STANDING = /共有|队伍|在岗|现有|拥有|全[市县区旗]有/;
const PEOPLE_COME_TO = /(?:总数|人数|总量)?(?:达到|达|增至|增加到|扩大到|发展到)$/;
const PEOPLE_CHOSEN = /选派|派出|派驻|聘任|聘请|选聘|选认|招聘|引进|培训|服务/;
// "入库数达到400家", "科技型中小企业入库突破400家": what was done this year coming to a number, not what stands
const FLOW_BEFORE = /新增|新认定|净增|入库|备案|评价/;
const STANDS_BEFORE = /累计|总数|总量|共有|现有|拥有|库内|在库|(?:备案|认定|入库|评价)的/;
// (firms entered in a reserve pool stand in it: "后备库入库企业达到520家" is how many the pool holds)
const FLOW_INTO_POOL = /新增|新认定|净增|备案|评价/;
export function countsFlow(before: string, pool = false): boolean {
  return ACT_COUNT.test(before) || ((pool ? FLOW_INTO_POOL : FLOW_BEFORE).test(before) && !STANDS_BEFORE.test(before));
}
const ACT_COUNT = /(?:入库|认定|申报|评价|备案|新增|培育)(?:企业)?(?:数|数量)/;
// (…named by the clause before, where the figure's own names nothing: "科技型中小企业评价入库数连续三年增长,2020年达到45家")
const NAMES_NOTHING = /^[^\u4e00-\u9fff]*(?:(?:19|20)\d\d年|今年|去年|全年|目前)?(?:已|共|累计)?(?:达到?|突破|增至|增加到)$/;
/** Whether a figure's clause says only what it came to, after clauses (`before`, up to that clause) that name the count of an act. */
export function actCountBefore(clause: string, before: string): boolean {
  return NAMES_NOTHING.test(clause) && ACT_COUNT.test(before.slice(Math.max(before.lastIndexOf(';'), before.lastIndexOf('。')) + 1));
}
// "共有356家企业通过…评价": 共有 counting the firms that did something, not what stands
export const ACTORS_WHO_ACT = /^(?:家)?(?:企业|单位)[^,;。]{0,6}(?:通过|获得|获批|入选|被认定|被评为|申报|进行|开展)/;
const PERIOD_OF_TOTAL: Record<string, Period> = { 全年: 'FY', 本年: 'FY', 本年度: 'FY', 年内: 'FY', 当年: 'FY', 上半年: 'H1', 一季度: 'Q1', 前三季度: 'Q1-Q3' };
const PERIOD_TOTAL = new RegExp(`(${Object.keys(PERIOD_OF_TOTAL).join('|')})(?:共|全市|全县|全区)?累计`);
const THIS_YEAR_SO_FAR = new RegExp(`(?:今年|年初)以来|${MONTHS_SO_FAR}`);
// the months a flow is counted over (1-7月, 前7月), not a day a stock is counted on (截至7月底)
const MONTHS_COUNTED = new RegExp(MONTHS_SO_FAR);

// 、 and a name of no more than a dozen characters
const LISTED_NAME = /^、[\u4e00-\u9fff“”"]{1,12}$/;

/** Whether the words between a figure and the next list one more item ("、市级星创天地"), with no act of its own. */
export function listsOneMore(between: string): boolean {
  return LISTED_NAME.test(between) && !OWN_VERB.test(between);
}

// (…and what was done the first time, or sent anew: "其中首次入库的96家", "其中今年新选派103名")
const NEW_ACT = wordsOf(['newAct'], ['首次', '新选派', '新入库', '新备案']);

/** Whether an item listed after the figure before ("、新增市级重点实验室") is done anew: its own words, not the list's, give its period. */
export function doneAnew(item: string): boolean {
  return NEW_ACT.test(item);
}

/**
 * The part of the year a few words name, read as a sentence's period words are ("上半年完成", "1-9月",
 * "全年目标": a table column's heading); a year's number says none (the column's year is read apart).
 */
export function periodNamed(words: string): Period | undefined {
  return periodWords(words).find((w) => w.year === undefined && !w.ownPeriod)?.period;
}

/** Whether words name the whole year, or a year ("全年", "年内", "年度目标", "2024年"). */
export function namesWholeYear(words: string): boolean {
  return periodWords(words).some((w) => w.period === 'FY');
}

/** Whether a few words name no time at all (no period word, no 累计): "力争突破", not "全年累计达到". */
export function namesNoTime(words: string): boolean {
  return periodWords(words).length === 0 && !words.includes('累计');
}

/**
 * Whether the statement a sentence stands in opens on a span of years, and neither the sentence up to the
 * figure nor anything between names a time of its own: "三年来,全县获批…41项,争取…3120万元;新建省级以上创新平台11个".
 */
function spanOpensStatement(read: SentenceText, at: number): boolean {
  const { paragraph, sentence } = read;
  if (!paragraph.endsWith(';')) return false;
  const statement = paragraph.slice(Math.max(paragraph.lastIndexOf('。'), paragraph.lastIndexOf('\n')) + 1);
  // (a year it names is a baseline's or an end's: "由2010年底的6家增加到2015年底的27家")
  const ownTime = (words: PeriodWord[], text: string) => words.some((w) => w.year === undefined && !/\d/.test(text[w.at - 1] ?? ''));
  return SPAN_OPENS.test(statement) && !ownTime(periodWords(statement), statement) &&
    !ownTime((read.periodWords ??= periodWords(sentence)).filter((w) => w.at < at), sentence);
}

/** Whether a stock word before the figure still governs it: no share (占…%) stands between. */
const STOCK_ALL = new RegExp(STOCK.source, 'g');
function stockContinues(before: string, patents: boolean): boolean {
  let last: RegExpExecArray | undefined;
  STOCK_ALL.lastIndex = 0;
  for (let m = STOCK_ALL.exec(before); m; m = STOCK_ALL.exec(before)) last = m;
  return last !== undefined && !/占|%/.test(before.slice(last.index)) && (!patents || last[0] === '累计');
}

/** Whether the word at `at` stands in the first few characters of its sentence. */
function opensClause(text: string, at: number): boolean {
  let k = at - 1;
  while (k >= 0 && at - k <= 6 && !'。!?;\n'.includes(text[k]!)) k--;
  return k < 0 || at - k <= 6;
}

/** Whether the period word at `at` opens a time clause of its own (TIME_CLAUSE). */
function opensTimeClause(text: string, at: number): boolean {
  return TIME_CLAUSE.test(text.slice(at, at + 20));
}

/** Whether the period word at `at` opens a time clause of its own in the statement the text's end continues. */
function timeOfStatement(text: string, at: number): boolean {
  return opensTimeClause(text, at) && !/[。!?\n]/.test(text.slice(at));
}

const TASK_OF_PERIOD = /^[^,;。]{0,12}?(?:目标|任务)/;
const FORECAST_BEFORE = new RegExp(`(?:${wordsOf(['forecast']).source})(?:到|在|于)?$`);

/** The period the last period word of a sentence's paragraph before it names, a year left out. */
function paragraphSaid(read: SentenceText): Period | undefined {
  if (read.paragraphSaid === undefined) {
    const before = read.paragraph.slice(-300);
    const words = periodWords(before);
    read.paragraphSaid = null;
    for (let k = words.length - 1; k >= 0 && read.paragraphSaid === null; k--) {
      const w = words[k]!;
      if (w.ownPeriod) break; // (the report's own: as if the paragraph said none)
      if (w.closedAt !== undefined) continue;
      // ("…58家,其中一季度入库31家。": a part of the year a breakdown names speaks for the part only)
      if (before.endsWith('其中', w.at) || before.endsWith('其中,', w.at)) continue;
      // ("…19家,超额完成全年15家的目标;": the year of a task or goal says nothing of what was done)
      if (TASK_OF_PERIOD.test(before.slice(w.at, w.at + 16))) continue;
      // ("…预计年底达到118家。入库…173家": the year's end a forecast is for says nothing of what was done)
      if (FORECAST_BEFORE.test(before.slice(Math.max(0, w.at - 4), w.at)) && /^年[底末]/.test(before.slice(w.at, w.at + 2))) continue;
      // "目前,已验收完成5项" says so far of its own sentence; a YTD word speaks for the paragraph only
      // where it opens a sentence's first clause ("1-5月,全市…")
      // (or that is a time clause of its own earlier in the same statement: "…获悉,今年1-11月,全市…;全市组织…40余场")
      if (w.year === undefined && !w.goal && (w.period !== 'YTD' || opensClause(before, w.at) || timeOfStatement(before, w.at))) {
        // ("截至11月30日,全市今年新认定…148家;科技型中小企业评价入库2316家": this year so far, as in the sentence before)
        const soFar = w.period === 'FY' && THIS_YEAR_WORD.test(before.slice(w.at)) && words.some((v) => v.at < w.at && v.period === 'YTD' && timeOfStatement(before, v.at));
        read.paragraphSaid = soFar ? 'YTD' : w.period;
      }
    }
  }
  return read.paragraphSaid ?? undefined;
}

/**
 * The period of a figure. `sentence` is the sentence the figure stands in (and its paragraph before
 * it), `at` the figure's offset in it, `clause` the clause before the figure; `fallback` is the
 * report's own period.
 */
export function periodOf(args: {
  sentence: SentenceText;
  at: number;
  clause: string;
  /** The rest of the figure's clause after it ("43家企业通过认定"). */
  after?: string;
  unit: string;
  fallback: Period;
  /** What 今年以来 says: the report's own period where it states one, else so far this year. */
  soFar?: Period;
  /** Whether the indicator counts something that stands (platforms, firms in a pool), not something done. */
  stock?: boolean;
  /** The report's year: "2019年" in a report on 2019 says nothing of the period (its first half, say). */
  reportYear?: number | null;
  /** Whether the indicator is an amount a period's statistics add up (output, contract value): 累计 is that period's. */
  summed?: boolean;
  /** Whether the indicator counts firms in a reserve pool (hte_reserve): 入库 there is what stands. */
  pool?: boolean;
}): Period {
  const { sentence: read, at, clause, after = '', unit, fallback, soFar = fallback, stock = true, reportYear = null, summed = false, pool = false } = args;
  const { sentence } = read;
  const holds = holdsOf(read);
  const isCount = unit !== '%' && !unit.endsWith('元');
  const isStockUnit = unit === '家' || unit === '个';
  // "全县共有省级科技特派员42人", "科技特派员队伍扩大到560人": the people there are
  // (…or come to, where no act brings them: "新选派科技特派员18名,全县科技特派员达到72名"; not "选派科技特派员达到72名")
  if (unit === '人' && (PEOPLE_STANDING.test(clause) || (PEOPLE_STANDING.test(sentence.slice(0, at)) && !OWN_VERB.test(clause)) ||
    (PEOPLE_COME_TO.test(clause) && !OWN_VERB.test(clause) && !PEOPLE_CHOSEN.test(clause)))) return 'CUM';
  // a span of years (年均, 十三五期间, 五年来) is a running total, whatever the unit
  // (…or opens the sentence: "五年来,全市累计获批…214项,争取上级科技资金超过9亿元"; but not past a year the
  // figure's own clause names: "“十三五”期间,…年均增长13.6%,2020年达到486亿元")
  if (SPAN_OF_YEARS.test(clause) || (holds.yearToYear && YEAR_TO_YEAR.test(sentence.slice(0, at))) ||
    ((SPAN_OPENS.test(sentence.slice(0, at)) || (unit !== '%' && !clause.includes('由') && spanOpensStatement(read, at))) && !/(?:19|20)\d\d年/.test(clause))) return 'CUM';
  // "今年以来,累计服务企业500余家": so far this year
  const totalled = clause.includes('累计');
  if (totalled && THIS_YEAR_SO_FAR.test(sentence.slice(0, at))) return 'YTD';
  // "全年累计争取省级以上科技项目资金3600万元": a part of the year's total, that part's
  const partTotal = totalled ? PERIOD_TOTAL.exec(clause) : null;
  if (partTotal) return PERIOD_OF_TOTAL[partTotal[1]!]!;
  // ("全年高企认定数量达到52家": what was done, come to a number, is no stock; nor are the firms 共有 counts
  // that did something: "共有356家企业通过评价")
  // ("专利授权总量8164件": the total of items filed or granted is the period's, not a stock)
  const itemsOfPeriod = unit === '件' && YEARS_TOTAL_OF_ITEMS.test(clause);
  if (isCount && !itemsOfPeriod && ((STOCK.test(clause) && !(clause.endsWith('共有') && ACTORS_WHO_ACT.test(after))) || (isStockUnit && stock && STOCK_COUNT.test(clause) && !countsFlow(clause, pool) && !actCountBefore(clause, sentence.slice(0, at - clause.length))))) return 'CUM';
  // "累计培育高新技术企业532家,科技型中小企业1680家": a bare name and figure continue the stock before it
  // (…but not one that says what was done: "累计走访企业143家,收集问题86个")
  // (…nor one that names its own period: "有效发明专利拥有量2876件,全年专利授权5132件")
  if (isCount && !itemsOfPeriod && holds.stock && !OWN_VERB.test(clause) && !SERVICE_ACT.test(clause) && !OWN_YEAR.test(clause) && stockContinues(sentence.slice(0, at), PATENT_ACT.test(clause))) return 'CUM';
  // a growth rate 累计 is so far this year; money 累计 is all so far; an output 累计 is its period's ("2017年,全市累计实现…产值")
  if (totalled) {
    if (unit === '%') return 'YTD';
    if (!summed) return 'CUM';
  }
  // the last period word before the figure; the report's own year says nothing, and a bare year
  // ("…为2018年全省仅立项一个;") speaks for its own part of the sentence, not past a ;
  let lastBreak: number | undefined; // looked for only when a year asks
  const words = (read.periodWords ??= periodWords(sentence));
  let said: Period | undefined;
  let saidBy: PeriodWord | undefined;
  for (let k = words.length - 1; k >= 0 && said === undefined; k--) {
    const w = words[k]!;
    if (w.at < at && (w.closedAt === undefined || w.closedAt > at) && (w.year === undefined || (w.year !== reportYear && w.at > (lastBreak ??= sentence.lastIndexOf(';', at))))) {
      said = w.period;
      saidBy = w;
    }
  }
  // "今年以来,全市新增…": the period the report covers
  if (saidBy?.ownPeriod) said = soFar;
  // "截至目前,今年已受理专利申请2380件", "截止目前,全年共征集…": this year, so far (and 今年 after a time
  // that is a clause of its own: "截至8月底,汴阳区今年共组织申报…137项")
  // (right after it: "10月底达到62.3亿元,全年有望突破75亿元" is the whole year's)
  // (but "截至2022年底", "截至去年底" is a year's end)
  else if (said === 'FY' && saidBy!.year === undefined && !/^(?:年底|12月)/.test(sentence.slice(saidBy!.at, saidBy!.at + 3)) &&
    words.some((w) => w.at < saidBy!.at && w.period === 'YTD' && (saidBy!.at - w.at <= 6 || (opensTimeClause(sentence, w.at) && THIS_YEAR_WORD.test(sentence.slice(saidBy!.at)))))) said = 'YTD';
  // the paragraph before is read only where the sentence says nothing before the figure
  said ??= paragraphSaid(read) ?? fallback;
  // "截至目前,全市共有众创空间4个": how many there are so far is a stock, unless the clause counts what was done
  const own = clause + after;
  if (said === 'YTD' && stock && isStockUnit && !OWN_VERB.test(own) && !SERVICE_ACT.test(own) && !ACTORS_WHO_ACT.test(after) && !MONTHS_COUNTED.test(sentence.slice(0, at))) return 'CUM';
  return said;
}

// 将 is a forecast only before what a figure comes to ("总量将达到490家", "将突破5200家"), not in "将在…开展"; a 预期目标
// (预期性指标) is a goal
// (nor is what was expected, which a figure beat or fell short of: "高于预期", "超出预期", "不及预期", "达到预期效果")
const FORECAST = new RegExp(`(?!预期(?:目标|性|效果|目的))(?!(?<=[于出及合到超])预期)(?:${wordsOf(['forecast']).source})|将(?=达到|达|突破|超过|增至|增加到|新增|实现|完成)`);
// what a year must see done is its target: "今年全市要新认定高新技术企业150家", "今年我们要再新增高企80家" (not 要求)
const YEAR_MUST = '(?:今年|全年|明年|年内)(?:全[市县区州旗]|我[市县区]|我们)?(?:还|再|必须)?要(?!求)';
// 准备 and 计划 are a target only before what is to be done ("计划新增", not "科技计划")
const TARGET = new RegExp(
  `${wordsOf(['target']).source}|准备(?=申报|实施|启动|建设)|(?<!年度)计划(?=完成|实现|新增|申报(?!指南)|培育|引进|认定|投入|建设|到|在|于|下半年|明年|年内|年底)|(?<!科技|研发|星火|火炬|支撑|专项|项目|重点|按|依|照)计划(?=组织|征集|举办|开展|选派|走访|解决|达成|签订|争取|新建|新认定|新引进|全年|(?:19|20)\\d\\d年|专利|\\([#\\d])|将(?:重点|继续|积极|全力)?(?=组织|推荐|申报|举办|开展|选派|新建|培育|引进)|${YEAR_MUST}`,
);

const DONE_AGAINST = /^(?:实际|已经?完成|已实现)/;
// a target word, then its figure, in the clauses before ("任务入库40家,"; "年度目标研发投入强度1.8%,")
const TARGET_FIGURE_BEFORE = /(?:任务|目标)[^,;。:]{0,16}\d[^,;。]*[,;]/;
// (…or a part of the year done, against the year's target: "全年…立项目标20项,上半年获批立项9项")
const DONE_AFTER_TARGET = /^(?:(?:1-\d{1,2}月|上半年|前三季度|一季度|截至目前|目前)[,]?)?(?:实际|已经?|完成|共|全年(?:共)?(?:评价|新)?(?:获批|完成|争取|认定|入库|选派|登记|新增|授权))|^(?:1-\d{1,2}月|上半年|前三季度|一季度)(?!力争|确保|计划|要)/;

/** Whether, of the clauses before, one that says what was done stands after the last that states a target with its figure. */
function doneSinceTarget(clausesBefore: string): boolean {
  let done = false;
  for (const clause of clausesBefore.split(/[,;]/)) {
    if (TARGET.test(clause) && /\d/.test(clause)) done = false;
    else if (DONE_AFTER_TARGET.test(clause)) done = true;
  }
  return done;
}
const DONE_IN_CLAUSE = /成功|已经?|实际|最终|截[至止](?:目前|\d{1,2}月)/;
const MAX_STATEMENT = 300;
// the target word a statement opens on ("力争…", "确保…")
// (after a time and a subject: "今年,我们要力争实现“五个新”:…;")
const TARGET_OPENING = /^(?:(?:19|20)\d\d年|全年|今年|明年|下半年|下一步)?,?(?:我们|我局|全市|全县|全区)?(?:要|将)?(?:力争|确保)/;

/** Whether the statement a paragraph ends in opens on a target word ("力争到2025年…;"). */
function opensOnTarget(paragraph: string): boolean {
  return TARGET_OPENING.test(paragraph.slice(Math.max(paragraph.lastIndexOf('。'), paragraph.lastIndexOf('\n')) + 1));
}

// a goal's label, and the items it opens before this one, each closed by ; ("主要预期目标:…580家;")
// (not one that says the goals were met: "全年各项科技目标全面完成:")
const GOAL_LABEL_OPEN = /(?:目标|任务|计划)(?:(?!完成|实现|情况|达成)[^,;。:]){0,8}:[^。:]*;$/;
// "…完成了市局下达新增20家的任务", "超额完成规划确定的220家目标", "距2025年3%的目标尚有差距": the figure is the task's
export const TASK_AFTER = /^的?(?:规划)?(?:任务|目标)/;
// (the figure stands as # between the words before and after it: "完成全年目标任务#的51.9%" names the task's figure)
// (…and "完成全年高企认定目标的120%", "完成全年任务(100家)的58%" is a share done, no target for what follows)
// (…nor a programme named for its tasks, "重点研发任务专项", nor the goals work is done around: "围绕…下达的目标任务,组织申报…";
// but a label of goals is one: "围绕全年目标任务:新认定…")
const TARGET_NOT = /拟(?:认定|立项|入库)[^,;。#]{0,10}?名单|任务(?:专项|书)|围绕[^,;。#:]{0,24}(?:目标任务|目标|任务)(?![:任])|[为的]目标(?![任值数]|[\d是为:#])|完成[^,;。\d#]{0,8}目标任务(?![\d#(])(?:数)?[,;。]?|完成[^,;。\d#]{0,10}(?:目标|任务)(?:\([^()#]*\))?的\d[\d.]*%/g;

// The first characters of every forecast and target word: a text with none of them says neither.
// (the first two characters where the first alone is common: 建议 not 建成, 要达到 not 要求)
const STARTS_OF = (words: string[]) => words.filter((w) => !/^[建要]/.test(w)).map((w) => w[0]!).join('');
const FORECAST_OR_TARGET_START = new RegExp(
  `[${STARTS_OF([...WORDS.forecast, ...WORDS.target, '准备', '计划'])}]|建议|要[达突]|${YEAR_MUST}`,
);

const AT_LEAST_BEFORE = /(?:不少于|不低于)\s*$/;

/**
 * Whether a figure is a floor set, "选派科技特派员不少于60人", "研发投入强度不低于2.5%": what is to be done, not
 * what was (unless its own clause says it was done: "已走访企业不少于200家").
 */
export function setsFloor(sentence: string, at: number): boolean {
  if (!AT_LEAST_BEFORE.test(sentence.slice(Math.max(0, at - 4), at))) return false;
  const own = sentence.slice(Math.max(sentence.lastIndexOf(',', at), sentence.lastIndexOf(';', at)) + 1, at);
  return !DONE_IN_CLAUSE.test(own) && !FORECAST.test(own);
}

/** Forecast or target, from the sentence before the figure (at `at` in it) and the rest of its clause. */
export function statusOf(read: SentenceText, at: number, clauseAfterAll: string): Status {
  // (a bracket after the figure holds another figure's words: "入库342家(年度任务300家)")
  const bracket = clauseAfterAll.indexOf('(');
  const clauseAfter = bracket < 0 ? clauseAfterAll : clauseAfterAll.slice(0, bracket);
  // (a figure the words right after name a task or target is one, whatever the words before it say)
  if (TASK_AFTER.test(clauseAfter)) return 'target';
  // "主要预期目标:高新技术企业总数达到580家;科技型中小企业评价入库1450家": each item a goal's label opens, after ;
  // (not where the item opens a label of its own: "任务:…45家;完成:通过认定52家")
  // (read in the paragraph's last few hundred characters: a paragraph may be a whole text with no line break)
  const paragraphEnd = read.paragraph.endsWith(';') ? read.paragraph.slice(-MAX_STATEMENT) : '';
  if (GOAL_LABEL_OPEN.test(paragraphEnd) && !read.sentence.includes(':') && !DONE_IN_CLAUSE.test(read.sentence)) return 'target';
  // "力争到2025年全市高新技术企业达到750家以上;研发投入强度达到3.2%": a statement that opens on 力争 or 确保 speaks for each
  // item after ; (not one that opens on 预计: the shared gold reads "预计全年研发经费支出231.5亿元…;认定高新技术企业716家" as done)
  if (paragraphEnd !== '' && opensOnTarget(paragraphEnd) && !read.sentence.includes(':') && !DONE_IN_CLAUSE.test(read.sentence) && !holdsOf(read).forecastOrTarget) return 'target';
  if (!holdsOf(read).forecastOrTarget) return 'actual';
  const sentenceBefore = read.sentence.slice(0, at);
  if (!FORECAST_OR_TARGET_START.test(sentenceBefore) && !FORECAST_OR_TARGET_START.test(clauseAfter)) return 'actual';
  // "下达…认定任务40家,实际认定45家", "目标为…40家,已完成35家": what was done against the target is a fact
  const ownClause = sentenceBefore.slice(Math.max(sentenceBefore.lastIndexOf(','), sentenceBefore.lastIndexOf(';')) + 1);
  if (DONE_AGAINST.test(ownClause)) return 'actual';
  // "任务入库40家,已完成入库47家,其中首次入库29家", "任务技术合同登记额1.5亿元,完成2.03亿元": after a target stated
  // with its figure, a clause with no target word of its own that says what was done is done
  // (…and so is what follows a clause of what was done: "…,已完成入库47家,其中首次入库29家", "…实际新增4家,全县达到11家")
  const clausesBefore = sentenceBefore.slice(0, sentenceBefore.length - ownClause.length);
  if (TARGET_FIGURE_BEFORE.test(clausesBefore) && !TARGET.test(ownClause) && !FORECAST.test(ownClause) &&
    (DONE_AFTER_TARGET.test(ownClause) || doneSinceTarget(clausesBefore))) return 'actual';
  // "以构建…为目标", "完成了年度目标任务,": a goal named, or a task done, is no target for what follows
  const text = `${sentenceBefore}#${clauseAfter}`.replace(TARGET_NOT, '');
  // "对9项技术拟组织攻关,2个项目成功推荐申报": a clause that says its work is done is a fact, whatever an earlier one planned
  const own = `${ownClause}#${clauseAfter}`.replace(TARGET_NOT, '');
  if (DONE_IN_CLAUSE.test(own) && !FORECAST.test(own) && !TARGET.test(own)) return 'actual';
  // "预计…85家,力争突破90家": the figure's own clause says it first
  if (TARGET.test(own) && !FORECAST.test(own)) return 'target';
  if (FORECAST.test(text)) return 'forecast';
  if (TARGET.test(text)) return 'target';
  return 'actual';
}

const WHEN_BEFORE = /^(?:截至|截止)(?:到)?(?:\d{1,2}月(?:底|末)?|目前)?,?(?:已经?)?$/;

// a department applied to ("向省科技厅申报"), or that granted ("获自治区科技厅立项", "省科技厅已下达立项")
const DEPARTMENT = '(国家|省|自治区|市|州|盟)(?:科技厅|科学技术厅|科技局|科学技术局|科技部门|厅|局)|(科技部)';
const TO_DEPARTMENT = new RegExp(`(?:向|报送|报|获得?|经|被)(?:${DEPARTMENT})|(?:${DEPARTMENT})(?:已)?(?:下达|批准|立项|批复)`);
const LEVEL_OF_DEPARTMENT: Record<string, string> = { 国家: '国家级', 科技部: '国家级', 省: '省级', 自治区: '自治区级', 市: '市级', 州: '州级', 盟: '盟级' };

/** The level of the department a clause applied to or was granted by ("向省科技厅申报" → 省级), or ''. */
export function levelOfDepartment(clause: string): string {
  // (every department ends in 厅, 局, 部 or 部门)
  if (!/[厅局部]/.test(clause)) return '';
  const m = TO_DEPARTMENT.exec(clause);
  if (!m) return '';
  const named = m.slice(1).find((g) => g !== undefined);
  return named ? LEVEL_OF_DEPARTMENT[named] ?? '' : '';
}

// Words that narrow nothing: "各类科技计划项目" is the total.
const GENERIC = /各类|各级|各项|全部|科技计划|计划|科技|创新|奖励|扶持|无偿|项目|年度|\d{4}年|[xX*]+年|年|了|的|等|共|有|被|之|其中|:|\(|\)/g;
const LEVELS = /国家级|国家|自治区级?|省级|省|市级|市|县级|县|区级/g;

// (several levels hold two of these characters)
const SEVERAL_LEVEL_CHARS = /[国省市县区部][^]*[国省市县区部]/;

/** Whether words name several levels at once and nothing else ("国家、省各类", "省、市、县三级"): the whole. */
function namesSeveralLevels(words: string): boolean {
  const rest = words.replace(GENERIC, '').replace(/省部|部省/g, '省市');
  const levels = rest.match(LEVELS) ?? [];
  return levels.length > 1 && rest.replace(LEVELS, '').replace(/[、,和及与]|[两三四五]级/g, '') === '';
}

/** The scope a rule's words give, or '' where they name the whole (各类, or several levels at once). */
export function scopeOf(words: string | undefined): string {
  if (!words) return '';
  // (a time before the words says nothing of the part: "截至6月底已获批立项19项")
  // (nor does a table row's number: "3\t规上工业企业")
  // (nor a goal's words: "确保规上工业企业…")
  const trimmed = words.replace(/^[、,:和及与(了的到]+|[、,:和及与的]+$/g, '').replace(WHEN_BEFORE, '').replace(/^\d{1,3}\t/, '').replace(GOAL_BEFORE, '').replace(WHEN_AFTER, '');
  // (省部: the province's and the ministry's, two levels)
  if (trimmed.replace(GENERIC, '') === '' || (SEVERAL_LEVEL_CHARS.test(trimmed) && namesSeveralLevels(trimmed))) return '';
  return trimmed;
}

const GOAL_BEFORE = /^(?:确保|力争|争取|努力|全力)+/;
// (…nor the time and sum words after it: "区科技发展基金全年共")
const WHEN_AFTER = /(?<=[\u4e00-\u9fff]{2})(?:(?:全年|今年|年内|上半年)(?:共计|共|累计)?|共计|共|累计)$/;

// What makes the words before a thing a part of the whole: a level ("省级", "市级以上", "国家", "省"), a
// named programme (“…”, 《…》, "星火计划", "富民强县专项"), a batch, a kind of patent, a flow (吸纳, 输出),
// or how a count was come by (净增, 重新认定). Words of the whole — 全市, 我县,
// 基层, 实现 — make none; 国家 is the whole for 高新技术企业, which only the nation certifies.
// 省 and 市 alone are a level where no name stands before them, and no body that acts after: "争取市资金",
// "省科技厅…资金", not "长沙市上半年", "市科技局将确保"
const PART_LEVEL = /国家|省级|市级|县级|区级|自治区|部级|州级|盟级|旗级|(?<![\u4e00-\u9fff])[省市盟旗州](?!(?:科技局|科学技术局)(?:将|要|会|坚持|围绕|积极|全力|认真|深入|在)|委|政府|人民政府)/;
const PART_NAMED =
  /[“"《][^”"》]{2,}[”"》][\u4e00-\u9fff]{0,2}$|净增|重新认定|复审|复评|发明|实用新型|外观设计|吸纳|输出/;
const PROGRAMME = /([\u4e00-\u9fff]{2,})(计划|专项|工程|基金|行动|券)/;
const ACT_WORDS = wordsOf(
  ['apply', 'certify', 'approve', 'fundingAct', 'built', 'serve', 'collect', 'solve', 'hold', 'dispatch', 'appoint', 'reach', 'nurture', 'pool', 'stock'],
  ['组织', '完成', '实现'],
  'g',
);
const PLACE_NAME = /^[\u4e00-\u9fff]{1,5}[省市县区州]$/;
const WHOLE = /(全|我|本|该|各|城)(市|县|区|州|省|旗)|(市|县|区)(委|政府)|全社会|各类|各级/g;

/** The scope the words before a figure's thing give: the words, where they name a part; else ''. */
export function partOf(words: string, indicator = ''): string {
  if (words === '') return '';
  const trimmed = words.replace(/^[、,:和及与(了的为是]+|[、,:和及与的]+$/g, '');
  let rest = trimmed.replace(WHOLE, '').replace(ACT_WORDS, '');
  if (indicator.startsWith('hte_')) rest = rest.replace(/国家(级)?/g, '');
  if (indicator === 'hte_applied') rest = rest.replace(/省(?!级)/g, ''); // the province's batch of the nation's certification
  // every project from a level up, or of the province and the ministry (省部), is all of them
  if (indicator.startsWith('projects_')) rest = rest.replace(/[省市县]级?以上|省部|部省/g, '');
  if (SEVERAL_LEVEL_CHARS.test(rest) && namesSeveralLevels(rest)) return ''; // "国家、省各类科技计划", "国家和自治区": all of them
  const programme = PROGRAMME.exec(rest);
  // "柳州市科技计划", "富民强县专项" name a programme; "科技计划", "上级科技计划" do not
  const named = programme !== null && programme[1]!.replace(/科技|上级|年度|重点|各类|各级/g, '') !== '';
  const firmPart = indicator === 'rd_expenditure' && /企业/.test(rest);
  // "申报柳州市科技计划项目": a place's own programme
  const placed = PLACE_NAME.test(rest) && indicator.startsWith('project');
  return PART_LEVEL.test(rest) || PART_NAMED.test(rest) || named || firmPart || placed ? trimmed : '';
}

// "2016年净增12家", "从2015年的3.2亿元", "较2020年的": a year that stands close before the figure in its clause
const YEAR_BEFORE = /((?:19|20)\d\d)年(?:度)?(?:的|底|末|全年|共|累计|新增|净增|为|达到?)?(?:[^\d年,;。]|\d+家){0,14}$/;

/** The year a figure is for, where its clause names one other than the report's; else null. */
export function yearOf(clause: string, reportYear: number | null): number | null {
  const m = YEAR_BEFORE.exec(clause);
  if (!m) return null;
  // (the year of what an act is done to names no year of the figure: "兑现2016年度…奖励资金1540万元")
  if (m[0].startsWith(`${m[1]}年度`) && NAMES_AFTER_ACT.test(clause.slice(Math.max(0, m.index - 2), m.index))) return null;
  const year = Number(m[1]);
  return year === reportYear ? null : year;
}

// "研发费用从去年的1.2亿元增长到2.7亿元", "比上年同期的7.15亿元增长74.3%", "(上年同期为96家)", "(上年增长9.6%)": last year's
// figure, as a baseline (not "比去年增长", "同上年")
const LAST_YEAR = /(?:(?<![比较同])(?:去年|上年)(?:底|末|全年|同期|一季度|上半年|前三季度)?(?:的|为|共|新增|增长|达到?)?|[比较](?:去年|上年)(?:同期|底|末|全年)?的)$/;

const NO_OTHER_YEAR = { year: null, past: false } as const;

/**
 * The year a figure is for where its clause names another than the report's ("2016年净增12家", "去年的1.2亿元"),
 * and whether that year is gone by (a figure for it is that year's, and a fact).
 */
export function figureYear(clause: string, reportYear: number | null): { year: number | null; past: boolean } {
  if (!clause.includes('年')) return NO_OTHER_YEAR; // both ways of naming a year hold 年
  if (LAST_YEAR.test(clause)) return { year: reportYear === null ? null : reportYear - 1, past: true };
  const year = yearOf(clause, reportYear);
  return { year, past: year !== null && reportYear !== null && year < reportYear };
}

const DIFFERENCE = /(?:[比较](?:去年|上年|前年|上年度|(?:19|20)\d\d年|计划|预期|目标)(?:同期|全年|底|末)?|同比)[^,;。\d]{0,3}(?:增加|增长|净增|新增|多出?|少|提高|减少|下降)(?:入库|认定|申报|培育|备案|建成|到位|争取)?了?$/;

/** "比去年全年净增166家", "同比增加0.15件": whether a count or amount is a difference from another year's, not a count. */
export function isDifference(textBefore: string, unit: string): boolean {
  if (unit === '%') return false;
  const near = textBefore.slice(-16);
  return (near.includes('比') || near.includes('较')) && DIFFERENCE.test(near);
}
