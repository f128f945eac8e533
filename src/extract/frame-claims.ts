// Claims by frames: the words around a figure (its own clause, the words after it, the sentence
// before) scored against every frame (frame-match.ts); the best frame's reading, with its scope.
import type { Claim } from './claim.ts';
import { ACTORS_WHO_ACT, actCountBefore, countsFlow, partOf } from './context.ts';
import { FRAMES } from './frames/index.ts';
import { rolesOf } from './frame-roles.ts';
import { afterOf, beforeOf, chooseFrame, leadOf, scoreFrames, type Candidate, type FigureWords, type WordUsed } from './frame-match.ts';
import { FIGURE_MARK, type Figure } from './figures.ts';
import { headingNumber } from './headings.ts';
import { AFTER_END_MARKS, APPROX_AFTER, clauseStart, marksOf, MAX_AFTER, MAX_LEAD, type Sentence } from './spans.ts';
import { MONEY_EXPONENT } from './units.ts';
import { firstWordFrom, groupsOf, nextWordFrom, wordsEndBy, wordsOf, type Group, type WordIndex } from './words.ts';

// a short label without a figure, a colon, then items of a few words and a figure each
// an item that is only a level or a total ("国家级2项", "合计57项"): one with words of its own ("征集52项",
// "累计318家") is read from them
// (a level that sent its people: "科技特派员:省派21名、市派46名"; a sum of levels: "三级合计105名")
const LEVEL_ITEM = /^(?:国家级?|省级?|市级?|县级?|区级?|自治区级|州级|盟级|旗级|[省市县区州]派|(?:[两二三四]级)?(?:合计|共计|总计|小计)|全市|全县|全区)$/;
const LABEL_THEN_ITEMS = /^([^\uE000\uE001,;:。\d]{2,14}):(?:[\u4e00-\u9fff]{0,6}\uE000\uE001*[,、])*$/;

/** An item's own words as its scope ("国家级" of "…:国家级2项"); a total's (合计) none. */
function itemScope(words: string): string {
  const name = words.replace(/^[,、]+/, '');
  return /^(?:(?:[两二三四]级)?(?:合计|共计|总计)|共|总数|全市|全县|全区)?$/.test(name) ? '' : name;
}

/** Where the label of a list the figure's clause is an item of starts, if the sentence opens with one. */
function labelOpening(text: string, sentenceStart: number, ownStart: number, figureStart: number): number | undefined {
  // (an item after 、 starts after it)
  const clauseFrom = text[ownStart] === '、' ? ownStart + 1 : ownStart;
  if (clauseFrom - sentenceStart > 80 || figureStart - clauseFrom > 4 || !LEVEL_ITEM.test(text.slice(clauseFrom, figureStart))) return undefined;
  let colon = clauseFrom - 1;
  while (colon >= sentenceStart && text.charCodeAt(colon) !== 0x3a) colon--;
  if (colon < sentenceStart) return undefined;
  const m = LABEL_THEN_ITEMS.exec(text.slice(sentenceStart, clauseFrom));
  return m ? sentenceStart : undefined;
}

/** Where the clause of a figure at `at` starts: a comma in brackets ends none ("高新技术企业(总数,家)\t28"). */
function ownClauseStart(text: string, at: number, floor: number): number {
  const start = clauseStart(text, at, floor);
  if (start <= floor || text.charCodeAt(start - 1) !== 0x2c) return start;
  // (a bracket that closes before the figure, and opened before the comma)
  let close = start;
  while (close < at && text.charCodeAt(close) !== 0x29 && text.charCodeAt(close) !== 0x28) close++;
  if (close >= at || text.charCodeAt(close) !== 0x29) return start;
  let open = start - 2;
  while (open >= floor && text.charCodeAt(open) !== 0x28 && text.charCodeAt(open) !== 0x29) open--;
  return open >= floor && text.charCodeAt(open) === 0x28 ? clauseStart(text, open, floor) : start;
}

