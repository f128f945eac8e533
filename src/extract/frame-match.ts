// Scoring a figure against the frames: which word groups stand around it, and how near.
//
// A figure's words are read in three places: its own clause before it (`before`, back to a comma
// or to the figure before), its own clause after it (`after`, for "913家高新技术企业", up to the
// next figure), and the sentence before its clause (`lead`). A word counts for more the nearer it
// stands, and far more in the figure's own clause than in the lead.
import { FRAMES, type Frame } from './frames/index.ts';
import { FIGURE_MARK } from './figures.ts';
import { framesTaking, rolesOf } from './frame-roles.ts';
import { groupsOf, wordOf, type Group, type WordIndex } from './words.ts';

/**
 * Where a figure's words stand: the places in the text read (the report's skeleton) where its lead,
 * its clause before it, the figure and its clause after it start and end, and the words of each as
 * stretches [from, to) of the report's word index. One object per figure, the texts cut out only
 * when asked for (leadOf, beforeOf, afterOf).
 */
export interface FigureWords {
  text: string;
  index: WordIndex;
  leadStart: number;
  beforeStart: number;
  figureStart: number;
  figureEnd: number;
  afterEnd: number;
  leadFrom: number;
  leadTo: number;
  beforeFrom: number;
  beforeTo: number;
  afterFrom: number;
  afterTo: number;
  /** Where the figure's own item starts, when the words it is read by open with a list's label. */
  itemStart?: number;
  /** Where the clause before the figure's starts, when that clause is its subject: its words count as the figure's own. */
  subjectStart?: number;
  /** Where the topic its statement opens on ends ("高新技术企业培育方面,…"): its words name every figure of the statement. */
  topicEnd?: number;
  /** Where the numbered heading ends that a statement naming nothing, and no figure before this one, stands under ("(三)科技型中小企业。目标120家"). */
  headingEnd?: number;
}

export const leadOf = (w: FigureWords): string => w.text.slice(w.leadStart, w.beforeStart);
export const beforeOf = (w: FigureWords): string => w.text.slice(w.beforeStart, w.figureStart);
export const afterOf = (w: FigureWords): string => w.text.slice(w.figureEnd, w.afterEnd);

type Where = 'before' | 'after' | 'lead';

export interface WordUsed {
  word: string;
  groups: readonly Group[];
  where: Where;
  distance: number; // characters between the word and the figure
  weight: number;
}

export interface Candidate {
  frame: Frame;
  score: number;
  thing?: WordUsed;
  act?: WordUsed;
  vetoedBy?: WordUsed; // a word of one of the frame's `not` groups in the figure's own clause
}

// A frame's figure must score at least this: a thing or an act in the figure's own clause, and the
// other (or, for a bare frame, nothing) beside it.
export const ENOUGH = 4;
const NEAR_AFTER = 3;
const NEAR_LEAD = 24;
const BARE = 0.8; // a frame with an act, read from its thing alone
const THING_ONLY = 1.5; // a frame whose thing is the indicator (科技型中小企业, 技术合同成交额)
const SHADOWED = 2;
const TAKEN = 0.5; // a lead word with another figure between it and this one
const TOPIC = 2; // a lead word in the topic its statement opens on
const NEARER = 1; // a thing read further from the figure than another frame's thing // a thing read in the lead while the figure's own clause names another thing

function weight(where: Where, distance: number): number {
  if (where === 'before') return Math.max(2, 4 - 0.08 * distance);
  if (where === 'after') return Math.max(2, 3.5 - 0.1 * distance);
  return Math.max(0.5, 1.5 - 0.01 * distance);
}

// The words around the figure being scored, placed: arrays kept from figure to figure (this runs for
// every figure), so that a word becomes an object (WordUsed) only when a candidate holds it.
const PLACED = {
  word: [] as number[], // the word's number (words.ts)
  where: [] as Where[],
  distance: [] as number[],
  weight: [] as number[],
  used: [] as (WordUsed | undefined)[],
};

