// The engine: reads a cleaned report's figures and turns what claims them into indicator rows.
//
//   cleaned text → simplified script → figures → skeleton (figures masked out)
//   → frames claim figures whose own clause names them (frame-claims.ts)
//   → rules claim others (rule-claims.ts) → links (分别, growth, running totals, 其中 parts; links.ts)
//   → frames read what is left → rules of last resort → rows (period, status, scope, quote)
import { indicatorById } from './catalog.ts';
import { noRow, type Claim } from './claim.ts';
import type { CleanReport } from './clean.ts';
import { doneAnew, figureYear, isDifference, levelOfDepartment, listsOneMore, namesNoTime, namesWholeYear, periodNamed, periodOf, scopeOf, setsFloor, statusOf, TASK_AFTER, type SentenceText } from './context.ts';
import { saysNoCount } from './no-count.ts';
import { planSections, sectionAt, type PlanSection, type PlanYear } from './plan-sections.ts';
import type { IndicatorRow, Period } from './contract.ts';
import { figureWords, frameChoice, frameClaimOf, namedProject, ownClauseReading, platformScope, STOCKS, type FrameClaim } from './frame-claims.ts';
import { leadOf, scoreFrames, type Candidate, type FigureWords } from './frame-match.ts';
import { findFigures, skeleton, type Figure } from './figures.ts';
import { LATER_QUARTER, ONE_MONTH } from './period-series.ts';
import { readRanges } from './ranges.ts';
import { readWrittenAmounts } from './written-amounts.ts';
import { classifyName, GROWTH_OF, linkBaselines, linkComparisons, linkReachedAgain, linkSentence, linkTasks } from './links.ts';
import { linkLabelledItems, linkLineLabels } from './labelled-items.ts';
import { alignPlacesListed, alignPlacesRespectively, dropFirmsCountedForProjects, dropLeftOut, eachOf, linkParts, linkRestatedWholes, linkPlacesOf, linkSums, partAfterWhole, scopeOpeningPlace, statementStarts } from './parts.ts';
import { dropBeneficiaries } from './beneficiaries.ts';
import { dropHeadlineMilestones, dropMilestonesRestated } from './headline.ts';
import { dropElsewhere, dropFirmsOwn, dropNamedElsewhere, dropPartners } from './elsewhere.ts';
import type { Place } from './place/gazetteer.ts';
import { dropMoneyNotWon } from './money-not-won.ts';
import { claimByRules } from './rule-claims.ts';
import { toSimplified } from './script.ts';
import { columnOf, columnYear, inScoreColumn, linkTableColumns, linkTableRows, unitsOfRows } from './table.ts';
import { clauseEnd, clauseStart, headingStart, marksOf, paragraphStart, sentenceSpans, type Sentence } from './spans.ts';
import { unitFits, valueIn } from './units.ts';
import { indexWords, outsideTitles, wordsOf } from './words.ts';


const PROJECTS = new Set(['projects_applied', 'projects_approved', 'project_funding']);
// A growth is below nothing where its clause says it fell ("同比下降3.4%") or its figure is signed ("增长率为-1.6%").
const DECLINE_BEFORE = new RegExp(`(?:${wordsOf(['decline']).source})(?:了|为)?$`);
function negativeGrowth(indicator: string, clause: string, text: string, start: number): boolean {
  if (!indicator.endsWith('_growth')) return false;
  return DECLINE_BEFORE.test(clause) || (text[start - 1] === '-' && !/[\d\w]/.test(text[start - 2] ?? ''));
}
const negated = (value: number | null) => (value === null || value === 0 ? value : -value);

// a level a projects row's scope names ("省级", "市级科技计划" → 市级)
const LEVEL_SCOPE = /^(?:国家级?|省级?|自治区级?|市级?|州级?|盟级?|县级?|区级?)(?![、和及与以])/;
// …or its clause names, one level alone ("获得市级科技计划立项项目23项"; not "国家、省各类")
const LEVEL_NAMED = /(?<![、和及与])(?:国家级|省级|自治区级|市级|州级|盟级|县级|区级|[市县区旗州盟]本级)(?![、和及与以])/;

// the kinds of patent
const PATENT_KIND = /^(?:发明专利|实用新型专利|实用新型|外观设计专利|外观设计)$/;

// what a running total's difference from last year's counts: the year's new ones
const NET_NEW_OF: Record<string, string> = { hte_total: 'hte_certified', platforms: 'platforms', tsme: 'tsme', innovative_enterprises: 'innovative_enterprises' };
// a point counted off opens a sentence of its own: "一是确保全年…;二是做好41家申报企业的…"
const POINT_COUNTED_OFF = /^(?:[一二三四五六七八九十]是|\d[.、)])/;
// amounts that a period's statistics add up
const NONE_BEFORE = /(?:没有|尚无|并无|未有)$/;
const NONE_ENDS = marksOf('有无');
// one for each of something, no count: "一村一名科技特派员", "一支队伍包一个产业、一名特派员联一个村"
const ONE_EACH_BEFORE = /一[\u4e00-\u9fff]{1,4}、?$/;
const ONE_EACH_AFTER = /^[\u4e00-\u9fff]{0,5}[联包带帮对挂驻]一[个名家村户企]/;
// "衡量一个地区的创新能力": one of a kind spoken of, no count
const ONE_OF_A_KIND_AFTER = /^(?:地区|地方|城市|区域|县域)/;
// one firm of a trade, told of, no count: "一家葡萄酒企业今年首次通过高企", "走进…的一家光伏材料企业" (not one of a kind the
// catalog counts: "新认定一家高新技术企业")
const ONE_FIRM_TOLD_OF = /^(?!(?:国家|省级|市级)?(?:高新技术|高企|科技型中小|科小|创新型|重点|新型))[\u4e00-\u9fff]{1,10}?(?:企业|公司)/;
// a figure inside a name in quotes that goes on after it: "研发投入“百亿工程”", "“千企万人”行动"; or a numeral inside a
// slogan in quotes: "按照“成熟一个、申报一个”"
const NAME_OPENS_BEFORE = /“[^”\d]{0,4}$/;
const NAME_GOES_ON = /^[\u4e00-\u9fff]{1,6}”/;
const SLOGAN_OPENS_BEFORE = /“[^“”\d,;。]{0,14}$/;
const SLOGAN_CLOSES_AFTER = /^[^“”\d,;。]{0,14}”/;
const NUMERAL_OPENS = marksOf('一两二三四五六七八九十百千万');
/** Whether a figure stands inside a name or a slogan in quotes ("研发投入“百亿工程”", "“成熟一个、申报一个”"). */
function inQuotedName(text: string, figure: Figure): boolean {
  return (NAME_GOES_ON.test(text.slice(figure.end, figure.end + 8)) && NAME_OPENS_BEFORE.test(text.slice(Math.max(0, figure.start - 5), figure.start))) ||
    (NUMERAL_OPENS.has(text.charCodeAt(figure.start)) && SLOGAN_CLOSES_AFTER.test(text.slice(figure.end, figure.end + 15)) &&
      SLOGAN_OPENS_BEFORE.test(text.slice(Math.max(0, figure.start - 15), figure.start)));
}
const PART_OPENS = /^(?:其中|含)/;
// what a programme's money supported, right after the money: "…安排资金300万元,支持项目15个"
const SUPPORTED_AFTER_MONEY = /^[,;]?(?:全年|共|累计)?(?:支持|资助|扶持)(?:各类|科技|转化)?(?:计划)?项目$/;
const FIRMS_OF_A_SIZE = /(?:营业收入|营收|主营业务收入|销售收入|产值)(?:超过?|过|达到?|在)[^,;。]{0,10}的[^,;。]{0,10}$|(?:超过?|过|达到?|在)\d[\d.]*(?:亿|万)元(?:以上)?的$|(?:营业收入|营收|主营业务收入|销售收入|产值)\d[\d.]*(?:亿|万)元(?:以上|以下)的$/;
const BAR_ENDS = marksOf('足于过到达');
const BAR_SOME_PLACES_MEET = /(?:个别|部分|少数|多数|半数|\d+个|[一二两三四五六七八九十]+个)(?:县|市|区|县区|县市|市县|县市区|区县|乡镇|园区)[^,;。\d]{0,16}(?:均|仍|还|都)?(?:不足|低于|高于|超过|未达到?|不到)$/;
const PLACES_COUNTED_AFTER = /^(?:乡镇|街道|县区|县市|区县|社区|行政村|贫困村|[县区镇乡村旗](?![级域])|[\u4e00-\u9fff]{1,6}?县(?![级域城]))/;
const PLACES_RANKED_AMONG = /^(?:[县市区州盟旗]|县市|县区|市州|市县|地市|省市|区县|设区市|地级市)(?:区)?(?:\([^()]{0,6}\))?中/;
const MEASURES_AFTER = /^(?:规定|措施|举措|原则|要求|制度|机制)/;
const SUMMED = new Set(['hitech_output', 'hitech_value_added', 'tech_contract_value', 'rd_expenditure']);