/** The words a frame reads around figure i: its own clause before and after it, and the sentence before. */
export function figureWords(
  text: string,
  sentence: Sentence,
  figures: Figure[],
  i: number,
  index: WordIndex,
): FigureWords {
  const f = figures[i]!;
  const previous = i > 0 ? figures[i - 1]! : undefined;
  const next = figures[i + 1];
  // the clause back to its start, or to the figure before when that stands in it; or back to a label
  // that opens a list of short items ("项目获批情况:国家级2项,省级15项"), whose words are every item's
  const ownStart = ownClauseStart(text, f.start, Math.max(sentence.start, previous?.end ?? 0));
  const labelStart = labelOpening(text, sentence.start, ownStart, f.start);
  let afterEnd = f.end;
  const afterLimit = Math.min(sentence.end, f.end + MAX_AFTER, next ? next.start : Infinity);
  while (afterEnd < afterLimit && !AFTER_END_MARKS.has(text.charCodeAt(afterEnd))) afterEnd++;
  // "586家(其中当年新认定132家)": a breakdown in brackets right after the figure says nothing of it
  // (a note in brackets right after the figure is none of its words: "18项(其中…)", "18项(不含已结题验收项目)")
  if (text.charCodeAt(f.end) === 0x28 && BRACKET_NOTE.test(text.slice(f.end + 1, f.end + 3))) afterEnd = f.end;
  const beforeStart = labelStart ?? ownStart;
  const subjectStart = labelStart === undefined ? subjectClauseStart(text, index, sentence.start, previous?.end ?? 0, ownStart, f, afterEnd) : undefined;
  // the lead runs back over ; to the statement's start ("其中申报…;省火炬计划7项,星火计划3项"), at most MAX_LEAD characters
  // (…and over a short numbered heading that ends in 。 on the line it opens, where the statement names no
  // thing before the figure: "(二)科技型中小企业。任务入库40家")
  // (…or, where the statement names no thing at all before the figure and opens its paragraph, over the short numbered
  // heading on the line above: "四、高新技术产业\n前三季度,增加值完成87.4亿元")
  // (only where the lead reaches the statement's start: a statement with no end may be long)
  const namesNone = beforeStart - MAX_LEAD <= sentence.statement && !namesThing(index, sentence.statement, f.start);
  // (…or over the statement before, where the statement opens on words that point back to it: "该项指标全年完成86.4亿元",
  // "此项工作截至目前已完成入库412家", "这批企业中,有51家通过自治区认定")
  const pointsBack = POINTS_BACK.test(text.slice(sentence.statement, sentence.statement + 6));
  const topicHeading = !pointsBack && namesNone ? topicHeadingBefore(text, sentence.statement) ?? headingAbove(text, sentence.statement) : undefined;
  const heading = pointsBack ? statementBefore(text, sentence.statement) :
    namesNone ? topicHeading ??
      topicStatementBefore(text, index, sentence.statement, () => comesOf(index, sentence.statement, f.start) && !HAN.test(text.slice(f.end, afterEnd).replace(APPROX_AFTER, ''))) : undefined;
  const leadStart = Math.max(heading ?? sentence.statement, beforeStart - MAX_LEAD);
  // "两项省级项目和一项市级项目已经获得立项": figures joined by 和 share what is said after the last
  // (no word stands in the figure between: it is masked out)
  // ("2项国家重点研发计划项目、7项省重大科技专项获得立项支持": a name, 、, and the next figure)
  // (not where the next item says what was done to it: "9家高新技术企业、32家入库科技型中小企业")
  const joined = next && ((afterEnd === next.start && afterEnd > f.end && JOINED.has(text.charCodeAt(afterEnd - 1))) ||
    (text[afterEnd] === '、' && afterEnd + 1 === next.start && afterEnd > f.end + 1)) && !opensOnOwnAct(index, next.end);
  if (next && joined) {
    afterEnd = next.end;
    const sharedLimit = Math.min(sentence.end, next.end + MAX_AFTER);
    while (afterEnd < sharedLimit && !AFTER_END_MARKS.has(text.charCodeAt(afterEnd))) afterEnd++;
  }
  const leadFrom = firstWordFrom(index, leadStart);
  const leadTo = wordsEndBy(index, leadFrom, beforeStart);
  // the clause's words, then those after the figure, start at most a word on (words do not overlap,
  // and none stands in a masked figure)
  const beforeFrom = nextWordFrom(index, leadTo, beforeStart);
  const beforeTo = wordsEndBy(index, beforeFrom, f.start);
  const afterFrom = nextWordFrom(index, beforeTo, f.end);
  const afterTo = wordsEndBy(index, afterFrom, afterEnd);
  // "高新技术企业培育方面,我们…,全年62家企业提交申报材料,41家通过认定": the topic a statement opens on
  const topic = leadStart <= sentence.statement ? TOPIC_OPENING.exec(text.slice(sentence.statement, Math.min(beforeStart, sentence.statement + MAX_TOPIC + 3))) : null;
  return {
    text, index, leadStart, beforeStart, figureStart: f.start, figureEnd: f.end, afterEnd,
    leadFrom, leadTo, beforeFrom, beforeTo, afterFrom, afterTo, itemStart: labelStart === undefined ? undefined : ownStart, subjectStart,
    topicEnd: topic ? sentence.statement + topic[0].length - 1 : undefined,
    // (a heading read only where the statement names nothing and states no figure before this one)
    headingEnd: topicHeading !== undefined && !DIGIT.test(text.slice(sentence.statement, f.start)) ? sentence.statement - 1 : undefined,
  };
}

const JOINED = marksOf('和及与');
const MAX_TOPIC = 16;
// ("高新技术企业培育方面,", "在专利工作上,", "高企认定是今年的重点,")
const TOPIC_OPENING = new RegExp(`^(?:在|围绕|关于)?[^,;。:\\d]{2,${MAX_TOPIC}}?(?:方面|工作中|工作上|工作|是[^,;。:\\d]{0,6}?(?:重点|重中之重|首要任务|头号任务))[,:]`);
const BRACKET_NOTE = /^(?:其中|不含|含|包括|包含|注)/;
const MAX_TOPIC_HEADING = 16;
// "一是高企申报。", "二是科小入库。": a point a report counts off, named as a heading is
const ENUMERATED = /^[一二三四五六七八九十]是/;

