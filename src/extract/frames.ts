// Frames: each indicator as the words its clause holds, in any order — the thing counted, what was
// done to it, the units its figure can take, and the words that rule it out. A figure is scored
// against every frame by which word groups stand near it (frame-match.ts); the best frame wins.
//
// Examples are grouped by meaning, one value in many wordings (number first, verb first, words in
// between, traditional script). Each example is pinned to the frame that must produce its rows:
// test/frames.test.ts fails if another frame or rule, or none, does.
import type { Period } from './contract.ts';
import type { Example } from './rules/rule.ts';
import type { Group } from './words.ts';

export interface Frame {
  id: string;
  indicator: string;
  /** One of these groups names what is counted. */
  thing: Group[];
  /** One of these says what was done to it; without `act`, the thing alone is enough. */
  act?: Group[];
  /** With `act`: the thing alone holds too, at a lower score (a bare "高新技术企业5家" is a stock). */
  bare?: boolean;
  /** Units of the figure as stated (家, 个, 万元 …) that the frame takes. */
  units: string[];
  /** No word of these groups may stand in the figure's own clause. */
  not?: Group[];
  /** A period the frame fixes (a stock is CUM). */
  period?: Period;
  examples: Example[];
}

const COUNT_OF_FIRMS = ['家', '个'];
const COUNT_OF_ITEMS = ['项', '个', '件'];
const MONEY = ['亿元', '万元', '元'];

