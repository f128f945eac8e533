// How a report speaks of itself: 我省 / 我县 / 全区 / 市委 …, and the bureau its title names
// ("区科学技术局2022年度工作总结"). Tells a city's report from a county's or district's. Pure TypeScript.
import type { Unit } from './gazetteer.ts';

export type SelfType = '省' | '县' | '区' | '市' | '';

// The words a report uses of itself, found in one pass over the body: none of them can overlap another,
// so each is counted as often as a pattern of its own would count it. "全市第5位", "居全市前列": ranking
// within a city is a county's or district's way of speaking, so no city word. (Written by first character:
// the pattern is tried at every place, and no two words that start alike both match at one.)
const SELF_WORDS = new RegExp([
  '我[省县旗区市州盟]|本[省县区市州]|全(?:省科技系统|县|旗|区|州|盟|市(?:第|前|排名|首位)?)',
  // (a prefecture that is no city speaks of itself as a city does: 全州, 州委, 盟科技局)
  '[州盟](?:委|政府|人民政府|科技局|科学技术局)',
  '省科技厅(?:党组)?(?:坚持|围绕|认真|深入|全力)',
  '县(?:委|政府|人民政府|科技局|科学技术局|域|直)|旗委',
  '区(?:委|政府|人民政府|科技局|科学技术局)',
  '市(?:委|政府|人民政府|科技局|科学技术局)',
].join('|'), 'g');
const OUR_CITY_OR_COUNTY = /^[我本][市县区]$/;

/** How the report speaks of itself: as a province's, a county's, a district's or a city's bureau. */
export function selfType(body: string, title: string): SelfType {
  let province = 0, ours = 0, county = 0, district = 0, city = 0;
  // (each word read once, and counted as often as it stands)
  const times = new Map<string, number>();
  for (const word of body.match(SELF_WORDS) ?? []) times.set(word, (times.get(word) ?? 0) + 1);
  for (const [word, n] of times) {
    if (OUR_CITY_OR_COUNTY.test(word)) ours += n;
    if (word.includes('省')) province += n;
    else if (word.includes('县') || word.includes('旗')) county += n;
    else if (word.includes('区')) district += n;
    else if (!/^全市./.test(word)) city += n;
  }
  // A province's report (科技厅) names many cities; it has none of its own.
  if (/省(?:科技厅|科学技术厅)/.test(title)) province += 20;
  if (province >= 2 && province > ours) return '省';
  // The bureau named in the title decides: "区科学技术局2022年度工作总结", "X县科学技术局…".
  if (/县(?:\([^)]*\))?(?:科技局|科学技术局|科技工作)/.test(title)) county += 20;
  else if (/区(?:\([^)]*\))?(?:科技局|科学技术局|科技工作)/.test(title)) district += 20;
  else if (/(?:市|州|盟|地区)(?:\([^)]*\))?(?:科技局|科学技术局|科技工作)/.test(title)) city += 20;
  const max = Math.max(county, district, city);
  if (max <= 0) return '';
  if (county === max && district < max && city < max) return '县';
  if (district === max && county < max && city < max) return '区';
  if (city === max && county < max && district < max) return '市';
  return '';
}

/** The kind of a county-level unit, in the words a report uses of itself. */
export function countyType(u: Unit): '县' | '区' | '市' {
  if (/(?:县|旗)$/.test(u.name)) return '县';
  if (/市$/.test(u.name)) return '市';
  return '区';
}