// what a clause that opens on its act may say before it
const BEFORE_OPENING_ACT = /^(?:全年|今年|当年|上半年|前三季度|一季度|1[-—–~至到](?:[2-9]|1[0-2])月)?(?:实现|完成|同比|比上年)?$/;

/** Whether the placed word j is an act in the figure's own clause, with nothing but 实现, 同比 … before it. */
function opensOnAct(words: FigureWords, j: number): boolean {
  if (j === -1 || PLACED.where[j] !== 'before') return false;
  const at = words.figureStart - PLACED.distance[j]! - wordOf(PLACED.word[j]!).length;
  return BEFORE_OPENING_ACT.test(words.text.slice(words.beforeStart, at));
}

// a clause's opening, with a year before its subject or not ("2022年全省…")
const CLAUSE_OPENING = /(?:^|[,;:。\n])(?:(?:19|20)\d\d年度?)?$/;
// the report's own place, named as a subject, or any place named ("芜湖市各占2家")
const HOME = /全市|全县|全区|全州|全旗|我市|我县|我区|我州|本市|本县|本区|该市|该县|该区|[\u4e00-\u9fff]{2}[市县区旗]/;
// a clause that opens on the report's own place as its subject ("全县高新技术企业3家")
// (after a linking word and a year: "…,当年新增62家,而2020年全区高新技术企业仅为118家"; or a point in the year: "三季度末全县…")
const OWN_SUBJECT = /^(?:而|但)?(?:(?:19|20)\d\d年(?:底|末)?|[一二三四]?季度末|\d{1,2}月(?:底|末)|年底|年末|目前|截至目前)?(?:全[市县区州旗]|我[市县区州旗]|本[市县区])/;
// a ranking among the province's places, not its figure ("全省市州排名上升2位", "全国科技创新百强县市排名")
const RANKING = /^[^,;。]{0,12}(?:排名|排位|位次|位列|第[\d一二三四五六七八九十]|前列|首位|之首|百强)/;

// what may stand right before a zone that counts it, not names it: a level, an act, a mark ("省级高新区", "新获批高新区")
// (or no Chinese character: a mark, or a figure's marks in the skeleton the words are read in)
const NOT_A_NAME = /(?:[级省家各新建批获的个和及与入在到为是有了全本我该上下类]|[^\u4e00-\u9fff])$/;

/** Whether a name stands right before word j (a zone named so is a place: "临澜高新区新认定612家", "沧岭高新区198家"). */
function namedBefore(words: FigureWords, j: number): boolean {
  const { where, distance, word } = PLACED;
  const at = where[j] === 'after' ? words.figureEnd + distance[j]! : words.figureStart - distance[j]! - wordOf(word[j]!).length;
  const before = words.text.slice(Math.max(0, at - 2), at);
  return before.length === 2 && !NOT_A_NAME.test(before) && !/^[全本我该]/.test(before.slice(-2));
}

// (words between a modifier and its head: "研发投入增量奖励资金")
const MODIFIER_GAP = 4;

/**
 * Whether word j, a thing of another frame, stands in the name of money whose head is the thing word just after
 * it, before the figure: it says what the money is for, not what is counted ("兑现研发投入奖励资金1146万元" counts reward money, not R&D).
 */
function modifies(words: FigureWords, j: number, thing: number): boolean {
  const { where, distance, word } = PLACED;
  if (where[j] !== 'before' || where[thing] !== 'before' || distance[thing]! >= distance[j]! || !groupsOf(word[thing]!).includes('money') ||
    !rolesOf(word[j]!).anyThing) return false;
  const thingStart = words.figureStart - distance[thing]! - wordOf(word[thing]!).length;
  const end = words.figureStart - distance[j]!;
  return thingStart >= end && thingStart - end <= MODIFIER_GAP && /^[\u4e00-\u9fff]*$/.test(words.text.slice(end, thingStart));
}

/**
 * Whether the placed word j, which would veto a frame, is the one who built the thing: firms before the act, the
 * thing after it ("支持规上企业新建县级研发中心12个": the centres counted, not the firms).
 */
