// A seeded generator of report texts that read like bureau work summaries, with the figures each
// one states known in advance: the benchmark's input, and a check of the rules independent of the
// corpus they were written against (recall and precision on wording they were not tuned on).
import { random, pick, type Random } from './random.ts';

export interface KnownFigure {
  indicator: string;
  value: number | null; // null: masked
}

export interface GeneratedReport {
  id: string;
  text: string;
  figures: KnownFigure[];
}

type Phrase = (v: string) => string;

// Several wordings per indicator; the value comes in as written ("143", "**").
const WORDINGS: Record<string, { phrases: Phrase[]; value: (r: Random) => number }> = {
  hte_applied: { phrases: [(v) => `组织${v}家企业申报高新技术企业`, (v) => `共推荐申报高新技术企业${v}家`], value: (r) => r.int(5, 400) },
  hte_certified: { phrases: [(v) => `新认定高新技术企业${v}家`, (v) => `全年净增高新技术企业${v}家`, (v) => `通过认定的高新技术企业${v}家`], value: (r) => r.int(3, 700) },
  hte_total: { phrases: [(v) => `高新技术企业总数达到${v}家`, (v) => `有效期内高新技术企业${v}家`], value: (r) => r.int(50, 3000) },
  hte_reserve: { phrases: [(v) => `入库后备企业${v}家`, (v) => `高新技术企业培育库企业${v}家`], value: (r) => r.int(10, 300) },
  tsme: { phrases: [(v) => `新增科技型中小企业${v}家`, (v) => `评价入库科技型中小企业${v}家`], value: (r) => r.int(20, 2500) },
  innovative_enterprises: { phrases: [(v) => `认定创新型领军企业${v}家`], value: (r) => r.int(1, 60) },
  projects_applied: { phrases: [(v) => `组织申报各类科技计划项目${v}项`, (v) => `共申报科技项目${v}项`], value: (r) => r.int(10, 500) },
  projects_approved: { phrases: [(v) => `获批各类科技计划项目${v}项`, (v) => `列入国家和省科技计划项目${v}项`], value: (r) => r.int(5, 300) },
  project_funding: { phrases: [(v) => `争取上级科技资金${v}万元`, (v) => `获得各类科技经费支持${v}万元`], value: (r) => r.int(50, 20000) },
  hitech_output: { phrases: [(v) => `实现高新技术产业产值${v}亿元`], value: (r) => r.decimal(50, 3000, 1) },
  hitech_value_added: { phrases: [(v) => `完成高新技术产业增加值${v}亿元`], value: (r) => r.decimal(10, 1500, 1) },
  rd_expenditure: { phrases: [(v) => `全社会研发经费投入${v}亿元`, (v) => `R&D经费支出${v}亿元`], value: (r) => r.decimal(1, 300, 2) },
  rd_intensity: { phrases: [(v) => `研发投入强度达到${v}%`], value: (r) => r.decimal(0.5, 5, 2) },
  patents_applied: { phrases: [(v) => `专利申请量${v}件`], value: (r) => r.int(100, 20000) },
  patents_granted: { phrases: [(v) => `专利授权量${v}件`, (v) => `授权发明专利${v}件`], value: (r) => r.int(50, 10000) },
  tech_contract_value: { phrases: [(v) => `技术合同成交额${v}亿元`, (v) => `实现技术交易额${v}亿元`], value: (r) => r.decimal(1, 200, 2) },
  platforms: { phrases: [(v) => `新增省级重点实验室${v}家`, (v) => `新建市级工程技术研究中心${v}个`], value: (r) => r.int(1, 40) },
  enterprises_served: { phrases: [(v) => `走访服务企业${v}家`], value: (r) => r.int(10, 500) },
  problems_collected: { phrases: [(v) => `征集企业技术难题${v}项`], value: (r) => r.int(10, 300) },
  problems_solved: { phrases: [(v) => `帮助企业解决技术难题${v}项`], value: (r) => r.int(5, 200) },
  cooperation_deals: { phrases: [(v) => `达成产学研合作意向${v}项`, (v) => `签订技术合作协议${v}项`], value: (r) => r.int(3, 120) },
  matchmaking_events: { phrases: [(v) => `举办科技对接会${v}场`, (v) => `组织科技培训班${v}期`], value: (r) => r.int(2, 60) },
  experts_dispatched: { phrases: [(v) => `出动各类专家${v}人次`], value: (r) => r.int(20, 900) },
  tech_commissioners: { phrases: [(v) => `选派科技特派员${v}名`], value: (r) => r.int(5, 300) },
};

// Sentences with no catalog figure: the bureau's prose, numbers that are no indicator, dates, document numbers.
const FILLER: ((r: Random) => string)[] = [
  () => '全市科技工作在市委、市政府的坚强领导下,紧紧围绕创新驱动发展战略,着力提升企业自主创新能力',
  () => '积极推进创新型城市建设,科技进步对经济社会发展的支撑引领作用不断增强',
  () => '深入开展科技体制改革,不断优化创新生态,激发全社会创新活力',
  (r) => `召开全市科技创新大会${r.int(1, 5)}次,印发政策文件${r.int(2, 12)}个`,
  (r) => `${r.int(1, 12)}月${r.int(1, 28)}日,市政府组织召开专题会议`,
  (r) => `出台《关于加快科技创新的若干意见》(政发〔${r.int(2008, 2024)}〕${r.int(1, 90)}号)`,
  (r) => `培训企业科技人员${r.int(100, 3000)}人次`,
  (r) => `科技进步综合评价位居全省第${r.int(1, 12)}位`,
  () => '加强科技金融结合,推动科技成果转移转化',
  (r) => `提高${r.int(1, 9)}个百分点`,
];

const PERIOD_OPENERS = ['上半年,', '全年,', '今年以来,', '', '', ''];

/** One report: a title, then paragraphs mixing stated figures and prose. */
export function generateReport(seed: number, approxBytes: number): GeneratedReport {
  const r = random(seed);
  const figures: KnownFigure[] = [];
  const year = r.int(2008, 2024);
  const lines = [`市科技局${year}年工作总结`, `一、${year}年工作成效`];
  const indicators = Object.keys(WORDINGS);
  const used = new Set<string>();
  let size = 0;
  while (size < approxBytes) {
    const sentence: string[] = [];
    for (let k = r.int(2, 5); k > 0; k--) {
      if (r.chance(0.45)) {
        const indicator = pick(r, indicators);
        const wording = WORDINGS[indicator]!;
        const value = wording.value(r);
        const masked = r.chance(0.05);
        const phrase = pick(r, wording.phrases)(masked ? '**' : String(value));
        // a repeated fact is one row (and two masked figures in the same words are one): keep the known figures unique
        const key = masked ? phrase : `${indicator}|${value}`;
        if (used.has(key)) continue;
        used.add(key);
        sentence.push(phrase);
        figures.push({ indicator, value: masked ? null : value });
      } else {
        sentence.push(pick(r, FILLER)(r));
      }
    }
    const line = pick(r, PERIOD_OPENERS) + sentence.join(',') + '。';
    lines.push(line);
    size += line.length * 3; // UTF-8: three bytes a character, near enough
  }
  return { id: `g${seed}`, text: lines.join('\n'), figures };
}
