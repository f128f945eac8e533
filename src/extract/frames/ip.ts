// 专利 applied for and granted; 技术合同成交额.
import { COUNT_OF_ITEMS, MONEY, type Frame } from './frame.ts';

export const frames: Frame[] = [
  {
    id: 'patents_applied',
    indicator: 'patents_applied',
    thing: ['patent'],
    act: ['patentApply'],
    units: COUNT_OF_ITEMS,
    // (applications only pre-examined or withdrawn are no applications of the year)
    not: ['patentStock', 'firstRound', 'withdrawn', 'patentCase'],
    examples: [
      // applications a patent office takes in (受理, or 授理 as a page may misspell it); not its cases
      { text: '全县专利受理252件,授权130件。', rows: [{ value: 252 }] },
      { text: '国家授理专利252项。', rows: [{ value: 252 }] },
      { text: '全年受理专利纠纷案件5件,受理专利侵权投诉7件。', rows: [] },
      // last year's figure in brackets after the year's is its baseline, no part of it
      { text: '2016年,全市完成专利申请686件(上年同期512件)。', rows: [{ value: 686, scope: false }, { value: 512, scope: false }], by: 'link.baseline' },
      { text: '申请专利305件。', rows: [{ value: 305 }] },
      { text: '全县企业申报专利11件,授权5件。', rows: [{ value: 11 }] },
      { text: 'PCT申请完成45件。', rows: [{ value: 45, scope: true }] },
      { text: '扶持企业申请国家专利12个。', rows: [{ value: 12 }] },
      { text: '鼎城发明专利申请量为1 47件。', rows: [{ value: 147, scope: true }] },
      // the number missing before the unit that ends its clause; 申请件数 is a noun
      { text: '全年专利申请件,授权1860件。', rows: [{ value: null }], by: 'patents_applied.applications' },
      { text: '专利申请件数逐年增加。', rows: [] },
      // a figure a clause only states is what the clause before names
      { text: '专利申请量同比基本持平,全年为5420件。', rows: [{ value: 5420 }], by: 'link.stated_after(patents_applied.applications)' },
      { text: '依托路演平台,为100家企业发放科技贷款5亿元。', rows: [] },
      // this year, so far; the end of June is the first half
      { text: '截至目前,今年已受理专利申请2380件。', rows: [{ value: 2380, period: 'YTD' }], by: 'patents_applied.applications' },
      // what a name reached, after its growth
      { text: '专利申请量比上年增长12%,达到4500件。', rows: [{ value: 4500 }], by: 'link.reached_after_growth(patents_applied.applications)' },
      { text: '规上工业营业收入同比增长12%,达到45亿元。', rows: [] },
    ],
  },
  {
    id: 'patents_granted',
    indicator: 'patents_granted',
    thing: ['patent'],
    act: ['patentGrant'],
    units: COUNT_OF_ITEMS,
    not: ['patentStock', 'patentCase'],
    examples: [
      // cases about patents are no patents
      { text: '全年专利授权312件;开展知识产权执法检查3次,查处假冒专利案件2件。', rows: [{ value: 312 }], by: 'patents_granted.grants' },
      // a numeral written out with 万 inside it, whole
      { text: '全市授权专利一万二千三百件。', rows: [{ value: 12300 }] },
      // a note in brackets after an item of a 分别 list is none of the list
      { text: '全区专利申请量和授权量分别为1312件(其中发明专利286件)和758件(其中发明专利71件)。', rows: [{ value: 758, scope: false }, { value: 71, scope: true }], by: 'patents_granted.grants' },
      // a part of each figure a 分别 before listed, in turn
      { text: '上半年,全市专利申请及授权分别达到3120件、1650件,其中发明专利分别为485件、73件。', rows: [{ value: 1650, scope: false }, { value: 73, scope: true }], by: 'patents_granted.grants' },
      // a running total said once for every name
      { text: '专利申请量、授权量累计分别达到2810件、1640件。', rows: [{ value: 1640, period: 'CUM' }], by: 'link.respectively(patents_granted.grants)' },
      // …or of each figure listed right before, once its short name is read
      { text: '全年专利申请量412件、授权量233件,其中发明专利分别为87件和26件。', rows: [{ value: 233, scope: false }, { value: 26, scope: true }], by: 'link.respectively_parts(link.shorthand(frame.patents_granted))' },
      // a count that names its own year continues no stock before it
      { text: '有效发明专利拥有量2876件,全年专利授权5132件。', rows: [{ value: 5132, period: 'FY' }], by: 'patents_granted.grants' },
      // the months so far written in numerals
      { text: '一至十月,全市授权专利1230件。', rows: [{ value: 1230, period: 'YTD' }] },
      { text: '全市专利申请量6200件,授权量3006件。', rows: [{ value: 3006 }], by: 'link.shorthand(frame.patents_granted)' },
      // …past the growth and the share of the figure before
      { text: '专利申请量6190件,同比增长36.7%,占全省的12.6%,授权量3380件。', rows: [{ value: 3380 }], by: 'link.shorthand(frame.patents_granted)' },
      { text: '授权发明专利17件。', rows: [{ value: 17 }] },
      // a number missing before its unit is a masked figure
      { text: '全年申请专利56件,授权专利件,分别比上年增长18%和%。', rows: [{ value: null }] },
      { text: '创造专利授权量达171件。', rows: [{ value: 171 }] },
      { text: '授权发明专利129件。', rows: [{ value: 129, scope: true }] },
      { text: '发明专利授权量同比增长31%,达到890件。', rows: [{ value: 890, scope: true }], by: 'link.reached_after_growth(patents_granted.grants)' },
    ],
  },
  {
    id: 'tech_contract_value',
    indicator: 'tech_contract_value',
    thing: ['techContract'],
    alsoAct: ['amountReached'],
    units: MONEY,
    // (nor the tax a deal spared: "为企业办理技术交易税收减免1.1亿元")
    not: ['revenue', 'investment', 'average', 'taxRelief'],
    examples: [
      // a table's rows of years, the last of a part of the report's year
      { text: '一、2018年全市科技成果转化基本情况\n年份\t技术合同成交额(亿元)\t专利申请量(件)\n2016\t8.17\t3862\n2017\t11.35\t4710\n2018年1-9月\t9.86\t4126\n', rows: [{ value: 8.17, period: 'FY' }, { value: 11.35, period: 'FY' }, { value: 9.86, period: 'YTD' }], by: 'link.table_column' },
      // the tax a deal spared is no deal's value
      { text: '为企业办理技术交易税收减免1.1亿元。', rows: [] },
      { text: '全市技术市场合同交易额完成7.6亿元,完成目标任务的118%。', rows: [{ value: 7.6 }] },
      { text: '援疆省份2023年技术合同成交额突破4000亿元,高新技术企业总数超过4万家。', rows: [] },
      { text: '合作方所在省份当年技术合同成交额已超过3000亿元。', rows: [] },
      // a statement that opens pointing back (该项指标, 此项工作, 这批企业) reads the thing the one before named
      { text: '技术合同成交额是今年省对市考核的重点指标之一。该项指标全年完成86.4亿元。', rows: [{ value: 86.4 }] },
      { text: '全年技术合同成交额41.2亿元,同比增长22%;2021年为33.8亿元。', rows: [{ value: 41.2 }, { value: 33.8 }], by: 'link.baseline' },
      // a college's own, as the subject of its sentence, are the college's (elsewhere.ts); not what it does with the report's place
      { text: '北疆工业大学现有国家重点实验室3个,去年学校技术合同额达9.8亿元。全市技术合同成交额21.5亿元。', rows: [{ value: 21.5 }] },
      { text: '全市技术合同成交额21.5亿元,其中湘中农业大学与我市企业签订技术合同成交额1.2亿元。', rows: [{ value: 21.5 }, { value: 1.2, scope: true }] },
      // the province's and a neighbour's, set beside the report's own, are theirs (elsewhere.ts)
      { text: '据了解,前三季度全省技术合同成交额达1960亿元,邻市技术合同成交额为48.5亿元;全市技术合同成交额12.3亿元。', rows: [{ value: 12.3 }] },
      // the leaders a report measures itself against, and its peers, are theirs (elsewhere.ts)
      { text: '全市技术合同成交额突破35亿元。和省内先进城市比,我们还有差距,比如大庆市去年技术合同成交额已经超过100亿元。', rows: [{ value: 35 }] },
      { text: '全市技术合同成交额6.83亿元。与我们体量相近的白泽市,去年技术合同成交额已经达到3.1亿元。', rows: [{ value: 6.83 }] },
      // a partner's, named as the subject of its clause in a sentence about the partnership, are the partner's (elsewhere.ts)
      { text: '深化与福建省泉溪市的科技协作,泉溪市全年技术合同成交额超过90亿元。全市技术合同成交额6.83亿元。', rows: [{ value: 6.83 }] },
      // a target stated with its figure, then what was done against it
      { text: '(五)技术合同。任务技术合同登记额1.5亿元,完成2.03亿元。', rows: [{ value: 1.5, status: 'target' }, { value: 2.03, status: 'actual' }] },
      // the task set from above, named with who set it
      // …after a figure a rule of last resort read
      { text: '上半年登记技术合同9项,成交额0.21亿元,仅为年度目标(0.8亿元)的26%。', rows: [{ value: 0.21, status: 'actual' }, { value: 0.8, status: 'target' }], by: 'link.reached_again' },
      { text: '全年技术合同成交额14.6亿元,完成省考核目标(12亿元)的121.7%。', rows: [{ value: 14.6, status: 'actual' }, { value: 12, status: 'target' }], by: 'link.reached_again' },
      // places listed before 分别, the thing after the last: each place's figure is a part
      // …or the words of the clause before ("连年攀升"), and the total they are said to add up to no part of them
      {
        text: '技术合同成交额连年攀升,2021—2023年分别为12.4亿元、16.8亿元和22.5亿元,三年累计达到51.7亿元。',
        rows: [{ value: 12.4 }, { value: 16.8 }, { value: 22.5 }, { value: 51.7, period: 'CUM', scope: false }],
        by: 'link.year_by_year(frame.tech_contract_value)',
      },
      { text: '渭宁新区、塬上区技术合同成交额分别完成4.6亿元和2.8亿元。', rows: [{ value: 4.6, scope: true }, { value: 2.8, scope: true }], by: 'link.respectively(frame.tech_contract_value)' },
      // the task in a bracket is the whole year's, whatever part of it the figure before is for
      { text: '1-10月,技术合同登记额53.2亿元,完成全年目标任务(65亿元)的81.8%。', rows: [{ value: 53.2, period: 'YTD' }, { value: 65, period: 'FY', status: 'target' }], by: 'link.reached_again' },
      // after 其中, a figure of the indicator its sentence just gave is a part of that one
      { text: '全年共认定登记技术合同8620项,成交额412.58亿元,其中技术交易额301.26亿元。', rows: [{ value: 412.58, scope: false }, { value: 301.26, scope: true }] },
      { text: '全市技术合同成交额10月底达到62.3亿元。', rows: [{ value: 62.3 }] },
      { text: '技术交易额完成579.2万元。', rows: [{ value: 0.05792 }] },
      { text: '技術合同成交額突破7億元。', rows: [{ value: 7 }] },
      { text: '2019年全区技术合同成交额4.6亿元,是2015年1.1亿元的4倍多。', rows: [{ value: 4.6 }, { value: 1.1 }], by: 'link.baseline' },
      // the task a share of is stated with is a target
      { text: '完成技术合同登记额4.15亿元,完成全年目标任务8亿元的51.9%。', rows: [{ value: 4.15, status: 'actual' }, { value: 8, status: 'target' }] },
      { text: '截至目前,本年度技术合同登记额达到3.2亿元,超额完成全年2.5亿元的目标任务。', rows: [{ value: 3.2, status: 'actual' }, { value: 2.5, status: 'target', period: 'FY' }] },
      { text: '技术合同交易额逐年递增,2020年达到1.25亿元。', rows: [{ value: 1.25 }] },
      { text: '实现技术交易额16.06亿元。', rows: [{ value: 16.06 }] },
      // the months of a span however they are joined (1-5月, 1至5月, 1—5月)
      { text: '今年1至5月,全市技术合同成交额达到6.8亿元。', rows: [{ value: 6.8, period: 'YTD' }] },
      // the first months counted from the start (前10个月 so far; 前三个月 is the first quarter)
      { text: '今年前10个月,全市技术合同成交额达56亿元。', rows: [{ value: 56, period: 'YTD' }] },
      { text: '前三个月,技术合同成交额达到8.2亿元。', rows: [{ value: 8.2, period: 'Q1' }] },
      // a label and its figure
      { text: '技术合同成交额:12.6亿元。', rows: [{ value: 12.6 }] },
      { text: '完成技术交易额81.8亿元,同比增长66.2%。', rows: [{ value: 81.8 }] },
      { text: '全市技术合同登记成交额达到45.6亿元,同比增长23%。', rows: [{ value: 45.6 }] },
      { text: '全年技术合同登记额达15.3亿元。', rows: [{ value: 15.3 }] },
      { text: '完成吸纳技术合同交易额32.47亿元,输出技术合同交易额8.06亿元。', rows: [{ value: 32.47, scope: true }, { value: 8.06, scope: true }] },
      // the kinds of contract, each a part
      { text: '按合同类别分,技术开发合同成交额9.6亿元,技术转让合同2.1亿元。', rows: [{ value: 9.6, scope: true }, { value: 2.1, scope: true }] },
    ],
  },
];