function builtBy(words: FigureWords, j: number, act: number, thing: number): boolean {
  const { where, distance, word } = PLACED;
  if (act === -1 || where[j] !== 'before' || where[act] !== 'before' || where[thing] !== 'before' ||
    !(distance[j]! > distance[act]! && distance[act]! > distance[thing]!) ||
    !groupsOf(word[j]!).includes('enterprise') || !groupsOf(word[act]!).includes('built')) return false;
  const end = words.figureStart - distance[j]!;
  const actStart = words.figureStart - distance[act]! - wordOf(word[act]!).length;
  // (not the firms that built one, counted: "规模以上工业企业建立研发中心的有14家")
  return actStart >= end && actStart - end <= MODIFIER_GAP && /^[\u4e00-\u9fff]*$/.test(words.text.slice(end, actStart)) &&
    !words.text.slice(words.figureStart - distance[thing]!, words.figureStart).includes('的');
}

/** Whether the placed lead word j (全省, 全国) opens its clause as its subject, with no place of the report's own after it. */
function subjectElsewhere(words: FigureWords, j: number): boolean {
  const end = words.figureStart - PLACED.distance[j]!;
  const at = end - wordOf(PLACED.word[j]!).length;
  return CLAUSE_OPENING.test(words.text.slice(Math.max(0, at - 8), at)) && !RANKING.test(words.text.slice(end, words.figureStart)) &&
    !HOME.test(words.text.slice(end, words.figureStart));
}

// the firms a figure counts, then what they did: "…家企业申报", "…家企业顺利入库"
const DONE_BY_FIRMS = /^企业(?:均|已|顺利|成功|先后)?$/;
const FIRMS_DO: ReadonlySet<Group> = new Set(['apply', 'certify', 'pool', 'evaluate']);

/** Places the figure's words in PLACED; returns how many. */
function placeWords(words: FigureWords): number {
  const { index, figureStart: start, figureEnd: end } = words;
  let n = 0;
  for (let k = words.beforeFrom; k < words.beforeTo; k++) n = place(n, index.word[k]!, 'before', start - index.at[k]! - wordOf(index.word[k]!).length);
  for (let k = words.afterFrom; k < words.afterTo; k++) {
    n = place(n, index.word[k]!, 'after', index.at[k]! - end);
    // ("全年组织72家企业申报", "另有4家企业复审通过": after the firms counted, what they did weighs as the clause's own act)
    // (not what they failed at: "另有2家企业复审未获通过")
    // (the firms and an adverb are at most 4 characters: most words after a figure are looked at no further)
    const wordEnd = index.at[k]! + wordOf(index.word[k]!).length;
    if (index.at[k]! - end <= 4 && DONE_BY_FIRMS.test(words.text.slice(end, index.at[k]!)) && groupsOf(index.word[k]!).some((g) => FIRMS_DO.has(g)) &&
      words.text[wordEnd] !== '未') {
      PLACED.weight[n - 1] = weight('before', PLACED.distance[n - 1]!);
    }
  }
  const subject = words.subjectStart ?? Infinity;
  for (let k = words.leadFrom; k < words.leadTo; k++) n = place(n, index.word[k]!, index.at[k]! >= subject ? 'before' : 'lead', start - index.at[k]! - wordOf(index.word[k]!).length);
  // A thing in the lead that another figure stands after ("申报高企25家,认定12家") is that figure's first:
  // it counts for less here.
  const lastFigure = lastFigureIn(words.text, words.leadStart, words.beforeStart);
  if (lastFigure >= 0) {
    for (let j = 0; j < n; j++) {
      if (PLACED.where[j] === 'lead' && PLACED.distance[j]! > start - lastFigure) PLACED.weight[j]! *= TAKEN;
    }
  }
  // (a topic the statement opens on names its figures however far on they stand, where nothing after it names another)
  if (words.topicEnd !== undefined && !thingAfterTopic(n, start, words.topicEnd)) {
    for (let j = 0; j < n; j++) {
      if (PLACED.where[j] === 'lead' && start - PLACED.distance[j]! <= words.topicEnd) PLACED.weight[j] = Math.max(PLACED.weight[j]!, TOPIC);
    }
  }
  return n;
}