// The marks and spaces a quote does not open with.
const QUOTE_OPENING = /[(,、:;。\s]*/y;

/** What the extractor saw at one figure: who claimed it, and how every frame scored it (for eval --explain). */
export interface FigureTrace {
  start: number;
  end: number;
  figure: string;
  claimedBy?: { rule: string; indicator: string };
  words: FigureWords;
  candidates: Candidate[];
}

/** What the engine knows of a report besides its text. */
export interface RowOptions {
  reportId: string;
  /** The report's own period: a figure with no period word takes it. */
  period: Period;
  /** Whether the report states its period (an annual report is the default where it does not). */
  periodStated?: boolean;
  /** The report's year, where known: a figure whose clause names another year carries that one. */
  year?: number | null;
  /** Filled with what the extractor saw at each figure (eval --explain). */
  trace?: FigureTrace[];
  /** The report's own place, where known: a clause whose subject is a place outside it is that place's. */
  home?: Place;
}

// a label that names a goal or a plan, opening a statement: "2021年主要目标:", "明年工作计划:", "今年…的目标任务是:" (not a task:
// "重点任务:" heads what was done as often as what is to be); an excerpt's dots may come first
const GOAL_LABEL = /^\.*[^,;:。\uE000\uE001]{0,12}(?:目标|计划|打算)(?:任务)?[是为]?[:]/;

/** Where the goal's label a statement opens with ends, or -1 where it opens with none. */
function goalLabelEnd(text: string, statement: number): number {
  // (a label ends at the statement's first colon: read once, it says whether one stands before any offset)
  const label = GOAL_LABEL.exec(text.slice(statement));
  return label ? statement + label[0].length : -1;
}

// (…after a point's number: "三是第四季度再新建市级以上创新平台3个", "4、第四季度举办科技培训班10期")
const POINT_OPENS = '(?:[一二三四五六七八九十]是|\\d{1,2}[.、]|[一二三四五六七八九十]、|\\([一二三四五六七八九十\\d]{1,2}\\))?';
// the part of the year a plan for the rest of it names ("下半年开展科技培训20场次")
const REST_OF_YEAR = /下半年|第?四季度/;
const ONE_MONTH_OR_QUARTER = new RegExp(`当月|单月|当季|^其中[,:]?${ONE_MONTH}(?![底末初以止])|^${POINT_OPENS}(?:其中[,:]?)?${LATER_QUARTER}(?![末底以])`);
const ALONE_OPENS = /^[^,;:。]{0,8}(?:当月|单月|当季)[,:]/;

/** What a sentence's figures read in it alike, read once for them all. */
interface SentenceRead {
  /** Its words and its paragraph's before it (the period reader keeps what it read in them). */
  words: SentenceText;
  /** Where the one month or quarter it opens on for all its clauses ends ("11月份当月,"), or -1. */
  aloneEnd: number;
  /** Where the goal's label its statement opens with ends ("2021年主要目标:"), or -1. */
  goalLabelEnd: number;
}

function readSentence(text: string, sentence: Sentence): SentenceRead {
  // (the one month or quarter ends at the sentence's first comma or colon, within its first 12 characters)
  const alone = ALONE_OPENS.exec(text.slice(sentence.start, sentence.start + 12));
  return {
    words: { sentence: text.slice(sentence.start, sentence.end), paragraph: text.slice(headingStart(text, paragraphStart(text, sentence.start)), sentence.start) },
    aloneEnd: alone ? sentence.start + alone[0].length : -1,
    goalLabelEnd: goalLabelEnd(text, sentence.statement),
  };
}
// how far around a figure its statement is read for what stands beside it (a statement may run on with no 。)
const BESIDE = 300;
/** The figure's statement from its sentence on, to the 。 after it, within BESIDE characters either side. */
function statementAround(text: string, sentenceStart: number, figureEnd: number): string {
  const after = text.slice(figureEnd, figureEnd + BESIDE);
  const stop = after.indexOf('。');
  return text.slice(Math.max(sentenceStart, figureEnd - BESIDE), stop < 0 ? figureEnd + BESIDE : figureEnd + stop);
}
const SO_FAR_BESIDE = /年初以来|今年以来|1\s*[-—–~至到]\s*\d{1,2}月|累计/;
const GROWTH_IDS = new Set(Object.values(GROWTH_OF));
// the links whose claims carry the year of their figure (Claim.year)
const YEAR_LINKS = /^link\.(?:year_by_year\(|grown_(?:from|to)_each\(|label_below\(|table_column$|baseline_each$)/;
const FORECAST_IN_CLAUSE = /预计|预测|估计|预估/;
// a sentence a half-width stop ends, as pages and converters leave them ("…达到260件.实际完成情况:…"): read as 。
// (not a decimal point, nor an item's number: "1.高新技术企业", "一.科技项目")
const ENDS_BEFORE_STOP = /[\u4e00-\u9fff%)”"]/;
const ITEM_NUMERAL = /[一二三四五六七八九十]/;
const OPENS_AFTER_STOP = /[\u4e00-\u9fff“"(\n]/;

/** The text to read, its half-width stops that end sentences read as 。 (the same length: offsets hold). */
function withStops(text: string): string {
  let out: string[] | undefined;
  let copied = 0;
  for (let at = text.indexOf('.'); at >= 0; at = text.indexOf('.', at + 1)) {
    const before = text[at - 1] ?? '';
    const after = text[at + 1];
    if (!ENDS_BEFORE_STOP.test(before) || ITEM_NUMERAL.test(before) || (after !== undefined && !OPENS_AFTER_STOP.test(after))) continue;
    (out ??= []).push(text.slice(copied, at), '。');
    copied = at + 1;
  }
  return out ? out.join('') + text.slice(copied) : text;
}
const OTHER_YEAR = /(?:19|20)\d\d年(?!度)/;
// what a plan says was done so far, done ("目前已完成1.37亿元", "已申报的64家企业")
const DONE_SO_FAR = /目前|截至|截止|已有|已完成|已经|已申报|已认定|今年以来|年初以来/;
// "2024年,全市技术合同成交额98.7亿元,签约…86项": a year that opens the sentence as a clause of its own
const YEAR_OPENS_SENTENCE = /^((?:19|20)\d\d)年(?:底|末|全年)?,/;

/**
 * The year of a figure whose own clause names none, where the sentence (or its line) opens on a year's clause
 * of its own, and whether it is gone by; undefined where it opens on none.
 */
function openingYear(text: string, sentenceStart: number, at: number, clause: string, reportYear: number | null): { year: number | null; past: boolean } | undefined {
  if (clause.includes('年')) return undefined;
  // (a year's number opens with 1 or 2: 19…, 20…)
  const first = text.charCodeAt(sentenceStart);
  if (first !== 0x31 && first !== 0x32) return undefined;
  // (a sentence ends at a line break: it opens its line)
  const opened = YEAR_OPENS_SENTENCE.exec(text.slice(sentenceStart, Math.min(at, sentenceStart + 12)));
  if (!opened) return undefined;
  const year = Number(opened[1]);
  return { year: year === reportYear ? null : year, past: reportYear !== null && year < reportYear };
}

/** The year a heading of plans names, where it is not the report's own; else null. */
function yearPlanned(planned: PlanYear | undefined, reportYear: number | null): number | null {
  if (planned === undefined || reportYear === null) return null;
  const year = planned === 'next' ? reportYear + 1 : planned;
  return year === reportYear ? null : year;
}

const PARTNERSHIP_NAMED = /(?:[\u4e00-\u9fff]{2}(?=援[疆藏青]))?援[疆藏青]|东西部(?:扶贫)?协作|对口(?:支援|帮扶|援助)|[沪闽粤津京苏浙鲁豫厦][滇宁桂黔哈毕疆青藏昌临张][科技]{0,2}(?:协作|合作)/;
const PART_STANDS = /总数|总量|累计|现有|共有|达到/;
const DONE_ANEW_IN_ROW = /新建|新增|新认定|入库|认定|引进|获批|培育/;

export function extractRows(clean: CleanReport, options: RowOptions): IndicatorRow[] {
  const { reportId, period: reportPeriod, periodStated = true, year: reportYear = null, trace, home } = options;
  const text = withStops(toSimplified(clean.text));
  // (a table's scores, weights and numbering are no figures)
  const found = readRanges(text, readWrittenAmounts(text, findFigures(text)));
  const figures = text.includes('\t') ? unitsOfRows(text, found.filter((f) => !inScoreColumn(text, f.start))) : found;
  const skel = skeleton(text, figures);
  const claims: (Claim | undefined)[] = new Array(figures.length);
  const sentences = sentenceSpans(skel);
  const sentenceOf = (at: number): Sentence => {
    let low = 0;
    let high = sentences.length - 1;
    while (low <= high) {
      const mid = (low + high) >> 1;
      const s = sentences[mid]!;
      if (at < s.start) high = mid - 1;
      else if (at >= s.end) low = mid + 1;
      else return s;
    }
    return { start: 0, end: text.length, statement: 0 };
  };
  // each figure's sentence, looked for once
  const sentenceOfFigure = figures.map((f) => sentenceOf(f.start));

  // The words of every group, read once; each figure's words, read when first asked for.
  const index = outsideTitles(skel, indexWords(skel));
  const around: (ReturnType<typeof figureWords> | undefined)[] = new Array(figures.length);
  const wordsAround = (i: number) => (around[i] ??= figureWords(skel, sentenceOfFigure[i]!, figures, i, index));
  // each figure's frame, chosen once; its claim made only where it is taken (a figure a rule or a link
  // claims first needs none)
  const chosenAt: (Candidate | null | undefined)[] = new Array(figures.length);
  const choice = (i: number) => {
    // (null marks a figure no frame chose, so that it is not ranked again)
    if (chosenAt[i] === undefined) chosenAt[i] = frameChoice(wordsAround(i), figures[i]!) ?? null;
    return chosenAt[i];
  };
  const framedAt: (FrameClaim | undefined)[] = new Array(figures.length);
  const frameClaim = (i: number) => {
    const chosen = choice(i);
    return chosen ? (framedAt[i] ??= frameClaimOf(text, wordsAround(i), figures[i]!, chosen)) : undefined;
  };
  // Frames first: a figure whose own clause names both its thing and what was done to it is read
  // from those words, in whatever order they stand.
  const framed: boolean[] = new Array(figures.length).fill(false);
  figures.forEach((_, i) => {
    const chosen = choice(i);
    if (chosen && ownClauseReading(chosen)) {
      claims[i] = frameClaim(i);
      framed[i] = true;
    }
  });
  // Rules read the rest; the rules of last resort only claim what nothing else will.
  const fallbacks = claimByRules({ text, skel, figures, sentenceOf }, framed, claims);

  const figuresBySentence = new Map<Sentence, { f: Figure; i: number }[]>();
  figures.forEach((f, i) => {
    const sentence = sentenceOfFigure[i]!;
    const list = figuresBySentence.get(sentence);
    if (list) list.push({ f, i });
    else figuresBySentence.set(sentence, [{ f, i }]);
  });
  for (const [sentence, inSentence] of figuresBySentence) linkSentence(text, skel, sentence, inSentence, figures, claims);
  linkRestatedWholes(text, figures, claims, sentenceOf);
  const statementOfFigure = statementStarts(text, figures);
  linkParts(text, skel, figures, claims, statementOfFigure);
  // Frames read what no rule and no link claimed: the words around a figure, in any order; then the
  // items of lists they open take their indicator.
  // (a growth right after a figure nothing has read waits for the comparisons to read that one: "…产值1862亿元;
  // 增加值526亿元,增长11.8%" is 增加值's growth, not the output's the lead names)
  const growthAfterUnread = (i: number) => figures[i]!.unit === '%' && i > 0 && !claims[i - 1] && sentenceOfFigure[i - 1] === sentenceOfFigure[i];
  const waiting: number[] = [];
  // (a part after 其中 whose thing only the lead names waits for the parts to read it as the whole's, once the whole
  // is read: "…,共有58家企业提交认定申请,其中首次申报41家、复审17家")
  const partsFirst = new Set<number>();
  const partOfWholeRead = (i: number) => i > 0 && sentenceOfFigure[i - 1] === sentenceOfFigure[i] && choice(i)?.thing?.where === 'lead' &&
    ((!!claims[i - 1]?.indicator && PART_OPENS.test(text.slice(clauseStart(text, figures[i]!.start, sentenceOfFigure[i]!.start), figures[i]!.start))) ||
      (partsFirst.has(i - 1) && text[figures[i - 1]!.end] === '、'));
  figures.forEach((_, i) => {
    if (claims[i]) return;
    if (growthAfterUnread(i)) return void waiting.push(i);
    if (partOfWholeRead(i)) return void partsFirst.add(i);
    const claim = frameClaim(i);
    if (claim) claims[i] = claim;
  });
  for (const [sentence, inSentence] of figuresBySentence) {
    if (inSentence.some(({ i }) => !claims[i]?.indicator)) linkComparisons(text, skel, sentence, inSentence, figures, claims);
    linkBaselines(text, skel, sentence, inSentence, figures, claims);
  }
  for (const i of waiting) if (!claims[i]) claims[i] = frameClaim(i);
  linkLabelledItems(text, figures, claims, sentenceOf);
  linkLineLabels(text, figures, claims);
  linkParts(text, skel, figures, claims, statementOfFigure);
  for (const i of partsFirst) if (!claims[i]) claims[i] = frameClaim(i);
  alignPlacesListed(text, figures, claims);
  alignPlacesRespectively(text, figures, claims);
  // Rules of last resort claim what neither a rule nor a link did.
  // (and the baselines and targets set beside what they claimed are read then: "登记技术合同2863项,成交额142.7亿元,较2019年的128.2亿元增长11.3%")
  const fellBack = new Set<Sentence>();
  fallbacks.forEach((claim, i) => {
    if (claims[i]) return;
    claims[i] = claim;
    if (claim) fellBack.add(sentenceOfFigure[i]!);
  });
  for (const sentence of fellBack) {
    linkBaselines(text, skel, sentence, figuresBySentence.get(sentence)!, figures, claims);
    // (…and the targets it is measured against: "成交额0.21亿元,仅为年度目标(0.8亿元)的26%")
    linkReachedAgain(text, sentence, figuresBySentence.get(sentence)!, figures, claims);
  }
  // (…and the parts listed after it: "技术合同登记186份,成交额2.37亿元,其中技术开发类1.05亿元")
  if (fellBack.size > 0) linkParts(text, skel, figures, claims, statementOfFigure);
  linkPlacesOf(text, skel, figures, claims, sentenceOf);
  scopeOpeningPlace(text, figures, claims, sentenceOf, home?.county || home?.city);
  linkTableRows(text, figures, claims);
  linkTableColumns(text, figures, claims);
  linkSums(text, skel, figures, claims, sentenceOf);
  linkTasks(text, skel, figures, claims, sentenceOf);
  dropFirmsCountedForProjects(figures, claims, sentenceOf);
  dropLeftOut(text, figures, claims);
  dropBeneficiaries(text, figures, claims);
  dropHeadlineMilestones(text, figures, claims);
  dropMilestonesRestated(text, figures, claims, sentenceOf);
  dropMoneyNotWon(text, figures, claims, sentenceOf);
  dropElsewhere(text, figures, claims, sentenceOf);
  dropPartners(text, figures, claims, sentenceOf);
  dropFirmsOwn(text, figures, claims, sentenceOf);
  if (home) dropNamedElsewhere(text, figures, claims, sentenceOf, home);

  if (trace) {
    figures.forEach((f, i) => {
      const words = wordsAround(i);
      const claim = claims[i];
      trace.push({
        start: f.start, end: f.end, figure: text.slice(f.start, f.end), words, candidates: scoreFrames(words, f.unit),
        claimedBy: claim && { rule: claim.rule, indicator: claim.indicator },
      });
    });
  }

  const rows: IndicatorRow[] = [];
  // the rows already written, by value (a figure's row is written once for its indicator, period, status
  // and scope); a masked figure by all of them and its words (a masked figure's words may hold "|", so
  // its key is kept whole)
  const rowsOfValue = new Map<number, IndicatorRow[]>();
  const seenMasked = new Set<string>();
  const periods: (Period | undefined)[] = new Array(figures.length);
  const yearsOf: { year: number | null; past: boolean }[] = new Array(figures.length);
  const rowsOfFigure: (IndicatorRow | undefined)[] = new Array(figures.length);
  // what the figures of a sentence read in it alike (figures come in order: a sentence's one after another)
  let sentenceRead: { sentence: Sentence; read: SentenceRead } | undefined;
  // the report's sections of plans, found when a figure first asks
  let planned: PlanSection[] | undefined;
  /** "总数达到88家,比上年净增11家", "达到352家,较2022年增加51家": the difference after a running total. */
  const netNewAfterTotal = (i: number): Claim | undefined => {
    const total = claims[i - 1];
    const newOf = total && periods[i - 1] === 'CUM' && sentenceOfFigure[i - 1] === sentenceOfFigure[i] ? NET_NEW_OF[total.indicator] : undefined;
    if (!newOf || figures[i - 1]!.unit !== figures[i]!.unit) return undefined;
    const start = clauseStart(text, figures[i]!.start, sentenceOfFigure[i]!.start);
    // (fewer than before is no count of the new ones: "有效数为238家,比上年减少11家")
    if (/减少|下降|少了?$/.test(text.slice(start, figures[i]!.start))) return noRow(start, figures[i]!.end, 'link.fewer');
    // (a difference from a year further back is several years' growth: "达到224个,较2020年增加91个")
    const since = /(?:19|20)(\d\d)年/.exec(text.slice(start, figures[i]!.start))?.[1];
    if (since !== undefined && reportYear !== null && 2000 + Number(since) < reportYear - 1) return undefined;
    return { ...total!, indicator: newOf, rule: 'link.net_new', start, end: figures[i]!.end, period: reportPeriod, partOf: undefined, scope: netNewScope(i, newOf, total!.scope) };
  };
  // (净增 is scoped so only beside the new ones of the same sentence: "新认定36家,…比上年净增21家")
  const netNewScope = (i: number, indicator: string, scope: string): string => {
    if (indicator !== 'hte_certified' || scope !== '') return scope;
    for (let k = i - 1; k >= 0 && sentenceOfFigure[k] === sentenceOfFigure[i]; k--) {
      // (…unless the two are one: "通过认定3家,…达到9家,比上年增加3家")
      if (claims[k]?.indicator === indicator && claims[k]!.partOf === undefined && periods[k] !== 'CUM') return Number(figures[k]!.value) === Number(figures[i]!.value) ? scope : '净增';
    }
    return scope;
  };
  /** "较上年净增54家,全区有效期内高新技术企业达到268家": the net increase said before the running total it is of. */
  const netNewBeforeTotal = (i: number): Claim | undefined => {
    const total = claims[i + 1];
    if (total?.indicator !== 'hte_total' || sentenceOfFigure[i + 1] !== sentenceOfFigure[i] || figures[i + 1]!.unit !== figures[i]!.unit) return undefined;
    const start = clauseStart(text, figures[i]!.start, sentenceOfFigure[i]!.start);
    if (!text.slice(start, figures[i]!.start).endsWith('净增')) return undefined;
    return { ...total, indicator: 'hte_certified', rule: 'link.net_new', start, end: figures[i]!.end, period: reportPeriod, partOf: undefined, scope: netNewScope(i, 'hte_certified', total.scope) };
  };
  /**
   * The year of a figure listed for each year a series names ("2019年、2020年、2021年,全市分别新认定…58家、83家、117家"),
   * or for the year a list of where things came from or what they came to names ("分别从2010年的…增长到2015年的…").
   */
  const seriesYear = (claim: Claim): { year: number | null; past: boolean } | undefined => {
    // (only the list's own claims: a claim copied from one, a growth or a part, is not of that year)
    if (!YEAR_LINKS.test(claim.rule)) return undefined;
    const year = claim.year;
    // (what things came to, where no year is named for it, is of the report's time, not of the year they came from)
    if (year === undefined) return claim.rule.startsWith('link.grown_to_each') ? { year: null, past: false } : undefined;
    return { year: year === reportYear ? null : year, past: reportYear !== null && year < reportYear };
  };
  /** The period of the last figure of the same indicator before this one in its sentence. */
  const periodOfSame = (i: number): Period | undefined => {
    for (let k = i - 1; k >= 0 && sentenceOfFigure[k] === sentenceOfFigure[i]; k--) {
      if (claims[k]?.indicator === claims[i]!.indicator) return periods[k];
    }
    return undefined;
  };
  // "确保全年…入库不低于400家,力争突破450家": a clause that only reaches again for the figure before, and
  // names no time of its own, is for that figure's period
  const periodReachedFor = (i: number, clause: string): Period | undefined => {
    // (a task or goal reached for is the year's, "完成年度任务(25家)", "提前完成全年任务600家", "提前两个月完成全年4000家任务",
    // unless it names its own part of the year, "完成一季度目标(12亿元)的105%")
    if (/任务|目标/.test(clause) || TASK_AFTER.test(text.slice(figures[i]!.end, figures[i]!.end + 5))) {
      const own = periodNamed(clause);
      return own === 'Q1' || own === 'H1' || own === 'Q1-Q3' ? own : 'FY';
    }
    return namesNoTime(clause) ? periodOfSame(i) : undefined;
  };
  const grownStock = (i: number, claim: Claim): boolean => {
    const id = claim.indicator;
    // (not the firms put in the pool each year: "科技型中小企业入库数由140家增加到205家")
    if ((!STOCKS.has(id) && id !== 'tech_commissioners') || id === 'tsme') return false;
    const next = claims[i + 1];
    return claim.rule === 'link.grown_to' ||
      (next?.rule === 'link.grown_to' && next.indicator === id && sentenceOfFigure[i + 1] === sentenceOfFigure[i]);
  };
  /** Whether 其中 opens the figure's clause right after a running total of its indicator in its sentence. */
  const totalBefore = (i: number, sentenceStart: number): boolean => {
    const k = i - 1;
    if (k < 0 || figures[k]!.start < sentenceStart || periods[k] !== 'CUM' || claims[k]?.indicator !== claims[i]?.indicator) return false;
    return /^[,;:]?其中/.test(text.slice(figures[k]!.end, figures[i]!.start));
  };
  /** "发明专利申请36538件,授权10267件": the kind of patent of the applications just before the grants. */
  const kindOfPatentsBefore = (i: number, sentenceStart: number): string => {
    const before = rowsOfFigure[i - 1];
    if (!before || figures[i - 1]!.start < sentenceStart || before.indicator !== 'patents_applied' || !PATENT_KIND.test(before.scope)) return '';
    return /^[,、;]?(?:其中)?(?:获得)?授权(?:量|数)?(?:为|达到?)?$/.test(text.slice(figures[i - 1]!.end, figures[i]!.start)) ? before.scope : '';
  };
  const levelOfProjectsBefore = (i: number, sentenceStart: number): string => {
    for (let k = i - 1; k >= 0 && figures[k]!.start >= sentenceStart; k--) {
      // (a count already read in the report's opening is still the count the money follows)
      const before = rowsOfFigure[k] ?? claims[k];
      if (before && (before.indicator === 'projects_approved' || before.indicator === 'projects_applied')) {
        // ("申报…27项,其中国家级3项,…市级13项,争取资金386万元": money after a list of parts is the whole's)
        const whole = claims[k]?.partOf;
        if (whole !== undefined && k > 0 && k - 1 !== whole && claims[k - 1]?.partOf === whole) return '';
        const clause = text.slice(clauseStart(text, figures[k]!.start, sentenceStart), figures[k]!.start);
        return LEVEL_SCOPE.exec(before.scope)?.[0] ?? LEVEL_NAMED.exec(clause)?.[0] ?? levelOfDepartment(clause);
      }
    }
    return '';
  };
  const scopeOfMoneyBefore = (i: number, sentenceStart: number) => {
    const money = rowsOfFigure[i - 1];
    return money?.indicator === 'project_funding' && figures[i - 1]!.start >= sentenceStart &&
      SUPPORTED_AFTER_MONEY.test(text.slice(figures[i - 1]!.end, figures[i]!.start)) ? money.scope : '';
  };
  // whether the whole a part is of is the last figure of the indicator before it, parts aside, and was done, not set as a target;
  // and the part says nothing of standing ("总数仅为3家")
  const wholeJustBefore = (i: number, claim: Claim, clause: string) => {
    if (rowsOfFigure[claim.partOf!]?.status !== 'actual' || PART_STANDS.test(clause)) return false;
    for (let k = claim.partOf! + 1; k < i; k++) if (claims[k]?.indicator === claim.indicator && claims[k]!.partOf === undefined) return false;
    return true;
  };
  const countsNothing: boolean[] = [];
  figures.forEach((figure, i) => {
    let claim = claims[i];
    // a difference from another year's figure is no count, but a running total's is the year's net new count
    if (isDifference(text.slice(Math.max(0, figure.start - 16), figure.start), figure.unit)) claim = netNewAfterTotal(i) ?? netNewBeforeTotal(i);
    if (!claim || claim.indicator === '') return;
    // "全县没有一家省级工程技术研究中心": not a single one is no count
    // (each such word ends in 有 or 无)
    if (NONE_ENDS.has(text.charCodeAt(figure.start - 1)) && figure.value !== null && Number(figure.value) === 1 && NONE_BEFORE.test(text.slice(Math.max(0, figure.start - 3), figure.start))) return;
    if (inQuotedName(text, figure)) return;
    if (text[figure.start] === '一' && figure.end - figure.start === 2 &&
      (ONE_EACH_BEFORE.test(text.slice(Math.max(0, figure.start - 6), figure.start)) || ONE_EACH_AFTER.test(text.slice(figure.end, figure.end + 10)) || (figure.unit === '个' && ONE_OF_A_KIND_AFTER.test(text.slice(figure.end, figure.end + 2))) ||
        (figure.unit === '家' && ONE_FIRM_TOLD_OF.test(text.slice(figure.end, figure.end + 12))))) return;
    // "高新技术企业中营业收入超10亿元的仅有9家": the firms of a size among them are no count of the kind
    if (figure.unit === '家' && FIRMS_OF_A_SIZE.test(text.slice(Math.max(sentenceOfFigure[i]!.start, figure.start - 24), figure.start))) return;
    // "中央八项规定", "十项措施": rules and measures counted, no projects nor problems
    if (figure.unit === '项' && MEASURES_AFTER.test(text.slice(figure.end, figure.end + 2))) return;
    // "个别县区R&D经费占GDP比重不足0.5%", "4个县市区研发投入强度低于1.5%": a bar some places fall short of or pass is no figure
    // (every such bar ends in one of these characters before the figure: 不足, 低于, 高于, 超过, 未达到, 不到)
    if (BAR_ENDS.has(text.charCodeAt(figure.start - 1)) && BAR_SOME_PLACES_MEET.test(text.slice(Math.max(sentenceOfFigure[i]!.start, figure.start - 30), figure.start))) return;
    // "评审周期由60个工作日缩短到35个工作日": days, not things; "在全州12个县市中分别居第2位": the places ranked among
    // (…nor the places a figure counts: "其余17个县高新技术企业合计仅15家", "覆盖全县98个贫困村")
    if (figure.unit === '个' && (text.startsWith('工作日', figure.end) || PLACES_RANKED_AMONG.test(text.slice(figure.end, figure.end + 6)) ||
      PLACES_COUNTED_AFTER.test(text.slice(figure.end, figure.end + 8)))) return;
    const indicator = indicatorById(claim.indicator)!;
    const sentence = sentenceOfFigure[i]!;
    // the figure's own clause: a frame that found its thing clauses back does not make those clauses its own
    const clauseFrom = clauseStart(text, claim.rule.startsWith('frame.') ? figure.start : Math.min(claim.start, figure.start), sentence.start);
    if (sentenceRead?.sentence !== sentence) sentenceRead = { sentence, read: readSentence(text, sentence) };
    const { words, aloneEnd, goalLabelEnd } = sentenceRead.read;
    // "共有省级星创天地3家、市级星创天地5家": an item listed after a running total of its indicator is one too
    const listedAfterTotal = i > 0 && periods[i - 1] === 'CUM' && claims[i - 1]?.indicator === claim.indicator && !claim.period &&
      listsOneMore(text.slice(figures[i - 1]!.end, figure.start));
    // a figure inside a bracket ("586家(其中当年新认定132家)") has the bracket's words for its clause
    const clauseWhole = text.slice(clauseFrom, figure.start);
    const bracket = clauseWhole.lastIndexOf('(');
    const clause = bracket >= 0 && !clauseWhole.includes(')', bracket) ? clauseWhole.slice(bracket + 1) : clauseWhole;
    // one month's own figure, or a later quarter's, is no row: no period of the contract is that part of the year
    // ("其中8月份新获批…2项", "8月份单月专利授权112件", "三季度当季完成产值438.2亿元", "二季度授权799件"); nor is a
    // growth over the month or quarter before ("环比增长21.3%")
    // (a month's report says 本月 of all it counts: only beside the year so far is 本月 a part of it, "本月评价入库19家,
    // 年初以来累计入库142家", "本月全市专利申请158件…;1-8月累计专利申请1207件")
    if (((clause.includes('月') || clause.includes('季')) && ONE_MONTH_OR_QUARTER.test(clause)) || (GROWTH_IDS.has(claim.indicator) && clause.includes('环比'))) return;
    // (…or one a sentence opens on for all its clauses: "11月份当月,全市受理专利申请87件")
    if (aloneEnd >= 0 && aloneEnd <= figure.start) return;
    if (clause.includes('本月') && SO_FAR_BESIDE.test(statementAround(text, sentence.start, figure.end))) return;
    // a part of a running total is a running total too, unless its own words say it is done anew
    // ("已建成研发机构172个,…2018年新增认定12个")
    // (…and so is what 其中 counts of one just before: "共建成国家级科创平台68家,其中国家企业技术中心7家")
    // (a part that names its own part of the year is of that part: "全年…产值1260亿元,…其中上半年实现产值583亿元")
    // (a part that names its own year is that year's: "累计入库…2100家,其中2020年入库488家")
    const whole = claim.partOf !== undefined && claim.indicator === claims[claim.partOf]?.indicator && !doneAnew(clause) && periodNamed(clause) === undefined &&
      !OTHER_YEAR.test(clause) ? periods[claim.partOf] :
      listedAfterTotal || (totalBefore(i, sentence.start) && !doneAnew(clause)) ? 'CUM' : undefined;
    // "累计建成省级工程技术研究中心12家、新增市级重点实验室5家": an item after the figure before that is done anew is read on its own
    const previousEnd = i > 0 ? figures[i - 1]!.end : -1;
    const item = previousEnd > clauseFrom && text[previousEnd] === '、' ? text.slice(previousEnd + 1, figure.start) : '';
    const afterEnd = clauseEnd(text, figure.end, sentence.end);
    const after = text.slice(figure.end, afterEnd);
    // words that say the figure counts nothing of the catalog: "每个乡镇至少…2期", "总投资4.2亿元", "复审未获通过" (no-count.ts)
    // (and so does a part of such a figure: "新签约项目46个,合同引资286亿元,其中亿元以上项目21个")
    if (saysNoCount(clause, after, figure.unit, text.slice(sentence.start, figure.start), text.slice(afterEnd, afterEnd + 8)) ||
      (claim.partOf !== undefined && countsNothing[claim.partOf])) return void (countsNothing[i] = true);
    // a table cell: what its column's heading says (2022年, 上年, 目标); one month's figure is no row
    const column = columnOf(text, figure.start);
    if (column?.month) return;
    // (a running total's difference from another year's is for the total's year: "2023年…352家,较2022年增加51家")
    // (what a figure grew to is of the years after the one it grew from: "从2015年的8家增加到27家")
    const yearClause = claim.rule === 'link.grown_to' && previousEnd > clauseFrom ? text.slice(previousEnd, figure.start) : clause;
    // (an intensity right after its spending, its own words naming no year, is of the spending's year: "2015年全县R&D经费投入1.62亿元,
    // 占GDP比重0.93%")
    const ofSpendingBefore = indicator.id === 'rd_intensity' && i > 0 && rowsOfFigure[i - 1]?.indicator === 'rd_expenditure' &&
      sentenceOfFigure[i - 1] === sentence && !text.slice(figures[i - 1]!.end, figure.start).includes('年');
    // (…and one said before its total, of the year the sentence opens on: "2019年…较上年净增54家,…达到268家")
    const netNewBefore = claim.rule === 'link.net_new' && claims[i + 1]?.indicator === 'hte_total' && claim.start < figures[i + 1]!.start;
    const { year, past } = netNewBefore ? openingYear(text, sentence.start, figure.start, '', reportYear) ?? { year: null, past: false }
      : claim.rule === 'link.net_new' || ofSpendingBefore ? yearsOf[i - 1]! : seriesYear(claim) ?? columnYear(column, reportYear) ?? openingYear(text, sentence.start, figure.start, yearClause, reportYear) ?? figureYear(yearClause, reportYear);
    yearsOf[i] = { year, past };
    // a total of 高新技术企业 is a running total whatever read it ("高企数量由15家增加到28家"); a table cell
    // is for the part of the year its column names ("全年目标", "上半年完成"); a figure for a year gone by is
    // that whole year's, or a running total at its end, or the same part of it ("上年同期为12家")
    // (…as is what stands grown from one number to another: "科技特派员由2018年的20人增加到58人")
    // (…and what stands, in a table's column of all so far: "年末累计"; not what its row says was done anew, "新建…\t本月\t累计")
    const standing = column?.standing && STOCKS.has(indicator.id) && !DONE_ANEW_IN_ROW.test(text.slice(text.lastIndexOf('\n', figure.start) + 1, figure.start).split('\t')[0]!);
    let period: Period = indicator.id === 'hte_total' || grownStock(i, claim) || standing ? 'CUM' :
      column?.period ??
      (column?.sameTime ? reportPeriod : undefined) ??
      (past && claim.period !== 'CUM' && whole !== 'CUM' && !clause.includes('同期') ? periodNamed(clause) ?? 'FY' : undefined) ??
      claim.period ??
      // (a part is of its whole's period, where no other figure of the indicator stands between: "国家科技型中小企业评价入库57家,
      // 已超过去年全年水平,其中西吉县11家" in a report of the first half)
      (whole === 'CUM' || (whole !== undefined && wholeJustBefore(i, claim, clause)) ? whole : undefined) ??
      (claim.rule === 'link.reached_again' ? periodReachedFor(i, clauseWhole) : undefined) ??
      // ("…1583家,同比增长21.7%(2019年同期为1301家)": the same part of that year as the figure it is set beside)
      (claim.rule === 'link.baseline' && clause.includes('同期') ? periodOfSame(i) : undefined) ??
      periodOf({
        sentence: words,
        at: figure.start - sentence.start,
        clause: doneAnew(item) ? item : clause,
        after,
        unit: figure.unit,
        // (a goal a label gives names no period where it is the year's: "市上给我县下达的目标任务是:…25家" in a report of the year so far)
        fallback: goalLabelEnd >= 0 && goalLabelEnd <= figure.start ? 'FY' : reportPeriod,
        soFar: periodStated ? reportPeriod : 'YTD',
        stock: STOCKS.has(indicator.id),
        summed: SUMMED.has(indicator.id),
        pool: indicator.id === 'hte_reserve',
        reportYear,
      });
    periods[i] = period;
    // "预计全年新增高企达6家,2017年我县新增高企3家": a year gone by is a fact
    // (…unless its own clause forecasts it, its figures not yet out: "预计2023年全市研发投入强度在0.5%左右")
    const read = past && !FORECAST_IN_CLAUSE.test(clause) ? 'actual' : statusOf(words, figure.start - sentence.start, after);
    // ("2024年,全市技术合同成交额力争达到200亿元,…;新培育…5家" in a report on 2023: a sentence that opens on a year to come
    // plans for it)
    // (not a year's end, a point in it: "2015年末,全县有高新技术企业3家" in a chronicle of 2008—2015)
    const said = read === 'actual' && year !== null && reportYear !== null && year > reportYear &&
      text.startsWith(`${year}年,`, sentence.start) ? 'target' : read;
    // ("2021年主要目标:…260家;新增…200家;…": a statement a goal's label opens is all targets)
    // (a table cell that says it is projected, "3.05(预计)", is a forecast; one in a column of what was done, "2023年实际", is done)
    const section = said === 'actual' && !past && !column?.done ? sectionAt((planned ??= planSections(text)), figure.start) : undefined;
    // (a goal its own words set under a heading of plans for the rest of the year, naming no part of it, is the year's:
    // "确保…研发费用完成13.5亿元" under "三、四季度工作思路" in a report of three quarters)
    if (said === 'target' && period === reportPeriod && period !== 'FY' && !column && periodNamed(clause) === undefined &&
      sectionAt((planned ??= planSections(text)), figure.start)?.rest) periods[i] = period = 'FY';
    // (what a section of plans says was done so far is done: "目前已完成1.37亿元")
    const doneSoFar = section !== undefined && DONE_SO_FAR.test(clauseWhole);
    // (a plan for the rest of the year only, "三、下半年工作打算", plans for no period of the catalog, save where its
    // clause names the whole year: "全年新认定高企20家", or it is a part of a whole that does: "全年专利申请量达到5000件,其中发明专利申请1000件")
    // (…or a clause before it in its statement does, where its own names no time: "全年组织申报…60项以上,争取…3000万元",
    // "全年技术合同成交额力争达到0.35亿元;新增科技型中小企业6家")
    if (section?.rest && !column && !doneSoFar) {
      const ofWholeYear = namesWholeYear(clauseWhole) ||
        (clauseWhole.startsWith('其中') && i > 0 && sentenceOfFigure[i - 1] === sentence && rowsOfFigure[i - 1]?.indicator === claim.indicator) ||
        (namesNoTime(clauseWhole) && !REST_OF_YEAR.test(text.slice(sentence.start, figure.end)) &&
          namesWholeYear(text.slice(POINT_COUNTED_OFF.test(text.slice(sentence.start, sentence.start + 3)) ? sentence.start : sentence.statement, clauseFrom)));
      if (!ofWholeYear) return;
      // (…and so is for the whole year, whatever part of it the report covers)
      if (period !== 'CUM') periods[i] = period = 'FY';
    }
    const status = column?.target ? 'target' : column && (column.forecast || /^\((?:预计|预估)数?\)/.test(text.slice(figure.end, figure.end + 5))) ? 'forecast' :
      said === 'actual' && !past && !column?.done && ((section && !doneSoFar) || (sentence.statement < sentence.start && goalLabelEnd >= 0 && goalLabelEnd <= sentence.start) || (!column && setsFloor(words.sentence, figure.start - sentence.start))) ? 'target' : said;
    // (a target under a heading of another year's plans, its own clause naming none, is of that year: "四、2017年工作打算")
    const plannedIn = year === null && status === 'target' ? section ?? sectionAt((planned ??= planSections(text)), figure.start) : undefined;
    const rowYear = plannedIn && !doneSoFar ? yearPlanned(plannedIn.year, reportYear) : year;
    let start = Math.min(claim.start, figure.start);
    const end = Math.max(claim.end, figure.end);
    // the quote starts after the marks and spaces its words open with (a run that ends by the figure)
    QUOTE_OPENING.lastIndex = start;
    QUOTE_OPENING.test(clean.text);
    start = Math.min(figure.start, QUOTE_OPENING.lastIndex);
    const value = negativeGrowth(indicator.id, clause, text, figure.start) ? negated(valueIn(figure, indicator.unit)) : valueIn(figure, indicator.unit);
    let scope = indicator.id === 'platforms' ? platformScope(claim.scope)
      : claim.rule === 'link.part' ? claim.scope : scopeOf(claim.scope);
    if (scope === '' && PROJECTS.has(indicator.id) && !claim.rule.startsWith('frame.')) scope = namedProject(leadOf(wordsAround(i)));
    // "向省科技厅申报项目22项", "获自治区科技厅立项6项": the department applied to, or that granted, names the level
    if (scope === '' && PROJECTS.has(indicator.id)) scope = levelOfDepartment(clauseWhole) || (LEVEL_NAMED.exec(clause)?.[0] ?? '');
    // "获得市级科技计划立项项目23项,资助经费186万元": the money of projects just counted at a level is of that level
    // (not a total of them all: "立项总资金***万元"; nor money from above at large: "争取上级科技资金")
    if (scope === '' && indicator.id === 'project_funding' && !/总|上级/.test(clause)) scope = levelOfProjectsBefore(i, sentence.start);
    // (money a partner gave, in the partnership's name: "全年落实浙江援疆科技资金1520万元", "争取东西部协作科技资金680万元")
    if (scope === '' && (indicator.id === 'project_funding' || PROJECTS.has(indicator.id))) scope = PARTNERSHIP_NAMED.exec(clause)?.[0] ?? '';
    if (scope === '' && indicator.id === 'patents_granted' && i > 0) scope = kindOfPatentsBefore(i, sentence.start);
    // "县级科技专项安排资金300万元,支持项目15个": the projects a programme's money supported are of its level or name
    if (scope === '' && indicator.id === 'projects_approved' && i > 0) scope = scopeOfMoneyBefore(i, sentence.start);
    if (scope === '') scope = partAfterWhole(text, figures, claims, i, sentence.start);
    // "市级重点实验室、工程技术中心各5家": each thing listed before 各 has the figure
    const scopes = eachOf(text, figure, sentence.start) ?? [scope];
    // "新认定高新技术企业和科技型中小企业各5家": things of different indicators before 各 are each their own indicator's
    const kinds = scopes.length > 1 ? scopes.map((each) => classifyName(each, figure)?.indicator) : [];
    const eachOwn = kinds.length > 1 && kinds.every((id, k) => id !== undefined && unitFits(id, figure.unit) && kinds.indexOf(id) === k);
    for (let k = 0; k < scopes.length; k++) {
      const scoped = scopes[k]!;
      const rowIndicator = eachOwn ? indicatorById(kinds[k]!)! : indicator;
      const rowValue = rowIndicator === indicator ? value : valueIn(figure, rowIndicator.unit);
      const each = eachOwn ? '' : scoped;
      // A masked figure hides its value: two of them are one row only where the words, and the place of
      // the figure in them, are the same too.
      if (rowValue === null) {
        const key = `${rowIndicator.id}|masked:${clean.text.slice(start, end)}:${figure.start - start}|${period}|${status}|${each}`;
        if (seenMasked.has(key)) continue;
        seenMasked.add(key);
      } else {
        const same = rowsOfValue.get(rowValue);
        if (same?.some((row) => row.indicator === rowIndicator.id && row.period === period && row.status === status && row.scope === each)) continue;
      }
      const row: IndicatorRow = {
        report_id: reportId,
        indicator: rowIndicator.id,
        value: rowValue,
        unit: rowIndicator.unit,
        period,
        status,
        approx: figure.approx,
        masked: figure.masked,
        scope: each,
        quote: clean.text.slice(start, end),
        start,
        end,
        rule: claim.rule,
        year: rowYear,
      };
      rows.push(row);
      rowsOfFigure[i] = row;
      if (rowValue !== null) {
        const same = rowsOfValue.get(rowValue);
        if (same) same.push(row);
        else rowsOfValue.set(rowValue, [row]);
      }
    }
  });
  return rows;
}