/**
 * Where the clause before a figure's own starts, where that clause is the figure's subject: the figure's
 * clause names no thing, the one before it (after a comma) names one and states no figure
 * ("帮企业梳理出来的技术难题,共有64项", "走访规上工业企业,全年下来达到187家次").
 */
function subjectClauseStart(text: string, index: WordIndex, sentenceStart: number, previousEnd: number, ownStart: number, f: Figure, afterEnd: number): number | undefined {
  if (ownStart - 1 <= sentenceStart || text.charCodeAt(ownStart - 1) !== 0x2c) return undefined;
  // (nothing after the figure in its clause, nothing but "共有", "全年下来达到"… before it: "提出91项攻坚措施",
  // "接待群众咨询约1500人次" count what they name)
  if (!BARE_CLAUSE.test(text.slice(ownStart, f.start)) || HAN.test(text.slice(f.end, afterEnd))) return undefined;
  const from = clauseStart(text, ownStart - 1, sentenceStart);
  // (a subject states no number: "建立示范基地3200亩,带动农户1100余户")
  return previousEnd <= from && !DIGIT.test(text.slice(from, ownStart)) && namesThing(index, from, ownStart - 1) ? from : undefined;
}

const HAN = /[\u4e00-\u9fff]/;
const DIGIT = new RegExp(`[\\d${FIGURE_MARK}]`);
// a clause that says only how many, and when: "共有", "全年下来达到", "目前已有", "计", "2018年为"
const BARE_CLAUSE = /^(?:(?:19|20)\d\d年(?:底|末)?|全年|今年|当年|年内|目前|至今|现|已|已经|又|还|都|也|仅|只|就|下来|一年来|共|共有|共计|合计|总计|累计|计|达|达到|多达|高达|有|为|是|约|近|超过|逾)*$/;

/** Whether a word of text[from, to) is a thing of some frame (or another thing). */
function namesThing(index: WordIndex, from: number, to: number): boolean {
  for (let k = firstWordFrom(index, from); k < index.length && index.at[k]! < to; k++) if (rolesOf(index.word[k]!).anyThing) return true;
  return false;
}

// a year or a day named in a topic statement is no figure it states ("2022年高新技术企业申报工作于6月底截止")
const A_DATE = /(?:19|20)\d\d年|\d{1,2}月(?:底|末|份|中旬|上旬|下旬)?|\d{1,2}日/g;
// words that open a statement pointing back to what the one before named
const POINTS_BACK = /^(?:该项|此项|这项|这一|这批|上述|这些|该批)/;

/** Where the statement before a statement starts, in its paragraph (after 。 ! ?), if one does. */
function statementBefore(text: string, statementStart: number): number | undefined {
  if (statementStart < 2 || !'。!?'.includes(text[statementStart - 1]!)) return undefined;
  // (within its line, and no further back than a lead may reach)
  const floor = Math.max(0, statementStart - MAX_LEAD);
  let from = statementStart - 2;
  while (from >= floor && !'。!?\n'.includes(text[from]!)) from--;
  return from + 1;
}

/**
 * Where the statement before starts, where it names a thing and states no figure: the topic the next one's figures
 * are of ("全市高新技术产业继续保持较快发展势头。1-11月完成产值412.6亿元").
 */
function topicStatementBefore(text: string, index: WordIndex, statementStart: number, outcome: () => boolean): number | undefined {
  const from = statementBefore(text, statementStart);
  // (…or that states figures, where this one says what came of them: "…申报高新技术企业64家。截至11月底,已通过认定公示52家")
  if (from === undefined || (DIGIT.test(text.slice(from, statementStart).replace(A_DATE, '')) && !outcome())) return undefined;
  return namesThing(index, from, statementStart - 1) ? from : undefined;
}

// what comes of an application: passed ("已通过认定公示52家")
// (…or what is forecast of it: "…增加值完成31.85亿元,…。预计全年完成35亿元左右")
const OUTCOMES: ReadonlySet<Group> = new Set(['passed', 'forecast']);

/** Whether a word of text[from, to) says what came of what was applied for. */
function comesOf(index: WordIndex, from: number, to: number): boolean {
  for (let k = firstWordFrom(index, from); k < index.length && index.at[k]! < to; k++) {
    if (groupsOf(index.word[k]!).some((g) => OUTCOMES.has(g))) return true;
  }
  return false;
}

/** Whether a line is a short numbered heading or a point counted off ("(二)科技型中小企业", "四、高新技术产业", "一是高企申报"). */
function isTopicHeading(line: string): boolean {
  return line.length <= MAX_TOPIC_HEADING && !/[,;。:]/.test(line) && (headingNumber(line) !== undefined || ENUMERATED.test(line));
}

