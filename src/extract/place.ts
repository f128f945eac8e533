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
//
// The parts: place/gazetteer.ts (the units and their names), place/mentions.ts (place names in a
// text and their roles), place/self.ts (how the report speaks of itself), place/vote.ts (the votes),
// place/neighbours.ts (the site's previous and next articles, read only when the report names no
// city), place/lookup.ts (places a person names: manifest, type-ahead). This file decides.
import type { Decision } from './contract.ts';
import { cutRelated, normaliseText } from './normalise.ts';
import { type Place, prefectureOf, provinceOf, toPlace, type Unit, unitByCode } from './place/gazetteer.ts';
import { scan } from './place/mentions.ts';
import { placeOfIndexNumber } from './place/index-number.ts';
import { placeOfNeighbours } from './place/neighbours.ts';
import { publisherOf, readPage } from './place/publisher.ts';
import { countyType, selfType } from './place/self.ts';
import { describe, tally } from './place/vote.ts';
import { guessTitle } from './report-title.ts';

export type { Place } from './place/gazetteer.ts';
export { lookupPlace, searchPlaces } from './place/lookup.ts';
export interface PlaceGuess extends Place { how: Decision; evidence: string } // evidence: the words that decided it, for a human

const EMPTY: Place = { city: '', county: '', province: '', admin_code: '', level: '' };

/**
 * The city (and county) a report is about, from its title and its (cleaned) text. `page` is the page
 * as read, before cleaning, if the caller has it: when the report names no city, the titles of the
 * site's previous and next articles may (place/neighbours.ts); without it they are looked for in
 * `text`. A government page's index number names its publisher's area (place/index-number.ts): it
 * decides where the text names no city, and gives a county's report the county it does not name.
 * The page's publisher ("来源:三门县科学技术局", place/publisher.ts) counts as much as the title.
 */
export function guessPlace(text: string, title: string, page?: string): PlaceGuess {
  const guess = placeByMentions(text, title, page);
  const registered = placeOfIndexNumber(page ?? text);
  if (!registered) return guess;
  const { unit, evidence } = registered;
  // (an old code may since name another unit: 广德's 341723 is 青阳县 today, so the text's city wins)
  if (guess.city === '') return { ...toPlace(unit), how: 'text', evidence };
  const countyUnnamed = guess.city === prefectureOf(unit)!.name && unit.kind === 'county' && guess.county === '' && guess.level !== 'city';
  return countyUnnamed ? { ...toPlace(unit), how: 'text', evidence: `${guess.evidence}; ${evidence}` } : guess;
}

/** The place the report's mentions of places vote for. */
function placeByMentions(text: string, title: string, page?: string): PlaceGuess {
  const body = cutRelated(normaliseText(text));
  const head = normaliseText(title || guessTitle(text));
  const self = selfType(body, head);
  const read = readPage(page ?? text);
  const mentions = [...scan(head, true), ...scan(publisherOf(read.fieldLines), true), ...scan(body, false)];
  const { votes, prefScore, provScore } = tally(mentions, self);

  const levelOnly: Place['level'] = self === '县' || self === '区' ? 'county' : self === '市' ? 'city' : '';
  if (self === '省') {
    const provRanked = [...provScore].sort((a, b) => b[1] - a[1]);
    const province = provRanked[0] ? unitByCode(`${provRanked[0][0]}0000`)?.name ?? '' : '';
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
    const province = pc && ps >= 1 && ps > (provRanked[1]?.[1] ?? 0) ? unitByCode(`${pc}0000`)?.name ?? '' : '';
    const tied = bestCode && bestScore === second && bestScore >= 1;
    const site = tied ? undefined : placeOfNeighbours(page ?? text, read.namesNeighbours);
    if (site && (!province || provinceOf(site.unit)?.name === province)) {
      // A city's report on a district's site is the city's (a county-level city says 我市 too).
      const cityOnly = self === '市' && site.unit.kind === 'county' && countyType(site.unit) !== '市';
      return { ...toPlace(cityOnly ? prefectureOf(site.unit)! : site.unit), how: 'text', evidence: site.evidence };
    }
    return {
      ...EMPTY, province, level: levelOnly, how: 'unknown',
      evidence: tied ? `tie: ${ranked.slice(0, 2).map(([c]) => unitByCode(c)?.name).join(' / ')}` : province ? `province only: ${describe(votes.filter((v) => v.unit.prov === pc))}` : 'no place named',
    };
  }
  const pref = unitByCode(bestCode)!;
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
  const counties = [...countyScore].sort((a, b) => b[1] - a[1]).map(([c, s]) => ({ unit: unitByCode(c)!, score: s }));
  const top = counties[0];
  const dominant = top && (counties[1]?.score ?? 0) * 2 <= top.score;
  let county: Unit | undefined;
  // "临湘市科技和工业信息化2023年工作情况汇报": the one county-level unit a title (or the page's
  // publisher) names, where it does not name the city, is the report's own, however often the text
  // names the city above it
  const titled = counties.filter((c) => mine.some((v) => v.unit === c.unit && v.mention.inTitle));
  const cityTitled = mine.some((v) => v.unit.code === bestCode && v.mention.inTitle);
  if (titled.length === 1 && !cityTitled && self !== '县' && self !== '区') {
    county = titled[0]!.unit;
  } else if (self === '县' || self === '区') {
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
