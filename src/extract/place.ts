// Which city or county a report is about. Pure TypeScript: runs in Node and in the browser.
//
// The report's own place is found by voting: every mention of a province, city or county-level unit
// in the title and text (gazetteer.json, GB/T 2260) votes for its prefecture-level city, weighted by
// what kind of mention it is (the bureau's own name "杭州市科技局" and the title count most; a city
// merely visited, "在北京参加评审", "赴深圳考察", or a partner, "与上海…合作", does not vote at all).
// Districts and counties vote for their city (襄城, 襄州, 枣阳 → 襄阳市). Names that several units
// share (朝阳区) and bare short names of counties (瑞安, 鼎城) count only when the text also names
// their city or province. Whether the bureau is the city's or a county's is read from how the report
// speaks of itself (我县 / 全区 / 市委 …) and from the county names it gives.
import type { Decision } from './contract.ts';
import gazetteer from './gazetteer.json';
import { cutRelated, guessTitle, normaliseText } from './report-year.ts';

export interface Place { city: string; county: string; province: string; admin_code: string; level: 'city' | 'county' | '' }
export interface PlaceGuess extends Place { how: Decision; evidence: string } // evidence: the words that decided it, for a human

// ---------------------------------------------------------------------------------------------
// Gazetteer

type UnitKind = 'province' | 'city' | 'county';
interface Unit {
  code: string; // 6 digits
  name: string;
  kind: UnitKind;
  prov: string; // 2-digit province code
  parent: string; // code of the prefecture-level city (or municipality / province) above; '' for provinces
  municipality: boolean; // 北京, 天津, 上海, 重庆 (province units)
  provinceDirect: boolean; // county-level unit directly under a province (仙桃市, 石河子市)
}
interface Entry { unit: Unit; how: 'full' | 'short' | 'old' }

const MUNICIPALITIES = new Set(['11', '12', '31', '50']);
const units = new Map<string, Unit>();
const index = new Map<string, Entry[]>();
let built = false;

const pending: [string, Entry][] = [];
function addKey(key: string, entry: Entry): void { pending.push([key, entry]); }

function build(): void {
  if (built) return;
  built = true;
  collect();
  // Keys are matched against normalised text, so they are normalised the same way (乾县 → 干县),
  // all in one call: converting thousands of short strings one by one is slow.
  const keys = normaliseText(pending.map(([k]) => k).join('\n')).split('\n');
  pending.forEach(([, entry], i) => {
    const k = keys[i]!;
    const list = index.get(k) ?? [];
    if (!list.some((e) => e.unit === entry.unit)) list.push(entry);
    index.set(k, list);
  });
  pending.length = 0;
}

function collect(): void {
  for (const [code2, name, short] of gazetteer.provinces as string[][]) {
    const u: Unit = { code: `${code2}0000`, name: name!, kind: 'province', prov: code2!, parent: '', municipality: MUNICIPALITIES.has(code2!), provinceDirect: false };
    units.set(u.code, u);
    addKey(u.name, { unit: u, how: 'full' });
    if (short) addKey(short, { unit: u, how: 'short' });
  }
  for (const [code4, name, prov, short] of gazetteer.cities as string[][]) {
    const u: Unit = { code: `${code4}00`, name: name!, kind: 'city', prov: prov!, parent: `${prov}0000`, municipality: false, provinceDirect: false };
    units.set(u.code, u);
    addKey(u.name, { unit: u, how: 'full' });
    if (short) {
      addKey(short, { unit: u, how: 'short' });
      if (/自治州$/.test(u.name)) addKey(`${short}州`, { unit: u, how: 'full' }); // 恩施州, 湘西州
    }
  }
  for (const [code6, name, parent, short] of gazetteer.counties as string[][]) {
    const p = parent!;
    const u: Unit = {
      code: code6!, name: name!, kind: 'county', prov: code6!.slice(0, 2),
      parent: p.length === 4 ? `${p}00` : `${p}0000`, municipality: false,
      provinceDirect: p.length === 2 && !MUNICIPALITIES.has(p),
    };
    units.set(u.code, u);
    addKey(u.name, { unit: u, how: 'full' });
    if (short) addKey(short, { unit: u, how: 'short' });
  }
  for (const [old, code] of gazetteer.oldNames as string[][]) {
    const u = units.get(code!);
    if (u) addKey(old!, { unit: u, how: 'old' });
  }
}