/** Where the short numbered heading on the line above a paragraph's first statement starts, if one does. */
function headingAbove(text: string, statementStart: number): number | undefined {
  if (statementStart < 2) return undefined;
  const end = text[statementStart - 1];
  if (end !== '\n') return undefined;
  // (a ledger's item under its heading, past the items above it: "1.高新技术产业产值\n年度目标:430亿元\n进展:1-5月完成185.3亿元")
  let lineEnd = statementStart - 1;
  if (LEDGER_ITEM.test(text.slice(statementStart, statementStart + 8))) {
    for (let items = 0; items < MAX_LEDGER_ITEMS && lineEnd > 0; items++) {
      const above = text.lastIndexOf('\n', lineEnd - 1) + 1;
      if (!LEDGER_ITEM.test(text.slice(above, above + 8))) break;
      lineEnd = above - 1;
    }
  }
  // (a heading is short: looked for a few characters back)
  let lineStart = lineEnd;
  while (lineStart > 0 && text[lineStart - 1] !== '\n') {
    if (lineEnd + 1 - lineStart > MAX_TOPIC_HEADING + 4) return undefined;
    lineStart--;
  }
  const line = text.slice(lineStart, lineEnd).trim();
  return isTopicHeading(line) ? lineStart : undefined;
}
// the items a ledger lists under each task's heading: its goal, its progress, how much is done, who answers for it
const LEDGER_ITEM = /^(?:年度目标|全年目标|目标任务|目标|进展情况|工作进展|进展|完成情况|完成率|责任科室|责任单位|牵头科室|备注)[:]/;
const MAX_LEDGER_ITEMS = 4;

/** Where a short numbered heading that a statement follows on its line starts ("(二)科技型中小企业。", "一是高企申报。"), if one does. */
function topicHeadingBefore(text: string, statementStart: number): number | undefined {
  if (statementStart < 2 || text[statementStart - 1] !== '。') return undefined;
  // (read in the few characters before the 。: a heading is short)
  const from = Math.max(0, statementStart - 2 - MAX_TOPIC_HEADING);
  const before = text.slice(from, statementStart - 1);
  const newline = before.lastIndexOf('\n');
  const lineStart = newline >= 0 ? from + newline + 1 : from === 0 ? 0 : -1;
  const heading = lineStart >= 0 ? text.slice(lineStart, statementStart - 1) : '';
  if (lineStart >= 0 && isTopicHeading(heading)) return lineStart;
  // (a point counted off may follow the statement before on its line: "…均已全面完成。一是高新技术企业。目标新增8家";
  // or the colon that opens the points: "…呈现三个亮点:一是高企扩量提质。新申报42家")
  const stop = Math.max(before.lastIndexOf('。'), before.lastIndexOf(':'));
  const pointStart = Math.max(lineStart, stop >= 0 ? from + stop + 1 : -1);
  if (pointStart < 0) return undefined;
  const point = text.slice(pointStart, statementStart - 1);
  return point.length <= MAX_TOPIC_HEADING && !/[,;:]/.test(point) && ENUMERATED.test(point) ? pointStart : undefined;
}
// what was done to an item, said right after its figure
const ITEM_ACTS = new Set<Group>(['pool', 'certify', 'approve', 'apply', 'built', 'evaluate', 'nurture']);

/** Whether a word of what was done stands right at `at` (after an item's figure: "32家入库科技型中小企业"). */
function opensOnOwnAct(index: WordIndex, at: number): boolean {
  const k = firstWordFrom(index, at);
  return k < index.length && index.at[k] === at && groupsOf(index.word[k]!).some((g) => ITEM_ACTS.has(g));
}

// The name a frame's claims carry as their rule ("frame.hte_certified"), made once.
const RULE_OF_FRAME = new Map(FRAMES.map((frame) => [frame, `frame.${frame.id}`]));

/** A frame's claim, and whether it was read from the figure's own clause alone. */
export type FrameClaim = Claim & { ownClause: boolean };

export function claimByFrame(text: string, words: FigureWords, figures: Figure[], i: number): FrameClaim | undefined {
  const chosen = frameChoice(words, figures[i]!);
  return chosen && frameClaimOf(text, words, figures[i]!, chosen);
}

/** The frame a figure's words choose, if its value may be that frame's: what a claim by frame is made from. */
export function frameChoice(words: FigureWords, f: Figure): Candidate | undefined {
  const chosen = chooseFrame(words, f.unit);
  if (!chosen) return undefined;
  // a count is whole: "万家法人企业中高新技术企业数15.09家" is a ratio
  if (f.value !== null && f.value.includes('.') && !MONEY_EXPONENT.hasOwnProperty(f.unit) && f.unit !== '%') return undefined;
  // "申报2023年度高新技术企业认定45家": 认定 right after the thing, an application before it, is the certification
  // applied for, not given
  if (certificationAppliedFor(chosen, words, f)) return scoreFrames(words, f.unit).find((c) => c.frame.indicator === 'hte_applied' && !c.vetoedBy) ?? chosen;
  return chosen;
}

const APPLY = wordsOf(['apply']);

function certificationAppliedFor(chosen: Candidate, words: FigureWords, f: Figure): boolean {
  const { thing, act } = chosen;
  if (chosen.frame.indicator !== 'hte_certified' || act?.word !== '认定' || act.where !== 'before' || thing?.where !== 'before') return false;
  const thingAt = wordAt(thing, f);
  return thingAt + thing.word.length === wordAt(act, f) && APPLY.test(words.text.slice(words.beforeStart, thingAt));
}

