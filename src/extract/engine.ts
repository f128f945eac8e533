// The engine: runs the rules over a cleaned report and turns what they claim into indicator rows.
//
//   cleaned text → simplified script → figures → skeleton (figures masked out)
//   → rules claim figures → links (分别, growth, running totals, 其中 parts) → rows
import { indicatorById } from './catalog.ts';
import type { CleanReport } from './clean.ts';
import { partOf, periodOf, scopeOf, statusOf } from './context.ts';
import type { IndicatorRow, Period } from './contract.ts';
import { FIGURE_FILL, FIGURE_MARK, findFigures, skeleton, type Figure } from './figures.ts';
import { shiftDecimal } from './numbers.ts';
import { chooseFrame, scoreFrames, type Candidate, type FigureWords, type WordUsed } from './frame-match.ts';
import { FRAMES } from './frames.ts';
import { compilePattern, type Rule } from './rules/rule.ts';
import { findWords, type WordFound } from './words.ts';
import { RULES } from './rules/index.ts';
import { toSimplified } from './script.ts';

interface CompiledRule {
  rule: Rule;
  order: number;
  pattern: RegExp; // global
  located: RegExp; // sticky, with indices: where a match's figure is, when the match holds several
  figureGroups: string[]; // F, F2, … (one per alternative)
  scopeGroups: string[]; // scope, scope2, … in the order their words are joined
  when?: RegExp;
  unless?: RegExp;
  unlessNear?: RegExp;
}

