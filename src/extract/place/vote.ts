// Voting: every mention of a place votes for its prefecture-level city, weighted by what kind of
// mention it is (the bureau's own name and the title count most; a city merely visited or a partner
// does not vote; an institution's name hardly). Districts and counties vote for their city. Names
// that several units share (朝阳区) and bare short names of counties (瑞安, 鼎城) count only when the
// text also names their city or province. Pure TypeScript.
import { type Entry, prefectureOf, type Unit } from './gazetteer.ts';
import type { Mention } from './mentions.ts';
import { countyType, type SelfType } from './self.ts';

const BASE: Record<Entry['how'], number> = { full: 2, short: 1, old: 2 };

export interface Vote { unit: Unit; weight: number; mention: Mention }

function weightOf(m: Mention, e: Entry): number {
  let w = BASE[e.how];
  if (e.unit.kind === 'city' && e.how === 'short') w = 1.5;
  if (m.bureau) w *= 3;
  if (m.inTitle) w *= 3;
  if (m.org) w *= 0.15;
  if (m.firm) w *= 0.7;
  return w;
}

function isWeak(m: Mention, e: Entry): boolean {
  if (e.unit.kind !== 'county' || e.unit.provinceDirect) return false;
  if (e.how === 'short') return true;
  if (e.how === 'full' && [...e.unit.name].length <= 2) return true; // 和县, 息县: too easily part of a phrase
  if (e.how === 'full' && /城市$/.test(e.unit.name)) return true; // 海城市 in 沿海城市
  void m;
  return false;
}

export interface Tally {
  votes: Vote[];
  prefScore: Map<string, number>;
  provScore: Map<string, number>;
}

/** The votes of a report's mentions, and their sums by prefecture-level city and by province. */
export function tally(mentions: Mention[], self: SelfType, context: Mention[] = []): Tally {
  // Support from clear mentions: unambiguous, not weak, not external.
  const prefSupport = new Map<string, number>();
  const provSupport = new Map<string, number>();
  const add = (m: Map<string, number>, k: string, w: number): void => { m.set(k, (m.get(k) ?? 0) + w); };
  const clear = (m: Mention): Entry | undefined => (m.entries.length === 1 && !m.external && !isWeak(m, m.entries[0]!) ? m.entries[0] : undefined);
  for (const m of [...mentions, ...context]) {
    const e = clear(m);
    if (!e) continue;
    const w = weightOf(m, e);
    const pref = prefectureOf(e.unit);
    if (pref) add(prefSupport, pref.code, w);
    add(provSupport, e.unit.prov, w);
  }
  // A province named anywhere, even as a partner ("与浙江大学合作"), makes its counties' bare names
  // credible: reports name their own province's institutions far more than others'.
  const provLoose = new Map<string, number>();
  for (const m of [...mentions, ...context]) {
    if (m.entries.length !== 1 || isWeak(m, m.entries[0]!)) continue;
    add(provLoose, m.entries[0]!.unit.prov, 1);
  }
  // Same-city support among the weak ones: two different counties of one city confirm each other.
  const weakByPref = new Map<string, Set<string>>();
  for (const m of mentions) {
    if (m.external || m.entries.length !== 1) continue;
    const e = m.entries[0]!;
    if (!isWeak(m, e)) continue;
    const pref = prefectureOf(e.unit);
    if (pref) weakByPref.set(pref.code, (weakByPref.get(pref.code) ?? new Set()).add(e.unit.code));
  }

  // A county-level unit named as a partner ("会同庐山区…", "与XX县合作") is usually one of the
  // report's own city's: it still votes, at a lower weight. A city or province so named does not.
  const countyLevel = (e: Entry): boolean => e.unit.kind === 'county' && !e.unit.provinceDirect;
  const votes: Vote[] = [];
  const unconfirmed: { m: Mention; e: Entry }[] = [];
  for (const m of mentions) {
    if (m.external && !m.entries.every(countyLevel)) continue;
    let chosen: Entry | undefined;
    if (m.entries.length === 1) {
      const e = m.entries[0]!;
      if (!isWeak(m, e)) chosen = e;
      else {
        const pref = prefectureOf(e.unit);
        const confirmed = (pref && (prefSupport.get(pref.code) ?? 0) > 0) || (provLoose.get(e.unit.prov) ?? 0) > 0 ||
          (pref && (weakByPref.get(pref.code)?.size ?? 0) >= 2) ||
          (e.how === 'full' && self !== '' && countyType(e.unit) === self);
        if (confirmed) chosen = e;
        else if (!m.external) unconfirmed.push({ m, e });
      }
    } else {
      // Shared names (朝阳区, 襄城): only with their city or province named elsewhere.
      const ok = m.entries.filter((e) => {
        const pref = prefectureOf(e.unit);
        return (pref && pref !== e.unit && (prefSupport.get(pref.code) ?? 0) > 0);
      });
      const okProv = ok.length ? ok : m.entries.filter((e) => (provSupport.get(e.unit.prov) ?? 0) > 0 && e.unit.kind !== 'province');
      if (okProv.length === 1) chosen = okProv[0];
      else if (m.entries.every((e) => e.unit.kind === 'province')) chosen = m.entries[0];
    }
    if (chosen) votes.push({ unit: chosen.unit, weight: weightOf(m, chosen) * (m.external ? 0.4 : 1), mention: m });
  }
  // A county named only as a partner counts only for a city the report names on its own account.
  const ownPrefs = new Set(votes.filter((v) => !v.mention.external).map((v) => prefectureOf(v.unit)?.code));
  for (let i = votes.length - 1; i >= 0; i--) {
    const v = votes[i]!;
    if (v.mention.external && !ownPrefs.has(prefectureOf(v.unit)?.code)) votes.splice(i, 1);
  }
  // Nothing else names a city: a bare county name of the kind the report calls itself (我县 … 嘉善)
  // is taken, if it is the only one and no province named in the text contradicts it.
  if (self && !votes.some((v) => v.unit.kind !== 'province')) {
    const strongProvs = [...provSupport].filter(([, w]) => w >= 1).map(([p]) => p);
    const fit = unconfirmed.filter(({ e }) => countyType(e.unit) === self && (!strongProvs.length || strongProvs.includes(e.unit.prov)));
    if (new Set(fit.map(({ e }) => e.unit.code)).size === 1) {
      for (const { m, e } of fit) votes.push({ unit: e.unit, weight: weightOf(m, e), mention: m });
    }
  }
  const prefScore = new Map<string, number>();
  const provScore = new Map<string, number>();
  for (const v of votes) {
    const pref = prefectureOf(v.unit);
    if (pref) add(prefScore, pref.code, v.weight);
    add(provScore, v.unit.prov, v.weight);
  }
  return { votes, prefScore, provScore };
}

/** The names that voted, for a human: "襄城、襄州×2". */
export function describe(votes: Vote[]): string {
  const counts = new Map<string, number>();
  // Full names as the gazetteer spells them (the text was normalised: 乾县 was matched as 干县).
  const shown = (v: Vote): string => (v.mention.entries.find((e) => e.unit === v.unit)?.how === 'full' ? v.unit.name : v.mention.text);
  for (const v of votes) counts.set(shown(v), (counts.get(shown(v)) ?? 0) + 1);
  return [...counts].map(([t, n]) => (n > 1 ? `${t}×${n}` : t)).join('、');
}