/** The claim a chosen frame makes on figure f: its quote, scope and period. */
export function frameClaimOf(text: string, words: FigureWords, f: Figure, chosen: Candidate): FrameClaim {
  // the quote holds the thing, and the act where it stands in the figure's own clause (or the thing does not)
  // (…save a thing named only by the topic its statement opens on: the quote is then the figure's own clause)
  const inTopic = chosen.thing?.where === 'lead' && words.topicEnd !== undefined && wordAt(chosen.thing, f) < words.topicEnd;
  const act = chosen.act && (chosen.act.where !== 'lead' || (chosen.thing?.where === 'lead' && !inTopic)) ? chosen.act : undefined;
  let start = inTopic ? Math.min(f.start, words.beforeStart) : f.start;
  let end = f.end;
  for (const w of [inTopic ? undefined : chosen.thing, act]) {
    if (w === undefined) continue;
    start = Math.min(start, wordAt(w, f));
    end = Math.max(end, wordAt(w, f) + w.word.length);
  }
  return {
    indicator: chosen.frame.indicator,
    rule: RULE_OF_FRAME.get(chosen.frame)!,
    order: Number.MAX_SAFE_INTEGER, // after every rule
    start,
    end,
    scope: words.itemStart !== undefined ? itemScope(text.slice(words.itemStart, f.start)) : frameScope(chosen, text, words, f),
    period: chosen.frame.period ??
      ((isStock(chosen, f.unit) || builtByThen(chosen, words)) && !countsActors(chosen, words) && !countsFlow(beforeOf(words), chosen.frame.indicator === 'hte_reserve') &&
        !actCountBefore(beforeOf(words), leadOf(words)) && !builtThisYear(chosen, words) ? 'CUM' : undefined),
    ownClause: ownClauseReading(chosen),
  };
}

/** Where a word a frame read stands in the text, by its distance from figure f. */
function wordAt(w: WordUsed, f: Figure): number {
  return w.where === 'after' ? f.end + w.distance : f.start - w.distance - w.word.length;
}

/**
 * Indicators that count what stands (platforms, firms in a pool or a list), not what was done: their
 * bare count ("省级众创空间4个"), or their count so far, is how many there are.
 */
export const STOCKS = new Set(['platforms', 'tsme', 'innovative_enterprises', 'hte_reserve', 'hte_total']);

/** Whether a frame reads the figure as a running total: a stock word, or a bare count of what stands. */
function isStock(c: Candidate, unit: string): boolean {
  if (unit.includes('元') || unit.includes('%')) return false;
  if (c.act) return c.act.groups.includes('stock');
  return STOCKS.has(c.frame.indicator) && c.thing?.where !== 'lead';
}

// "今年已建成众创空间3家": what has been built this year, not all so far
const BUILT_SO_FAR = new Set(['已建成', '共建成', '已建有']);
function builtThisYear(c: Candidate, words: FigureWords): boolean {
  return c.act !== undefined && BUILT_SO_FAR.has(c.act.word) && /今年|本年|年内|当年|上半年/.test(leadOf(words) + beforeOf(words));
}

// "截至2020年底,全市建成省级以上创新平台205家": what stands built by a time, all so far (not "新建成")
const BY_THEN = /(?:截至|截止|^至|[,;。]至|^到|[,;。]到)(?:(?:19|20)\d\d年|去年|上年|今年|本年)?(?:年?底|年?末|目前|现在)/;
function builtByThen(c: Candidate, words: FigureWords): boolean {
  return STOCKS.has(c.frame.indicator) && c.act?.word === '建成' && BY_THEN.test(leadOf(words) + beforeOf(words));
}

// "共有356家企业通过国家科技型中小企业评价": 共有 counting the firms that did something, not what stands
function countsActors(c: Candidate, words: FigureWords): boolean {
  return c.act?.word === '共有' && ACTORS_WHO_ACT.test(afterOf(words));
}

/** Whether a frame read the figure from its own clause alone: its thing, and its act where it has one. */
export function ownClauseReading(c: Candidate): boolean {
  if (c.thing?.where === 'lead') return false;
  if (c.frame.act) return c.act !== undefined && c.act.where !== 'lead';
  return true;
}

const GENERIC_PLATFORM = /^(平台|创新平台|科技创新平台|科技平台)$/;
// platforms of no kind in particular ("各级各类创新平台", "新的创新载体")
const ANY_PLATFORM = /^(?:科技创新|科技|创新)?(?:平台)?(?:载体)?$/;
const ANY_KIND_WORDS = /(?:全|我|本)(?:市|县|区|州)|各级|各类|新的|了/g;
// Words before a platform's kind that say what was done, not what kind it is.
const PLATFORM_VERBS = /^(?:其中|新增|新建|建成|组建|获批|认定|新认定|引进|新引进|建设|打造|创成|成功申报|筹建|获评|创建|培育|累计|现有|拥有|共有|全市|全县|全区|了)+/;

/** A platform row's scope: the kind its words name, without what was done; '' for platforms of every kind. */
export function platformScope(words: string): string {
  const kind = words.replace(PLATFORM_VERBS, '');
  return ANY_PLATFORM.test(kind.replace(LISTED_BEFORE, '').replace(ANY_KIND_WORDS, '')) ? '' : kind;
}

