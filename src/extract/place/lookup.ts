// Places a person names: a manifest's "杭州市临安区", "襄樊", and the type-ahead the review screen
// sets a report's city with. Pure TypeScript.
import { cutRelated, normaliseText } from '../normalise.ts';
import { allNames, allUnits, type Place, prefectureOf, toPlace, type Unit } from './gazetteer.ts';
import { scan } from './mentions.ts';

/** A place named by a user (manifest): "杭州市", "临安区", "杭州市临安区", "襄樊". Context resolves shared names. */
export function lookupPlace(name: string, context?: string): Place | undefined {
  const n = normaliseText(name).replace(/\s+/g, '').replace(/(?:科学技术局|科技局|科技和工业信息化局)$/, '');
  if (!n) return undefined;
  const mentions = scan(n, true).filter((m) => m.entries.length);
  if (!mentions.length) return undefined;
  const ctx = context ? scan(cutRelated(normaliseText(context)), false) : [];
  // The most specific mention is the last one; earlier ones (杭州市 in 杭州市临安区) narrow it down.
  const last = mentions[mentions.length - 1]!;
  let candidates = last.entries.map((e) => e.unit);
  for (const m of mentions.slice(0, -1)) {
    const codes = new Set(m.entries.map((e) => e.unit.code));
    const narrowed = candidates.filter((u) => codes.has(prefectureOf(u)?.code ?? '') || codes.has(`${u.prov}0000`));
    if (narrowed.length) candidates = narrowed;
  }
  if (candidates.length > 1) {
    const support = new Map<string, number>();
    for (const m of ctx) {
      if (m.external || m.entries.length !== 1) continue;
      const u = m.entries[0]!.unit;
      for (const k of [prefectureOf(u)?.code, `${u.prov}0000`]) if (k) support.set(k, (support.get(k) ?? 0) + 1);
    }
    const scored = candidates.map((u) => ({ u, s: (support.get(prefectureOf(u)?.code ?? '') ?? 0) * 2 + (support.get(`${u.prov}0000`) ?? 0) }))
      .sort((a, b) => b.s - a.s);
    if (!scored[0] || scored[0].s === 0 || scored[0].s === scored[1]?.s) return undefined;
    candidates = [scored[0].u];
  }
  const u = candidates[0];
  return u ? toPlace(u) : undefined;
}

/**
 * Type-ahead over the gazetteer: cities and county-level units (and the four municipalities) whose
 * name, short name or old name starts with or contains the query, or whose GB/T 2260 code starts
 * with it, then the cities of a province it names; exact names first, then prefixes, then the rest;
 * cities before counties, then by code.
 */
export function searchPlaces(query: string, limit = 10): Place[] {
  const raw = query.normalize('NFKC').replace(/\s+/g, '');
  if (!raw) return [];
  const q = normaliseText(raw);
  const rank = new Map<Unit, number>();
  const provinces = new Set<string>(); // named provinces: their cities follow the matches
  const consider = (u: Unit, r: number): void => {
    if (u.kind === 'province' && !u.municipality) {
      if (r <= 1) provinces.add(u.prov);
      return;
    }
    if (r < (rank.get(u) ?? Infinity)) rank.set(u, r);
  };
  const rankOf = (name: string, needle: string): number => (name === needle ? 0 : name.startsWith(needle) ? 1 : name.includes(needle) ? 2 : -1);
  if (/^\d+$/.test(raw)) {
    for (const u of allUnits()) if (u.code.startsWith(raw)) consider(u, u.code === raw ? 0 : 1);
  } else {
    for (const [key, entries] of allNames()) {
      const r = rankOf(key, q);
      if (r >= 0) for (const e of entries) consider(e.unit, r);
    }
    for (const u of allUnits()) {
      const r = rankOf(u.name, raw);
      if (r >= 0) consider(u, r);
    }
  }
  for (const u of allUnits()) if (u.kind === 'city' && provinces.has(u.prov)) consider(u, 3);
  const kindOrder = (u: Unit): number => (u.kind === 'county' && !u.provinceDirect ? 1 : 0);
  return [...rank]
    .sort(([a, ra], [b, rb]) => ra - rb || kindOrder(a) - kindOrder(b) || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0))
    .slice(0, limit)
    .map(([u]) => toPlace(u));
}
