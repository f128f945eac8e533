// The index number (索引号) in a government page's information-disclosure header often begins with the
// publishing body's unified social credit code (GB 32100-2015): 1 (registered by the staffing office),
// then its kind (1: a state organ), then the six digits of the area it is registered in, then its
// organisation code and a check character: "索引号113310220026852503/2025-107657" → 331022, 三门县.
// The bureau that publishes its own work summary is that area's. Pure TypeScript.
import { prefectureOf, type Unit, unitByCode } from './gazetteer.ts';

const INDEX_NUMBER = /索引号\s*[:：]?\s*(1[1-9](\d{6})[0-9A-Z]{10})(?![0-9A-Z])/;

/**
 * The area a page's index number registers its publisher in: the county-level unit or city its code
 * names, or the city its first four digits name (a code from before the unit was renamed or
 * renumbered); undefined for a province's, or where the gazetteer knows neither.
 */
export function placeOfIndexNumber(page: string): { unit: Unit; evidence: string } | undefined {
  if (!page.includes('索引号')) return undefined; // (most pages have none: found faster so)
  const m = INDEX_NUMBER.exec(page);
  if (!m) return undefined;
  const code = m[2]!;
  const unit = unitByCode(code) ?? unitByCode(`${code.slice(0, 4)}00`);
  if (!unit || (unit.kind === 'province' && !unit.municipality)) return undefined;
  if (!prefectureOf(unit)) return undefined;
  return { unit, evidence: `the page's index number 索引号 ${m[1]} (area ${code})` };
}