// a qualifier starts after the last figure or 等 before the thing ("…3家、省级众创空间", "…等科技创新平台")
const LISTED_BEFORE = /^.*(?:[\uE000\uE001]|等)/;

// what a clause says was done before the thing it names ("组织申报", "指导企业申报", "新认定")
const ACTS_BEFORE_THING = new RegExp(wordsOf(['apply', 'approve', 'certify', 'built', 'nurture'], ['组织', '推荐', '完成', '实现']).source, 'g');

/** Where the last act in the words before a thing ends (0 where none stands). */
function lastActEnd(words: string): number {
  let end = 0;
  ACTS_BEFORE_THING.lastIndex = 0;
  for (let m = ACTS_BEFORE_THING.exec(words); m; m = ACTS_BEFORE_THING.exec(words)) end = m.index + m[0].length;
  return end;
}

/** The part the projects the clause right before the figure's names are of ("申报省级科技计划项目45项" → 省级科技计划), or ''. */
function projectsOfClauseBefore(text: string, words: FigureWords): string {
  const end = words.beforeStart - 1;
  if (end <= words.leadStart || !/[,;]/.test(text[end] ?? '')) return '';
  const clause = text.slice(clauseStart(text, end, words.leadStart), end);
  const projects = clause.lastIndexOf('项目');
  if (projects < 0) return '';
  const named = clause.slice(lastActEnd(clause.slice(0, projects)), projects);
  return partOf(named, 'projects_approved') || kindOfProject(named, 'projects_approved');
}

/** Whether the clause that holds `at` is the one right before the clause that starts at `clauseFrom`. */
function clauseRightBefore(text: string, at: number, clauseFrom: number): boolean {
  const between = text.slice(at, clauseFrom - 1);
  return !/[,;。!?\n:]/.test(between) && /[,;:]/.test(text[clauseFrom - 1] ?? '');
}

/** How a count of 高新技术企业 was come by, when that makes it a part: 复审, 重新认定 (净增 only beside a 新增 figure). */
export const HOW_COME_BY = /^(净增|重新认定|复审|复评)$/;
/** The words of a count of the new ones, beside which 净增 is a part. */
export const NEW_ONES = /新增|新认定|通过认定/;
const REVIEW_AFTER = /^[\u4e00-\u9fff]{0,10}?(?:高新技术企业|高企)(重新认定|复审|复评)/;

// what made the things counted the kind named after it ("2家被认定为省级星创天地")
const MADE_THAT_KIND = /^被?(?:认定为|评为|列为|确定为|获批为|命名为)/;

/**
 * The part a frame's figure is of: the words that qualify its thing in the figure's own clause (a
 * level, a programme, a kind of patent), read by the same scope reader as the rules; for a
 * platform, its kind.
 */
