// Claims by rules: the regular-expression rules of rules/*.ts, run over a report's skeleton, and over
// a phrase where a link asks what it names.
import { better, type Claim } from './claim.ts';
import { FIGURE_FILL, FIGURE_MARK, type Figure } from './figures.ts';
import { compilePattern, type Rule } from './rules/rule.ts';
import { RULES } from './rules/index.ts';
import { clauseEnd, clauseStart, type Span } from './spans.ts';
import { unitFits } from './units.ts';

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

/** The report a rule reads: its text (simplified script), its skeleton, its figures and sentences. */
export interface RuleReading {
  text: string;
  skel: string;
  figures: Figure[];
  sentenceOf: (at: number) => Span;
}

/**
 * Runs every rule over the skeleton and claims, into `claims`, the figures not `skip`ped; returns the
 * claims of the rules of last resort apart, for the figures nothing else will claim.
 */
export function claimByRules(report: RuleReading, skip: boolean[], claims: (Claim | undefined)[]): (Claim | undefined)[] {
  const { text, skel, figures, sentenceOf } = report;
  const indexOfFigure = new Map(figures.map((f, i) => [f.start, i]));
  const fallbacks: (Claim | undefined)[] = new Array(figures.length);
  const sentenceTexts = new Map<Span, string>();
  const sentenceText = (sentence: Span) => {
    let words = sentenceTexts.get(sentence);
    if (words === undefined) sentenceTexts.set(sentence, (words = text.slice(sentence.start, sentence.end)));
    return words;
  };
  for (const c of COMPILED) {
    c.pattern.lastIndex = 0;
    for (const m of skel.matchAll(c.pattern)) {
      const at = figureAt(c, m);
      const i = indexOfFigure.get(at);
      if (i === undefined || skip[i]) continue;
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

  return fallbacks;
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

