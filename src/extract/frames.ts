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
  /** Read from its thing alone (no act near), none of these may stand in the lead either. */
  bareNot?: Group[];
  /** The act must stand in the figure's own clause (where the thing is as common as 企业). */
  actNear?: boolean;
  /** The thing must stand in the figure's own clause (a growth belongs to the figure its thing names). */
  thingNear?: boolean;
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
      { text: '全市共组织申报国家重点扶持的高新技术企业112家。', rows: [{ value: 112 }] },
      { text: '组织申报国家级高新技术企业 4家。', rows: [{ value: 4, scope: false }] },
      { text: '第一批组织申报高新技术企业xx家。', rows: [{ value: null }] },
      { text: '申报高企**家,其中新认定**家。', rows: [{ value: null }, { value: null, scope: true }] },
      { text: '第一批高企申报推荐了37家(其中首次申报22家)。', rows: [{ value: 37 }, { value: 22, scope: true }] },
      { text: '共组织25家企业申报了20XX年度第一批高新技术企业。', rows: [{ value: 25 }] },
      { text: '推荐江西制氧机有限公司等7家企业申报省年度第一批高新技术企业认定。', rows: [{ value: 7 }] },
      { text: '组织3家企业申报高新技术产品。', rows: [] },
    ],
  },
  {
    id: 'hte_certified',
    indicator: 'hte_certified',
    thing: ['hte'],
    act: ['certify'],
    units: COUNT_OF_FIRMS,
    not: ['pool', 'pending'],
    examples: [
      { text: '向科技部报备高新技术企业455家。', rows: [{ value: 455 }] },
      { text: '12家企业通过高企认定。', rows: [{ value: 12 }] },
      { text: '督促辖区的高新技术企业5家准备复审资料。', rows: [] },
      { text: '全市认定高新技术企业393家。', rows: [{ value: 393 }] },
      { text: '新增高新技术企业28家,总数达132家。', rows: [{ value: 28 }] },
      { text: '全年净增高新技术企业691家。', rows: [{ value: 691 }] },
      { text: '今年新增合力机械、兴华化工等市级高新技术企业4家。', rows: [{ value: 4, scope: true }] },
      { text: '新增高新技术企业x家。', rows: [{ value: null }] },
      { text: '全年新认定国家高新技术企业56家,累计达到312家。', rows: [{ value: 56, period: 'FY' }] },
      { text: '全县共有高新技术企业28家,其中今年新认定6家。', rows: [{ value: 6, scope: false }], by: 'link.part' },
      { text: '高新技术企业认定通过(含公示)112家,目前全市累计达913家。', rows: [{ value: 112 }] },
      { text: '全市高新技术企业达到1256家,净增218家。', rows: [{ value: 218 }] },
      { text: '目前新增3家申请高新技术企业资料入库培育的企业。', rows: [] },
      { text: '全市又有43家企业通过国家火炬计划高新技术企业认定和复审。', rows: [{ value: 43, scope: true }] },
      { text: '**等*家公司已经通过国家认定为高新技术企业。', rows: [{ value: null }] },
    ],
  },
  {
    id: 'hte_total',
    indicator: 'hte_total',
    thing: ['hte'],
    act: ['stock'],
    bare: true,
    units: COUNT_OF_FIRMS,
    not: ['pool', 'apply', 'certify'],
    period: 'CUM',
    examples: [
      { text: '国家高新技术企业保有量290家。', rows: [{ value: 290, period: 'CUM' }] },
      { text: '国家高新技术企业大幅跃升至7400多家。', rows: [{ value: 7400, period: 'CUM' }] },
      { text: '全县有913家高新技术企业。', rows: [{ value: 913, period: 'CUM' }] },
      { text: '高新技术企业总数达到913家。', rows: [{ value: 913, period: 'CUM' }] },
      { text: '全县共有高新技术企业28家,其中今年新认定6家。', rows: [{ value: 28, period: 'CUM' }] },
      { text: '全市有效期内高新技术企业1200家。', rows: [{ value: 1200, period: 'CUM' }] },
      { text: '累计培育国家高新技术企业58家。', rows: [{ value: 58, period: 'CUM' }] },
    ],
  },
  {
    id: 'hte_reserve',
    indicator: 'hte_reserve',
    thing: ['hte'],
    act: ['pool', 'nurture'],
    units: COUNT_OF_FIRMS,
    not: ['sinceStart'],
    examples: [
      { text: '126家企业纳入高企培育库。', rows: [{ value: 126 }] },
      { text: '新培育高新技术企业2家。', rows: [{ value: 2 }] },
      { text: '我市有71家企业列入省级高新技术企业后备库。', rows: [{ value: 71 }] },
      { text: '组织申报省高新技术企业培育 4 家。', rows: [{ value: 4 }] },
      { text: '目前新增3家申请高新技术企业资料入库培育的企业。', rows: [{ value: 3 }] },
    ],
  },

  // ── 科技企业 ──
  {
    id: 'tsme',
    indicator: 'tsme',
    thing: ['tsme'],
    act: ['certify', 'apply', 'pool', 'nurture', 'stock'],
    bare: true,
    units: COUNT_OF_FIRMS,
    examples: [
      { text: '100家企业获认定科技型中小企业。', rows: [{ value: 100 }] },
      { text: '科技型中小企业评价入库完成公示1360家。', rows: [{ value: 1360 }] },
      { text: '新增科技型中小企业95家,总数达295家。', rows: [{ value: 95 }, { value: 295, period: 'CUM' }] },
      { text: '备案科技型中小企业318家。', rows: [{ value: 318 }] },
      { text: '目前累计入库科技型中小企业61家。', rows: [{ value: 61, period: 'CUM' }] },
      { text: '新增省科技型中小企业2213家。', rows: [{ value: 2213, scope: true }] },
      { text: '全市科技型中小微企业总数突破1万家。', rows: [{ value: 10000, period: 'CUM' }] },
      { text: '认定科技型中小企业X家。', rows: [{ value: null }] },
      { text: '累计培育高新技术企业532家,科技型中小企业1680家。', rows: [{ value: 1680, period: 'CUM' }] },
      { text: '培育入库95家科技型中小企业。', rows: [{ value: 95 }] },
    ],
  },
  {
    id: 'innovative_enterprises',
    indicator: 'innovative_enterprises',
    thing: ['innovative'],
    act: ['certify', 'apply', 'nurture', 'stock'],
    bare: true,
    units: COUNT_OF_FIRMS,
    examples: [
      { text: '新培育省级创新型企业6家。', rows: [{ value: 6 }] },
      { text: '使我市省级创新型试点企业达到12家。', rows: [{ value: 12, period: 'CUM', scope: true }] },
      { text: '国家级创新型(试点)企业7家、省级创新型(试点)企业186家。', rows: [{ value: 7, scope: true }, { value: 186, scope: true }] },
      { text: '认定创新型领军企业18家。', rows: [{ value: 18 }] },
      { text: '培育创新型初创企业30家。', rows: [] },
      { text: '1 家企业(阳光机械)申报省创新型(试点)企业。', rows: [{ value: 1, scope: true }] },
    ],
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
      { text: '上半年,共组织申报各类科技计划项目143项。', rows: [{ value: 143, scope: false }] },
      { text: '组织申报国家星火计划项目2项。', rows: [{ value: 2, scope: true }] },
      { text: '共申报省科技项目4项。', rows: [{ value: 4, scope: true }] },
      { text: '我县申报国家、省、市农社科技项目共9项,其中国家级1项,省级5项,市级3项。', rows: [{ value: 9, scope: true }, { value: 1, scope: true }, { value: 5, scope: true }, { value: 3, scope: true }] },
      { text: '已经组织企业申报省级项目*项,市级项目*项。', rows: [{ value: null, scope: true }, { value: null, scope: true }] },
      { text: '准备申报的项目3个。', rows: [{ value: 3, status: 'target' }] },
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
      { text: '申报省级项目3项,其中两项省级项目和一项市级项目已经获得立项。', rows: [{ value: 2 }, { value: 1 }] },
      { text: 'xx年争取国家、省各类科技计划项目30项。', rows: [{ value: 30, scope: false }] },
      { text: '共争取各类国家科技计划项目220余项。', rows: [{ value: 220, scope: true }] },
      { text: '列入省级科技计划项目10个。', rows: [{ value: 10, scope: true }] },
      { text: '共申报科技项目120项,获批各类科技计划项目82项。', rows: [{ value: 82 }] },
      { text: '有26个项目被列入科技计划项目。', rows: [{ value: 26 }] },
      { text: '其中列入国家火炬计划2项,国家星火计划1项。', rows: [{ value: 2, scope: true }, { value: 1, scope: true }] },
      { text: '市级科技计划立项52项。', rows: [{ value: 52, scope: true }] },
      { text: '全年科技项目获批立项38项。', rows: [{ value: 38 }] },
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
      { text: '获国家科技经费支持4000余万元。', rows: [{ value: 4000, scope: true }] },
      { text: '争取国家资金563万元,争取省资金300万元。', rows: [{ value: 563, scope: true }, { value: 300, scope: true }] },
      { text: '获无偿资金支持xx万元。', rows: [{ value: null }] },
      { text: '全年兑现各类科技创新奖励扶持资金1.2亿元。', rows: [{ value: 12000 }] },
    ],
  },

  // ── 高新技术产业 ──
  {
    id: 'hitech_output',
    indicator: 'hitech_output',
    thing: ['hitechOutput'],
    units: MONEY,
    examples: [
      { text: '1-9月高新技术产业产值27.6亿。', rows: [{ value: 27.6 }] },
      { text: '一季度,全市实现高新技术产值349亿元,同比增长19%。', rows: [{ value: 349, period: 'Q1' }] },
      { text: '规模以上高新技术产品产值达到3305亿元,同比增长25.9%。', rows: [{ value: 3305 }] },
      { text: '高新技术产业产值完成560亿元,增长15.3%。', rows: [{ value: 560 }] },
    ],
  },
  {
    id: 'hitech_output.apart',
    indicator: 'hitech_output',
    thing: ['hitech'],
    act: ['outputWord'],
    units: MONEY,
    not: ['share'],
    examples: [
      { text: '规模以上高新技术产业实现产值345.43亿元。', rows: [{ value: 345.43 }] },
      { text: '实现高技术产业产值500亿元。', rows: [] },
      { text: '全年完成高新技术产业投资85亿元。', rows: [] },
    ],
  },
  {
    id: 'hitech_value_added.apart',
    indicator: 'hitech_value_added',
    thing: ['hitech'],
    act: ['valueAddedWord'],
    units: MONEY,
    not: ['share'],
    examples: [{ text: '高新技术产业实现增加值1337.5亿元,同比增长10.4%。', rows: [{ value: 1337.5 }] }],
  },
  {
    id: 'hitech_output_growth',
    indicator: 'hitech_output_growth',
    thing: ['hitechOutput'],
    act: ['growth'],
    thingNear: true,
    units: ['%'],
    not: ['share'],
    examples: [
      { text: '高新技术产值同比增长12.5%。', rows: [{ value: 12.5 }] },
      { text: '高新技术产业产值增长15.2%。', rows: [{ value: 15.2 }] },
      { text: '高新技术产业产值完成560亿元,增长15.3%。', rows: [{ value: 15.3 }], by: 'link.growth' },
      { text: '高新技术产业增加值占规模以上工业增加值比重达到45.2%,比上年提高2个百分点。', rows: [] },
    ],
  },
  {
    id: 'hitech_value_added',
    indicator: 'hitech_value_added',
    thing: ['hitechValueAdded'],
    units: MONEY,
    examples: [
      { text: '高新技术产业增加值6.9亿。', rows: [{ value: 6.9 }] },
      { text: '全市实现高新技术产业增加值630.4亿元,增长7.7%。', rows: [{ value: 630.4 }] },
      { text: '高新技术产业增加值亿元,同比分别增长19%和%。', rows: [{ value: null }] },
      { text: '我区高新产业增加值9.7亿元。', rows: [{ value: 9.7 }] },
    ],
  },
  {
    id: 'hitech_value_added_growth',
    indicator: 'hitech_value_added_growth',
    thing: ['hitechValueAdded'],
    act: ['growth'],
    thingNear: true,
    units: ['%'],
    not: ['share'],
    examples: [
      { text: '1-5月份,全市高新技术产业增加值增速为%。', rows: [{ value: null }] },
      { text: 'xx高新技术产业增加值累计增速为12.2%。', rows: [{ value: 12.2, period: 'YTD' }] },
    ],
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
      { text: '全社会研发投入从2015年的3.2亿元增长到5.1亿元。', rows: [{ value: 3.2 }, { value: 5.1 }], by: 'link.grown_to' },
      { text: '完成规上工业企业研发投入58.26亿元。', rows: [{ value: 58.26, scope: true }] },
      { text: '全县规模以上工业企业R&D经费支出11.55亿元。', rows: [{ value: 11.55, scope: true }] },
      { text: '预计全年研发经费支出231.5亿元。', rows: [{ value: 231.5, status: 'forecast' }] },
      { text: '预计完成全社会科技研发投入X万元。', rows: [{ value: null, status: 'forecast' }] },
      { text: '全社会研发投入16000万元。', rows: [{ value: 1.6 }] },
      { text: '我区科技研发投入2024年国家认可数据为x.xx亿元,占GDP比重x.x%。', rows: [{ value: null, period: 'FY' }] },
      { text: '完成研发经费 0.4 亿元任务。', rows: [{ value: 0.4, status: 'target' }] },
    ],
  },
  {
    id: 'rd_intensity',
    indicator: 'rd_intensity',
    thing: ['intensity'],
    units: ['%'],
    not: ['revenue', 'enterprise'],
    examples: [
      { text: '全市R&D投入强度提升至3.54%。', rows: [{ value: 3.54 }] },
      { text: '投入强度达5.88%。', rows: [{ value: 5.88 }] },
      { text: '规模以上工业企业研发费用投入强度预计可达X%。', rows: [] },
    ],
  },
  {
    id: 'rd_intensity.of_gdp',
    indicator: 'rd_intensity',
    thing: ['ofGdp'],
    act: ['rd'],
    bare: true,
    units: ['%'],
    not: ['revenue', 'hitechValueAdded', 'hitechOutput', 'hitech', 'valueAddedWord', 'outputWord'],
    bareNot: ['revenue', 'hitechValueAdded', 'hitechOutput', 'hitech', 'valueAddedWord', 'outputWord'],
    examples: [
      { text: '研究与试验发展经费支出占地区生产总值比重预计达0.18%。', rows: [{ value: 0.18, status: 'forecast' }] },
      { text: '研发经费占营业收入比重3%。', rows: [] },
      { text: 'R&D经费支出占GDP的比重为3.87%。', rows: [{ value: 3.87 }] },
      { text: '全社会R&D经费支出占GDP比重达到2.5%。', rows: [{ value: 2.5 }] },
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
      { text: '鼎城发明专利申请量为1 47件。', rows: [{ value: 147, scope: true }] },
    ],
  },
  {
    id: 'patents_granted',
    indicator: 'patents_granted',
    thing: ['patent'],
    act: ['patentGrant'],
    units: COUNT_OF_ITEMS,
    not: ['patentStock'],
    examples: [
      { text: '授权发明专利17件。', rows: [{ value: 17 }] },
      { text: '创造专利授权量达171件。', rows: [{ value: 171 }] },
      { text: '授权发明专利129件。', rows: [{ value: 129, scope: true }] },
    ],
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
      { text: '实现技术交易额16.06亿元。', rows: [{ value: 16.06 }] },
      { text: '完成技术交易额81.8亿元,同比增长66.2%。', rows: [{ value: 81.8 }] },
      { text: '全市技术合同登记成交额达到45.6亿元,同比增长23%。', rows: [{ value: 45.6 }] },
      { text: '全年技术合同登记额达15.3亿元。', rows: [{ value: 15.3 }] },
      { text: '完成吸纳技术合同交易额50.61亿元,输出技术合同交易额11.99亿元。', rows: [{ value: 50.61, scope: true }, { value: 11.99, scope: true }] },
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
    bareNot: ['apply'],
    examples: [
      { text: '全区现有805个创新平台。', rows: [{ value: 805, period: 'CUM' }] },
      { text: '新增省市级科研平台14家。', rows: [{ value: 14 }] },
      { text: '4家省实验室建设全面启动。', rows: [{ value: 4 }] },
      { text: '新增国家级孵化器2家,国家备案众创空间12家,国家级星创天地19家。', rows: [{ value: 2, scope: true }, { value: 12, scope: true }, { value: 19, scope: true }] },
      { text: '全年拟认定市级创新平台20家。', rows: [{ value: 20, status: 'target', scope: true }] },
      { text: '成功申报市级技术创新中心x个。', rows: [{ value: null, scope: true }] },
      { text: '组建7个湖北实验室,对每个湖北实验室每年给予5000万元运行经费支持。', rows: [{ value: 7, scope: true }] },
      { text: '青岛市国家级孵化载体累计达到129家。', rows: [{ value: 129, period: 'CUM', scope: true }] },
      { text: '全市省级以上研发机构达到120家。', rows: [{ value: 120, period: 'CUM', scope: true }] },
    ],
  },

  // ── 服务 ──
  {
    id: 'enterprises_served',
    indicator: 'enterprises_served',
    thing: ['enterprise'],
    act: ['serve'],
    actNear: true,
    units: ['家'],
    examples: [
      { text: '深入企业开展服务,共走访企业86家。', rows: [{ value: 86 }] },
      { text: '局机关科技帮扶走访基层企业122家(次)。', rows: [{ value: 122 }] },
      { text: '深入淮矿集团、淮海实业、安徽科技等20余家重点企业。', rows: [{ value: 20 }] },
    ],
  },
  {
    id: 'problems_collected',
    indicator: 'problems_collected',
    thing: ['problem'],
    act: ['collect'],
    units: COUNT_OF_ITEMS,
    examples: [
      { text: '征集企业技术需求52项。', rows: [{ value: 52 }] },
      { text: '梳理基层企业发展难题142项。', rows: [{ value: 142 }] },
      { text: '征集技术难题86项。', rows: [{ value: 86 }] },
    ],
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
    act: ['reach'],
    bare: true,
    units: [...COUNT_OF_ITEMS, '家'],
    examples: [
      { text: '新增产学研合作企业120家。', rows: [{ value: 120 }] },
      { text: '达成合作意向15项。', rows: [{ value: 15 }] },
      { text: '签订产学研合作协议3项。', rows: [{ value: 3 }] },
      { text: '现场签约项目12个。', rows: [{ value: 12 }] },
    ],
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
      { text: '组织形式多样的科普活动14次。', rows: [{ value: 14 }] },
      { text: '全年举办科技对接活动15场次。', rows: [{ value: 15 }] },
      { text: '组织开展科技下乡活动25场次,发放资料3万余份。', rows: [{ value: 25 }] },
      { text: '组织召开培训会议*次。', rows: [{ value: null }] },
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
    act: ['appoint'],
    bare: true,
    units: ['人'],
    examples: [
      { text: '组织362名省级“三区人才”到基层开展服务。', rows: [{ value: 362 }] },
      { text: '我局聘任了25位科技指导员。', rows: [{ value: 25 }] },
      { text: '选派2019年度三区人才15名。', rows: [{ value: 15, scope: true }] },
      { text: '全县共有科技特派员86名。', rows: [{ value: 86 }] },
    ],
  },
];