const COMPILED: CompiledRule[] = RULES.map((rule, order) => {
  const pattern = compilePattern(rule.pattern);
  const names = [...pattern.source.matchAll(/\(\?<([A-Za-z]\w*)>/g)].map((m) => m[1]!);
  return {
    rule,
    order,
    pattern,
    located: new RegExp(pattern.source, 'yd'),
    figureGroups: names.filter((name) => /^F\d*$/.test(name)),
    scopeGroups: names.filter((name) => name.startsWith('scope')).sort(),
    when: rule.when ? new RegExp(rule.when) : undefined,
    unless: rule.unless ? new RegExp(rule.unless) : undefined,
    unlessNear: rule.unlessNear ? new RegExp(rule.unlessNear) : undefined,
  };
});

/** A figure claimed for an indicator, and the words that said so. */
interface Claim {
  indicator: string;
  rule: string;
  order: number;
  start: number; // the words of the claim (quote), in the text
  end: number;
  scope: string;
  period?: Period;
  partOf?: number; // a part (其中, parallel parts): the figure it is a part of
}

const MONEY_EXPONENT: Record<string, number> = { 元: 0, 万元: 4, 亿元: 8 };
const ACCEPTED_UNITS: Record<string, string[]> = {
  家: ['家', '个'],
  项: ['项', '个', '件'],
  个: ['个', '家', '项'],
  件: ['件', '项', '个'],
  人: ['人'],
  人次: ['人次', '人'],
  场: ['场', '次', '个'],
  亿元: ['亿元', '万元', '元'],
  万元: ['亿元', '万元', '元'],
  '%': ['%'],
};

/** Whether a figure stated in `unit` can be a figure of the indicator (家 of platforms are 个 …). */
function unitFits(indicator: string, unit: string): boolean {
  const own = indicatorById(indicator)!.unit;
  return (ACCEPTED_UNITS[own] ?? [own]).includes(unit);
}

function accepts(rule: Rule, figure: Figure): boolean {
  return unitFits(rule.indicator, figure.unit) || (rule.units ?? []).includes(figure.unit);
}

/** The value of a figure in the indicator's unit, as a number. */
function valueIn(figure: Figure, unit: string): number | null {
  if (figure.value === null) return null;
  const from = MONEY_EXPONENT[figure.unit];
  const to = MONEY_EXPONENT[unit];
  if (from !== undefined && to !== undefined) return Number(shiftDecimal(figure.value, from - to));
  return Number(figure.value);
}

interface Span {
  start: number;
  end: number;
}

// A sentence longer than this is cut (at its last comma before the limit, or hard): no real sentence
// is that long, and every look at a figure's sentence then costs a bounded time, however the text runs.
const MAX_SENTENCE = 400;
// How far back a clause or a paragraph is looked for.
const MAX_CLAUSE = 100;
const MAX_PARAGRAPH = 300;
// A 分别 list names a few things: at most this many figures, each name at most this long.
const MAX_LISTED = 12;
const MAX_NAME = 20;
// How far after a figure its own words are looked for ("913家高新技术企业"), and before it the lead.
const MAX_AFTER = 20;
const MAX_LEAD = 150;
const AFTER_END_MARKS = new Set([...',;。!?\n、'].map((c) => c.charCodeAt(0)));
const STATEMENT_MARKS = new Set([...'。!?\n'].map((c) => c.charCodeAt(0)));

function sentenceSpans(text: string): Span[] {
  const spans: Span[] = [];
  const push = (start: number, end: number) => {
    while (end - start > MAX_SENTENCE) {
      let cut = start + MAX_SENTENCE;
      for (let i = cut - 1; i > start + MAX_SENTENCE / 2; i--) {
        if (text.charCodeAt(i) === 0x2c) {
          cut = i + 1;
          break;
        }
      }
      spans.push({ start, end: cut });
      start = cut;
    }
    if (end > start) spans.push({ start, end });
  };
  let start = 0;
  for (const m of text.matchAll(/[。!?;\n]/g)) {
    push(start, m.index + 1);
    start = m.index + 1;
  }
  push(start, text.length);
  return spans;
}

const CLAUSE_MARKS = new Set([...',;。!?\n:'].map((c) => c.charCodeAt(0)));
const CLAUSE_END_MARKS = new Set([...',;。!?\n'].map((c) => c.charCodeAt(0)));

/** Where the clause that holds `at` starts (after , ; 。 ! ? : or a line break), not before `floor`. */
function clauseStart(text: string, at: number, floor: number): number {
  let i = at;
  const limit = Math.max(floor, at - MAX_CLAUSE);
  while (i > limit && !CLAUSE_MARKS.has(text.charCodeAt(i - 1))) i--;
  return i;
}

function clauseEnd(text: string, at: number, ceiling: number): number {
  let i = at;
  const limit = Math.min(ceiling, at + MAX_CLAUSE);
  while (i < limit && !CLAUSE_END_MARKS.has(text.charCodeAt(i))) i++;
  return i;
}

/** Where the paragraph before `at` starts, looking back no further than MAX_PARAGRAPH characters. */
function paragraphStart(text: string, at: number): number {
  let i = at;
  const limit = Math.max(0, at - MAX_PARAGRAPH);
  while (i > limit && text.charCodeAt(i - 1) !== 0x0a) i--;
  return i;
}

// The same phrases come back in report after report (专利申请量, 授权量 …): their reading is kept.
const classified = new Map<string, Claim | undefined>();

/** Runs every rule over a phrase that ends in a figure of the given unit; the best claim wins. */
function classifyPhrase(phrase: string, figure: Figure): Claim | undefined {
  const key = `${figure.unit}|${phrase}`;
  if (classified.has(key)) return classified.get(key);
  if (classified.size > 10_000) classified.clear();
  const claim = classifyUncached(phrase, figure);
  classified.set(key, claim);
  return claim;
}

function classifyUncached(phrase: string, figure: Figure): Claim | undefined {
  const skel = phrase + FIGURE_MARK + FIGURE_FILL;
  let best: Claim | undefined;
  for (const c of COMPILED) {
    if (!accepts(c.rule, figure)) continue;
    if (c.when && !c.when.test(phrase)) continue;
    c.pattern.lastIndex = 0;
    for (const m of skel.matchAll(c.pattern)) {
      if (figureAt(c, m) !== phrase.length) continue;
      const claim: Claim = {
        indicator: c.rule.indicator, rule: c.rule.id, order: c.order, start: m.index, end: m.index + m[0].length,
        scope: scopeWords(c, m), period: c.rule.period,
      };
      if (!best || better(claim, best)) best = claim;
    }
  }
  return best;
}

function better(a: Claim, b: Claim): boolean {
  const lengthA = a.end - a.start;
  const lengthB = b.end - b.start;
  return lengthA !== lengthB ? lengthA < lengthB : a.order < b.order;
}

const GROWTH_OF: Record<string, string> = {
  hitech_output: 'hitech_output_growth',
  hitech_value_added: 'hitech_value_added_growth',
};
// Words before a platform's kind that say what was done, not what kind it is.
const PLATFORM_VERBS = /^(?:新增|新建|建成|组建|获批|认定|新认定|引进|建设|打造|创成|成功申报|筹建|获评|创建|培育|累计|现有|拥有|共有|全市|全县|全区|了)+/;
const NEW_OF: Record<string, string> = { hte_total: 'hte_certified' };
const RUNNING_TOTAL_OF: Record<string, string> = {
  hte_certified: 'hte_total',
  hte_applied: 'hte_total',
  hte_total: 'hte_total',
  tsme: 'tsme',
  platforms: 'platforms',
  innovative_enterprises: 'innovative_enterprises',
};

/** What the extractor saw at one figure: who claimed it, and how every frame scored it (for eval --explain). */
export interface FigureTrace {
  start: number;
  end: number;
  figure: string;
  claimedBy?: { rule: string; indicator: string };
  words: FigureWords;
  candidates: Candidate[];
}

export function extractRows(clean: CleanReport, reportId: string, reportPeriod: Period, trace?: FigureTrace[]): IndicatorRow[] {
  const text = toSimplified(clean.text);
  const figures = findFigures(text);
  const skel = skeleton(text, figures);
  const indexOfFigure = new Map(figures.map((f, i) => [f.start, i]));
  const claims: (Claim | undefined)[] = new Array(figures.length);
  const fallbacks: (Claim | undefined)[] = new Array(figures.length);
  const sentences = sentenceSpans(skel);
  const sentenceOf = (at: number): Span => {
    let low = 0;
    let high = sentences.length - 1;
    while (low <= high) {
      const mid = (low + high) >> 1;
      const s = sentences[mid]!;
      if (at < s.start) high = mid - 1;
      else if (at >= s.end) low = mid + 1;
      else return s;
    }
    return { start: 0, end: text.length };
  };

  const sentenceTexts = new Map<Span, string>();
  const sentenceText = (sentence: Span) => {
    let words = sentenceTexts.get(sentence);
    if (words === undefined) sentenceTexts.set(sentence, (words = text.slice(sentence.start, sentence.end)));
    return words;
  };
  // The words of every group, read once; each figure's words, read when first asked for.
  const wordIndex = findWords(skel);
  const around: (ReturnType<typeof figureWords> | undefined)[] = new Array(figures.length);
  const wordsAround = (i: number) => (around[i] ??= figureWords(skel, sentenceOf(figures[i]!.start), figures, i, wordIndex));
  // Frames first: a figure whose own clause names both its thing and what was done to it is read
  // from those words, in whatever order they stand.
  const framed: boolean[] = new Array(figures.length).fill(false);
  figures.forEach((_, i) => {
    const claim = claimByFrame(text, wordsAround(i), figures, i, true);
    if (claim) {
      claims[i] = claim;
      framed[i] = true;
    }
  });
  for (const c of COMPILED) {
    c.pattern.lastIndex = 0;
    for (const m of skel.matchAll(c.pattern)) {
      const at = figureAt(c, m);
      const i = indexOfFigure.get(at);
      if (i === undefined || framed[i]) continue;
      const figure = figures[i]!;
      if (!accepts(c.rule, figure)) continue;
      if (c.when || c.unless) {
        const words = sentenceText(sentenceOf(at));
        if (c.when && !c.when.test(words)) continue;
        if (c.unless && c.unless.test(words)) continue;
      }
      if (c.unlessNear) {
        const sentence = sentenceOf(at);
        const near = text.slice(Math.min(m.index, clauseStart(text, at, sentence.start)), clauseEnd(text, figure.end, sentence.end));
        if (c.unlessNear.test(near)) continue;
      }
      const claim: Claim = {
        indicator: c.rule.indicator, rule: c.rule.id, order: c.order, start: m.index, end: m.index + m[0].length,
        scope: scopeWords(c, m), period: c.rule.period,
      };
      const into = c.rule.fallback ? fallbacks : claims;
      const existing = into[i];
      if (!existing || better(claim, existing)) into[i] = claim;
    }
  }

  const figuresBySentence = new Map<Span, { f: Figure; i: number }[]>();
  figures.forEach((f, i) => {
    const sentence = sentenceOf(f.start);
    const list = figuresBySentence.get(sentence);
    if (list) list.push({ f, i });
    else figuresBySentence.set(sentence, [{ f, i }]);
  });
  for (const [sentence, inSentence] of figuresBySentence) linkSentence(text, skel, sentence, inSentence, figures, claims);
  linkParts(text, skel, figures, claims);
  // Frames read what no rule and no link claimed: the words around a figure, in any order; then the
  // items of lists they open take their indicator.
  figures.forEach((_, i) => {
    if (claims[i]) return;
    const claim = claimByFrame(text, wordsAround(i), figures, i);
    if (claim) claims[i] = claim;
  });
  linkParts(text, skel, figures, claims);
  // Rules of last resort claim what neither a rule nor a link did.
  fallbacks.forEach((claim, i) => {
    if (!claims[i]) claims[i] = claim;
  });

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
  const seen = new Set<string>();
  const periods: (Period | undefined)[] = new Array(figures.length);
  figures.forEach((figure, i) => {
    const claim = claims[i];
    if (!claim) return;
    const indicator = indicatorById(claim.indicator)!;
    const sentence = sentenceOf(figure.start);
    const clauseFrom = clauseStart(text, Math.min(claim.start, figure.start), sentence.start);
    const lineStart = paragraphStart(text, sentence.start);
    // a part of a running total is a running total too
    const whole = claim.partOf !== undefined && claim.indicator === claims[claim.partOf]?.indicator ? periods[claim.partOf] : undefined;
    const period =
      claim.period ??
      (whole === 'CUM' ? whole : undefined) ??
      periodOf({
        sentence: text.slice(sentence.start, sentence.end),
        at: figure.start - sentence.start,
        clause: text.slice(clauseFrom, figure.start),
        after: text.slice(figure.end, clauseEnd(text, figure.end, sentence.end)),
        paragraph: text.slice(lineStart, sentence.start),
        unit: figure.unit,
        fallback: reportPeriod,
        stock: STOCKS.has(indicator.id),
      });
    periods[i] = period;
    const status = statusOf(
      text.slice(sentence.start, figure.start),
      text.slice(figure.end, clauseEnd(text, figure.end, sentence.end)),
    );
    let start = Math.min(claim.start, figure.start);
    const end = Math.max(claim.end, figure.end);
    while (start < figure.start && /[(,、:;。\s]/.test(clean.text[start]!)) start++;
    const value = valueIn(figure, indicator.unit);
    const scope = indicator.id === 'platforms' ? claim.scope.replace(PLATFORM_VERBS, '')
      : claim.rule === 'link.part' ? claim.scope : scopeOf(claim.scope);
    // "市级重点实验室、工程技术中心各5家": each thing listed before 各 has the figure
    const scopes = eachOf(text, figure, sentence.start) ?? [scope];
    for (const each of scopes) {
      // A masked figure hides its value: two of them are one row only where the words, and the place of
      // the figure in them, are the same too.
      const key = [indicator.id, value ?? `masked:${clean.text.slice(start, end)}:${figure.start - start}`, period, status, each].join('|');
      if (seen.has(key)) continue;
      seen.add(key);
      rows.push({
        report_id: reportId,
        indicator: indicator.id,
        value,
        unit: indicator.unit,
        period,
        status,
        approx: figure.approx,
        masked: figure.masked,
        scope: each,
        quote: clean.text.slice(start, end),
        start,
        end,
        rule: claim.rule,
      });
    }
  });
  return rows;
}

/** The things listed before "各" in the figure's clause ("A、B各5家" → A, B), or undefined where there is no such list. */
function eachOf(text: string, figure: Figure, floor: number): string[] | undefined {
  if (text[figure.start - 1] !== '各') return undefined;
  const from = clauseStart(text, figure.start, floor);
  const names = text.slice(from, figure.start - 1).replace(/^(其中|分别)/, '').split(/[、和及与]/).filter((name) => name !== '');
  return names.length >= 2 && names.length <= MAX_LISTED && names.every((name) => name.length <= MAX_NAME) ? names : undefined;
}

/** The words a frame reads around figure i: its own clause before and after it, and the sentence before. */
export function figureWords(text: string, sentence: Span, figures: Figure[], i: number, index?: WordFound[]): FigureWords & { beforeStart: number } {
  const f = figures[i]!;
  const previous = i > 0 ? figures[i - 1]! : undefined;
  const next = figures[i + 1];
  let beforeStart = clauseStart(text, f.start, sentence.start);
  if (previous && previous.end > beforeStart) beforeStart = previous.end;
  let afterEnd = f.end;
  const afterLimit = Math.min(sentence.end, f.end + MAX_AFTER, next ? next.start : Infinity);
  while (afterEnd < afterLimit && !AFTER_END_MARKS.has(text.charCodeAt(afterEnd))) afterEnd++;
  // the lead runs back over ; to the statement's start: "其中申报…;省火炬计划7项,星火计划3项"
  let leadStart = beforeStart;
  while (leadStart > 0 && beforeStart - leadStart < MAX_LEAD && !STATEMENT_MARKS.has(text.charCodeAt(leadStart - 1))) leadStart--;
  let after = text.slice(f.end, afterEnd);
  let afterWords = index && wordsWithin(index, f.end, afterEnd);
  // "两项省级项目和一项市级项目已经获得立项": figures joined by 和 share what is said after the last
  if (next && afterEnd === next.start && /[和及与]$/.test(after)) {
    let sharedEnd = next.end;
    const sharedLimit = Math.min(sentence.end, next.end + MAX_AFTER);
    while (sharedEnd < sharedLimit && !AFTER_END_MARKS.has(text.charCodeAt(sharedEnd))) sharedEnd++;
    const gap = next.end - f.end;
    afterWords = afterWords && [
      ...afterWords,
      ...wordsWithin(index!, next.end, sharedEnd).map((w) => ({ ...w, index: w.index + gap })),
    ];
    after = after + text.slice(next.start, next.end) + text.slice(next.end, sharedEnd);
  }
  return {
    before: text.slice(beforeStart, f.start),
    after,
    lead: text.slice(leadStart, beforeStart),
    beforeStart,
    found: index && {
      before: wordsWithin(index, beforeStart, f.start),
      after: afterWords!,
      lead: wordsWithin(index, leadStart, beforeStart),
    },
  };
}

/** The words of a text's index that lie within [from, to), their index counted from `from`. */
function wordsWithin(index: WordFound[], from: number, to: number): WordFound[] {
  let low = 0;
  let high = index.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (index[mid]!.index < from) low = mid + 1;
    else high = mid;
  }
  const found: WordFound[] = [];
  for (let k = low; k < index.length && index[k]!.index + index[k]!.word.length <= to; k++) {
    found.push({ ...index[k]!, index: index[k]!.index - from });
  }
  return found;
}

function claimByFrame(
  text: string,
  words: FigureWords & { beforeStart: number },
  figures: Figure[],
  i: number,
  onlyOwnClause = false,
): Claim | undefined {
  const f = figures[i]!;
  const chosen = chooseFrame(words, f.unit);
  if (!chosen) return undefined;
  if (onlyOwnClause && !ownClauseReading(chosen)) return undefined;
  // a count is whole: "万家法人企业中高新技术企业数15.09家" is a ratio
  if (f.value !== null && f.value.includes('.') && !MONEY_EXPONENT.hasOwnProperty(f.unit) && f.unit !== '%') return undefined;
  const at = (w: WordUsed) => (w.where === 'after' ? f.end + w.distance : f.start - w.distance - w.word.length);
  const used = [chosen.thing, chosen.act].filter((w): w is WordUsed => w !== undefined);
  const start = Math.min(f.start, ...used.map(at));
  const end = Math.max(f.end, ...used.map((w) => at(w) + w.word.length));
  return {
    indicator: chosen.frame.indicator,
    rule: `frame.${chosen.frame.id}`,
    order: COMPILED.length,
    start,
    end,
    scope: frameScope(chosen, text, words, at),
    period: chosen.frame.period ?? (chosen.act?.groups.includes('stock') && !/元|%/.test(f.unit) ? 'CUM' : undefined),
  };
}

/** Whether a frame read the figure from its own clause alone: its thing, and its act where it has one. */
function ownClauseReading(c: Candidate): boolean {
  if (c.thing?.where === 'lead') return false;
  if (c.frame.act) return c.act !== undefined && c.act.where !== 'lead';
  return true;
}

// Indicators that count what stands (a figure "so far" is how many there are), not what was done.
const STOCKS = new Set(['platforms', 'tsme', 'innovative_enterprises', 'hte_reserve', 'hte_total']);

const GENERIC_PLATFORM = /^(平台|创新平台|科技创新平台|科技平台)$/;

/**
 * The part a frame's figure is of: the words that qualify its thing in the figure's own clause (a
 * level, a programme, a kind of patent), read by the same scope reader as the rules; for a
 * platform, its kind.
 */
function frameScope(chosen: Candidate, text: string, words: FigureWords & { beforeStart: number }, at: (w: WordUsed) => number): string {
  const thing = chosen.thing!;
  const thingAt = at(thing);
  if (thing.where === 'lead') return '';
  // the qualifier runs from the act (or the clause start) to the thing: "通过国家火炬计划高新技术企业认定"
  const act = chosen.act && chosen.act.where === thing.where && at(chosen.act) < thingAt ? chosen.act : undefined;
  const from = act ? at(act) + act.word.length : thing.where === 'before' ? words.beforeStart : thingAt;
  const qualifier = text.slice(from, thingAt).replace(/^.*(?:[\uE000\uE001]|等)/, '');
  if (chosen.frame.indicator === 'platforms') {
    const kind = qualifier + thing.word;
    // "高能级创新平台" is a kind; "805个创新平台", "全市创新平台" are all of them
    const bare = qualifier.replace(/^[了的“”"]+/, '').replace(/(全|我|本)(市|县|区|州)|各类|各级|科技/g, '');
    return GENERIC_PLATFORM.test(thing.word) && bare === '' ? '' : kind.replace(/^[了的“”"]+/, '');
  }
  const indicator = chosen.frame.indicator;
  // a programme or kind named by the thing itself: 星火计划, 发明专利, 三区人才
  if (thing.groups.includes('partThing')) return (partOf(qualifier, indicator) ? qualifier : '') + thing.word;
  // how a count of 高新技术企业 was come by: 复审, 重新认定 (净增 only beside a 新增 figure)
  if (indicator === 'hte_certified' && chosen.act) {
    if (/复审|复评|重新认定/.test(chosen.act.word)) return chosen.act.word;
    if (chosen.act.word === '净增' && /新增/.test(words.lead + words.before + words.after)) return '净增';
  }
  // a level the thing's own word carries: 国家科技型中小企业 (the nation's is the whole for 高新技术企业)
  const level = /^(国家级?|省级?|市级?)/.exec(thing.word)?.[0];
  if (level && !indicator.startsWith('hte_')) return level;
  return partOf(qualifier, indicator);
}

/** Claims that come from how figures of one sentence stand together rather than from a rule. */
function linkSentence(
  text: string,
  skel: string,
  sentence: Span,
  inSentence: { f: Figure; i: number }[],
  figures: Figure[],
  claims: (Claim | undefined)[],
) {
  /** The claimed figures of the sentence before `at`, nearest first, at most `count`. */
  const claimedBefore = (at: number, count: number) => {
    const found: { i: number; claim: Claim }[] = [];
    for (let k = inSentence.length - 1; k >= 0 && found.length < count; k--) {
      const { f, i } = inSentence[k]!;
      if (f.start < at && claims[i]) found.push({ i, claim: claims[i]! });
    }
    return found;
  };

  // 分别: "高新技术产值、增加值同比分别增长19%和18%", "专利申请量、授权量分别达到16173件、9882件".
  for (const m of skel.slice(sentence.start, sentence.end).matchAll(/分别/g)) {
    const at = sentence.start + m.index;
    const listed: { f: Figure; i: number }[] = [];
    let cursor = at + 2;
    const first = inSentence.findIndex(({ f }) => f.start >= cursor);
    for (const entry of first < 0 ? [] : inSentence.slice(first, first + MAX_LISTED)) {
      const between = skel.slice(cursor, entry.f.start);
      const allowed = listed.length === 0 ? /^(为|是|达到|达|增长|增加|增速为?|占|完成|实现)?$/ : /^(、|和|及|与|,)$/;
      if (!allowed.test(between)) break;
      listed.push(entry);
      cursor = entry.f.end;
    }
    if (listed.length < 2) continue;
    const clauseFrom = clauseStart(text, at, sentence.start);
    const isGrowth = listed.every(({ f }) => f.unit === '%') && /增/.test(skel.slice(at, listed[0]!.f.start + 1) + text.slice(clauseFrom, at));
    const items = text.slice(clauseFrom, at).replace(/^(其中|全市|全县|全区|我市|我县|我区)/, '').replace(/(同比|比上年|较上年)$/, '');
    const names = items.split(/[、和及与]/).filter((s) => s.length > 0);
    if (names.some((name) => name.length > MAX_NAME)) continue; // a list of names, not of clauses
    const quote = { start: clauseFrom, end: listed[listed.length - 1]!.f.end };
    if (isGrowth && names.length < listed.length) {
      // The items are the figures stated before, in the same sentence.
      const earlier = claimedBefore(at, listed.length).filter(({ claim }) => GROWTH_OF[claim.indicator]).reverse();
      if (earlier.length !== listed.length) continue;
      listed.forEach(({ i }, k) => {
        const of = earlier[k]!.claim;
        claims[i] = { ...of, indicator: GROWTH_OF[of.indicator]!, rule: 'link.respectively_growth', ...quote, period: undefined };
      });
      continue;
    }
    if (names.length === 1 && !isGrowth) {
      // One head for every figure: "立项资金分别为**万元、**万元".
      const claim = classifyPhrase(toSimplified(names[0]!), listed[0]!.f);
      if (claim && listed.every(({ f }) => f.unit === listed[0]!.f.unit)) {
        for (const { i } of listed) claims[i] = { ...claim, rule: `link.respectively(${claim.rule})`, ...quote };
      }
      continue;
    }
    if (names.length < listed.length) continue;
    const chosen = names.slice(-listed.length);
    listed.forEach(({ f, i }, k) => {
      let claim: Claim | undefined;
      const name = chosen[k]!;
      const asMoney = { ...f, unit: isGrowth ? '亿元' : f.unit };
      // "专利申请量、授权量": 授权量 stands for 专利授权量; "高新技术产值、增加值": for 高新技术增加值.
      const head = chosen[0]!;
      const phrases = [name, head.slice(0, Math.max(0, head.length - name.length)) + name];
      for (let cut = 1; cut < head.length; cut++) phrases.push(head.slice(0, head.length - cut) + name);
      for (const phrase of phrases) {
        claim = classifyPhrase(toSimplified(phrase), asMoney);
        if (claim) break;
      }
      if (!claim) return;
      const indicator = isGrowth ? GROWTH_OF[claim.indicator] : claim.indicator;
      if (!indicator) return;
      claims[i] = { ...claim, indicator, rule: `link.respectively(${claim.rule})`, ...quote };
    });
  }

  // Growth after a figure: "实现高新技术产值349亿元,同比增长19%".
  for (const { f, i } of inSentence) {
    if (claims[i] || f.unit !== '%') continue;
    const lead = skel.slice(Math.max(sentence.start, f.start - 8), f.start);
    if (!/(增长|增速|增幅|增加|提高)[为了达到]*$/.test(lead)) continue;
    const previous = claimedBefore(f.start, 1)[0];
    const growth = previous && GROWTH_OF[previous.claim.indicator];
    if (!growth) continue;
    const between = inSentence.filter(({ f: other }) => other.start > figures[previous.i]!.start && other.start < f.start);
    if (between.some(({ f: other }) => other.unit === '%')) continue; // "所占比重29.5%增长了12.4%" is the share's growth
    const from = clauseStart(text, f.start, sentence.start);
    claims[i] = { ...previous.claim, indicator: growth, rule: 'link.growth', start: from, end: f.end, period: undefined };
  }

  // A running total after a new count: "新增高新技术企业28家,总数达132家".
  for (const { f, i } of inSentence) {
    if (claims[i]) continue;
    const lead = skel.slice(Math.max(sentence.start, f.start - 6), f.start);
    if (!/(总数|总量|累计|共计)(达到|达|为|突破|超过)?$/.test(lead)) continue;
    const previous = claimedBefore(f.start, 1)[0];
    const total = previous && RUNNING_TOTAL_OF[previous.claim.indicator];
    if (!total) continue;
    const from = clauseStart(text, f.start, sentence.start);
    claims[i] = { ...previous.claim, indicator: total, rule: 'link.running_total', start: from, end: f.end, period: 'CUM' };
  }
}

/**
 * Parts after 其中 ("共9项。其中国家级1项:…;省级5项:…;市级3项") and parallel parts ("申报省级项目*项,
 * 市级项目*项"): a short clause that is only a name and a figure takes the indicator of the figure
 * before it, with the name as scope. Runs over a statement (to 。), or on from the statement before
 * when this one opens with 其中.
 */
function linkParts(text: string, skel: string, figures: Figure[], claims: (Claim | undefined)[]) {
  let anchor: { f: Figure; i: number; claim: Claim; from: number } | undefined;
  let statementStart = 0;
  let previousEnd = 0;
  let scanned = 0; // the text before this offset has been searched for statement ends
  let start = 0;
  figures.forEach((f, i) => {
    for (; scanned < f.start; scanned++) {
      const c = text.charCodeAt(scanned);
      if (c === 0x3002 || c === 0x0a) start = scanned + 1; // 。 or a line break
    }
    if (start !== statementStart) {
      statementStart = start;
      previousEnd = start;
      if (!/^[^\uE000]{0,2}其中/.test(skel.slice(start, f.start))) anchor = undefined;
    }
    const claim = claims[i];
    const from = Math.max(clauseStart(text, f.start, statementStart), previousEnd);
    previousEnd = f.end;
    if (claim && claim.rule !== 'link.part') {
      anchor = { f, i, claim, from: Math.min(from, claim.start) };
      return;
    }
    if (!anchor || claim) return;
    if (f.start - anchor.f.end > 150) return; // parts stand close to what they are parts of
    const lead = text.slice(from, f.start).replace(/^[、,;:()]+/, '');
    const afterFigure = /^[^,;。!?\n、\uE000]*/.exec(skel.slice(f.end, f.end + 40))![0];
    if (lead.length > 14 || (afterFigure.length > 4 && !/^[(:]/.test(afterFigure))) return;
    const breakdown = skel.slice(anchor.from, f.start).includes('其中');
    const parallel = anchor.claim.scope !== '' && /^(其中)?(国家级|国家|省级|省|市级|市|县级|县|区级)/.test(lead);
    // "其中申报…星火计划2项;省火炬计划7项,国际合作1项": the items of a list a statement opens with 其中 or :
    const listed = f.unit === anchor.f.unit && f.start - anchor.f.end <= 20 && /其中|:/.test(skel.slice(statementStart, anchor.f.start));
    if (!breakdown && !parallel && !listed) return;
    if (!unitFits(anchor.claim.indicator, f.unit)) return;
    // "…众创空间1个,高新技术企业5家": a part that names a thing of another indicator is not a part
    const named = indicatorsNamedBy(lead);
    if (named.size > 0 && !named.has(anchor.claim.indicator) && !named.has(NEW_OF[anchor.claim.indicator] ?? '')) return;
    const scope = lead.replace(/^(其中)?[:]*/, '').replace(/[:为有达共]+$/, '') || '其中';
    // "共有高新技术企业28家,其中今年新认定6家": the new ones of a total are newly certified, not a part of the stock
    const indicator = NEW_OF[anchor.claim.indicator] && /新增|新认定|净增/.test(lead) ? NEW_OF[anchor.claim.indicator]! : anchor.claim.indicator;
    claims[i] = {
      ...anchor.claim, indicator, rule: 'link.part', start: from + (text.slice(from, f.start).length - lead.length), end: f.end,
      scope: indicator === anchor.claim.indicator ? scope : '', period: undefined, partOf: anchor.i,
    };
    anchor = { ...anchor, f };
  });
}

/** The indicators whose frames have a thing named in these words (企业 alone names none). */
function indicatorsNamedBy(words: string): Set<string> {
  const named = new Set<string>();
  for (const w of findWords(words)) {
    for (const frame of FRAMES) if (w.groups.some((g) => g !== 'enterprise' && frame.thing.includes(g))) named.add(frame.indicator);
  }
  return named;
}

/** The words of a match's scope groups (scope, scope2, … joined in that order). */
function scopeWords(c: CompiledRule, m: RegExpExecArray | RegExpMatchArray): string {
  let words = '';
  for (const name of c.scopeGroups) words += m.groups?.[name] ?? '';
  return words;
}

/** Where the figure a match read starts (the F group of the alternative that matched). */
function figureAt(c: CompiledRule, m: RegExpExecArray | RegExpMatchArray): number {
  const first = m[0].indexOf(FIGURE_MARK);
  if (first < 0) return -1;
  if (m[0].indexOf(FIGURE_MARK, first + 1) < 0) return m.index! + first;
  // the match crosses other figures (a ~~~ gap): ask the engine which one is F
  c.located.lastIndex = m.index!;
  const located = c.located.exec(m.input!);
  const groups = located?.indices?.groups;
  for (const name of c.figureGroups) {
    const span = groups?.[name];
    if (span) return span[0];
  }
  return -1;
}
