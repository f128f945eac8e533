// Scoring a figure against the frames: which word groups stand around it, and how near.
//
// A figure's words are read in three places: its own clause before it (`before`, back to a comma
// or to the figure before), its own clause after it (`after`, for "913家高新技术企业", up to the
// next figure), and the sentence before its clause (`lead`). A word counts for more the nearer it
// stands, and far more in the figure's own clause than in the lead.
import { FRAMES, type Frame } from './frames/index.ts';
import { FIGURE_MARK } from './figures.ts';
import type { Group, WordFound } from './words.ts';

export interface FigureWords {
  before: string;
  after: string;
  lead: string;
  /** The words of each, read from the report's word index (their index in the whole text, where the figure is). */
  found: { before: WordFound[]; after: WordFound[]; lead: WordFound[]; figureStart: number; figureEnd: number };
}

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
const COUNTS = ['家', '个', '项', '件'];
const BARE = 0.8; // a frame with an act, read from its thing alone
const THING_ONLY = 1.5; // a frame whose thing is the indicator (科技型中小企业, 技术合同成交额)
const SHADOWED = 2;
const TAKEN = 0.5; // a lead word with another figure between it and this one
const NEARER = 1; // a thing read further from the figure than another frame's thing // a thing read in the lead while the figure's own clause names another thing
// Things every frame may stand beside without naming the figure: a count of firms is of 企业.
const WEAK_THINGS: readonly Group[] = ['enterprise'];
const ALL_THINGS = new Set<Group>([...FRAMES.flatMap((f) => f.thing).filter((g) => !WEAK_THINGS.includes(g)), 'otherThing']);

function weight(where: Where, distance: number): number {
  if (where === 'before') return Math.max(2, 4 - 0.08 * distance);
  if (where === 'after') return Math.max(2, 3.5 - 0.1 * distance);
  return Math.max(0.5, 1.5 - 0.01 * distance);
}

function placeWords(words: FigureWords): WordUsed[] {
  const { found } = words;
  const start = found.figureStart;
  const placed: WordUsed[] = [];
  for (const w of found.before) placed.push(used(w, 'before', start - w.index - w.word.length));
  for (const w of found.after) placed.push(used(w, 'after', w.index - found.figureEnd));
  for (const w of found.lead) placed.push(used(w, 'lead', start - w.index - w.word.length));
  // A thing in the lead that another figure stands after ("申报高企25家,认定12家") is that figure's first:
  // it counts for less here.
  const lastFigure = words.lead.lastIndexOf(FIGURE_MARK);
  if (lastFigure >= 0) {
    const leadStart = start - words.before.length - words.lead.length;
    for (const p of placed) {
      if (p.where === 'lead' && p.distance > start - (leadStart + lastFigure)) p.weight *= TAKEN;
    }
  }
  return placed;
}

function used(w: WordFound, where: Where, distance: number): WordUsed {
  return { word: w.word, groups: w.groups, where, distance, weight: weight(where, distance) };
}

// For each word, the frames that read it (through any of its groups) as their thing, their act, or a
// word that rules them out: a figure's words are then gone through once, not once for every frame.
interface Roles {
  thing: number[];
  act: number[];
  not: number[];
  bareNot: number[];
  anyThing: boolean; // a thing of some frame, or another thing
  elsewhere: boolean;
}
const ROLES_OF_GROUP = new Map<Group, Pick<Roles, 'thing' | 'act' | 'not' | 'bareNot'>>();
FRAMES.forEach((frame, k) => {
  const add = (groups: readonly Group[] | undefined, role: 'thing' | 'act' | 'not' | 'bareNot') => {
    for (const g of groups ?? []) {
      let roles = ROLES_OF_GROUP.get(g);
      if (!roles) ROLES_OF_GROUP.set(g, (roles = { thing: [], act: [], not: [], bareNot: [] }));
      if (!roles[role].includes(k)) roles[role].push(k);
    }
  };
  add(frame.thing, 'thing');
  add(frame.act ?? frame.alsoAct, 'act');
  add(frame.not, 'not');
  add(frame.bareNot, 'bareNot');
});
const rolesOfWord = new Map<string, Roles>();
function rolesOf(word: string, groups: readonly Group[]): Roles {
  let roles = rolesOfWord.get(word);
  if (!roles) {
    const union = (role: 'thing' | 'act' | 'not' | 'bareNot') =>
      [...new Set(groups.flatMap((g) => ROLES_OF_GROUP.get(g)?.[role] ?? []))];
    const thing = union('thing'), act = union('act'), not = union('not'), bareNot = union('bareNot');
    roles = {
      thing, act, not, bareNot,
      anyThing: groups.some((g) => ALL_THINGS.has(g)),
      elsewhere: groups.includes('elsewhere'),
    };
    rolesOfWord.set(word, roles);
  }
  return roles;
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
  units: frame.units,
  takesUnstated: frame.units.some((u) => COUNTS.includes(u)), // a count's frame takes a figure with no unit
}));
// Each frame's thing, act and vetoes for the figure being scored: arrays kept from figure to figure
// (this runs for every figure); only the frames the last figure gave something are emptied.
const BY_FRAME = {
  things: new Array<WordUsed | undefined>(FRAMES.length).fill(undefined),
  acts: new Array<WordUsed | undefined>(FRAMES.length).fill(undefined),
  vetoes: new Array<WordUsed | undefined>(FRAMES.length).fill(undefined),
  bareVetoes: new Array<WordUsed | undefined>(FRAMES.length).fill(undefined),
  given: [] as number[],
};