export const FRAMES: readonly Frame[] = [
  // ── 高新技术企业 ──
  {
    id: 'hte_applied',
    indicator: 'hte_applied',
    thing: ['hte'],
    act: ['apply'],
    units: COUNT_OF_FIRMS,
    examples: [
      { text: '今年我市第一批1144家申报高企。', rows: [{ value: 1144 }] },
      { text: '高新技术企业拟申报25家。', rows: [{ value: 25, status: 'target' }] },
    ],
  },
  {
    id: 'hte_certified',
    indicator: 'hte_certified',
    thing: ['hte'],
    act: ['certify'],
    units: COUNT_OF_FIRMS,
    not: ['reserve'],
    examples: [
      { text: '向科技部报备高新技术企业455家。', rows: [{ value: 455 }] },
      { text: '12家企业通过高企认定。', rows: [{ value: 12 }] },
    ],
  },
  {
    id: 'hte_total',
    indicator: 'hte_total',
    thing: ['hte'],
    act: ['stock'],
    bare: true,
    units: COUNT_OF_FIRMS,
    not: ['reserve', 'apply', 'certify'],
    period: 'CUM',
    examples: [
      { text: '国家高新技术企业保有量290家。', rows: [{ value: 290, period: 'CUM' }] },
      { text: '国家高新技术企业大幅跃升至7400多家。', rows: [{ value: 7400, period: 'CUM' }] },
      { text: '全县有913家高新技术企业。', rows: [{ value: 913, period: 'CUM' }] },
    ],
  },
  {
    id: 'hte_reserve',
    indicator: 'hte_reserve',
    thing: ['hte'],
    act: ['reserve'],
    units: COUNT_OF_FIRMS,
    examples: [
      { text: '126家企业纳入高企培育库。', rows: [{ value: 126 }] },
      { text: '新培育高新技术企业2家。', rows: [{ value: 2 }] },
      { text: '我市有71家企业列入省级高新技术企业后备库。', rows: [{ value: 71 }] },
    ],
  },

  // ── 科技企业 ──
  {
    id: 'tsme',
    indicator: 'tsme',
    thing: ['tsme'],
    units: COUNT_OF_FIRMS,
    examples: [
      { text: '100家企业获认定科技型中小企业。', rows: [{ value: 100 }] },
      { text: '科技型中小企业评价入库完成公示1360家。', rows: [{ value: 1360 }] },
    ],
  },
  {
    id: 'innovative_enterprises',
    indicator: 'innovative_enterprises',
    thing: ['innovative'],
    units: COUNT_OF_FIRMS,
    examples: [{ text: '新培育省级创新型企业6家。', rows: [{ value: 6 }] }],
  },

  // ── 项目与资金 ──
  {
    id: 'projects_applied',
    indicator: 'projects_applied',
    thing: ['project'],
    act: ['apply'],
    units: COUNT_OF_ITEMS,
    not: ['award', 'patent'],
    examples: [
      { text: '共申报市级以上科技工程31项。', rows: [{ value: 31 }] },
      { text: '申报省重点技术创新项目3个。', rows: [{ value: 3 }] },
    ],
  },
  {
    id: 'projects_approved',
    indicator: 'projects_approved',
    thing: ['project'],
    act: ['approve'],
    units: COUNT_OF_ITEMS,
    not: ['award', 'patent'],
    examples: [
      { text: '新立各级各类科技计划139项。', rows: [{ value: 139 }] },
      { text: '5个项目获省区域创新合作项目立项。', rows: [{ value: 5 }] },
    ],
  },
  {
    id: 'project_funding',
    indicator: 'project_funding',
    thing: ['money'],
    act: ['fundingAct'],
    units: MONEY,
    not: ['rd', 'revenue', 'investment', 'hitechOutput', 'hitechValueAdded', 'techContract'],
    examples: [
      { text: '兑付科技创新政策补助资金686万元。', rows: [{ value: 686 }] },
      { text: '后续将拨付100万元建设资金。', rows: [{ value: 100 }] },
    ],
  },

  // ── 高新技术产业 ──
  {
    id: 'hitech_output',
    indicator: 'hitech_output',
    thing: ['hitechOutput'],
    units: MONEY,
    examples: [{ text: '1-9月高新技术产业产值27.6亿。', rows: [{ value: 27.6 }] }],
  },
  {
    id: 'hitech_output_growth',
    indicator: 'hitech_output_growth',
    thing: ['hitechOutput'],
    act: ['growth'],
    units: ['%'],
    not: ['share'],
    examples: [{ text: '高新技术产值同比增长12.5%。', rows: [{ value: 12.5 }] }],
  },
  {
    id: 'hitech_value_added',
    indicator: 'hitech_value_added',
    thing: ['hitechValueAdded'],
    units: MONEY,
    examples: [{ text: '高新技术产业增加值6.9亿。', rows: [{ value: 6.9 }] }],
  },
  {
    id: 'hitech_value_added_growth',
    indicator: 'hitech_value_added_growth',
    thing: ['hitechValueAdded'],
    act: ['growth'],
    units: ['%'],
    not: ['share'],
    examples: [{ text: '1-5月份,全市高新技术产业增加值增速为%。', rows: [{ value: null }] }],
  },

  // ── 研发投入 ──
  {
    id: 'rd_expenditure',
    indicator: 'rd_expenditure',
    thing: ['rd'],
    units: MONEY,
    not: ['share'],
    examples: [
      { text: '全市全社会研究与试验发展经费完成(R&D)27.1亿元。', rows: [{ value: 27.1 }] },
      { text: '我县R&D经费投入1.1亿。', rows: [{ value: 1.1 }] },
    ],
  },
  {
    id: 'rd_intensity',
    indicator: 'rd_intensity',
    thing: ['intensity'],
    units: ['%'],
    not: ['revenue'],
    examples: [
      { text: '全市R&D投入强度提升至3.54%。', rows: [{ value: 3.54 }] },
      { text: '投入强度达5.88%。', rows: [{ value: 5.88 }] },
    ],
  },
  {
    id: 'rd_intensity.of_gdp',
    indicator: 'rd_intensity',
    thing: ['ofGdp'],
    act: ['rd'],
    units: ['%'],
    not: ['revenue', 'hitechValueAdded', 'hitechOutput'],
    examples: [
      { text: '研究与试验发展经费支出占地区生产总值比重预计达0.18%。', rows: [{ value: 0.18, status: 'forecast' }] },
      { text: '研发经费占营业收入比重3%。', rows: [] },
    ],
  },

  // ── 专利与技术市场 ──
  {
    id: 'patents_applied',
    indicator: 'patents_applied',
    thing: ['patent'],
    act: ['patentApply'],
    units: COUNT_OF_ITEMS,
    not: ['patentStock'],
    examples: [
      { text: '申请专利305件。', rows: [{ value: 305 }] },
      { text: '扶持企业申请国家专利12个。', rows: [{ value: 12 }] },
    ],
  },
  {
    id: 'patents_granted',
    indicator: 'patents_granted',
    thing: ['patent'],
    act: ['patentGrant'],
    units: COUNT_OF_ITEMS,
    not: ['patentStock'],
    examples: [{ text: '授权发明专利17件。', rows: [{ value: 17 }] }],
  },
  {
    id: 'tech_contract_value',
    indicator: 'tech_contract_value',
    thing: ['techContract'],
    units: MONEY,
    examples: [
      { text: '全市技术合同成交额10月底达到62.3亿元。', rows: [{ value: 62.3 }] },
      { text: '技术交易额完成579.2万元。', rows: [{ value: 0.05792 }] },
      { text: '技術合同成交額突破7億元。', rows: [{ value: 7 }] },
    ],
  },

  // ── 平台 ──
  {
    id: 'platforms',
    indicator: 'platforms',
    thing: ['platform'],
    act: ['built', 'stock'],
    bare: true,
    units: ['个', '家'],
    not: ['hte', 'tsme', 'people', 'apply', 'enterprise', 'serve'],
    examples: [
      { text: '全区现有805个创新平台。', rows: [{ value: 805, period: 'CUM' }] },
      { text: '新增省市级科研平台14家。', rows: [{ value: 14 }] },
      { text: '4家省实验室建设全面启动。', rows: [{ value: 4 }] },
    ],
  },

  // ── 服务 ──
  {
    id: 'enterprises_served',
    indicator: 'enterprises_served',
    thing: ['enterprise'],
    act: ['serve'],
    units: ['家'],
    examples: [{ text: '深入企业开展服务,共走访企业86家。', rows: [{ value: 86 }] }],
  },
  {
    id: 'problems_collected',
    indicator: 'problems_collected',
    thing: ['problem'],
    act: ['collect'],
    units: COUNT_OF_ITEMS,
    examples: [{ text: '征集企业技术需求52项。', rows: [{ value: 52 }] }],
  },
  {
    id: 'problems_solved',
    indicator: 'problems_solved',
    thing: ['problem'],
    act: ['solve'],
    units: COUNT_OF_ITEMS,
    examples: [{ text: '协调解决子女入学等各类需求56项。', rows: [{ value: 56 }] }],
  },
  {
    id: 'cooperation_deals',
    indicator: 'cooperation_deals',
    thing: ['deal'],
    units: [...COUNT_OF_ITEMS, '家'],
    examples: [{ text: '新增产学研合作企业120家。', rows: [{ value: 120 }] }],
  },
  {
    id: 'matchmaking_events',
    indicator: 'matchmaking_events',
    thing: ['event'],
    units: ['场', '次'],
    not: ['people'],
    examples: [
      { text: '开展培训62次。', rows: [{ value: 62 }] },
      { text: '科普講座11場次。', rows: [{ value: 11 }] },
    ],
  },
  {
    id: 'experts_dispatched',
    indicator: 'experts_dispatched',
    thing: ['expert'],
    act: ['dispatch'],
    units: ['人次'],
    examples: [{ text: '组织专家深入企业服务120人次。', rows: [{ value: 120 }] }],
  },
  {
    id: 'tech_commissioners',
    indicator: 'tech_commissioners',
    thing: ['commissioner'],
    units: ['人'],
    examples: [{ text: '组织362名省级“三区人才”到基层开展服务。', rows: [{ value: 362 }] }],
  },
];