function frameScope(chosen: Candidate, text: string, words: FigureWords, f: Figure): string {
  const thing = chosen.thing!;
  const thingAt = wordAt(thing, f);
  const indicator = chosen.frame.indicator;
  // how a count of 高新技术企业 was come by: 复审, 重新认定 (净增 only beside a 新增 figure)
  if (indicator === 'hte_certified' && chosen.act && chosen.act.where !== 'lead') {
    const cameBy = HOW_COME_BY.test(chosen.act.word);
    if (cameBy && chosen.act.word !== '净增') return chosen.act.word;
    if (cameBy && NEW_ONES.test(leadOf(words) + beforeOf(words) + afterOf(words))) return '净增';
    // (…or named after the thing: "3家企业通过高新技术企业复审")
    const after = REVIEW_AFTER.exec(afterOf(words));
    if (after) return after[1]!;
  }
  // "…等高能级科创平台3家,累计达30家": a running total of the kind its sentence named; "组织申报省级科技计划
  // 项目45项,获批立项12项", "申报市级重点实验室4家,认定2家": what was done to the ones the clause just before
  // named, of their level or kind
  if (thing.where === 'lead') {
    const totalOfKind = indicator === 'platforms' && /^(累计|总数|共)/.test(beforeOf(words));
    const doneToThose = words.figureStart - words.beforeStart <= 6 && chosen.act !== undefined && chosen.act.where !== 'lead' &&
      (LEVELLED.has(indicator) || indicator.startsWith('projects_')) && clauseRightBefore(text, thingAt, words.beforeStart);
    if (!totalOfKind && !doneToThose) return '';
    const qualifier = text.slice(clauseStart(text, thingAt, words.leadStart), thingAt).replace(LISTED_BEFORE, '');
    const named = qualifier.slice(lastActEnd(qualifier));
    if (indicator === 'platforms') return platformKind(named, thing.word);
    return levelOfThing(thing.word, indicator) || partOf(named, indicator) || kindOfProject(named, indicator);
  }
  // the qualifier runs from the act (or the clause start) to the thing: "通过国家火炬计划高新技术企业认定"
  const act = chosen.act && chosen.act.where === thing.where && wordAt(chosen.act, f) < thingAt ? chosen.act : undefined;
  const from = act ? wordAt(act, f) + act.word.length : thing.where === 'before' ? words.beforeStart : thingAt - thing.distance;
  // (within its table cell: "7\t省级以上创新平台总数" is a row's number, then its name)
  const clauseSaid = text.slice(from, thingAt);
  const said = clauseSaid.slice(clauseSaid.lastIndexOf('\t') + 1);
  // "争取到2018年湖北重大科技专项立项项目3个": where the act stands right before the thing, the programme
  // is named before the act
  // (an item of a list opens on the list's mark: "…796家、浙江省科技型中小企业")
  // (…past what made them that kind: "2家被认定为省级星创天地")
  const qualifier = said !== '' ? said.replace(LISTED_BEFORE, '').replace(/^[、,]/, '').replace(MADE_THAT_KIND, '') :
    act && thing.where === 'before' && indicator.startsWith('projects_') ? programmeBefore(text.slice(words.beforeStart, wordAt(act, f))) : '';
  if (indicator === 'platforms') {
    // "获批省级以上农业科技园区、星创天地等科技创新平台5个": the level of the kinds listed
    const listedLevel = /^[了的]?((?:国家|省|市|县)级?(?:以上)?)[\u4e00-\u9fff]+、.*等/.exec(said)?.[1];
    return platformKind(qualifier, thing.word) || (listedLevel ? listedLevel + thing.word : '');
  }
  // a programme or kind named by the thing itself: 星火计划, 发明专利, 三区人才
  if (thing.groups.includes('partThing')) return (partOf(qualifier, indicator) ? qualifier : '') + thing.word;
  const level = levelOfThing(thing.word, indicator);
  if (level !== '') return level;
  // …or a province's list it is on: "入库浙江省科技型中小企业502家" (省)
  if (LEVELLED.has(indicator) && /^[\u4e00-\u9fff]{2,3}省$/.test(qualifier.replace(/^.*[了的]/, ''))) return '省';
  // ("19家企业获得立项": the firms counted before their projects, one project each, are no kind of project)
  const firmsCounted = thing.where === 'after' && qualifier === '企业';
  const part = firmsCounted ? '' : partOf(qualifier, indicator) || kindOfProject(qualifier, indicator);
  // the programme projects counted before it were won in: "6个项目获批省重大科技创新工程"
  if (part === '' && indicator.startsWith('projects_') && thing.where === 'after') {
    const programme = programmeAfter(chosen, words, f);
    if (programme !== '') return programme;
  }
  // "组织申报省级科技计划项目45项,获批立项12项": projects won of those the clause just before applied for
  // (…or read by 立项 alone: "申报省级科技计划项目14项,已立项5项")
  if (part === '' && indicator.startsWith('projects_') && thing.where === 'before' && (said === '' || (thing.word === '立项' && /^(?:已经?|共|均)$/.test(said))) && words.figureStart - words.beforeStart <= 6) {
    const ofThose = projectsOfClauseBefore(text, words);
    if (ofThose !== '') return ofThose;
  }
  // projects and money of one named project: "申报的《…扶持资金》项目,争取资金20万元"
  if (part === '' && indicator.startsWith('project')) return namedProject(leadOf(words));
  if (part === '' && indicator === 'rd_expenditure') return firmsSpending(text.slice(words.leadStart, words.figureStart));
  return part;
}

// a programme's name ends so
const PROGRAMME_NAMED = /(?:计划|专项|工程|基金)$/;

/** The programme the words before an act end on, after any act before them ("争取到2018年湖北重大科技专项"), or ''. */
function programmeBefore(words: string): string {
  if (!PROGRAMME_NAMED.test(words)) return '';
  return words.slice(lastActEnd(words)).replace(LISTED_BEFORE, '');
}

// what a programme's name is said with after it ("…项目立项", "…资金支持"), and the year it names first
const PROGRAMME_TAIL = /(?:计划项目|项目立项|立项支持|资金支持|支持|立项|项目)+$/;
const PROGRAMME_YEAR = /^(?:了|为)?(?:(?:19|20)\d\d年度?)?/;

/**
 * The programme named after the act that follows a count of projects and their thing: "有两个项目被列入省级计划项目"
 * (省级), "等5个项目获2021年四川省区域创新合作项目立项" (四川省区域创新合作); '' where none is, or several are.
 */
function programmeAfter(chosen: Candidate, words: FigureWords, f: Figure): string {
  const act = chosen.act;
  if (!act || act.where !== 'after' || wordAt(act, f) < wordAt(chosen.thing!, f)) return '';
  // (up to the next item's figure: "6个项目获批省重大科技创新工程、5个项目获…")
  const after = words.text.slice(wordAt(act, f) + act.word.length, words.afterEnd);
  const nextItem = after.indexOf(FIGURE_MARK);
  const named = (nextItem < 0 ? after : after.slice(0, nextItem).replace(/[、和及与]$/, '')).replace(PROGRAMME_YEAR, '').replace(PROGRAMME_TAIL, '');
  // several programmes or levels ("列入省、金华市科技计划") are all of them
  const listed = nextItem < 0 && /[、和及与]/.test(words.text[words.afterEnd] ?? '') && words.text[words.afterEnd + 1] !== FIGURE_MARK;
  if (listed || /[、和及与]/.test(named)) return '';
  return partOf(named, chosen.frame.indicator) || kindOfProject(named, chosen.frame.indicator);
}