/** The word of the figure's own clause that sets a target (目标, 任务), or -1. */
function targetBefore(n: number): number {
  for (let j = 0; j < n; j++) if (PLACED.where[j] === 'before' && groupsOf(PLACED.word[j]!).includes('target')) return j;
  return -1;
}

/** Whether a placed lead word after the topic's end names a thing the topic names ("科创平台方面,…新引建…等高能级科创平台3家,累计达30家"). */
function thingAfterTopic(n: number, figureStart: number, topicEnd: number): boolean {
  const inTopic = (j: number) => PLACED.where[j] === 'lead' && figureStart - PLACED.distance[j]! <= topicEnd;
  for (let j = 0; j < n; j++) {
    if (PLACED.where[j] !== 'lead' || inTopic(j)) continue;
    const groups = rolesOf(PLACED.word[j]!).thingGroups;
    for (let t = 0; t < n; t++) if (inTopic(t) && rolesOf(PLACED.word[t]!).thingGroups.some((g) => groups.includes(g))) return true;
  }
  return false;
}

/** Where the last figure in text[from, to) starts, or -1 (the search stops at the figure before). */
function lastFigureIn(text: string, from: number, to: number): number {
  const at = to > 0 ? text.lastIndexOf(FIGURE_MARK, to - 1) : -1;
  return at >= from ? at : -1;
}

function place(j: number, word: number, where: Where, distance: number): number {
  PLACED.word[j] = word;
  PLACED.where[j] = where;
  PLACED.distance[j] = distance;
  PLACED.weight[j] = weight(where, distance);
  PLACED.used[j] = undefined;
  return j + 1;
}

/** The placed word j as a candidate holds it: one object per word and figure. */
function usedAt(j: number): WordUsed {
  return (PLACED.used[j] ??= {
    word: wordOf(PLACED.word[j]!), groups: groupsOf(PLACED.word[j]!), where: PLACED.where[j]!, distance: PLACED.distance[j]!, weight: PLACED.weight[j]!,
  });
}

// The frames as the loop below reads them, every option present: a frame that leaves an option out
// is an object of another shape, and a loop over objects of many shapes reads each of them slowly.
const READ_FRAMES = FRAMES.map((frame) => ({
  frame,
  thing: frame.thing,
  act: frame.act !== undefined,
  actOrAlso: frame.act !== undefined || frame.alsoAct !== undefined,
  bare: Boolean(frame.bare),
  actNear: Boolean(frame.actNear),
  thingNear: Boolean(frame.thingNear),
}));
// Each frame's thing, act and vetoes for the figure being scored (a placed word's number, -1 for none):
// arrays kept from figure to figure, emptied for each.
const BY_FRAME = {
  things: new Int32Array(FRAMES.length).fill(-1),
  acts: new Int32Array(FRAMES.length).fill(-1),
  vetoes: new Int32Array(FRAMES.length).fill(-1),
  bareVetoes: new Int32Array(FRAMES.length).fill(-1),
  ownThings: [] as Group[], // the things the figure's own clause names: the first `owned` of them
};

