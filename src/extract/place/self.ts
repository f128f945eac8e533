// How a report speaks of itself: 我省 / 我县 / 全区 / 市委 …, and the bureau its title names
// ("区科学技术局2022年度工作总结"). Tells a city's report from a county's or district's. Pure TypeScript.
import type { Unit } from './gazetteer.ts';

export type SelfType = '省' | '县' | '区' | '市' | '';
/** How the report speaks of itself: as a province's, a county's, a district's or a city's bureau. */
export function selfType(body: string, title: string): SelfType {
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

/** The kind of a county-level unit, in the words a report uses of itself. */
export function countyType(u: Unit): '县' | '区' | '市' {
  if (/(?:县|旗)$/.test(u.name)) return '县';
  if (/市$/.test(u.name)) return '市';
  return '区';
}
