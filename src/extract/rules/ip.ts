// 专利 and the technology market.
import type { Rule } from './rule.ts';

export const rules: Rule[] = [
  {
    id: 'patents_applied.applications',
    indicator: 'patents_applied',
    // (not applications only pre-examined or withdrawn: "预审专利申请1860件", "撤回非正常专利申请310件"; nor so many
    // for each ten thousand people, "每万人口专利申请量为3.1件")
    pattern: '(?<=(?<scope>发明|PCT国际|PCT|国际|实用新型|外观设计)?)专利(?<!(?:预审|撤回|非正常|万人口?(?:发明|实用新型|外观设计)?)专利)(申请)?(申请量|申请|申请缴费)(为|达到|达)?~{F}',
    unlessNear: '有效发明专利',
    examples: [
      // a target the figure was measured against, named with the place that set it
      { text: '全年专利申请量完成156件,为遵岭市下达目标任务(120件)的130%。', rows: [{ value: 156, status: 'actual' }, { value: 120, status: 'target' }], by: 'link.reached_again' },
      // one month's own figures, the sentence opening on that month, are no row
      { text: '11月份当月,全市受理专利申请87件;1-11月累计受理专利申请1050件。', rows: [{ value: 1050, period: 'YTD' }] },
      // the next in a rank, each with its figure in brackets, after the first
      { text: '县经济开发区专利申请量居首位,为226件,其次为城关镇(61件)、落水坪镇(34件)。', rows: [{ value: 226 }, { value: 61, scope: true }, { value: 34, scope: true }], by: 'link.places_in_brackets' },
      { text: '全县专利申请量2011—2013年分别为38件、47件、55件。', rows: [{ value: 38 }, { value: 47 }, { value: 55 }], by: 'link.year_by_year(patents_applied.applications)' },
      { text: '全年预审专利申请1860件,撤回非正常专利申请310件;全市专利申请6820件。', rows: [{ value: 6820 }] },
      { text: '专利申请量和授权量分别突破2.1万件和1.3万件。', rows: [{ value: 21000 }] },
      { text: 'PCT国际专利申请761件。', rows: [{ value: 761, scope: true }] },
      { text: 'PCT专利申请27件。', rows: [{ value: 27, scope: true }] },
      // a list of last year's figures, each beside the figure listed before in turn
      { text: '全市专利申请量9843件、授权量6127件,分别比2018年的7652件、4410件增长28.6%和38.9%。', rows: [{ value: 9843 }, { value: 7652 }] },
      { text: '全县每万人口专利申请量为2.6件。', rows: [] },
      // in a breakdown by place, a place and what it did is a part of the whole before of that act's indicator
      { text: '全市专利申请量9800件,授权5100件。分县区看,东城区专利申请2310件、授权1206件;南湖区申请1640件、授权870件。', rows: [{ value: 9800 }, { value: 2310, scope: true }, { value: 1640, scope: true }] },
      // an item of a self-assessment, its target and what was done each after a label of its own clause
      { text: '专利申请(15分),目标900件,实际完成1046件,自评15分。', rows: [{ value: 900, status: 'target' }, { value: 1046, status: 'actual' }], by: 'link.labelled_item(patents_applied.applications)' },
      { text: '实现专利申请量xxxx件,其中发明专利申请量xxx件。', rows: [{ value: null }, { value: null, scope: true }] },
    ],
  },
  {
    id: 'patents_granted.grants',
    indicator: 'patents_granted',
    pattern: '(?:(?<scope>发明专利)|专利)(?<!万人口?(?:发明)?专利)授权(量)?(为|达到|达)?~{F}|授权(?:(?<scope2>发明专利)|专利)~{F}|授权{F}',
    when: '专利',
    examples: [
      { text: '专利授权量xxxx件,其中发明专利授权xx件。', rows: [{ value: null }, { value: null, scope: true }] },
      { text: '全年专利授权量3256件,其中发明专利授权412件。', rows: [{ value: 3256 }, { value: 412, scope: true }] },
      // each place in turn after 各县(市、区)情况: a place and what it did, a part of that act's whole
      { text: '一季度全市专利申请3210件、授权1856件。各县(市、区)情况:石湖市申请694件、授权402件。', rows: [{ value: 1856, scope: false }, { value: 402, scope: true }] },
      // names parted by slashes, the figures parted the same way after them
      { text: '专利:申请/授权 = 96/41件', rows: [{ value: 41 }], by: 'link.slash_list(patents_granted.grants)' },
      // the places a figure is ranked among are no count
      { text: '全县专利申请量、授权量在全州12个县市中分别居第2位和第3位。', rows: [] },
      // the same thing again for the next parts of the year; one month's own figure no row
      { text: '一季度专利授权2318件,上半年5120件,1-10月8473件;10月当月专利授权812件。', rows: [{ value: 2318, period: 'Q1' }, { value: 5120, period: 'H1' }, { value: 8473, period: 'YTD' }], by: 'link.next_period' },
      // grants after a stock of another thing are the period's; after 累计, all so far
      { text: '全县高新技术企业总数达到9家,专利申请312件授权147件。', rows: [{ value: 147, period: 'FY' }] },
      { text: '累计认定高新技术企业78家;累计申请专利9862件,授权5217件。', rows: [{ value: 5217, period: 'CUM' }] },
      // the total of the patents granted is the year's, not a stock
      { text: '全年发明专利授权735件,增长18.3%;专利授权总量8164件。', rows: [{ value: 735, scope: true }, { value: 8164, period: 'FY' }] },
      // the grants right after the applications of a kind of patent are of that kind
      { text: '发明专利申请36538件,授权10267件。', rows: [{ value: 10267, scope: true }] },
      // acts listed under the topic the statement opens on
      { text: '专利方面,申请、授权分别为2356件、1687件。', rows: [{ value: 1687 }], by: 'link.respectively(patents_granted.grants)' },
      // a list after 分别 ends at a figure of another unit past a comma ("两项指标")
      { text: '2015—2017年,专利授权量分别为860件、1020件、1315件,两项指标增速均超过两成。', rows: [{ value: 860 }, { value: 1020 }, { value: 1315 }], by: 'link.year_by_year(patents_granted.grants)' },
    ],
  },
  {
    id: 'tech_contract_value.turnover',
    indicator: 'tech_contract_value',
    pattern: '(?<=(?<scope>吸纳|输出)?)(技术合同|技术市场|技术)~(成交|交易|登记)(总)?(金)?额(达到|达|为)?{F}|实现(技术)?(交易额|交易总额)(达到|达|为)?{F}',
    examples: [
      { text: '技术市场实现交易额25832023万元。', rows: [{ value: 2583.2023 }] },
      { text: '完成技术市场交易额X万元。', rows: [{ value: null }], by: 'frame.tech_contract_value' },
    ],
  },
  {
    id: 'tech_contract_value.turnover_after_count',
    indicator: 'tech_contract_value',
    pattern: '(成交|交易|合同)(总)?(金)?额(合计|共计|总计)?(达到|达|为)?{F}',
    when: '技术合同|技术市场|技术交易',
    fallback: true,
    examples: [
      // an item's name and a colon, then its year's target and what was done, each after a label of its own
      { text: '4.技术合同成交额:年度目标20亿元,已登记17.8亿元,完成89%。', rows: [{ value: 20, period: 'FY', status: 'target' }, { value: 17.8, status: 'actual' }], by: 'link.labelled_item(tech_contract_value.turnover_after_count)' },
      { text: '全年登记技术合同1200项,成交额35.6亿元。', rows: [{ value: 35.6 }] },
      // the baseline set beside it is read once it is claimed
      { text: '全年登记技术合同940项,成交额21.5亿元,较2020年的16.2亿元增长32.7%。', rows: [{ value: 21.5 }, { value: 16.2 }] },
      { text: '全年完成技术合同登记326项,合同金额2.8亿元。', rows: [{ value: 2.8 }] },
      // the target a share of it done is measured against, set beside it
      { text: '1-5月全市技术合同成交额完成21.46亿元,占全年目标55亿元的39%。', rows: [{ value: 21.46, period: 'YTD', status: 'actual' }, { value: 55, period: 'FY', status: 'target' }], by: 'link.reached_again' },
      // one figure for each part of the year listed before 分别, in turn
      { text: '一季度、上半年、前三季度全市技术合同成交额分别为0.9亿元、2.1亿元和3.6亿元。', rows: [{ value: 0.9, period: 'Q1' }, { value: 2.1, period: 'H1' }, { value: 3.6, period: 'Q1-Q3' }], by: 'link.period_by_period(tech_contract_value.turnover_after_count)' },
      { text: '全年完成技术合同登记128项,成交金额合计9860万元。', rows: [{ value: 0.986 }] },
      // places listed, their amounts in 亿元 and 万元 alike
      { text: '甸南区、罗岗县、勐溪县技术合同成交额分别为2.17亿元、1.08亿元和6200万元。', rows: [{ value: 2.17, scope: true }, { value: 1.08, scope: true }, { value: 0.62, scope: true }], by: 'link.respectively(tech_contract_value.turnover_after_count)' },
      // the parts listed after it, once it is claimed
      { text: '技术合同登记186份,成交额2.37亿元,其中技术开发类1.05亿元、技术服务类0.94亿元。', rows: [{ value: 2.37, scope: false }, { value: 1.05, scope: true }, { value: 0.94, scope: true }] },
      { text: '全市商品交易额120亿元。', rows: [] },
    ],
  },
];