const byNumber = (a: number, b: number) => a - b;
const HEAD_AFTER = /^[\u4e00-\u9fff]{0,4}?(企业|公司|单位|项目)/;

/** Every frame that takes the unit, scored; the best first. Vetoed and weak ones are kept, for --explain. */
export function scoreFrames(words: FigureWords, unit: string): Candidate[] {
  const placed = placeWords(words);
  // "913家高新技术企业", "100家企业获认定科技型中小企业": a thing after the figure names it when it
  // follows at once or after the figure's own 企业; "四家认定的…企业" counts agencies, not firms
  let headAfter: boolean | undefined; // read when a word after the figure first asks
  const { things, acts, vetoes, bareVetoes, given } = BY_FRAME;
  for (const k of given) things[k] = acts[k] = vetoes[k] = bareVetoes[k] = undefined;
  given.length = 0;
  const withThing: number[] = []; // the frames given a thing
  const ownThings: Group[] = [];
  // a figure of the province or the nation is no frame's, whatever it counts
  let elsewhere: WordUsed | undefined;
  let nearest: WordUsed | undefined;
  let nearestLead: WordUsed | undefined;
  for (const p of placed) {
    const own = p.where !== 'lead';
    const farAfter = p.where === 'after' && p.distance > NEAR_AFTER && !(headAfter ??= HEAD_AFTER.test(words.after));
    const roles = rolesOf(p.word, p.groups);
    if (own && roles.anyThing) for (const g of p.groups) if (ALL_THINGS.has(g)) ownThings.push(g);
    // (a frame given something for the first time is noted, to be emptied for the next figure)
    if (!farAfter) {
      for (const k of roles.thing) {
        if (!things[k]) {
          things[k] = p;
          withThing.push(k);
          given.push(k);
        } else if (p.weight > things[k]!.weight) things[k] = p;
      }
    }
    for (const k of roles.act) {
      if (!acts[k]) {
        acts[k] = p;
        given.push(k);
      } else if (p.weight > acts[k]!.weight) acts[k] = p;
    }
    if (own) {
      for (const k of roles.not) {
        if (!vetoes[k]) {
          vetoes[k] = p;
          given.push(k);
        }
      }
    }
    for (const k of roles.bareNot) {
      if (!bareVetoes[k]) {
        bareVetoes[k] = p;
        given.push(k);
      }
    }
    if (p.where === 'before') {
      if (roles.elsewhere) elsewhere ??= p;
      if (roles.anyThing && (!nearest || p.distance < nearest.distance)) nearest = p;
    } else if (p.where === 'lead' && roles.anyThing && (!nearestLead || p.distance < nearestLead.distance)) nearestLead = p;
  }
  const candidates: Candidate[] = [];
  const unstated = unit === '';
  // in the frames' order: ties go to the frame listed first
  if (withThing.length > 1) withThing.sort(byNumber);
  for (const k of withThing) {
    const thing = things[k]!;
    const frame = READ_FRAMES[k]!;
    if (frame.thingNear && thing.where === 'lead') continue;
    if (unstated ? !frame.takesUnstated : !frame.units.includes(unit)) continue;
    // a number with no unit is the thing's only where the thing stands right before it
    if (unstated && !(thing.where === 'before' && thing.distance <= 1)) continue;
    const act = frame.actOrAlso ? acts[k] : undefined;
    // a bare thing holds where it names the figure: just before it, or just after ("913家高新技术企业")
    const named = thing.where === 'before' || (thing.where === 'after' && thing.distance <= NEAR_AFTER);
    if (frame.act && !act && !(frame.bare && named)) continue;
    if (frame.actNear && (!act || act.where === 'lead')) continue;
    const local = thing.where !== 'lead' || (act !== undefined && act.where !== 'lead');
    let score = thing.weight + (frame.act ? (act ? act.weight : BARE) : Math.max(THING_ONLY, act?.weight ?? 0));
    if (thing.where === 'lead' && ownThings.some((g) => !frame.thing.includes(g))) score -= SHADOWED;
    // the thing nearest before the figure names it: "解决…项目申报…等各类需求56项" counts 需求
    else if (nearest && thing !== nearest && !nearest.groups.some((g) => frame.thing.includes(g))) score -= NEARER;
    // "…创新平台6个,…;科技型企业备案完成14家,总数达到1498家": the thing the lead named last is the one counted
    else if (thing.where === 'lead' && nearestLead && thing !== nearestLead && !nearestLead.groups.some((g) => frame.thing.includes(g))) score -= NEARER;
    // "组织申报省级众创空间一个、农业科技园区2个": a platform only applied for is none
    const veto = vetoes[k] ?? elsewhere ?? (frame.act && !act ? bareVetoes[k] : undefined);
    candidates.push({
      frame: frame.frame,
      score: local ? score : Math.min(score, ENOUGH - 0.01),
      thing,
      act,
      vetoedBy: veto,
    });
  }
  // Ties go to the frame listed first.
  if (candidates.length < 2) return candidates;
  return candidates.sort((a, b) => Number(a.vetoedBy !== undefined) - Number(b.vetoedBy !== undefined) || b.score - a.score);
}

/** The frame a figure's words choose, if any is strong enough and not vetoed. */
export function chooseFrame(words: FigureWords, unit: string): Candidate | undefined {
  const top = scoreFrames(words, unit)[0];
  return top && !top.vetoedBy && top.score >= ENOUGH ? top : undefined;
}
