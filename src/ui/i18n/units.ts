// The catalog's units in English. 家, 项 and 个 are counters: what they count depends on the indicator
// (家 of high-tech enterprises, 项 of projects or of problems), so the indicator may name the noun.
const UNITS: Record<string, string> = {
  家: 'enterprises', 项: 'items', 个: 'units', 件: 'patents', 人: 'people', 人次: 'person-times', 场: 'events',
  亿元: '100 million yuan', 万元: '10,000 yuan', '%': '%',
};

const BY_INDICATOR: Record<string, string> = {
  projects_applied: 'projects', projects_approved: 'projects', problems_collected: 'problems', problems_solved: 'problems',
  cooperation_deals: 'agreements', platforms: 'platforms', tech_commissioners: 'commissioners',
};

export function englishUnit(unit: string, indicator?: string): string {
  if (indicator && BY_INDICATOR[indicator] && (unit === '项' || unit === '个' || unit === '人')) return BY_INDICATOR[indicator];
  return UNITS[unit] ?? unit;
}
