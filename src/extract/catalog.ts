// The indicator catalog of ../shared/spec/data-contract.md: the whole vocabulary of indicator ids.
// To add an indicator: add an entry here, its words to words.ts, and a frame with examples in frames/<category>.ts.

export type Unit = '家' | '项' | '个' | '件' | '人' | '人次' | '场' | '亿元' | '万元' | '%';

export type Category =
  | 'hte'
  | 'enterprises'
  | 'projects'
  | 'industry'
  | 'rd'
  | 'ip'
  | 'platforms'
  | 'services';

export interface Indicator {
  id: string;
  name: string; // Chinese, as the dashboard shows it
  nameEn: string;
  unit: Unit;
  category: Category;
}

export const CATEGORY_NAMES: Record<Category, { zh: string; en: string }> = {
  hte: { zh: '高新技术企业', en: 'High-tech enterprises' },
  enterprises: { zh: '科技企业', en: 'Tech enterprises' },
  projects: { zh: '科技项目与资金', en: 'Projects and funding' },
  industry: { zh: '高新技术产业', en: 'High-tech industry' },
  rd: { zh: '研发投入', en: 'R&D' },
  ip: { zh: '专利与技术市场', en: 'Patents and technology market' },
  platforms: { zh: '创新平台', en: 'Innovation platforms' },
  services: { zh: '科技服务', en: 'Services to enterprises' },
};

export const CATALOG: readonly Indicator[] = [
  { id: 'hte_applied', name: '申报高新技术企业', nameEn: 'High-tech enterprise applications', unit: '家', category: 'hte' },
  { id: 'hte_certified', name: '新认定高新技术企业', nameEn: 'Newly certified high-tech enterprises', unit: '家', category: 'hte' },
  { id: 'hte_total', name: '高新技术企业总数', nameEn: 'High-tech enterprises in total', unit: '家', category: 'hte' },
  { id: 'hte_reserve', name: '高新技术企业后备/培育库', nameEn: 'High-tech enterprise reserve pool', unit: '家', category: 'hte' },
  { id: 'tsme', name: '科技型中小企业', nameEn: 'Tech-based SMEs', unit: '家', category: 'enterprises' },
  { id: 'innovative_enterprises', name: '创新型(试点)企业', nameEn: 'Innovative (pilot) enterprises', unit: '家', category: 'enterprises' },
  { id: 'projects_applied', name: '申报科技计划项目', nameEn: 'S&T projects applied for', unit: '项', category: 'projects' },
  { id: 'projects_approved', name: '获批立项科技项目', nameEn: 'S&T projects approved', unit: '项', category: 'projects' },
  { id: 'project_funding', name: '争取/获得科技项目资金', nameEn: 'Project funding obtained', unit: '万元', category: 'projects' },
  { id: 'hitech_output', name: '高新技术产业产值', nameEn: 'High-tech industry output', unit: '亿元', category: 'industry' },
  { id: 'hitech_output_growth', name: '高新技术产业产值增速', nameEn: 'High-tech output growth', unit: '%', category: 'industry' },
  { id: 'hitech_value_added', name: '高新技术产业增加值', nameEn: 'High-tech value added', unit: '亿元', category: 'industry' },
  { id: 'hitech_value_added_growth', name: '高新技术产业增加值增速', nameEn: 'High-tech value added growth', unit: '%', category: 'industry' },
  { id: 'rd_expenditure', name: '研发(R&D)经费投入', nameEn: 'R&D expenditure', unit: '亿元', category: 'rd' },
  { id: 'rd_intensity', name: '研发投入强度', nameEn: 'R&D intensity (of GDP)', unit: '%', category: 'rd' },
  { id: 'patents_applied', name: '专利申请量', nameEn: 'Patent applications', unit: '件', category: 'ip' },
  { id: 'patents_granted', name: '专利授权量', nameEn: 'Patents granted', unit: '件', category: 'ip' },
  { id: 'tech_contract_value', name: '技术合同成交额', nameEn: 'Technology contract turnover', unit: '亿元', category: 'ip' },
  { id: 'platforms', name: '科技创新平台(新建/认定/累计)', nameEn: 'Innovation platforms', unit: '个', category: 'platforms' },
  { id: 'enterprises_served', name: '走访/服务企业', nameEn: 'Enterprises visited or served', unit: '家', category: 'services' },
  { id: 'problems_collected', name: '征集/梳理技术难题', nameEn: 'Technical problems collected', unit: '项', category: 'services' },
  { id: 'problems_solved', name: '解决技术难题', nameEn: 'Technical problems solved', unit: '项', category: 'services' },
  { id: 'cooperation_deals', name: '达成合作意向/签约', nameEn: 'Cooperation agreements', unit: '项', category: 'services' },
  { id: 'matchmaking_events', name: '科技对接/培训活动', nameEn: 'Matchmaking and training events', unit: '场', category: 'services' },
  { id: 'experts_dispatched', name: '出动专家/科技人员', nameEn: 'Expert visits', unit: '人次', category: 'services' },
  { id: 'tech_commissioners', name: '科技特派员/指导员', nameEn: 'Science and technology commissioners', unit: '人', category: 'services' },
];

const BY_ID = new Map(CATALOG.map((indicator) => [indicator.id, indicator]));

export function indicatorById(id: string): Indicator | undefined {
  return BY_ID.get(id);
}
