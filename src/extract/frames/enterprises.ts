// 科技型中小企业 and 创新型企业.
import { COUNT_OF_FIRMS, type Frame } from './frame.ts';

export const frames: Frame[] = [
  {
    id: 'tsme',
    indicator: 'tsme',
    thing: ['tsme'],
    act: ['certify', 'apply', 'pool', 'nurture', 'stock', 'evaluate'],
    // (firms picked from among them for the pool of 高新技术企业 to be are that pool's)
    not: ['htePool'],
    bare: true,
    units: COUNT_OF_FIRMS,
    examples: [
      // firms of another kind named in quotes are none of the ones before
      { text: '科技型中小企业评价入库1507家,同比增长18.6%;新增“瞪羚”企业14家,“雏鹰”企业128家。', rows: [{ value: 1507 }] },
      // a digest that puts each label under its figure
      { text: '数说2020|科技创新成绩单\n【企业】\n▶ 89家\n全年新认定高新技术企业\n▶ 467家\n入库国家科技型中小企业\n', rows: [{ value: 467 }], by: 'link.label_below(frame.tsme)' },
      // (…with no bullet, the figures opening under the post's introduction)
      { text: '2019年成绩单出炉。一起来看这些数字——\n1145家\n全市通过评价的科技型中小企业数量\n62家\n全年新增高新技术企业数量\n', rows: [{ value: 1145 }], by: 'link.label_below(frame.tsme)' },
      // a part done the first time is the period's, whatever the whole's period
      { text: '全县入库科技型中小企业累计达到300家,其中首次入库的96家。', rows: [{ value: 300, period: 'CUM' }, { value: 96, period: 'FY', scope: true }] },
      // each item a goal's label opens is a target, after ; too (not where the next label says what was done)
      { text: '2026年是开局之年,主要预期目标:高新技术企业总数达到580家;科技型中小企业评价入库1450家。', rows: [{ value: 1450, status: 'target' }] },
      { text: '2.科技型中小企业评价。任务:评价入库280家;完成:入库312家。', rows: [{ value: 280, status: 'target' }, { value: 312, status: 'actual' }] },
      // a word of approximation before the first figure after 分别 is each one's; a name that says what of its thing is
      // counted takes no act from the name after it
      { text: '力争高新技术企业总数、科技型中小企业入库数分别突破200家、500家。', rows: [{ value: 500, status: 'target' }], by: 'link.respectively(frame.tsme)' },
      // a full date a statement opens on: this year so far, after ; too
      { text: '截至2023年11月30日,全市今年新认定高新技术企业148家;科技型中小企业评价入库2316家。', rows: [{ value: 2316, period: 'YTD' }] },
      // …as each item a statement opening on 力争 or 确保 lists after ;
      { text: '力争到2025年全市高新技术企业达到750家以上;科技型中小企业入库1200家。', rows: [{ value: 1200, status: 'target' }] },
      // things of different indicators before 各 are each their own indicator's, no part (高新技术企业 5 too)
      { text: '全年新认定高新技术企业和科技型中小企业各5家。', rows: [{ value: 5, scope: false }] },
      // a place and what it did, after 其中: a part of that act's whole
      { text: '全市科技型中小企业评价入库3846家;其中,淮澄高新区入库1022家,涟东县入库418家。', rows: [{ value: 3846, scope: false }, { value: 1022, scope: true }, { value: 418, scope: true }], by: 'link.part' },
      // a place whose figures are those of the place before, one for one (分别为)
      { text: '全区新增科技型中小企业197家。分区域看,柯溪开发区新认定高企29家、新增科技型中小企业63家,溪桥街道分别为15家和41家。', rows: [{ value: 197, scope: false }, { value: 63, scope: true }, { value: 41, scope: true }], by: 'link.part' },
      // a province's list named on an item of a list is its scope
      { text: '新增国家科技型中小企业320家、江西省科技型中小企业186家。', rows: [{ value: 320, scope: true }, { value: 186, scope: true }] },
      { text: '科技型中小企业入库7930家。分板块看,泾东区2103家、泾西区1678家。', rows: [{ value: 7930, scope: false }, { value: 2103, scope: true }, { value: 1678, scope: true }] },
      // a short numbered heading names the thing of the statement after it; after a target with its figure, what was done is done
      {
        text: '(二)科技型中小企业。任务入库40家,已完成入库47家,其中首次入库29家。',
        rows: [{ value: 40, status: 'target' }, { value: 47, status: 'actual' }, { value: 29, status: 'actual' }],
      },
      // the next point a statement counts off is no item of the list before it
      {
        text: '重点做好以下工作:一是力争新增高新技术企业40家,高新技术企业总数达到140家;二是推动科技型中小企业应评尽评,入库200家以上。',
        rows: [{ value: 200 }],
      },
      // …as does a point counted off ("一是…。"); what was done so far against the year's task is done
      { text: '二是科小入库。全年任务300家,1-6月已入库246家,完成82%。', rows: [{ value: 300, status: 'target' }, { value: 246, status: 'actual' }] },
      // a share of the year's task done is no target for what follows; a part of the year names no part of the things
      {
        text: '上半年,全市新增入库科技型中小企业58家,完成全年任务(100家)的58%,其中一季度入库31家。',
        rows: [{ value: 58, status: 'actual' }, { value: 100, status: 'target' }, { value: 31, period: 'Q1', status: 'actual', scope: false }],
        by: 'link.part',
      },
      // a breakdown by place in a paragraph of its own is of the whole given before that its parts add up to (a count of places among them is none)
      {
        text: '(一)总体情况。全年评价入库科技型中小企业860家。(二)工作举措。举办培训会12场。(三)区域分布。分县(市、区)看,燕川高新区入库310家,东城区250家,其余5个县合计300家。',
        rows: [{ value: 860, scope: false }, { value: 310, scope: true }, { value: 250, scope: true }, { value: 300, scope: true }],
        by: 'link.part',
      },
      // the year's task, done ahead or beyond, is a target of the year
      { text: '截至目前,全市已完成科技型中小企业评价入库635家,提前完成全年任务600家。', rows: [{ value: 635 }, { value: 600, period: 'FY', status: 'target' }], by: 'link.reached_again' },
      { text: '上半年入库科技型中小企业293家,已超额完成全年260家的任务。', rows: [{ value: 293 }, { value: 260, period: 'FY', status: 'target' }], by: 'link.reached_again' },
      // the firms a loan scheme supported are no count of them (beneficiaries.ts)
      { text: '“科技贷”业务累计放款2.6亿元,支持科技型中小企业41家。', rows: [] },
      // the task set from above, in a bracket; a difference from last year's
      { text: '科技型中小企业评价入库1357家,超额完成省下达任务(1100家)。', rows: [{ value: 1357 }, { value: 1100, status: 'target' }], by: 'link.reached_again' },
      // (…the body that set it named, and for whom)
      { text: '国家科技型中小企业入库214家,完成渤岚市下达目标180家的118.9%。', rows: [{ value: 214 }, { value: 180, status: 'target' }], by: 'link.reached_again' },
      { text: '入库省科技型中小企业1046家,完成省下达我市年度任务(900家)的116%。', rows: [{ value: 1046 }, { value: 900, status: 'target' }], by: 'link.reached_again' },
      { text: '开展科技型中小企业评价工作,612家企业入库,超额完成省定任务(450家)。', rows: [{ value: 612 }, { value: 450, status: 'target' }], by: 'link.reached_again' },
      { text: '1-10月评价入库科技型中小企业4276家,提前两个月完成全年4000家任务。', rows: [{ value: 4276, period: 'YTD', status: 'actual' }, { value: 4000, period: 'FY', status: 'target' }], by: 'link.reached_again' },
      // this month's figure beside the year so far is a part of it, no row; in a month's report it is the report's
      { text: '科技型中小企业:本月评价入库19家,年初以来累计入库142家。', rows: [{ value: 142, period: 'YTD' }] },
      { text: '科技型中小企业评价入库156家,比上年多入库41家。', rows: [{ value: 156 }] },
      // the bureau that acts is no level
      { text: '下半年,市科技局将确保全年科技型中小企业入库突破1000家。', rows: [{ value: 1000, status: 'target', scope: false }] },
      // a statement a goal's label opens is all targets
      { text: '2021年主要目标:高新技术企业总数达到260家;新增科技型中小企业入库200家。', rows: [{ value: 200, status: 'target' }] },
      { text: '今年全县科技工作的目标任务是:研发投入强度达到0.45%;新增科技型中小企业10家。', rows: [{ value: 10, status: 'target' }] },
      // …the year's, where nothing names its period, in a report of the year so far
      {
        text: '截至目前,全县科技型中小企业入库21家。\n……市上给我县下达的目标任务是:科技型中小企业评价入库25家、新增高新技术企业4家。',
        rows: [{ value: 21, period: 'YTD', status: 'actual' }, { value: 25, period: 'FY', status: 'target' }],
      },
      // a cell that hides its number is a masked figure
      { text: '指标\t完成值\t同比增长\n科技型中小企业入库(家)\t**\t12.5%', rows: [{ value: null }] },
      // a 合计 after a 分别 list of places is its sum, not a short name
      {
        text: '上半年,经开区、高新区、临港园区分别新增科技型中小企业46家、31家和18家,全区合计95家。',
        rows: [{ value: 46, scope: true }, { value: 31, scope: true }, { value: 18, scope: true }, { value: 95, scope: false }],
        by: 'link.sum',
      },
      // a province's list is a level: 浙江省科技型中小企业 (省)
      { text: '全年入库浙江省科技型中小企业502家。', rows: [{ value: 502, scope: true }] },
      // a difference from another year's count is no count
      { text: '科技型中小企业入库1106家,比去年全年净增166家。', rows: [{ value: 1106 }] },
      { text: '新晋国家级科技型中小企业128家,比上年多出12家。', rows: [{ value: 128, period: 'FY', scope: true }] },
      { text: '组织82家企业开展科技型中小企业评价,已入库76家。', rows: [{ value: 82 }, { value: 76 }] },
      // what was done this year (备案), and the count of it (入库数), are the year's
      { text: '完成科技型中小企业备案46家。', rows: [{ value: 46, period: 'FY' }] },
      // a table by place under a caption: each cell read from its column's heading, the place its scope
      {
        text: '表1\t2021年各镇街科技创新指标统计\n镇街\t新入库科技型中小企业(家)\t研发投入(万元)\n城关街道\t41\t12,350\n合计\t72\t18,646',
        rows: [{ value: 41, scope: true }, { value: 72, scope: false }],
        by: 'link.table_column',
      },
      // a target in a bracket after the figure is not the figure's status
      { text: '科技型中小企业:入库342家(年度任务300家)。', rows: [{ value: 342, status: 'actual' }, { value: 300, status: 'target', scope: true }] },
      { text: '力争全年科技型中小企业入库数达到400家。', rows: [{ value: 400, period: 'FY', status: 'target' }] },
      { text: '力争全年科技型中小企业入库突破400家。', rows: [{ value: 400, period: 'FY', status: 'target' }] },
      // a clause that only reaches again for the figure before is for its period
      { text: '确保全年科技型中小企业评价入库不低于400家,力争突破450家。', rows: [{ value: 400, period: 'FY', status: 'target' }, { value: 450, period: 'FY', status: 'target' }], by: 'link.reached_again' },
      { text: '全市已获科技部备案的科技型中小企业达1008家。', rows: [{ value: 1008, period: 'CUM' }] },
      { text: '上半年新增科技型中小企业评价入库196家,较去年同期的143家增加53家。', rows: [{ value: 196 }, { value: 143 }], by: 'link.baseline' },
      // 科小企业, the short name
      { text: '新增国高企35家,入库科小企业210家。', rows: [{ value: 210 }] },
      { text: '高新技术企业和科技型中小企业分别突破2000家、3000家。', rows: [{ value: 3000, period: 'CUM' }], by: 'link.respectively(frame.tsme)' },
      // an act said once for the whole list, before its first name or after its last, is each name's
      { text: '前三季度,全县新增高新技术企业、科技型中小企业分别为14家、96家。', rows: [{ value: 96, period: 'Q1-Q3' }], by: 'link.respectively(frame.tsme)' },
      { text: '1-10月,全县科技型中小企业、高新技术企业申报数分别为182家、57家。', rows: [{ value: 182, period: 'YTD' }], by: 'link.respectively(frame.tsme)' },
      { text: '100家企业获认定科技型中小企业。', rows: [{ value: 100 }] },
      // 共有 counting the firms that did something this year is no stock; 共有 what stands is one
      { text: '全年共有356家企业通过国家科技型中小企业评价。', rows: [{ value: 356, period: 'FY', scope: true }] },
      { text: '全县共有科技型中小企业120家。', rows: [{ value: 120, period: 'CUM' }] },
      // the count of an act the clause before names comes to a number of that year, no stock
      { text: '科技型中小企业评价入库数连续三年增长,2020年达到45家。', rows: [{ value: 45, period: 'FY' }] },
      { text: '科技型中小企业评价入库完成公示1360家。', rows: [{ value: 1360 }] },
      { text: '新增科技型中小企业95家,总数达295家。', rows: [{ value: 95 }, { value: 295, period: 'CUM' }] },
      { text: '备案科技型中小企业318家。', rows: [{ value: 318 }] },
      { text: '目前累计入库科技型中小企业61家。', rows: [{ value: 61, period: 'CUM' }] },
      { text: '新增省科技型中小企业2213家。', rows: [{ value: 2213, scope: true }] },
      { text: '全市科技型中小微企业总数突破1万家。', rows: [{ value: 10000, period: 'CUM' }] },
      { text: '认定科技型中小企业X家。', rows: [{ value: null }] },
      { text: '科技型中小企业入库1106家,比去年全年净增166家。', rows: [{ value: 1106 }] },
      { text: '新晋国家级科技型中小企业128家,比上年多出12家。', rows: [{ value: 128, period: 'FY', scope: true }] },
      { text: '组织82家企业开展科技型中小企业评价,已入库76家。', rows: [{ value: 82 }, { value: 76 }] },
      // 科小, the short form; 科小提升工程 is a programme
      { text: '新增高企:36家;科小入库:210家。', rows: [{ value: 210 }] },
      { text: '3家企业进入省科小提升工程立项公示。', rows: [] },
      // a level with each figure listed after 分别
      {
        text: '科技型中小企业评价入库分别为国家级158家、省级312家。',
        rows: [{ value: 158, scope: true }, { value: 312, scope: true }],
        by: 'link.respectively_parts(frame.tsme)',
      },
      // a target alone under a numbered heading that names the thing, and the act the heading names counted too
      { text: '(二)科技型中小企业评价。任务数80家。', rows: [{ value: 80, status: 'target' }] },
      { text: '一是高企申报。全年任务60家。二是科小入库。全年任务150家。', rows: [{ value: 150, status: 'target' }] },
      // what the whole year did after the target stated before it is done, a word between the year and the act or not
      { text: '科技型中小企业目标入库120家,全年评价入库156家。', rows: [{ value: 120, status: 'target' }, { value: 156, status: 'actual' }] },
      // parts are of their whole's period, whatever period a clause between names ("去年全年" is last year's, not theirs)
      {
        text: '上半年,国家科技型中小企业评价入库48家,已超过去年全年水平,其中东城区10家、西山县7家。',
        rows: [{ value: 48, period: 'H1', scope: true }, { value: 10, period: 'H1', scope: true }, { value: 7, period: 'H1', scope: true }],
        by: 'link.part',
      },
      // places listed before 分别 and what each did after it, the thing named in the clause before
      {
        text: '科技型中小企业评价工作进展明显,青川县、石门县分别入库23家和9家。',
        rows: [{ value: 23, scope: true }, { value: 9, scope: true }],
        by: 'link.respectively_parts(frame.tsme)',
      },
      { text: '累计培育高新技术企业532家,科技型中小企业1680家。', rows: [{ value: 1680, period: 'CUM' }] },
      { text: '培育入库95家科技型中小企业。', rows: [{ value: 95 }] },
      // a total that is the sum of the counts before it is of their period, and each of them a part
      {
        text: '2023年全市评价入库科技型中小企业842家,完成公示915家,共计1757家。',
        rows: [{ value: 842, scope: true }, { value: 915, scope: true }, { value: 1757, period: 'FY', scope: false }],
        by: 'link.sum',
      },
      { text: '全市新增科技型中小企业95家,共计295家。', rows: [{ value: 95 }, { value: 295, period: 'CUM' }], by: 'link.running_total' },
      // the task a count was set, stated with the share of it done, is that year's target
      {
        text: '入库评价科技型中小企业25家,完成市上下达任务20家的125%。',
        rows: [{ value: 25 }, { value: 20, period: 'FY', status: 'target' }],
        by: 'link.task',
      },
      // a stock word of the sentence before a share says nothing of the figure after it
      { text: '增幅创2000年以来之最。全市入库科技型中小企业1609家。', rows: [{ value: 1609, period: 'FY' }] },
      { text: '截至目前,全市高新技术企业总数达52家。国家科技型中小企业入库239家。', rows: [{ value: 239, period: 'YTD' }] },
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
      // the industry bureau's tier below 专精特新 is no 创新型(试点)企业
      { text: '新增国家级专精特新“小巨人”企业3家、省级创新型中小企业41家。', rows: [] },
      { text: '入选省创新型培育企业12家。', rows: [{ value: 12, period: 'FY', scope: true }] },
      { text: '新培育省级创新型企业6家。', rows: [{ value: 6 }] },
      { text: '使我市省级创新型试点企业达到12家。', rows: [{ value: 12, period: 'CUM', scope: true }] },
      { text: '国家级创新型(试点)企业7家、省级创新型(试点)企业186家。', rows: [{ value: 7, scope: true }, { value: 186, scope: true }] },
      { text: '认定创新型领军企业18家。', rows: [{ value: 18 }] },
      { text: '培育创新型初创企业30家。', rows: [] },
      { text: '1 家企业(阳光机械)申报省创新型(试点)企业。', rows: [{ value: 1, scope: true }] },
    ],
  },
];
