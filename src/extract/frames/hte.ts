// 高新技术企业: applied, newly certified, in total, in the reserve pool.
import { COUNT_OF_FIRMS, type Frame } from './frame.ts';

export const frames: Frame[] = [
  {
    id: 'hte_applied',
    indicator: 'hte_applied',
    thing: ['hte'],
    act: ['apply'],
    units: COUNT_OF_FIRMS,
    // firms that attended a session on applying are not applicants ("参加高企申报专题辅导")
    // (…nor firms about to apply put into the pool: "将75家拟申报企业纳入高新技术企业培育库")
    not: ['event', 'revenue', 'htePool'],
    examples: [
      // a heading that names the thing and the act, a target alone under it
      { text: '一是高企申报。全年任务60家。', rows: [{ value: 60, status: 'target' }] },
      // taking part in a certification, or asking for it again, is applying; a training about it is no event held
      { text: '2025年全市共有1186家企业参加高新技术企业认定,另有2家企业提交重新认定申请。', rows: [{ value: 1186 }, { value: 2 }] },
      { text: '组织6家企业申报2011年度高新技术企业认定,另有2家企业提交了复审。', rows: [{ value: 6 }, { value: 2 }] },
      // parts after 其中 whose thing only the lead names are the whole's, read once the whole is
      { text: '2022年全市高新技术企业申报数量再创新高,共有58家企业提交认定申请,其中首次申报41家、复审17家。', rows: [{ value: 58 }, { value: 41, scope: true }, { value: 17, scope: true }] },
      // a part after 其中 that names no thing is of the whole, what it was for its scope
      { text: '组织申报高新技术企业108家,其中重新认定34家;截至6月末,全市有效期内高新技术企业达到520家。', rows: [{ value: 108 }, { value: 34, scope: true }] },
      { text: '筛选出企业8家纳入培育范围,组织其中5家参加了高新技术企业认定,最终2家通过认定。', rows: [{ value: 5 }] },
      // the topic the statement opens on names its figures however far on they stand
      { text: '高新技术企业培育方面,我们推行“一企一专员”跟踪辅导等做法,帮助企业规范研发费用归集,全年62家企业提交申报材料,41家通过认定。', rows: [{ value: 62 }] },
      { text: '高新技术企业方面,今年到期企业98家,其中31家已随第一批提交重新认定申报。', rows: [{ value: 31 }] },
      { text: '高企认定是今年的重点,我们举办政策宣讲会4场,逐家帮助企业梳理研发费用归集,全年共有42家企业提交了申报材料,最终31家通过认定。', rows: [{ value: 42 }] },
      { text: '第一批高新技术企业认定工作启动后,已组织96家企业提交认定申报材料。', rows: [{ value: 96 }] },
      // a point counted off after the colon that opens the points names the thing
      { text: '今年以来,我局工作呈现三个亮点:一是高企扩量提质。新申报42家,认定通过27家。', rows: [{ value: 42 }] },
      // the body that certifies is no act on them
      { text: '组织31家企业向省高新技术企业认定管理机构提交认定申请;上半年共有103家企业向市认定机构提交申请。', rows: [{ value: 31 }, { value: 103 }] },
      // coaching before the application is none
      { text: '组织12家企业开展高新技术企业申报前期辅导。', rows: [] },
      // the year's plan in brackets, a share of it done, is a target
      { text: '申报高新技术企业37家,完成全年计划(40家)的92.5%。', rows: [{ value: 37, status: 'actual' }, { value: 40, status: 'target' }] },
      // a part of the year a breakdown named in the paragraph speaks for that part only
      { text: '全年新增入库科技型中小企业58家,其中一季度入库31家。组织82家企业申报高新技术企业。', rows: [{ value: 82, period: 'FY' }] },
      // …and the year of a task says nothing of what was done after it
      { text: '1-8月,全县累计入库科技型中小企业19家,超额完成全年15家的目标;申报高新技术企业4家。', rows: [{ value: 4, period: 'YTD' }] },
      // a baseline in brackets, of the same part of its year
      { text: '上半年,全市组织申报高新技术企业1583家,同比增长21.7%(2019年同期为1301家)。', rows: [{ value: 1583, period: 'H1' }, { value: 1301, period: 'H1' }], by: 'link.baseline' },
      { text: '已组织65家企业参加高企申报专题辅导。', rows: [] },
      { text: '全年组织65家企业参加高新技术企业申报。', rows: [{ value: 65 }] },
      { text: '今年我市第一批1144家申报高企。', rows: [{ value: 1144 }] },
      { text: '高新技术企业拟申报25家。', rows: [{ value: 25, status: 'target' }] },
      { text: '全市共组织申报国家重点扶持的高新技术企业112家。', rows: [{ value: 112 }] },
      { text: '组织申报国家级高新技术企业 4家。', rows: [{ value: 4, scope: false }] },
      { text: '第一批组织申报高新技术企业xx家。', rows: [{ value: null }] },
      // (企业家 right before a comma, after an act on the firms: a number missing, not entrepreneurs)
      { text: '全年申报高新技术企业家,通过认定家,全县高新技术企业总数达到24家。', rows: [{ value: null }] },
      // a blank left to fill in is a masked figure too
      { text: '1.全年组织申报高新技术企业【 】家,通过认定【 】家。', rows: [{ value: null }] },
      { text: '申报高企**家,其中新认定**家。', rows: [{ value: null }, { value: null, scope: true }] },
      { text: '第一批高企申报推荐了37家(其中首次申报22家)。', rows: [{ value: 37 }, { value: 22, scope: true }] },
      { text: '共组织25家企业申报了20XX年度第一批高新技术企业。', rows: [{ value: 25 }] },
      { text: '推荐青禾精工有限公司等6家企业申报省年度第一批高新技术企业认定。', rows: [{ value: 6 }] },
      // 申报认定: certification applied for
      { text: '今年来我区申报认定高新技术企业34家。', rows: [{ value: 34 }] },
      { text: '全年申报高新技术企业112家,其中高新区46家、经开区38家。', rows: [{ value: 112 }, { value: 46, scope: true }, { value: 38, scope: true }], by: 'link.part' },
      { text: '全区组织申报高企认定32家,通过27家。', rows: [{ value: 32 }] },
      { text: '2023年全区申报高企73家,而2022年仅为58家。', rows: [{ value: 73 }, { value: 58 }], by: 'link.baseline' },
      // 将 before what is to be done is a plan
      { text: '下半年将重点组织20家企业申报高新技术企业。', rows: [{ value: 20, status: 'target' }] },
      // the ones of those applied for that were granted are newly certified; what an application was for is its kind
      { text: '全年推荐申报国家高新技术企业的企业共有19家,其中13家通过专家评审和公示。', rows: [{ value: 19 }] },
      { text: '申报高企**家(其中新认定**家,复审**家)。', rows: [{ value: null }, { value: null, scope: true }, { value: null, scope: true }] },
      { text: '完成高新技术企业认定申报58家。', rows: [{ value: 58 }] },
      // 认定 right after the thing, an application before it: the certification applied for
      { text: '组织企业申报2023年度高新技术企业认定45家。', rows: [{ value: 45 }] },
      { text: '截至9月底,今年已有186家企业提交高新技术企业认定申请。', rows: [{ value: 186 }] },
      { text: '组织3家企业申报高新技术产品。', rows: [] },
      // the firms a measure reached, named first, are no applicants, whoever recommended them (beneficiaries.ts)
      { text: '经评审推荐,对青禾科技等12家高新技术企业给予通报表扬。', rows: [] },
      // the number an act comes to is the period's, not a running total
      { text: '全年高企申报数量达到136家。', rows: [{ value: 136, period: 'FY' }] },
    ],
  },
  {
    id: 'hte_certified',
    indicator: 'hte_certified',
    thing: ['hte'],
    act: ['certify'],
    units: COUNT_OF_FIRMS,
    not: ['pool', 'pending', 'firstRound', 'revenue'],
    examples: [
      // what a year must see done is its target (not what it asked for: 要求)
      { text: '过去一年新认定高新技术企业96家。今年全市要新认定高新技术企业150家。', rows: [{ value: 96, status: 'actual' }, { value: 150, status: 'target' }] },
      // the ones that failed are no count of those certified (nor is the deduction a net count is taken after)
      { text: '全年新认定高新技术企业31家,另有2家企业复审未获通过;去年有17家高企因研发投入不达标未能通过重新认定。', rows: [{ value: 31 }] },
      // places listed after a comma, the first with its act, each the first's kind
      // (not the running total said last: "由上年的58家增加到71家")
      { text: '全年组织23家企业申报高新技术企业,通过认定16家,全市高新技术企业总数由上年的58家增加到71家。分县区看,岚城区新认定7家,渭泽区5家,渭岚高新区4家。', rows: [{ value: 16, scope: false }, { value: 7, scope: true }, { value: 5, scope: true }, { value: 4, scope: true }], by: 'link.part' },
      // (…or after 、, where a park's name a short form may read as a platform)
      { text: '椒澜高新园区新认定高企38家、东岙街道19家、洪岚街道12家。', rows: [{ value: 38, scope: false }, { value: 19, scope: true }, { value: 12, scope: true }], by: 'link.part' },
      // what the firms counted did, right after them, is the figure's own act (not what they failed at)
      { text: '全年申报高新技术企业23家,认定通过15家,另有4家企业复审通过。', rows: [{ value: 15 }, { value: 4 }] },
      { text: '全市现有高新技术企业19家,今年新认定4家,另有2家企业复审未获通过。', rows: [{ value: 4 }] },
      // 计划 before what is to be done is a target (not what was done by now, after it)
      { text: '今年全市计划新认定高新技术企业30家,截至目前组织申报的只有26家。', rows: [{ value: 30, status: 'target' }] },
      // past a ; the ones applied for that were granted are no part of the applications
      { text: '今年全区共申报高新技术企业312家,其中首次申报187家、重新认定125家;第一批已认定143家。', rows: [{ value: 143 }] },
      // what the year will come to, past a clause of what brings it about
      { text: '截至目前,今年全市新认定高新技术企业已达187家,随着第三批评审结果陆续公布,全年有望超过230家。', rows: [{ value: 187, period: 'YTD' }, { value: 230, period: 'FY', status: 'forecast' }], by: 'link.reached_again' },
      // a zone's own list is no national certification
      { text: '新增中关村高新技术企业62家,总数达到318家。', rows: [] },
      // a statement that says only what came of those the statement before applied for
      { text: '今年全县共申报高新技术企业64家。截至11月底,已通过认定公示52家。', rows: [{ value: 52 }] },
      // a review by experts counts no experts: the firms certified after it are the lead's
      { text: '全市共有158家企业提交高新技术企业认定申请,经专家评审、实地核查和公示,最终认定129家。', rows: [{ value: 129 }] },
      // a half-width stop ends a sentence as 。 does: the goal's label does not reach past it
      { text: '年初确定的主要目标是:新认定高新技术企业4家.实际完成情况:新认定高新技术企业6家.', rows: [{ value: 4, status: 'target' }, { value: 6, status: 'actual' }] },
      // registered in the system that certifies them is not certified, nor applied
      { text: '截至5月底已有1036家企业在认定管理工作网完成注册。', rows: [] },
      // an assessment's items laid out as labels: the name in a statement of its own, then a target and what was done
      { text: '指标3:新认定高新技术企业。目标值:12家。完成情况:全年通过认定15家,超额完成任务。', rows: [{ value: 12, status: 'target' }, { value: 15, status: 'actual' }], by: 'link.labelled_item(frame.hte_certified)' },
      // a breakdown's opening, then a place: the figures of its sentence are that place's, and of each next clause on a place of its own
      { text: '分县区看,澄江区新认定高新技术企业16家,白沙县新认定9家。', rows: [{ value: 16, scope: true }, { value: 9, scope: true }] },
      // a place's other name in brackets, and the places listed after a place and what it did
      { text: '全年新认定高新技术企业1960家。分区域看,临澜高新区(鹤汀区)新认定612家,望潮区405家。', rows: [{ value: 1960, scope: false }, { value: 612, scope: true }, { value: 405, scope: true }], by: 'link.part' },
      { text: '其中,东岭区新认定高新技术企业11家。', rows: [{ value: 11, scope: true }] },
      // a line a place within the report's area labels is that place's
      { text: '2023年全市新认定高新技术企业87家。\n青溪县:新认定高新技术企业19家,总数达到72家。', rows: [{ value: 87, scope: false }, { value: 19, scope: true }] },
      // a list of those to be certified is a public notice: certified; the places after it and what each had listed, parts
      { text: '全市共有52家企业入选2019年第一批拟认定高新技术企业名单。从区域分布看,湖西区入选15家,澄南区入选12家。', rows: [{ value: 52, status: 'actual', scope: false }, { value: 15, scope: true }, { value: 12, scope: true }] },
      // the batches of a whole in brackets, each saying only where its certification stands
      { text: '新认定高新技术企业96家(第一批80家已公布,第二批16家处于公示阶段)。', rows: [{ value: 96, scope: false }, { value: 80, scope: true }, { value: 16, scope: true }], by: 'link.part' },
      // how a thing stands place by place, after a label ("各区新认定…情况为:"), each place a part; a count of places no figure
      { text: '全年新认定高新技术企业630家。各区(市)新认定高新技术企业情况为:沧岭高新区118家,南湾区92家,其余三个区(市)合计41家。', rows: [{ value: 630 }, { value: 118, scope: true }, { value: 92, scope: true }, { value: 41, scope: true }], by: 'link.places_of' },
      // a whole restated to open its breakdown: the places after it are its parts (its own row is the one before's)
      { text: '全年新认定高新技术企业117家。今年新认定的117家中,荆岚高新区41家,东津区27家。', rows: [{ value: 117, scope: false }, { value: 41, scope: true }, { value: 27, scope: true }], by: 'link.places_of' },
      { text: '全年新认定高新技术企业86家。在新认定的86家企业中,北塘区30家,南湖县12家。', rows: [{ value: 86, scope: false }, { value: 30, scope: true }, { value: 12, scope: true }], by: 'link.places_of' },
      // a digest's figures laid out under a label on the line above
      { text: '年度盘点\n关键词1:高企\n新认定 41家\n总数 206家\n全省排名 TOP5', rows: [{ value: 41 }], by: 'link.line_label(frame.hte_certified)' },
      // …under a numbered heading, past the figures under it, the line going on past a comma
      { text: '2022年度成绩单\n1 高企数量再创新高\n✅ 高新技术企业总数 203家\n✅ 净增 39家,增量居全市第2\n', rows: [{ value: 39 }], by: 'link.line_label(frame.hte_certified)' },
      // a range is its lower bound, at least that many (ranges.ts)
      { text: '2025年力争新认定高新技术企业40-50家。', rows: [{ value: 40, status: 'target' }] },
      // a figure for each year a series lists, after 分别
      { text: '2020年、2021年、2022年,全县分别新认定高新技术企业9家、14家和21家。', rows: [{ value: 9 }, { value: 14 }, { value: 21 }], by: 'link.year_by_year(frame.hte_certified)' },
      { text: '上半年和全年分别新认定高新技术企业12家、30家。', rows: [{ value: 12, period: 'H1' }, { value: 30, period: 'FY' }], by: 'link.period_by_period(frame.hte_certified)' },
      // the ones of those applied for that came through, the next item of a list a label opens
      { text: '1.高新技术企业:申报高新技术企业31家,较去年同期增加9家;通过省级评审公示12家。', rows: [{ value: 12 }], by: 'link.part_granted' },
      // …or that counts them first, then says they came through
      { text: '全年共组织64家企业申报高新技术企业,已有38家通过专家评审进入公示。', rows: [{ value: 38 }], by: 'link.part_granted' },
      // …or the clause right after the applications that opens on coming through; a bracket after it breaks it down
      { text: '全年申报高企45家,已通过省级专家评审并公示的有32家(第一批20家、第二批12家)。', rows: [{ value: 32, scope: false }, { value: 20, scope: true }, { value: 12, scope: true }], by: 'link.part_granted' },
      // the ones re-certified among a total are certified, 复审 their scope
      { text: '全市有效期内高新技术企业达到118家(其中复审通过9家)。', rows: [{ value: 9, scope: true }], by: 'link.part' },
      // a point counted off after the statement before on its line names the thing of the statement after it
      {
        text: '年初县政府下达我局目标任务6项,均已全面完成。一是高新技术企业。目标新增8家,实际新认定11家。',
        rows: [{ value: 8, status: 'target' }, { value: 11, status: 'actual' }],
      },
      // the firms helped that came through are counted (not the ones a measure was for: beneficiaries.ts)
      { text: '帮助3家企业首次通过高新技术企业认定,全县高新技术企业达到7家。', rows: [{ value: 3 }] },
      // nurtured firms that passed the review are certified, not a reserve
      { text: '今年新培育36家高企通过省级评审。', rows: [{ value: 36 }] },
      // a table's column of scores holds no figure: the row's figures are under the target and what was done
      { text: '考核项目\t分值\t考核目标\t完成情况\t自评得分\n新认定高新技术企业(家)\t15\t10\t12\t15', rows: [{ value: 10, status: 'target' }, { value: 12, status: 'actual' }] },
      // a table under a line that says it holds goals; "≥" is at least
      { text: '主要绩效目标:\n指标名称\t指标值\n新认定高新技术企业数(家)\t≥300', rows: [{ value: 300, status: 'target' }] },
      // a ranking's title is no certification
      { text: '今年又有3家企业获评全省“百强高企”。', rows: [] },
      // a statement that opens on what one act did, place by place, breaks down the figure of that act before it
      {
        text: '全市新认定高新技术企业31家,有效高新技术企业达到95家。从新认定情况看,东城区新认定9家、西山县7家。',
        rows: [{ value: 31, scope: false }, { value: 9, scope: true }, { value: 7, scope: true }],
        by: 'link.part',
      },
      // places listed, the last with what was counted (新认定数), of the thing the figure before names
      {
        text: '全区新认定高新技术企业96家。东湖镇、西岭镇、南山镇新认定数分别为21家、15家和9家。',
        rows: [{ value: 96, scope: false }, { value: 21, scope: true }, { value: 15, scope: true }, { value: 9, scope: true }],
        by: 'link.respectively(frame.hte_certified)',
      },
      // places named without their kind, which the last says for all with their number ("两镇")
      { text: '青石、白沙两镇新增高新技术企业分别为12家和8家。', rows: [{ value: 12, scope: true }, { value: 8, scope: true }], by: 'link.respectively(frame.hte_certified)' },
      // acts listed after 分别, one for each thing the 分别 before listed
      {
        text: '全年组织申报高新技术企业、科技型中小企业分别为30家和60家,通过认定和评价入库的分别为19家、52家。',
        rows: [{ value: 19 }],
        by: 'link.respectively(frame.hte_certified)',
      },
      // a first round of the review certifies nothing yet
      { text: '截至目前,已有28家企业通过高新技术企业网络评审。', rows: [] },
      // places listed after the first take its reading; a statement that opens 分板块看 breaks down the one before
      { text: '新认定高新技术企业1127家,总数达到4083家。其中,翠澜区新认定316家、银湄区251家、溪峤区189家。', rows: [{ value: 1127, scope: false }, { value: 316, scope: true }, { value: 251, scope: true }, { value: 189, scope: true }] },
      // places alone before 分别, after the ; that follows their whole: parts of it, the new ones of a total
      { text: '全年全市新增高新技术企业112家,总数达到385家;其中洛龙区、涧西区、高新区分别新增21家、34家、30家。', rows: [{ value: 112, scope: false }, { value: 21, scope: true }, { value: 34, scope: true }, { value: 30, scope: true }] },
      // a figure its own act reads after it, after the applications, is the granted ones; the bracket after it breaks them down
      { text: '全年组织13家企业申报高新技术企业,12家通过认定(其中新认定9家、重新认定3家)。', rows: [{ value: 12, scope: false }, { value: 9, scope: true }, { value: 3, scope: true }], by: 'link.part_granted' },
      // the things a clause names, then 中: a breakdown by place (a place's name may hold a platform's: 高新区)
      { text: '今年全市新认定的138家高新技术企业中,嵩溪高新区56家,经开区31家。', rows: [{ value: 138, scope: false }, { value: 56, scope: true }, { value: 31, scope: true }], by: 'link.places_of' },
      // items joined by 、 share what is said after the last only where the next says nothing done of its own
      { text: '对2022年度新认定的9家高新技术企业、32家入库科技型中小企业等兑现奖励资金。', rows: [{ value: 9 }] },
      // a breakdown after the figure its own act reads, not after the applications before it
      { text: '全年组织14家企业申报高新技术企业,通过认定9家,其中首次认定6家、重新认定3家。', rows: [{ value: 9 }, { value: 6, scope: true }, { value: 3, scope: true }] },
      // last year's figure for the same part of the year
      { text: '上半年,全市新认定高新技术企业15家,上年同期为12家。', rows: [{ value: 15, period: 'H1' }, { value: 12, period: 'H1' }] },
      // a table cell is for the part of the year its column names
      {
        text: '指标\t全年目标\t上半年完成\n新认定高新技术企业(家)\t25\t9',
        rows: [{ value: 25, period: 'FY', status: 'target' }, { value: 9, period: 'H1', status: 'actual' }],
        by: 'link.table_row',
      },
      // the items of a list share the act its head states
      { text: '全年新增省级众创空间3家、高新技术企业405家。', rows: [{ value: 405 }], by: 'link.listed_act(frame.hte_certified)' },
      { text: '净增国家高新技术企业83家,总数达400家。', rows: [{ value: 83, scope: false }] },
      // a zone after 其中 is a place of the report's, not a platform
      { text: '2017年,全市新增高新技术企业28家,总数达到107家,其中高新区新增19家。', rows: [{ value: 28 }, { value: 19, scope: true }] },
      // 今年以来 is the period the report covers: its year in an annual report (test/extract/extract.test.ts: so far in a news piece)
      { text: '市科技局2023年工作总结\n今年以来,全市新认定高新技术企业56家。', rows: [{ value: 56, period: 'FY' }] },
      // 户 counts firms as 家 does
      { text: '全年新增高新技术企业52户。', rows: [{ value: 52 }] },
      // a label's words (培育) are no act of the items after its colon
      { text: '高新技术企业培育成效显著:新认定86家,净增52家,总数达到412家。', rows: [{ value: 86 }, { value: 52, scope: true }] },
      // (spoken: "批下来6家" is certified)
      { text: '今年我们推荐了9家企业申报高企,批下来6家。', rows: [{ value: 6 }] },
      // how they were come by, named after the thing; and 净增 as a short name beside the new ones
      { text: '申报高新技术企业7家,通过认定4家,湖北嘉禾纺机有限公司等3家企业通过高新技术企业复审。', rows: [{ value: 4, scope: false }, { value: 3, scope: true }] },
      { text: '全年新增高新技术企业19家,高新技术企业总数达到71家,净增15家。', rows: [{ value: 19, scope: false }, { value: 15, scope: true }] },
      // an act not done is none: the firms a net count leaves out, a reason a total fell short
      { text: '全年申报高新技术企业23家,通过认定14家,扣除资格到期未再申报的企业后净增9家。', rows: [{ value: 14 }, { value: 9, scope: true }] },
      { text: '高新技术企业总数未完成目标,系3家企业资格到期未重新认定。', rows: [] },
      { text: '全年申报高新技术企业19家,其中13家通过认定。', rows: [{ value: 13, scope: false }], by: 'link.part_granted' },
      // the list of firms to be certified (拟认定名单) names no plan
      { text: '在第二批高新技术企业拟认定名单公示中,我市有19家企业通过公示。', rows: [{ value: 19, status: 'actual' }], by: 'hte_certified.count_passed' },
      // a local list of firms is no kind the catalog counts
      { text: '新认定高新技术企业2家,全区高新技术企业达到9家;新增省级民营科技企业16家,全区民营科技企业达到138家。', rows: [{ value: 2 }] },
      { text: '全年新认定高新技术企业48家,超额完成年度目标任务(40家)。', rows: [{ value: 48, status: 'actual' }, { value: 40, status: 'target' }], by: 'link.reached_again' },
      { text: '全年新增国家高新技术企业43家,超额完成市下达的35家目标任务。', rows: [{ value: 43, status: 'actual' }, { value: 35, status: 'target' }], by: 'link.reached_again' },
      // an item of a list after 其中 whose act the list's head states ("新增…共156家,其中高企38家")
      { text: '新增高企和科小共156家,其中高企38家、科小118家,全市高企总数达到109家。', rows: [{ value: 38 }] },
      // (…the running total between them far past it)
      { text: '全年新认定高新技术企业48家,总数达到212家,超额完成市下达的40家目标任务。', rows: [{ value: 48, status: 'actual' }, { value: 40, status: 'target' }], by: 'link.reached_again' },
      // no part: the ones due for review, what is merely carried out, a stock of patents
      { text: '全县有效期内高新技术企业仅有31家,其中今年到期需重新认定的有9家。', rows: [] },
      // the total restated as the subject of what the firms earned is no new figure
      { text: '全年组织7户企业申报高新技术企业,通过认定5户,高新技术企业总数增至13户,13户高企全年实现营业收入41亿元。', rows: [{ value: 5 }] },
      // …but the ones that came due and were certified again are
      { text: '全年新认定高新技术企业41家(含到期重新认定12家)。', rows: [{ value: 41 }, { value: 12, scope: true }], by: 'link.part' },
      { text: '高新技术企业到期重新认定通过62家。', rows: [{ value: 62 }] },
      // a breakdown by the parks of a zone, each park a place (…园, not a 示范园 or 孵化园)
      {
        text: '全区有效期内高新技术企业达到807家。分园区看,海湾园新认定高企92家,创新谷园71家,学府园33家。',
        rows: [{ value: 92, scope: true }, { value: 71, scope: true }, { value: 33, scope: true }],
        by: 'link.part',
      },
      // the net count after the expired ones are taken off; what is taken off is no pending one
      { text: '全年新增高新技术企业96家,扣除到期未重新认定企业后净增71家。', rows: [{ value: 96, scope: false }, { value: 71, scope: true }] },
      // 被认定为 is 认定为: the act after the count, the thing after it
      { text: '组织42家企业申报,其中17家被认定为高新技术企业。', rows: [{ value: 17 }] },
      { text: '重点培育高新技术企业30家,其中21家通过认定。', rows: [{ value: 21 }], by: 'link.part_granted' },
      // a table's column of what was done, beside its column of targets; the rate done is no figure
      {
        text: '指标名称\t目标任务\t完成情况\t完成率\n新认定高新技术企业(家)\t12\t15\t125%',
        rows: [{ value: 12, status: 'target' }, { value: 15, status: 'actual' }],
        by: 'link.table_row',
      },
      // the words in a bracket after a figure are its breakdown's, not the figure's
      { text: '截至年底,全市高新技术企业总数达到586家(其中当年新认定132家)。', rows: [{ value: 132, period: 'FY' }], by: 'link.part' },
      // a span of years is a running total
      { text: '2019—2020两年,全市共新认定高新技术企业196家。', rows: [{ value: 196, period: 'CUM' }] },
      // a running total's difference from another year's is the year's net new count; a flow's is no count
      { text: '高新技术企业总数达到88家,比上年净增11家。', rows: [{ value: 11, period: 'FY' }], by: 'link.net_new' },
      { text: '2023年高新技术企业达到352家,较2022年增加51家。', rows: [{ value: 51, period: 'FY' }], by: 'link.net_new' },
      // (fewer than the year before is no count: "比上年还少了2家")
      { text: '去年高企数量比上年还少了2家。', rows: [] },
      // (…said before the total too; scoped 净增 beside the year's new ones, unless the two are one)
      {
        text: '全区通过认定高新技术企业86家,其中重新认定25家,较上年净增54家,有效期内高新技术企业达到268家。',
        rows: [{ value: 86, scope: false }, { value: 25, scope: true }, { value: 54, period: 'FY', scope: true }],
        by: 'link.net_new',
      },
      { text: '全县通过认定高新技术企业3家,总数达到9家,比上年增加3家。', rows: [{ value: 3, scope: false }] },
      // a clause that only reaches for a figure is the figure before's; its own status word speaks first
      {
        text: '预计全年新认定高新技术企业85家,力争突破90家。',
        rows: [{ value: 85, status: 'forecast' }, { value: 90, status: 'target' }],
        by: 'link.reached_again',
      },
      // a year gone by's figure set beside this year's is the same indicator's; the difference is none
      { text: '2023年新认定高新技术企业42家,比2022年的35家多7家。', rows: [{ value: 42 }, { value: 35, period: 'FY' }], by: 'link.baseline' },
      // "目前" inside a sentence before says so far of that sentence, not of the paragraph after it
      { text: '已建成研发中心8家,目前正在验收。新认定高新技术企业12家。', rows: [{ value: 12, period: 'FY' }] },
      // places listed before 各 or 分别: a row for each, the place its scope
      { text: '青山县、石门县各新增高新技术企业5家,云溪区新增9家。', rows: [{ value: 5, scope: true }, { value: 5, scope: true }, { value: 9 }] },
      // places listed after the first, each a part; a place's name may hold a platform's (高新区)
      { text: '城东区新认定高企18家、临江县11家、青山县7家。', rows: [{ value: 18 }, { value: 11, scope: true }, { value: 7, scope: true }], by: 'link.part' },
      {
        text: '高新区、经开区分别新增高新技术企业27家、18家。',
        rows: [{ value: 27, scope: true }, { value: 18, scope: true }],
        by: 'link.respectively_parts(frame.hte_certified)',
      },
      // a count over a span of years is a running total
      { text: '高新技术企业三年内净增483家。', rows: [{ value: 483, period: 'CUM' }] },
      { text: '全年高企认定数量达到52家。', rows: [{ value: 52, period: 'FY' }] },
      // what was done against a target is a fact
      { text: '下达我市高新技术企业认定任务40家,实际认定45家。', rows: [{ value: 40, status: 'target' }, { value: 45, status: 'actual' }] },
      { text: '年度目标为新增高新技术企业40家,已完成35家。', rows: [{ value: 40, status: 'target' }, { value: 35, status: 'actual' }], by: 'link.done_against_target' },
      // how the count was come by, in the figure's own clause: 重新认定, 复审; 净增 beside a 新增 figure
      { text: '新增高新技术企业14家,净增13家。', rows: [{ value: 14, scope: false }, { value: 13, scope: true }] },
      { text: '新认定高新技术企业45家,净增28家。', rows: [{ value: 45, scope: false }, { value: 28, scope: true }] },
      { text: '今年通过认定高新技术企业856家,剔除今年重新认定的305家。', rows: [{ value: 856, scope: false }, { value: 305, scope: true }] },
      { text: '向科技部报备高新技术企业455家。', rows: [{ value: 455 }] },
      { text: '12家企业通过高企认定。', rows: [{ value: 12 }] },
      { text: '督促辖区的高新技术企业5家准备复审资料。', rows: [] },
      { text: '全市认定高新技术企业393家。', rows: [{ value: 393 }] },
      { text: '新增高新技术企业28家,总数达132家。', rows: [{ value: 28 }] },
      { text: '全年净增高新技术企业691家。', rows: [{ value: 691 }] },
      { text: '今年新增合力机械、兴华化工等市级高新技术企业4家。', rows: [{ value: 4, scope: true }] },
      { text: '新增高新技术企业x家。', rows: [{ value: null }] },
      // some digits shown, the rest hidden by x as by a star: masked, never guessed
      { text: '全年新增高新技术企业4x家。', rows: [{ value: null }] },
      { text: '全年新认定国家高新技术企业56家,累计达到312家。', rows: [{ value: 56, period: 'FY' }] },
      { text: '全县共有高新技术企业28家,其中今年新认定6家。', rows: [{ value: 6, scope: false }], by: 'link.part' },
      // what finally came of a target is done
      { text: '全县今年新认定高新技术企业的目标是8家,最终只有5家通过。', rows: [{ value: 8, status: 'target' }, { value: 5, status: 'actual' }] },
      // a bare level after a whole that names its level is an item of the same at that level
      { text: '全市新认定国家高新技术企业47家,省级12家。', rows: [{ value: 47, scope: false }, { value: 12, scope: true }], by: 'link.part' },
      { text: '全区有效期内的国家高新技术企业共计83家,其中,今年通过首次认定的有17家,通过重新认定的有9家。', rows: [{ value: 17, scope: true }, { value: 9, scope: true }], by: 'link.part' },
      // a table row: the cells after the first are the same indicator's, for the years their headings name
      { text: '指标名称\t2022年\t2023年\n新认定高新技术企业(家)\t45\t61\n', rows: [{ value: 45 }, { value: 61 }], by: 'link.table_row' },
      // a breakdown in brackets right after the whole, as after 其中
      { text: '新认定高企219家(第一批208家已公布)。', rows: [{ value: 219, scope: false }, { value: 208, scope: true }], by: 'link.part' },
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
    not: ['pool', 'apply', 'certify', 'among', 'revenue'],
    period: 'CUM',
    examples: [
      // firms whose term ran out and were not certified again are none of a count
      { text: '近三年有9家高企到期后未能重新认定。', rows: [] },
      // a partner's, named by its part in the partnership, is none of the report's (elsewhere.ts)
      { text: '浙江结对县2024年高新技术企业已超过600家。', rows: [] },
      // what each place has reached, after the new ones and a total not yet read, are parts of the total
      { text: '全年新认定高新技术企业38家,总数达到121家,红崖区、金沙县、盐湖县分别达到62家、18家、11家。', rows: [{ value: 121 }, { value: 62, scope: true }, { value: 18, scope: true }, { value: 11, scope: true }], by: 'link.respectively_parts(frame.hte_certified)' },
      // how many fewer than another place is no count
      { text: '全县有效期内高新技术企业21家,与周边的缙泽县相比,我县高新技术企业数量仍少17家。', rows: [{ value: 21 }] },
      // grown from the figure right before, though nothing has read it yet
      { text: '全年通过认定高新技术企业8家,全区总数由上年的8家增至16家。', rows: [{ value: 8 }, { value: 16 }] },
      // a milestone passed beside the exact figure restates it
      { text: '有效期内高新技术企业达716家,首次突破700家。', rows: [{ value: 716 }] },
      // a figure past a ; that its own words follow is no short name of the one before
      { text: '全县列入高新技术企业培育库的企业达到86家;今年共组织29家企业申报。', rows: [] },
      // a digest's figure over its label, the label not run on into the next figure
      { text: '一起来看这些数字——\n1145家\n全市通过评价的科技型中小企业数量\n62家\n全年新增高新技术企业数量\n271家\n高新技术企业总量\n', rows: [{ value: 271 }], by: 'link.label_below(frame.hte_total)' },
      // that the ones counted are still valid, said between the figure and its thing
      { text: '截至目前,全县共有52家有效期内的高新技术企业。', rows: [{ value: 52, period: 'CUM' }] },
      // what stands, named 存量 or 有效数
      { text: '全区高新技术企业存量2946家;截至3月底全县高新技术企业有效数29家。', rows: [{ value: 2946, period: 'CUM' }, { value: 29, period: 'CUM' }] },
      // fallen to, or become, from a figure before; firms counted in the statistics are no pool
      { text: '全市纳入统计的高新技术企业由2008年的58家减少至51家。', rows: [{ value: 58 }, { value: 51 }], by: 'link.grown_to' },
      { text: '全县高新技术企业总数由上年末的27家变为29家。', rows: [{ value: 27 }, { value: 29 }], by: 'link.grown_to' },
      // two things, each from where it was to what it came to: the second list is the first's things again, in turn
      { text: '高新技术企业和科技型中小企业分别从2020年的120家、300家增加到2023年的210家、560家。', rows: [{ value: 120 }, { value: 210 }], by: 'link.grown_to_each(link.respectively(frame.hte_total))' },
      // the figure at a plan's end set beside
      { text: '高新技术企业总数达到9家,“十一五”末为7家。', rows: [{ value: 9 }, { value: 7 }], by: 'link.baseline' },
      // a plan's target the figure before is measured against
      { text: '全县高新技术企业总数达到59家,完成2025年目标值(90家)的65.6%。', rows: [{ value: 59, status: 'actual' }, { value: 90, status: 'target' }], by: 'link.reached_again' },
      { text: '高新技术企业总数增加到2015年底的241家,超额完成规划确定的220家目标。', rows: [{ value: 241, status: 'actual' }, { value: 220, status: 'target' }], by: 'link.reached_again' },
      // a year gone by's figure set beside the total, after 而 and the place ("而2016年全县只有11家"), and its own thing after a clause of new ones
      { text: '全县高新技术企业总数达到31家,而2016年全县只有11家。', rows: [{ value: 31 }, { value: 11 }] },
      { text: '全区高新技术企业达到286家,当年新增62家,而2020年全区高新技术企业仅为118家。', rows: [{ value: 286 }, { value: 118 }] },
      // fewer than the year before is no count of the new ones; a baseline is set beside the total, past the difference
      { text: '全县高新技术企业有效数为57家,比上年减少4家。', rows: [{ value: 57 }] },
      { text: '全市高新技术企业总数达到312家,较年初净增20家,比2018年末的150家翻了一番。', rows: [{ value: 312 }, { value: 150 }] },
      // a breakdown by place however it opens ("从区(市)看"), each place a part; not one by how it went ("从完成情况看")
      { text: '全市高新技术企业总数达到2,318家。从区(市)看,东湖区611家、西岸新区502家。', rows: [{ value: 2318 }, { value: 611, scope: true }, { value: 502, scope: true }], by: 'link.part' },
      // a number with thousands separators and "+" for 以上, as a post writes it
      { text: '有效高企3,800+家。', rows: [{ value: 3800 }] },
      // the larger place's total a share is taken of is no row of the report's place (elsewhere.ts)
      { text: '截至年底,全区有效期内高新技术企业达到64家,占全市总数(205家)的31.2%。', rows: [{ value: 64 }] },
      // the firms a place holds, after the total, are its part
      { text: '全县高新技术企业总数达到52家,工业园区集聚38家。', rows: [{ value: 52 }, { value: 38, scope: true }], by: 'link.part' },
      // a breakdown opening the next statement is of the whole its parts add up to, not of the figure last read
      { text: '全县高新技术企业总数达到46家,比上年净增9家。分区域看,城关镇20家、工业园区17家、其余乡镇9家。', rows: [{ value: 46 }, { value: 20, scope: true }, { value: 17, scope: true }, { value: 9, scope: true }], by: 'link.part' },
      // a sentence whose subject is a neighbour speaks of it, past an opening of where it looks from (elsewhere.ts)
      { text: '从横向比较看,周边的两个兄弟县高新技术企业都在20家以上。全县高新技术企业达到12家。', rows: [{ value: 12 }] },
      { text: '年产值超过10亿元的高新技术企业达到7家,其中超过50亿元的1家。', rows: [] },
      // places after 其中 that name no thing, before 分别 or 各有, are parts of the figure before
      {
        text: '有效期内国家高新技术企业总数达到4312家,其中云栖科技园、青杉街道分别有1506家和682家。',
        rows: [{ value: 4312, scope: false }, { value: 1506, scope: true }, { value: 682, scope: true }],
        by: 'link.respectively_parts(frame.hte_total)',
      },
      // the whole come to a number after what was done against a target is the total, and done
      { text: '1.高新技术企业:目标任务3家,实际新增高新技术企业4家,全县达到11家。', rows: [{ value: 11, period: 'CUM', status: 'actual' }] },
      // a year gone by's total set beside this one is a total too, whatever act the words after it name (净增 is the next figure's)
      { text: '全区有效高新技术企业总数达到263家,较2023年的231家净增32家。', rows: [{ value: 263 }, { value: 231 }], by: 'link.baseline' },
      // a line a page wrapped before what wants the words before it is one sentence
      { text: '新认定9家,另有4家企业通过复审,全市高新技术企业\n达到37家。', rows: [{ value: 37, period: 'CUM' }] },
      // the firms of a size among them are no total
      { text: '高新技术企业中营业收入超10亿元的仅有9家。', rows: [] },
      // a difference from a year further back is several years' growth, no year's new firms
      { text: '2023年全市高新技术企业达到224家,较2020年增加91家。', rows: [{ value: 224, period: 'CUM' }] },
      // a clause of the report's own place as its subject takes no act from the clause before
      { text: '推荐2家企业申报高新技术企业,全县高新技术企业3家。', rows: [{ value: 3, period: 'CUM' }] },
      // 认定的 names the ones certified so far, not an act
      { text: '全市认定的高新技术企业累计达到27家,其中当年新认定6家。', rows: [{ value: 27, period: 'CUM' }] },
      // an item that names a kind no frame counts is not the total's
      { text: '全市高新技术企业突破1800家、省科技领军企业突破100家。', rows: [{ value: 1800 }] },
      // 仅有 counts what stands, whatever the clause before did
      { text: '2016年仅净增3家,2015年底全县高新技术企业仅有10家。', rows: [{ value: 10, period: 'CUM' }] },
      // the province's figures, named as the subject of the clauses before, are not the report's own
      { text: '会议指出,2022年全省研发经费投入增长15.2%,高新技术企业总数达到1.4万余家,为全县科技工作提供了遵循。', rows: [] },
      // "一个地区" is one of a kind spoken of, no count
      { text: '高企是衡量一个地区创新能力的重要标志,全市高新技术企业总数达到412家。', rows: [{ value: 412 }] },
      // the region's (全疆), beside the report's own
      { text: '全州高新技术企业总数达到46家;今年全疆高新技术企业总数首次突破1000家。', rows: [{ value: 46 }] },
      { text: '全省排名第3位;全市高新技术企业总数达到120家。', rows: [{ value: 120, period: 'CUM' }] },
      // the firms a measure was for are no count of them (beneficiaries.ts)
      { text: '为27家高新技术企业争取省科技厅疫情期间奖补资金135万元。', rows: [] },
      { text: '对50家高新技术企业给予表扬。', rows: [] },
      { text: '兑现科技创新奖补资金826.5万元,惠及高新技术企业、科技型中小企业等各类创新主体93家。', rows: [] },
      // a label, 全市 and the total; the places in the bracket after it its parts
      { text: '高企总数:全市112家(其中:城区64家,开发区31家,郊县17家)。', rows: [{ value: 112, scope: false }, { value: 64, scope: true }, { value: 31, scope: true }, { value: 17, scope: true }] },
      // a table with its unit in a cell of its own, and thousands marked
      { text: '指标名称\t单位\t2023年完成\t2022年完成\n高新技术企业总数\t家\t1,046\t872', rows: [{ value: 1046, period: 'CUM' }, { value: 872, period: 'CUM' }], by: 'link.table_row' },
      // firms whose certification is in force are how many there are
      { text: '上半年组织412家企业申报高新技术企业,截至6月底,全市有效高新技术企业892家。', rows: [{ value: 892, period: 'CUM' }] },
      { text: '认定省级以上高新技术企业10家,省级以上高新技术企业发展到101家。', rows: [{ value: 101, period: 'CUM', scope: true }] },
      // totals listed after 分别 are the totals of the counts before, each of its own thing
      { text: '新增创新型初创企业1320家、高新技术企业286家,累计分别达到6150家、1204家。', rows: [{ value: 1204, period: 'CUM' }], by: 'link.respectively_total' },
      // 将 before what a figure comes to is a forecast
      { text: '全市高新技术企业总量将达到490家左右。', rows: [{ value: 490, period: 'CUM', status: 'forecast' }] },
      // the number missing where 达到 announces it; 企业家 are people
      { text: '全市高新技术企业总数达到家。', rows: [{ value: null, period: 'CUM' }] },
      { text: '全市高新技术企业家协会成立。', rows: [] },
      // 经认定的 names the firms certified so far, not this year's act
      { text: '经认定的高新技术企业达到186家。', rows: [{ value: 186, period: 'CUM' }] },
      { text: '全市有效高新技术企业1594家,其中206家企业已成长为高新技术企业,文化和科技融合示范企业43家。', rows: [{ value: 1594, period: 'CUM' }] },
      // the places a figure counts are no firms
      { text: '一是县域创新能力差距大,除炉城市外其余17个县高新技术企业合计仅15家。', rows: [{ value: 15, period: 'CUM' }] },
      // places after the new ones whose words say they stand (年末有) are parts of the total
      { text: '年末全市高新技术企业达到386家,全年净增94家;其中,漳河市年末有高新技术企业62家,楚原区58家。', rows: [{ value: 386, scope: false }, { value: 62, scope: true }, { value: 58, scope: true }] },
      // a kind no frame counts, listed beside, is not this one
      { text: '高新技术企业、广西“瞪羚企业”、“专精特新”企业分别达到431家、27家、116家。', rows: [{ value: 431, period: 'CUM' }], by: 'link.respectively(frame.hte_total)' },
      { text: '净增国家高新技术企业83家,总数达400家。', rows: [{ value: 400, period: 'CUM', scope: false }], by: 'link.running_total' },
      // a total of another thing after it is not its running total
      { text: '全市高新技术企业突破3000家,科技型企业总数突破1.6万家。', rows: [{ value: 3000, period: 'CUM' }] },
      // a total, whatever reads it, is a running total: the count it grew to too
      { text: '全县高企数量由2020年的15家增加到28家。', rows: [{ value: 15, period: 'CUM' }, { value: 28, period: 'CUM' }] },
      { text: '兑付补助资金686万元,扶持企业114家,涉及国家高新技术企业98家。', rows: [] },
      { text: '国家高新技术企业保有量290家。', rows: [{ value: 290, period: 'CUM' }] },
      { text: '国家高新技术企业大幅跃升至7400多家。', rows: [{ value: 7400, period: 'CUM' }] },
      { text: '全县有913家高新技术企业。', rows: [{ value: 913, period: 'CUM' }] },
      { text: '指标\t完成值\n高新技术企业(家)\t913\n', rows: [{ value: 913, period: 'CUM' }] },
      // a table with a column of units and one of growth rates
      { text: '指标\t单位\t完成值\t增长\n高新技术企业数\t家\t156\t12%\n', rows: [{ value: 156, period: 'CUM' }] },
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
    act: ['pool'],
    units: COUNT_OF_FIRMS,
    examples: [
      // the firms counted, with an attribute in 的 before them, put into the pool named after
      { text: '将65家成长性好的科技型企业纳入高企培育库。', rows: [{ value: 65 }] },
      // firms readied for a listing on a stock market are no reserve of high-tech firms
      { text: '新增高新技术企业后备企业15家;新增省级上市后备企业7家,上市后备企业库总数达到23家。', rows: [{ value: 15 }] },
      // all in the pool so far, after those put in it this year
      { text: '新遴选市级高新技术企业培育库企业64家,累计在库209家。', rows: [{ value: 64, period: 'FY' }, { value: 209, period: 'CUM' }] },
      { text: '纳入区高新技术企业培育库的企业有530家,其中金澜园区、汀州镇、北沙街道各有212家、96家和74家。', rows: [{ value: 530, scope: false }, { value: 212, scope: true }, { value: 96, scope: true }, { value: 74, scope: true }] },
      // the firms a reserve pool holds, come to a number, stand in it
      { text: '高新技术企业后备库入库企业达到520家。', rows: [{ value: 520, period: 'CUM' }] },
      // the seedlings a 育苗 scheme picks
      { text: '实施高企“育苗”行动,遴选育苗企业31家。', rows: [{ value: 31 }] },
      // the firms in the pool so far: 库内企业 is the pool's act and its thing
      { text: '建立高新技术企业后备培育库,新入库企业78家,库内企业累计达到312家。', rows: [{ value: 78 }, { value: 312, period: 'CUM' }], by: 'link.running_total' },
      { text: '高企培育库企业数与上年持平,仍为54家。', rows: [{ value: 54 }], by: 'link.stated_after(hte_reserve.pool)' },
      // a goal's period says nothing of the figures after it
      { text: '一季度,新入库科技型中小企业47家,完成全年目标任务120家的39.2%;摸排高企后备企业35家。', rows: [{ value: 35, period: 'Q1' }] },
      // what was done against a target, after 已 or 目前已
      { text: '高新技术企业培育库入库企业150家的任务,目前已入库163家。', rows: [{ value: 150, status: 'target' }, { value: 163, status: 'actual' }], by: 'link.done_against_target' },
      { text: '126家企业纳入高企培育库。', rows: [{ value: 126 }] },
      // the pool named whole: the firms put in it are its reserve, whatever kind they were or were about to do
      { text: '从科技型中小企业中筛选112家成长性好的企业纳入高新技术企业后备库。', rows: [{ value: 112 }] },
      { text: '将75家拟申报企业纳入市级高新技术企业培育库。', rows: [{ value: 75, scope: true }] },
      { text: '认定市级高新技术培育企业80家。', rows: [{ value: 80 }] },
      { text: '我市有71家企业列入省级高新技术企业后备库。', rows: [{ value: 71 }] },
      { text: '目前新增3家申请高新技术企业资料入库培育的企业。', rows: [{ value: 3 }] },
    ],
  },
  {
    // firms nurtured towards certification; 累计培育 what has been certified so far is a total, not a pool
    id: 'hte_reserve.nurtured',
    indicator: 'hte_reserve',
    thing: ['hte'],
    act: ['nurture'],
    units: COUNT_OF_FIRMS,
    // (nurtured firms that passed are certified: "今年新培育36家高企通过认定"; firms coached, under a heading of
    // nurturing, no reserve: "(一)高企培育。组织26家企业开展高企申报前辅导")
    not: ['sinceStart', 'passed', 'event'],
    examples: [
      { text: '新培育高新技术企业2家。', rows: [{ value: 2 }] },
      { text: '(一)高企培育。一季度组织26家企业开展高企申报前辅导。', rows: [] },
      { text: '组织申报省高新技术企业培育 4 家。', rows: [{ value: 4 }] },
    ],
  },
];
