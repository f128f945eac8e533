// The page around a report: a government site lists its previous and next articles after it
// ("上一篇文章: 静海区聚焦农民需求增强服务能力" / "下一篇: 静海区严管优服…"). They are the same
// publisher's, so when the report itself names no city, neighbours that all name one place tell
// whose site it is. A document-sharing site's recommendations (相关文章, 猜你喜欢) are other people's
// reports and are not read; two neighbours naming different cities tell nothing. Pure TypeScript.
import { normaliseText } from '../normalise.ts';
import { prefectureOf, type Unit } from './gazetteer.ts';
import { scan } from './mentions.ts';

const NEIGHBOUR = /(?:^|\n)[ \t]*(?:上一篇|下一篇|上一条|下一条)(?:文章|新闻|信息)?[ \t]*[:：]?[ \t]*([^\n]{2,80})/g;

/** The titles of the page's previous and next articles (none where the page names neither: publisher.ts's readPage tells). */
export function neighbourTitles(page: string, namesNeighbours = /上一|下一/.test(page)): string[] {
  if (!namesNeighbours) return [];
  return [...normaliseText(page).matchAll(NEIGHBOUR)].map((m) => m[1]!.trim()).filter(Boolean);
}

/**
 * The one place at least two neighbouring articles name, each unambiguously and on its own account
 * (not visited, not a partner, not in an institution's name): the county-level unit if they all name
 * the same one, else their common prefecture-level city. Undefined when they disagree or name none.
 */
export function placeOfNeighbours(page: string, namesNeighbours?: boolean): { unit: Unit; evidence: string } | undefined {
  const titles = neighbourTitles(page, namesNeighbours);
  if (titles.length < 2) return undefined;
  const named: Unit[][] = titles.map((t) => scan(t, false)
    .filter((m) => m.entries.length === 1 && !m.external && !m.org && m.entries[0]!.how !== 'short')
    .map((m) => m.entries[0]!.unit)
    .filter((u) => u.kind !== 'province' || u.municipality));
  if (named.some((units) => units.length === 0)) return undefined;
  const all = named.flat();
  const prefs = new Set(all.map((u) => prefectureOf(u)?.code));
  if (prefs.size !== 1 || prefs.has(undefined)) return undefined;
  const codes = new Set(all.filter((u) => u.kind === 'county').map((u) => u.code));
  const unit = codes.size === 1 && named.every((units) => units.some((u) => u.kind === 'county')) ? all.find((u) => u.kind === 'county')! : prefectureOf(all[0]!)!;
  return { unit, evidence: `the site's neighbouring articles: ${titles.slice(0, 2).join(' / ')}` };
}
