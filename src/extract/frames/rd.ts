// 研发投入: R&D spending and its share of GDP.
import { MONEY, type Frame } from './frame.ts';

export const frames: Frame[] = [
  {
    id: 'rd_expenditure',
    indicator: 'rd_expenditure',
    thing: ['rd'],
    alsoAct: ['amountReached'],
    units: MONEY,
    not: ['revenue', 'investment', 'share', 'taxRelief', 'average', 'subsidy', 'fundingAct'],
    examples: [
      // research money won from above is funding, no spending on research
      { text: '组织辖区企业申报省疫情防控应急科研攻关项目,其中2项获批立项,争取应急科研经费80万元。', rows: [] },
      // the economy's output is no spending the statement before named
      { text: '以研发投入攻坚为突破口,推动全县科技工作取得新成效。全县完成地区生产总值96.4亿元,同比增长6.8%。', rows: [] },
      // a clause of only a year and 为 counts what the clause before names, even with Latin letters in its name
      { text: '注:全社会R&D经费投入由统计部门次年发布,2018年为27.9亿元。', rows: [{ value: 27.9 }] },
      // each year's figure listed after 、 with its year
      { text: '全社会研发经费2021年为6.84亿元、2022年为7.92亿元。', rows: [{ value: 6.84 }, { value: 7.92 }], by: 'link.baseline' },
      // a share of the revenue after a part is no part of the intensity
      { text: 'R&D经费支出达到21.36亿元,占地区生产总值的比重为1.04%;其中规模以上工业企业R&D经费支出15.8亿元,相当于其主营业务收入的0.61%。', rows: [{ value: 21.36 }, { value: 15.8 }] },
      // a government's own spending on science is no R&D, nor a part of it
      { text: '全县R&D经费支出5862万元,其中规模以上工业企业R&D经费支出3915万元;财政科学技术支出1260万元。', rows: [{ value: 0.5862 }, { value: 0.3915 }] },
      { text: '区财政科技支出达到5.8亿元,占一般公共预算支出的6.1%。', rows: [] },
      // a sentence that opens on the province speaks of it, until it turns back to the report's own place
      { text: '从全省看,2023年全省研发经费投入980亿元,研发投入强度2.3%。我市研发经费投入21.6亿元。', rows: [{ value: 21.6 }] },
      // a clause that only reaches for the figure before, past that figure's growth, is of that figure's indicator
      { text: '1-6月,全市R&D投入预计达到9.3亿元,同比增长15.2%,年度目标任务为21亿元。', rows: [{ value: 9.3, status: 'forecast' }, { value: 21, status: 'target' }], by: 'link.reached_again' },
      { text: '全市ＲＤ经费投入预计全年达到２２．６亿元。', rows: [{ value: 22.6, status: 'forecast' }] },
      { text: '高新技术企业达125家;研发投入99.95亿元,较上年度增长1.04亿元。', rows: [{ value: 99.95, scope: false }] },
      { text: '落实研发费用加计扣除12亿元。', rows: [] },
      // R&D spending of some firms is a part (the labelling guide: 规上工业企业)
      { text: '截至5月底,已有71家企业填报了研发投入月报,共计5.2亿元研发费用。', rows: [{ value: 5.2, period: 'YTD', scope: true }] },
      { text: '全县规上工业研发费用1.76亿元。', rows: [{ value: 1.76, scope: true }] },
      // a statistical bulletin's R&D by kind of activity: each a part
      { text: '分活动类型看,全市基础研究经费0.84亿元,比上年增长6.1%;应用研究经费3.37亿元;试验发展经费27.97亿元。', rows: [{ value: 0.84, scope: true }, { value: 3.37, scope: true }, { value: 27.97, scope: true }] },
      // places listed past a threshold, each figure in its bracket: parts; the threshold none
      { text: '分县市区看,R&D经费支出超过5亿元的有荆岚经济开发区(9.6亿元)、楚原区(7.3亿元)和漳河市(5.4亿元)。', rows: [{ value: 9.6, scope: true }, { value: 7.3, scope: true }, { value: 5.4, scope: true }], by: 'link.places_in_brackets' },
      // firms that applied for something else spend nothing here
      { text: '组织81家企业申报高新技术企业,R&D经费支出27.6亿元。', rows: [{ value: 27.6, scope: false }] },
      { text: '全市全社会研究与试验发展经费完成(R&D)27.1亿元。', rows: [{ value: 27.1 }] },
      { text: '我县R&D经费投入1.1亿。', rows: [{ value: 1.1 }] },
      { text: '指标\t单位\t完成值\n研发经费投入\t亿元\t27.1\n', rows: [{ value: 27.1 }] },
      { text: '全社会研发投入从2015年的3.2亿元增长到5.1亿元。', rows: [{ value: 3.2 }, { value: 5.1 }], by: 'link.grown_to' },
      { text: '完成规上工业企业研发投入58.26亿元。', rows: [{ value: 58.26, scope: true }] },
      { text: '全县规模以上工业企业R&D经费支出11.55亿元。', rows: [{ value: 11.55, scope: true }] },
      { text: '预计全年研发经费支出231.5亿元。', rows: [{ value: 231.5, status: 'forecast' }] },
      { text: '预计完成全社会科技研发投入X万元。', rows: [{ value: null, status: 'forecast' }] },
      { text: '全社会研发投入16000万元。', rows: [{ value: 1.6 }] },
      { text: '我县研发经费投入2023年经国家认可为x.xx亿元,占GDP比重x.x%。', rows: [{ value: null, period: 'FY' }] },
      { text: '完成研发经费 0.4 亿元任务。', rows: [{ value: 0.4, status: 'target' }] },
    ],
  },
  {
    id: 'rd_intensity',
    indicator: 'rd_intensity',
    thing: ['intensity'],
    units: ['%'],
    // firms' R&D over their revenue, not over GDP ("规上工业企业研发投入强度达2.55%")
    not: ['revenue', 'enterprise', 'otherThing', 'hte', 'average'],
    examples: [
      // each item after ; of a statement that opens, after a time and a subject, on 力争
      { text: '今年,我们要力争实现“三个新”:新认定高新技术企业40家;研发投入强度达到1%;技术合同成交额突破10亿元。', rows: [{ value: 1, status: 'target' }] },
      // a share in per mille, as older reports give it
      { text: '2010年,全县研发投入占GDP的比重为6.8‰。', rows: [{ value: 0.68 }], by: 'rd_intensity.share_of_gdp' },
      // the province's or the nation's in a bracket beside the report's own are theirs (elsewhere.ts)
      { text: '研发投入强度2.41%(全省平均为2.36%),列全省第5位。', rows: [{ value: 2.41 }] },
      // …in a year to come; a share named before the figure before, grown to the next
      { text: '研发投入强度由2020年的1.92%提高到2024年的2.86%,2025年预计达到3.0%。', rows: [{ value: 1.92 }, { value: 2.86 }, { value: 3, status: 'forecast' }], by: 'link.reached_again' },
      // a percentage written out
      { text: '全社会研发投入强度达到百分之二点四。', rows: [{ value: 2.4 }] },
      // what a plan says must be reached is a target
      { text: '按照“十四五”规划,研发投入强度“十四五”末要达到2.9%。', rows: [{ value: 2.9, status: 'target' }] },
      { text: '全市有3个县研发投入强度均低于1%。', rows: [] },
      { text: '四是县域科技创新能力参差不齐,4个县市区研发投入强度低于1.5%,个别县区R&D经费占GDP比重不足0.5%。', rows: [] },
      { text: 'R&D经费支出与地区生产总值之比为1.74%,比上年提高0.12个百分点。', rows: [{ value: 1.74 }], by: 'frame.rd_intensity.of_gdp' },
      // 强度 after the spending is its intensity; what it is set against, and a part's growth, are none
      { text: '2021年全县研发投入3260万元,强度仅0.41%,远低于全市1.1%的水平。', rows: [{ value: 0.41 }], by: 'link.intensity' },
      { text: '全社会研发经费投入1.62亿元,研发投入强度0.98%;其中规上工业企业研发经费投入1.35亿元,同比增长23.6%。', rows: [{ value: 0.98 }] },
      // a sentence that opens on a neighbour speaks of it (elsewhere.ts)
      { text: '省内的绵江市,研发投入强度已达3.1%。我市研发投入强度2.2%。', rows: [{ value: 2.2 }] },
      // a rate of something else listed after it is no part of it
      { text: '今年主要预期目标是:地区生产总值增长6%左右;研发投入强度达到2.3%;城镇调查失业率控制在5.5%以内。', rows: [{ value: 2.3, status: 'target' }] },
      // a headline rounding the figure its body states (headline.ts)
      { text: '楠溪县研发投入强度首破2%\n2022年,楠溪县研发投入强度达2.04%。', rows: [{ value: 2.04 }] },
      // neighbouring counties' are not the report's own
      { text: '周边的两个兄弟县去年研发投入强度分别达到2.4%和1.9%。', rows: [] },
      // an average the report's own is measured against is not its own
      { text: '一是研发投入强度与全市平均水平(2.6%左右)仍有差距。', rows: [] },
      // a fraction whose last digits are hidden is masked
      { text: '全县研发投入强度预计0.6*%。', rows: [{ value: null, status: 'forecast' }] },
      // society's R&D as a share is of GDP
      { text: '预计全社会研发投入占比达2.1%。', rows: [{ value: 2.1, status: 'forecast' }] },
      // a 预期目标 is a goal, not a forecast
      { text: '2025年全市经济社会发展的主要预期目标是:地区生产总值增长6%左右,研发投入强度达到2.45%。', rows: [{ value: 2.45, status: 'target' }] },
      // a year gone by's figure its own clause forecasts (not yet out) is a forecast
      { text: '椰澜市科技局2024年5月工作月报\n据测算,预计2023年全市研发投入强度在0.5%左右。', rows: [{ value: 0.5, status: 'forecast' }] },
      { text: '全市R&D投入强度提升至3.54%。', rows: [{ value: 3.54 }] },
      { text: '投入强度达5.88%。', rows: [{ value: 5.88 }] },
      { text: '全市R&D经费投入强度预计超过3.2%。', rows: [{ value: 3.2, status: 'forecast' }] },
      { text: '全社会研发经费强度2.5%。', rows: [{ value: 2.5 }] },
      { text: '规模以上工业企业研发费用投入强度预计可达X%。', rows: [] },
      { text: '规上工业企业研发投入强度达2.55%。', rows: [] },
    ],
  },
  {
    id: 'rd_intensity.of_gdp',
    indicator: 'rd_intensity',
    thing: ['ofGdp'],
    act: ['rd'],
    bare: true,
    units: ['%'],
    not: ['revenue', 'hitechValueAdded', 'hitechOutput', 'hitech', 'valueAddedWord', 'outputWord', 'techContract'],
    bareNot: ['revenue', 'hitechValueAdded', 'hitechOutput', 'hitech', 'valueAddedWord', 'outputWord', 'techContract'],
    examples: [
      // a zone's share of its own output
      { text: '全年研发经费投入占园区生产总值的2.8%。', rows: [{ value: 2.8 }] },
      { text: '研发经费占GDP比重由2010年的1.32%提高到2015年的2.18%,比规划目标高出0.08个百分点。', rows: [{ value: 1.32 }, { value: 2.18 }], by: 'link.grown_to' },
      // a share whose % the writer left out is a percentage
      { text: '全社会研发投入占GDP比重为2.13,居全市第二。', rows: [{ value: 2.13 }] },
      // a statistical bulletin's way of saying it
      { text: '全年R&D经费支出41.82亿元,比上年增长13.6%,相当于全市地区生产总值的1.57%。', rows: [{ value: 1.57 }] },
      { text: '全年R&D经费支出12.6亿元,相当于全县生产总值的1.83%。', rows: [{ value: 1.83 }] },
      { text: '全社会R&D经费投入2.36亿元,占全市生产总值的0.61%。', rows: [{ value: 0.61 }] },
      // a table cell that says it is projected is a forecast
      { text: '序号\t指标\t单位\t目标\t完成\n4\t研发经费支出占GDP比重\t%\t3.1\t3.05(预计)\n', rows: [{ value: 3.1, status: 'target' }, { value: 3.05, status: 'forecast' }], by: 'link.table_row' },
      { text: '推进专业镇技术创新平台建设,专业镇经济总量占全县GDP的46%。', rows: [] },
      // under a heading of tasks or goals, a figure is a target; under one of work done, it is not
      { text: '二、2020年工作目标\n研究与试验发展经费支出占地区生产总值比重2.5%。', rows: [{ value: 2.5, status: 'target' }] },
      { text: '一、2019年目标完成情况\n研究与试验发展经费支出占地区生产总值比重2.1%。', rows: [{ value: 2.1, status: 'actual' }] },
      { text: '研究与试验发展经费支出占地区生产总值比重预计达0.18%。', rows: [{ value: 0.18, status: 'forecast' }] },
      { text: '技术合同成交额占GDP比重2.1%。', rows: [] },
      // the intensity of the spending just stated; the target it was measured against
      { text: '全年研发投入总量46.3亿元,强度达到2.71%。', rows: [{ value: 2.71 }], by: 'link.intensity' },
      { text: '确保全年研发投入强度达到2.1%、力争2.2%。', rows: [{ value: 2.1 }, { value: 2.2 }], by: 'link.reached_again' },
      { text: '研发投入强度达到2.15%,完成目标值2.1%。', rows: [{ value: 2.15, status: 'actual' }, { value: 2.1, status: 'target' }], by: 'link.reached_again' },
      { text: '研发经费占营业收入比重3%。', rows: [] },
      { text: 'R&D经费支出占GDP的比重为3.87%。', rows: [{ value: 3.87 }] },
      { text: '全社会R&D经费支出占GDP比重达到2.5%。', rows: [{ value: 2.5 }] },
    ],
  },
];