// (an attribute in 的 may stand before the head: "将65家成长性好的科技型企业纳入高企培育库")
const HEAD_AFTER = /^(?:“[^”]{1,12}”)?(?:[\u4e00-\u9fff]{1,8}?的)?[\u4e00-\u9fff]{0,4}?(企业|公司|单位|项目|培训|讲座|活动|对接会|推介会|交流会|论坛|路演)/;
// "选派128名高校院所专家担任企业科技特派员": what the ones counted serve as, after them, is what they are counted as
const SERVING_AS = /^[^,;。]{0,12}?(?:担任|聘为|聘任为|作为)/;
// "新获批3家省级中试示范基地": a level right after the figure is the thing's, and stands it no further off where
// an act stands before the figure ("推进10个省级以上创新平台建设" builds none yet)
const LEVEL_AFTER = /^(?:国家级|省级|市级|县级|区级|国家|省|市)/;
// "全县共有52家有效期内的高新技术企业": that a stock is still valid, said right after the figure, stands its head no
// further off
const ATTRIBUTE_AFTER = /^(?:处于|仍在)?(?:有效期内|有效期|有效|在库|在册|存续)的/;
// "新认定3家省级科技合作平台", "新增7家山东省国际科技合作平台": after an act that makes, grants or certifies, the
// first word of a group after the figure is the head of the noun it counts, whatever words no group holds stand
// before it (not after one that only pushes on: "推动2个自治区级工程技术研究中心完成建设")
const HEAD_AFTER_AN_ACT = 10;
const GRANTING: ReadonlySet<Group> = new Set(['built', 'certify', 'newAct', 'approve']);
const grants = (word: number): boolean => groupsOf(word).some((g) => GRANTING.has(g));

function candidate(k: number, score: number, thing: number, act: number, veto: number): Candidate {
  return {
    frame: READ_FRAMES[k]!.frame,
    score,
    thing: usedAt(thing),
    act: act !== -1 ? usedAt(act) : undefined,
    vetoedBy: veto !== -1 ? usedAt(veto) : undefined,
  };
}

/** Whether a word's groups hold one of a frame's things. */
function namesThingOf(groups: readonly Group[], frameThings: readonly Group[]): boolean {
  for (const g of groups) if (frameThings.includes(g)) return true;
  return false;
}

/** Whether the figure's own clause names a thing that is not one of the frame's. */
function namesOtherThing(ownThings: readonly Group[], owned: number, frameThings: readonly Group[]): boolean {
  for (let k = 0; k < owned; k++) if (!frameThings.includes(ownThings[k]!)) return true;
  return false;
}

/** Every frame that takes the unit, scored; the best first. Vetoed and weak ones are kept, for --explain. */
export function scoreFrames(words: FigureWords, unit: string): Candidate[] {
  const candidates: Candidate[] = [];
  rank(words, unit, candidates);
  if (candidates.length < 2) return candidates;
  // Ties go to the frame listed first.
  return candidates.sort((a, b) => Number(a.vetoedBy !== undefined) - Number(b.vetoedBy !== undefined) || b.score - a.score);
}

/** The frame a figure's words choose, if any is strong enough and not vetoed. */
export function chooseFrame(words: FigureWords, unit: string): Candidate | undefined {
  const top = rank(words, unit);
  return top && !top.vetoedBy && top.score >= ENOUGH ? top : undefined;
}

/**
 * The frames that take the unit, scored, pushed to `candidates` in the frames' order; without it, the
 * one scoreFrames would put first (unvetoed before vetoed, then the highest score, then the frame
 * listed first), returned.
 */