// Everyday two-character words at the edges of short names (see gazetteer.ts): 以上|高新 is not 上高.
let wordBefore: Set<string> | undefined, wordAfter: Set<string> | undefined;
function pairs(packed: string): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i + 1 < packed.length; i += 2) out.add(packed.slice(i, i + 2));
  return out;
}
const ADMIN_CHARS = /[省市州县区盟旗镇乡]/;
const CJK = /[\u4e00-\u9fff]/;
/** A bare short name glued into an everyday word on either side: "以上高新" (上高), "创新平台" (新平). */
function gluedIntoWord(text: string, start: number, end: number): boolean {
  wordBefore ??= pairs(gazetteer.wordBefore);
  wordAfter ??= pairs(gazetteer.wordAfter);
  const b = text[start - 1] ?? '', a = text[end] ?? '';
  if (CJK.test(b) && !ADMIN_CHARS.test(b) && wordBefore.has(b + text[start])) return true;
  if (CJK.test(a) && !ADMIN_CHARS.test(a) && wordAfter.has(text[end - 1] + a)) return true;
  return false;
}

// A trie over the index keys, for longest-match scanning.
interface TrieNode { next: Map<string, TrieNode>; key?: string }
let trie: TrieNode | undefined;
function getTrie(): TrieNode {
  build();
  if (trie) return trie;
  const root: TrieNode = { next: new Map() };
  for (const key of index.keys()) {
    let node = root;
    for (const ch of key) {
      let n = node.next.get(ch);
      if (!n) { n = { next: new Map() }; node.next.set(ch, n); }
      node = n;
    }
    node.key = key;
  }
  trie = root;
  return root;
}

/** The prefecture-level unit a unit belongs to: itself for cities, municipalities and province-direct units. */
function prefectureOf(u: Unit): Unit | undefined {
  if (u.kind === 'province') return u.municipality ? u : undefined;
  if (u.kind === 'city' || u.provinceDirect) return u;
  return units.get(u.parent);
}
function provinceOf(u: Unit): Unit | undefined { return units.get(`${u.prov}0000`); }

function toPlace(u: Unit): Place {
  build();
  const province = provinceOf(u)?.name ?? '';
  if (u.kind === 'province') {
    return u.municipality
      ? { city: u.name, county: '', province, admin_code: u.code, level: 'city' }
      : { city: '', county: '', province, admin_code: '', level: '' };
  }
  if (u.kind === 'city' || u.provinceDirect) return { city: u.name, county: '', province, admin_code: u.code, level: 'city' };
  const pref = prefectureOf(u);
  return { city: pref?.name ?? '', county: u.name, province, admin_code: u.code, level: 'county' };
}

// ---------------------------------------------------------------------------------------------
// Scanning

interface Mention {
  text: string; // as written
  start: number;
  end: number;
  entries: Entry[];
  inTitle: boolean;
  external: boolean; // visited / partner / elsewhere: does not vote
  bureau: boolean; // followed by 科技局 / 市委 / 人民政府 …: the report's own body
  org: boolean; // part of a university's or CAS institute's name
  frame: boolean; // the city above the report's own unit: "温州地区第2", "在温州市科技局的指导下"
}

