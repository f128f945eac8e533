// Claims by rules: the regular-expression rules of rules/*.ts, run over a report's skeleton, and over
// a phrase where a link asks what it names.
import { better, type Claim } from './claim.ts';
import { FIGURE_FILL, FIGURE_MARK, lastFigureFrom, type Figure } from './figures.ts';
import { compilePattern, type Rule } from './rules/rule.ts';
import { RULES } from './rules/index.ts';
import { keywordsOf } from './rules/keywords.ts';
import { staysInSentence } from './rules/sentence-bound.ts';
import { buildTrie, longestWordAt } from './trie.ts';
import { clauseEnd, clauseStart, SENTENCE_MARKS, type Span } from './spans.ts';
import { unitFits } from './units.ts';

interface CompiledRule {
  rule: Rule;
  order: number;
  pattern: RegExp; // global
  inSentence: boolean; // no match can hold a sentence end (see staysInSentence)
  takes: Map<string, boolean>; // the units of the figures it may claim, as they are met
  keywords: string[] | undefined; // one of them stands in every match (rules/keywords.ts)
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
    inSentence: staysInSentence(pattern.source),
    takes: new Map(),
    keywords: keywordsOf(pattern.source),
    located: new RegExp(pattern.source, 'yd'),
    figureGroups: names.filter((name) => /^F\d*$/.test(name)),
    scopeGroups: names.filter((name) => name.startsWith('scope')).sort(),
    when: rule.when ? new RegExp(rule.when) : undefined,
    unless: rule.unless ? new RegExp(rule.unless) : undefined,
    unlessNear: rule.unlessNear ? new RegExp(rule.unlessNear) : undefined,
  };
});

// Every rule's keywords in one trie. The longest keyword at a place holds the shorter ones it starts
// with (专利授权, 专利): it lets their rules run too.
const KEYWORDS = [...new Set(COMPILED.flatMap((c) => c.keywords ?? []))];
const KEYWORD_TRIE = buildTrie(KEYWORDS);
const RULES_OF_KEYWORD = KEYWORDS.map((word) => COMPILED.filter((c) => c.keywords?.some((keyword) => word.startsWith(keyword))).map((c) => c.order));

/** A run of sentences that holds figures still to claim: where it starts, its text, its figures' units. */
interface Run {
  from: number;
  text: string;
  units: string[];
}

/** The report a rule reads: its text (simplified script), its skeleton, its figures and sentences. */
export interface RuleReading {
  text: string;
  skel: string;
  figures: Figure[];
  sentenceOf: (at: number) => Span; // the sentence of the skeleton that holds a place (sentenceSpans), a long one cut
}

/**
 * Runs every rule over the skeleton and claims, into `claims`, the figures not `skip`ped; returns the
 * claims of the rules of last resort apart, for the figures nothing else will claim.
 */
export function claimByRules(report: RuleReading, skip: boolean[], claims: (Claim | undefined)[]): (Claim | undefined)[] {
  const { text, skel, figures, sentenceOf } = report;
  const fallbacks: (Claim | undefined)[] = new Array(figures.length);
  const sentenceTexts = new Map<Span, string>();
  const sentenceText = (sentence: Span) => {
    let words = sentenceTexts.get(sentence);
    if (words === undefined) sentenceTexts.set(sentence, (words = text.slice(sentence.start, sentence.end)));
    return words;
  };
  // A rule that stays within a sentence reads only the sentences that hold a figure still to claim.
  // Of those, it reads only the runs where one of its keywords stands.
  const open = runsByRule(skel, openSentences(skel, figures, skip, sentenceOf));
  const whole = [{ from: 0, text: skel, units: [] as string[] }];
  for (const c of COMPILED) {
    for (const { from, text: part, units } of c.inSentence ? open[c.order]! : whole) {
      // no figure of the run is one this rule may claim
      if (c.inSentence && !takesAny(c, units)) continue;
      c.pattern.lastIndex = 0;
      for (let m = c.pattern.exec(part); m; m = c.pattern.exec(part)) {
        if (m[0] === '') c.pattern.lastIndex++;
        const at = from + figureAt(c, m);
        const i = figureStartingAt(figures, at);
        if (i === undefined || skip[i]) continue;
        const figure = figures[i]!;
        if (!accepts(c.rule, figure)) continue;
        if (c.when || c.unless) {
          const words = sentenceText(sentenceOf(at));
          if (c.when && !c.when.test(words)) continue;
          if (c.unless && c.unless.test(words)) continue;
        }
        const start = from + m.index;
        if (c.unlessNear) {
          const sentence = sentenceOf(at);
          const near = text.slice(Math.min(start, clauseStart(text, at, sentence.start)), clauseEnd(text, figure.end, sentence.end));
          if (c.unlessNear.test(near)) continue;
        }
        const claim: Claim = {
          indicator: c.rule.indicator, rule: c.rule.id, order: c.order, start, end: start + m[0].length,
          scope: scopeWords(c, m), period: c.rule.period,
        };
        const into = c.rule.fallback ? fallbacks : claims;
        const existing = into[i];
        if (!existing || better(claim, existing)) into[i] = claim;
      }
    }
  }

  return fallbacks;
}