// firms that report or spend: "已有71家企业填报", "规上工业企业研发投入" (not "高新技术企业达125家")
const FIRMS = /(?:(?:\d+|[xX*]+)家企业|规上工业企业|规模以上工业企业|规上企业|规上工业|规模以上工业|高新技术企业|重点企业)(?=[^,;。]{0,3}(?:填报|申报|研发|R&D|投入))/g;

const OTHER_APPLICATION = /高新技术企业|高企|科技型中小企业|项目/;

/** "已有71家企业填报…共计XX亿元研发费用", "规上工业企业填报…,填报研发投入费用x.xx亿元": R&D of some firms, not of all. */
function firmsSpending(sentenceBefore: string): string {
  const part = sentenceBefore.slice(sentenceBefore.lastIndexOf(';') + 1);
  if (part.includes('全社会')) return '';
  let last = '';
  let lastAt = -1;
  for (const m of part.matchAll(FIRMS)) {
    // ("组织81家企业申报高新技术企业,R&D经费支出…": firms that applied for something else)
    if (OTHER_APPLICATION.test(part.slice(m.index + m[0].length).split(/[,;。]/, 1)[0]!)) continue;
    last = m[0];
    lastAt = m.index;
  }
  // the whole place's spending, unless the firms are named after it ("全县规上工业研发费用")
  const whole = Math.max(part.lastIndexOf('全市'), part.lastIndexOf('全县'), part.lastIndexOf('全区'), part.lastIndexOf('全州'));
  return whole > lastAt ? '' : last;
}

/** The kind of platform a thing and the words before it name: "高能级创新平台"; '' for "805个创新平台", "全市创新平台". */
function platformKind(qualifier: string, thing: string): string {
  const bare = qualifier.replace(/^[了的“”"、,]+/, '').replace(/(全|我|本)(市|县|区|州)|各类|各级|科技/g, '');
  return GENERIC_PLATFORM.test(thing) && bare === '' ? '' : (qualifier + thing).replace(/^[了的“”"、,]+/, '');
}

// Words before 项目 / 计划 that name no kind: "各类科技计划项目", "上级科技项目", "2023年度重点项目"; nor does a
// part of the year ("今年以来获批立项14项", "1-8月获批立项9项")
const ANY_PROJECT = /各类|各级|科技|计划|项目|年度|重点|上级|(?:19|20)\d\d年?|[\u4e00-\u9fff]{0,4}[省市县区]级?以上|[全我本该](?:市|县|区|州)|了|的|和|等|共|目前|已经?|今年|全年|当年|本年|累计|先后|均|以来|[上下]半年|前?[一二三四]季度|年[初内底]|截[至止]|\d{1,2}(?:[-—–~至到]\d{1,2})?月(?:份|底|末)?/g;

const ACTS_BEFORE_PROJECT = wordsOf(['apply', 'approve', 'fundingAct'], ['组织', '完成', '实施', '参加'], 'g');

/** A kind of project named before its thing: "中国纺织工业协会科技指导性项目", "一般科技计划项目". */
function kindOfProject(qualifier: string, indicator: string): string {
  if (!indicator.startsWith('projects_')) return '';
  const kind = qualifier.replace(ACTS_BEFORE_PROJECT, '').replace(/^[、,:(“”"]+/, '');
  return /[\u4e00-\u9fff]{2}/.test(kind.replace(ANY_PROJECT, '')) ? kind : '';
}

// Indicators whose thing may carry a level in its own word (国家科技型中小企业); 国家专利 is no level.
const LEVELLED = new Set(['tsme', 'innovative_enterprises', 'platforms']);

/** The level a thing's own word carries (国家科技型中小企业 → 国家), where its indicator has levels; else ''. */
function levelOfThing(thing: string, indicator: string): string {
  return LEVELLED.has(indicator) ? /^(国家级?|省级?|市级?)/.exec(thing)?.[0] ?? '' : '';
}

const NAMED = /[“《]([^”》]{2,40})[”》][^“《]*$/;
// a slogan in quotes, no project's name: "坚持“早谋划、早储备、早申报”", "按照“项目为王”的思路"
const SLOGAN = /^[^、]{1,4}(?:、[^、]{1,4})+$|^(?:(?!计划|项目|专项|工程|基金|课题).)*$/;
const SLOGAN_BEFORE = /(?:坚持|秉持|按照|围绕|树立|突出|践行)$/;

/** The project a sentence names before a figure ("申报的《…》项目,争取资金20万元"), or ''. */
export function namedProject(lead: string): string {
  if (!lead.includes('》') && !lead.includes('”')) return ''; // no name closes in it
  const named = NAMED.exec(lead);
  if (!named) return '';
  const name = named[1]!;
  const slogan = SLOGAN.test(name) && (name.includes('、') || SLOGAN_BEFORE.test(lead.slice(Math.max(0, named.index - 2), named.index)));
  return slogan ? '' : name;
}