const EXTERNAL_BEFORE = /(?:赴|到|去|往|前往|在|与|同|联合|携手|来自|对接|对标|借鉴|学习|次于|超过|邀请|参加|援助|援建|帮扶|对口|考察)$/;
const BUREAU_AFTER = /^(?:市|县|区|州|盟|旗)?(?:科学技术局|科技局|科技和工业信息化局|科学技术和工业信息化局|科工局|科工信局|科技委|科委|科学技术委员会|人民政府|政府|委员会|党委|委|科技系统|科技工作)/;
const ORG_AFTER = /^[\u4e00-\u9fff]{0,6}?(?:大学|学院|科学院)/;
const RANK_AFTER = /^(?:市|地区|州)?(?:第[一二三四五六七八九十\d]|前[一二三四五六七八九十\d]|首位|排名|排位|之首)/;
// A bare short name followed by these is a lake, street or township of that name (鄱阳湖, 阜阳乡).
const GEO_AFTER = /^(?:湖|山|江|河|湾|路|街|大道|大街|桥|广场|公园|乡|镇|村|社区)/;

function scan(text: string, inTitle: boolean): Mention[] {
  const root = getTrie();
  const out: Mention[] = [];
  // Code-unit offsets; all gazetteer characters are in the BMP.
  let i = 0;
  while (i < text.length) {
    // most characters begin no place name: step over them without walking the trie
    if (!root.next.has(text[i]!)) {
      i++;
      continue;
    }
    let node: TrieNode | undefined = root;
    let best: string | undefined;
    let j = i;
    while (j < text.length) {
      node = node.next.get(text[j]!);
      if (!node) break;
      j++;
      if (node.key) best = node.key;
    }
    if (!best) { i++; continue; }
    const start = i, end = i + best.length;
    const entries = index.get(best) ?? [];
    const before = text.slice(Math.max(0, start - 4), start);
    const after = text.slice(end, end + 12);
    const shortOnly = entries.every((e) => e.how === 'short');
    const fullCityLike = /市$/.test(best);
    let skip = false;
    if (fullCityLike && after.startsWith('场')) skip = true; // 东方市场, 白银市场
    if (shortOnly && GEO_AFTER.test(after)) skip = true; // 鄱阳湖, 杭州湾, 南京路
    if (shortOnly && entries.some((e) => e.unit.kind !== 'province') && gluedIntoWord(text, start, end)) skip = true;
    if (!skip) {
      const bureau = BUREAU_AFTER.test(after);
      let external = EXTERNAL_BEFORE.test(before);
      // "在杭州市委、市政府的领导下" is the report's own city.
      if (external && /在$/.test(before) && bureau) external = false;
      // An enumeration continues the previous mention's role: "赴深圳、广州、东莞考察".
      // "与上海科技开发交流中心及杨浦科创中心、浦东软件园等机构" too: a short gap with a separator.
      const prev = out[out.length - 1];
      const gap = prev ? text.slice(prev.end, start) : '';
      if (!external && prev?.external && (/^[、,和及与]?$/.test(gap) || (gap.length <= 12 && /[、及和与]$/.test(gap) && !/[,，。;；:：!！?？\n]/.test(gap)))) external = true;
      const org = ORG_AFTER.test(after) || /(?:中科院|中国科学院|中科)$/.test(before);
      // "在温州市科技局的精心指导下": a place named as the one that leads or guides the report's own
      // unit is its superior (a city names itself as 市委, not by name).
      const guidedBy = /在$/.test(before) && /^[^,，。;；]{0,14}?的?(?:正确|坚强|关心|精心|大力|亲切)?(?:领导|指导|支持|关心)/.test(after);
      out.push({ text: best, start, end, entries, inTitle, external, bureau, org, frame: RANK_AFTER.test(after) || guidedBy });
    }
    i = skip ? i + 1 : end;
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// How the report speaks of itself

type SelfType = '省' | '县' | '区' | '市' | '';
function selfType(body: string, title: string): SelfType {
  const count = (re: RegExp, s: string): number => (s.match(re) ?? []).length;
  // A province's report (科技厅) names many cities; it has none of its own.
  const province = count(/我省|本省|全省科技系统|省科技厅(?:党组)?(?:坚持|围绕|认真|深入|全力)/g, body) + (/省(?:科技厅|科学技术厅)/.test(title) ? 20 : 0);
  if (province >= 2 && province > count(/我市|我县|我区|本市|本县|本区/g, body)) return '省';
  let county = count(/我县|全县|本县|县委|县政府|县人民政府|县科技局|县科学技术局|县域|县直|全旗|我旗|旗委/g, body);
  let district = count(/我区|全区|本区|区委|区政府|区人民政府|区科技局|区科学技术局/g, body);
  let city = count(/我市|全市|本市|市委|市政府|市人民政府|市科技局|市科学技术局/g, body);
  // The bureau named in the title decides: "区科学技术局2022年度工作总结", "X县科学技术局…".
  if (/县(?:\([^)]*\))?(?:科技局|科学技术局|科技工作)/.test(title)) county += 20;
  else if (/区(?:\([^)]*\))?(?:科技局|科学技术局|科技工作)/.test(title)) district += 20;
  else if (/市(?:\([^)]*\))?(?:科技局|科学技术局|科技工作)/.test(title)) city += 20;
  // Ranking within a city ("全市第5位", "居全市前列") is a county's or district's way of speaking.
  city -= count(/全市(?:第|前|排名|首位)/g, body);
  const max = Math.max(county, district, city);
  if (max <= 0) return '';
  if (county === max && district < max && city < max) return '县';
  if (district === max && county < max && city < max) return '区';
  if (city === max && county < max && district < max) return '市';
  return '';
}