function rank(words: FigureWords, unit: string, candidates?: Candidate[]): Candidate | undefined {
  const n = placeWords(words);
  const { word, where, distance, weight } = PLACED;
  // "913家高新技术企业", "100家企业获认定科技型中小企业": a thing after the figure names it when it
  // follows at once or after the figure's own 企业; "四家认定的…企业" counts agencies, not firms
  let headAfter: boolean | undefined; // read when a word after the figure first asks
  let nearAfter: number | undefined; // likewise
  let actBefore = false; // (the words before the figure are placed first)
  let grantBefore = false; // an act before the figure that makes, grants or certifies what it counts
  let grantAfter = false; // …or right after it, before the thing it grants
  let firstAfter = -1; // the first word after the figure (past an act that grants, right after it)
  let headOfGrant = -1; // the thing after such an act, read so
  let ownSubject: boolean | undefined; // read when a lead word first asks
  const { things, acts, vetoes, bareVetoes, ownThings } = BY_FRAME;
  for (let k = 0; k < things.length; k++) {
    things[k] = -1;
    acts[k] = -1;
    vetoes[k] = -1;
    bareVetoes[k] = -1;
  }
  let owned = 0;
  // a figure of the province or the nation is no frame's, whatever it counts; nor one that counts what no frame does
  let elsewhere = -1;
  let elsewhereLead = -1; // the nearest such word in the lead
  let nearest = -1;
  let nearestLead = -1;
  for (let j = 0; j < n; j++) {
    const own = where[j] !== 'lead';
    const roles = rolesOf(word[j]!);
    if (where[j] === 'after') {
      // ("有19项列入上级科技计划": the act may stand right after the figure, before the thing it grants)
      if (distance[j] === 0 && roles.thing.length === 0 && grants(word[j]!)) grantAfter = true;
      else if (firstAfter === -1) firstAfter = j;
    }
    let farAfter = where[j] === 'after' && distance[j]! > NEAR_AFTER &&
      distance[j]! > (nearAfter ??= NEAR_AFTER + (actBefore ? LEVEL_AFTER.exec(afterOf(words))?.[0].length ?? 0 : 0) + (ATTRIBUTE_AFTER.exec(afterOf(words))?.[0].length ?? 0)) &&
      !(headAfter ??= HEAD_AFTER.test(afterOf(words)) || SERVING_AS.test(afterOf(words)));
    if (farAfter && j === firstAfter && (grantBefore || grantAfter) && distance[j]! <= HEAD_AFTER_AN_ACT) {
      farAfter = false;
      if (!grantBefore) headOfGrant = j;
    }
    if (where[j] === 'before' && roles.act.length > 0) {
      actBefore = true;
      if (grants(word[j]!)) grantBefore = true;
    }
    if (own) for (const g of roles.thingGroups) ownThings[owned++] = g;
    if (!farAfter && !(roles.zone && namedBefore(words, j))) {
      for (const k of roles.thing) {
        if (things[k] === -1 || weight[j]! > weight[things[k]!]!) things[k] = j;
      }
    }
    // (a clause of its own subject takes no act from the lead: "推荐2家企业申报高新技术企业,全县高新技术企业3家")
    if (where[j] !== 'lead' || !(ownSubject ??= OWN_SUBJECT.test(beforeOf(words)))) {
      for (const k of roles.act) {
        if (acts[k] === -1 || weight[j]! > weight[acts[k]!]!) acts[k] = j;
      }
    }
    if (own) {
      for (const k of roles.not) if (vetoes[k] === -1) vetoes[k] = j;
    }
    for (const k of roles.bareNot) if (bareVetoes[k] === -1) bareVetoes[k] = j;
    // ("…平台建设、科学普及等七个方面": the figure counts the word right after it)
    if (where[j] === 'after' && distance[j] === 0 && roles.countsOther && elsewhere === -1) elsewhere = j;
    if (where[j] === 'before') {
      if (roles.elsewhere && elsewhere === -1) elsewhere = j;
      if (roles.anyThing && (nearest === -1 || distance[j]! < distance[nearest]!)) nearest = j;
    } else if (where[j] === 'lead') {
      if (roles.anyThing && (nearestLead === -1 || distance[j]! < distance[nearestLead]!)) nearestLead = j;
      if (roles.elsewhere && (elsewhereLead === -1 || distance[j]! < distance[elsewhereLead]!)) elsewhereLead = j;
    }
  }
  // "2022年全省研发经费投入增长15.2%,高新技术企业总数达到1.4万余家": the province's, named as the subject of
  // the clauses before, and no place of the report's own named since
  if (elsewhere === -1 && elsewhereLead !== -1 && subjectElsewhere(words, elsewhereLead)) elsewhere = elsewhereLead;
  const unstated = unit === '';
  let ownTarget: number | undefined; // the target word of the figure's own clause, read when a heading's thing first asks
  const takes = framesTaking(unit);
  // the best so far, where only the best is asked for: its frame, score, and its words' numbers
  let best = -1, bestScore = 0, bestAct = -1, bestVeto = -1;
  // in the frames' order: ties go to the frame listed first
  for (let k = 0; k < READ_FRAMES.length; k++) {
    const thing = things[k]!;
    if (thing === -1) continue;
    const frame = READ_FRAMES[k]!;
    // (a thing near is one in the figure's own clause, or just before it where that clause opens on the
    // act: "纳入高新技术产业统计企业279户,实现产值809.1亿元"; not "…,战略性新兴产业产值增长12.1%")
    if (frame.thingNear && where[thing] === 'lead' && !(distance[thing]! <= NEAR_LEAD && opensOnAct(words, acts[k]!))) continue;
    if (!takes[k]) continue;
    // ("…技术难题58项,已解决36项,剩余22项列入明年重点攻关": a figure that goes on counting the lead's other
    // thing is not counted by what an act after it grants)
    if (thing === headOfGrant && nearestLead !== -1 && !namesThingOf(groupsOf(word[nearestLead]!), frame.thing)) continue;
    // a number with no unit is the thing's only where the thing stands right before it
    if (unstated && !(where[thing] === 'before' && distance[thing]! <= 1)) continue;
    const act = frame.actOrAlso ? acts[k]! : -1;
    // a bare thing holds where it names the figure: just before it, or just after ("913家高新技术企业")
    const named = where[thing] === 'before' || (where[thing] === 'after' && distance[thing]! <= NEAR_AFTER);
    // (…and a thing the heading above names, where the figure's own clause only sets a target: "(三)科技型中小企业。任务数120家")
    const headingTarget = where[thing] === 'lead' && words.headingEnd !== undefined && words.figureStart - distance[thing]! <= words.headingEnd && (ownTarget ??= targetBefore(n)) !== -1;
    if (frame.act && act === -1 && !(frame.bare && named) && !headingTarget) continue;
    if (frame.actNear && (act === -1 || where[act] === 'lead')) continue;
    const local = where[thing] !== 'lead' || (act !== -1 && where[act] !== 'lead') || headingTarget;
    // (the target word stands for the act the heading's thing is counted by, and adds to an act the heading names: "一是高企申报。全年任务120家")
    const actWeight = headingTarget ? weight[ownTarget!]! + (act !== -1 ? weight[act]! : 0) : act !== -1 ? weight[act]! : -1;
    let score = weight[thing]! + (frame.act ? (actWeight !== -1 ? actWeight : BARE) : Math.max(THING_ONLY, actWeight !== -1 ? actWeight : 0));
    if (where[thing] === 'lead' && namesOtherThing(ownThings, owned, frame.thing)) score -= SHADOWED;
    // the thing nearest before the figure names it: "解决…项目申报…等各类需求56项" counts 需求
    else if (nearest !== -1 && thing !== nearest && !namesThingOf(groupsOf(word[nearest]!), frame.thing)) score -= NEARER;
    // "…创新平台6个,…;科技型企业备案完成14家,总数达到1498家": the thing the lead named last is the one counted
    else if (where[thing] === 'lead' && nearestLead !== -1 && thing !== nearestLead && !namesThingOf(groupsOf(word[nearestLead]!), frame.thing)) score -= NEARER;
    // "组织申报省级众创空间一个、农业科技园区2个": a platform only applied for is none
    const veto = vetoes[k] !== -1 && !modifies(words, vetoes[k]!, thing) && !builtBy(words, vetoes[k]!, acts[k]!, thing) ? vetoes[k]! : elsewhere !== -1 ? elsewhere : frame.act && act === -1 ? bareVetoes[k]! : -1;
    if (!local) score = Math.min(score, ENOUGH - 0.01);
    if (!candidates) {
      if (best !== -1) {
        const vetoed = veto !== -1;
        const bestVetoed = bestVeto !== -1;
        if (!(vetoed === bestVetoed ? score > bestScore : bestVetoed)) continue;
      }
      best = k;
      bestScore = score;
      bestAct = act;
      bestVeto = veto;
      continue;
    }
    candidates.push(candidate(k, score, thing, act, veto));
  }
  return best !== -1 ? candidate(best, bestScore, things[best]!, bestAct, bestVeto) : undefined;
}