/**
 * The runs of sentences (between 。 ! ? ; and line breaks) that hold a figure not skipped, each with
 * its text and the units of those figures. A rule none of whose matches can hold a sentence end finds
 * the same matches in them as in the whole text: its matches in one sentence never depend on where a
 * match in another ended.
 */
function openSentences(skel: string, figures: Figure[], skip: boolean[], sentenceOf: (at: number) => Span): Run[] {
  const runs: { from: number; to: number; units: string[] }[] = [];
  figures.forEach((f, i) => {
    if (skip[i]) return;
    const last = runs[runs.length - 1];
    if (last && f.start < last.to) {
      if (!last.units.includes(f.unit)) last.units.push(f.unit);
      return;
    }
    // (the figure's sentence, read on past its ends only where it was cut short of a sentence end)
    const floor = last?.to ?? 0;
    const sentence = sentenceOf(f.start);
    let from = Math.max(floor, Math.min(sentence.start, f.start));
    while (from > floor && !SENTENCE_MARKS.has(skel.charCodeAt(from - 1))) from--;
    let to = sentence.end > f.end && SENTENCE_MARKS.has(skel.charCodeAt(sentence.end - 1)) ? sentence.end - 1 : f.end;
    while (to < skel.length && !SENTENCE_MARKS.has(skel.charCodeAt(to))) to++;
    if (last && from <= last.to + 1) {
      last.to = to;
      if (!last.units.includes(f.unit)) last.units.push(f.unit);
    } else runs.push({ from, to, units: [f.unit] });
  });
  return runs.map(({ from, to, units }) => ({ from, text: skel.slice(from, to), units }));
}

/** For each rule (by its order), the runs where one of its keywords stands, in text order; all of them for a rule without keywords. */
function runsByRule(skel: string, runs: Run[]): Run[][] {
  const byRule = COMPILED.map((c) => (c.keywords ? [] : runs.slice()));
  const lastRun = byRule.map(() => -1); // the run a rule was last given
  runs.forEach((run, r) => {
    for (let at = run.from, to = run.from + run.text.length; at < to; at++) {
      const word = longestWordAt(KEYWORD_TRIE, skel, at, to);
      if (word < 0) continue;
      for (const order of RULES_OF_KEYWORD[word]!) {
        if (lastRun[order] === r) continue;
        lastRun[order] = r;
        byRule[order]!.push(run);
      }
    }
  });
  return byRule;
}

/** Whether a rule takes a figure stated in any of these units (accepts, remembered per unit). */
function takesAny(c: CompiledRule, units: readonly string[]): boolean {
  for (const unit of units) {
    let takes = c.takes.get(unit);
    if (takes === undefined) c.takes.set(unit, (takes = unitFits(c.rule.indicator, unit) || (c.rule.units ?? []).includes(unit)));
    if (takes) return true;
  }
  return false;
}

/** Whether a rule takes a figure stated in its unit. */
export function accepts(rule: Rule, figure: Figure): boolean {
  return unitFits(rule.indicator, figure.unit) || (rule.units ?? []).includes(figure.unit);
}

// The same phrases come back in report after report (专利申请量, 授权量 …): their reading is kept.
const classified = new Map<string, Claim | undefined>();

/** Runs every rule over a phrase that ends in a figure of the given unit; the best claim wins. */
export function classifyPhrase(phrase: string, figure: Figure): Claim | undefined {
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
    if ((c.when && !c.when.test(phrase)) || c.unless?.test(phrase) || c.unlessNear?.test(phrase)) continue;
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

/** The words of a match's scope groups (scope, scope2, … joined in that order). */
function scopeWords(c: CompiledRule, m: RegExpExecArray | RegExpMatchArray): string {
  let words = '';
  for (const name of c.scopeGroups) words += m.groups?.[name] ?? '';
  return words;
}

/** The index of the figure that starts at `at`, if one does (the last, if several do): figures are in text order. */
function figureStartingAt(figures: readonly Figure[], at: number): number | undefined {
  const last = lastFigureFrom(figures, at);
  return last >= 0 && figures[last]!.start === at ? last : undefined;
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