function countyType(u: Unit): '县' | '区' | '市' {
  if (/(?:县|旗)$/.test(u.name)) return '县';
  if (/市$/.test(u.name)) return '市';
  return '区';
}

// ---------------------------------------------------------------------------------------------
// Voting

const BASE: Record<Entry['how'], number> = { full: 2, short: 1, old: 2 };

interface Vote { unit: Unit; weight: number; mention: Mention }

function weightOf(m: Mention, e: Entry): number {
  let w = BASE[e.how];
  if (e.unit.kind === 'city' && e.how === 'short') w = 1.5;
  if (m.bureau) w *= 3;
  if (m.inTitle) w *= 3;
  if (m.org) w *= 0.15;
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

interface Tally {
  votes: Vote[];
  prefScore: Map<string, number>;
  provScore: Map<string, number>;
}

function tally(mentions: Mention[], self: SelfType, context: Mention[] = []): Tally {
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

function describe(votes: Vote[]): string {
  const counts = new Map<string, number>();
  // Full names as the gazetteer spells them (the text was normalised: 乾县 was matched as 干县).
  const shown = (v: Vote): string => (v.mention.entries.find((e) => e.unit === v.unit)?.how === 'full' ? v.unit.name : v.mention.text);
  for (const v of votes) counts.set(shown(v), (counts.get(shown(v)) ?? 0) + 1);
  return [...counts].map(([t, n]) => (n > 1 ? `${t}×${n}` : t)).join('、');
}

const EMPTY: Place = { city: '', county: '', province: '', admin_code: '', level: '' };

/** The city (and county) a report is about, from its title and its (cleaned) text. */
export function guessPlace(text: string, title: string): PlaceGuess {
  const body = cutRelated(normaliseText(text));
  const head = normaliseText(title || guessTitle(text));
  const self = selfType(body, head);
  const mentions = [...scan(head, true), ...scan(body, false)];
  const { votes, prefScore, provScore } = tally(mentions, self);

  const levelOnly: Place['level'] = self === '县' || self === '区' ? 'county' : self === '市' ? 'city' : '';
  if (self === '省') {
    const provRanked = [...provScore].sort((a, b) => b[1] - a[1]);
    const province = provRanked[0] ? units.get(`${provRanked[0][0]}0000`)?.name ?? '' : '';
    return { ...EMPTY, province, how: 'unknown', evidence: `a province's report (我省 / 省科技厅)${province ? `: ${province}` : ''}` };
  }
  // The best prefecture-level city.
  const ranked = [...prefScore].sort((a, b) => b[1] - a[1]);
  const [bestCode, bestScore] = ranked[0] ?? ['', 0];
  const second = ranked[1]?.[1] ?? 0;
  if (!bestCode || bestScore < 1 || bestScore === second) {
    // No city: keep the province if the text makes it clear.
    const provRanked = [...provScore].sort((a, b) => b[1] - a[1]);
    const [pc, ps] = provRanked[0] ?? ['', 0];
    const province = pc && ps >= 1 && ps > (provRanked[1]?.[1] ?? 0) ? units.get(`${pc}0000`)?.name ?? '' : '';
    const tied = bestCode && bestScore === second && bestScore >= 1;
    return {
      ...EMPTY, province, level: levelOnly, how: 'unknown',
      evidence: tied ? `tie: ${ranked.slice(0, 2).map(([c]) => units.get(c)?.name).join(' / ')}` : province ? `province only: ${describe(votes.filter((v) => v.unit.prov === pc))}` : 'no place named',
    };
  }
  const pref = units.get(bestCode)!;
  const mine = votes.filter((v) => prefectureOf(v.unit)?.code === bestCode);
  const how: Decision = mine.some((v) => v.mention.inTitle) ? 'title' : 'text';

  // County or city?
  const countyScore = new Map<string, number>();
  let ownScore = 0;
  for (const v of mine) {
    if (v.unit.code === bestCode) { if (!v.mention.frame) ownScore += v.weight; }
    // A county named only as a partner or in a ranking ("仅次于鄞州区") is not the report's own.
    else if (v.unit.kind === 'county' && !v.mention.external) countyScore.set(v.unit.code, (countyScore.get(v.unit.code) ?? 0) + v.weight);
  }
  const counties = [...countyScore].sort((a, b) => b[1] - a[1]).map(([c, s]) => ({ unit: units.get(c)!, score: s }));
  const top = counties[0];
  const dominant = top && (counties[1]?.score ?? 0) * 2 <= top.score;
  let county: Unit | undefined;
  if (self === '县' || self === '区') {
    const fitting = counties.filter((c) => countyType(c.unit) === self || countyType(c.unit) === '市');
    county = fitting[0]?.unit;
  } else if (top && top.score >= ownScore) {
    // A county-level city's report says 我市 too (瑞安): taken when it is the one county-level unit
    // the report names and its city is named no more often than it.
    const others = counties.slice(1).reduce((a, c) => a + c.score, 0);
    const alone = others <= top.score * 0.25;
    if ((self === '' && dominant) || (alone && countyType(top.unit) === '市') || (dominant && mine.some((v) => v.unit === top.unit && v.mention.bureau))) county = top.unit;
  }
  const evidence = `${how === 'title' ? 'title' : 'text'}: ${describe(mine)}${self ? `; 自称: ${self}` : ''}`;
  if (county) return { ...toPlace(county), how, evidence };
  const place = toPlace(pref);
  if (self === '县' || self === '区') {
    // A county's or district's report whose county is not named: the city is known, the county not.
    if (!pref.municipality) return { ...place, county: '', admin_code: '', level: 'county', how, evidence };
    return { ...place, level: 'county', admin_code: '', how, evidence };
  }
  return { ...place, how, evidence };
}

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
  build();
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
    for (const u of units.values()) if (u.code.startsWith(raw)) consider(u, u.code === raw ? 0 : 1);
  } else {
    for (const [key, entries] of index) {
      const r = rankOf(key, q);
      if (r >= 0) for (const e of entries) consider(e.unit, r);
    }
    for (const u of units.values()) {
      const r = rankOf(u.name, raw);
      if (r >= 0) consider(u, r);
    }
  }
  for (const u of units.values()) if (u.kind === 'city' && provinces.has(u.prov)) consider(u, 3);
  const kindOrder = (u: Unit): number => (u.kind === 'county' && !u.provinceDirect ? 1 : 0);
  return [...rank]
    .sort(([a, ra], [b, rb]) => ra - rb || kindOrder(a) - kindOrder(b) || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0))
    .slice(0, limit)
    .map(([u]) => toPlace(u));
}
