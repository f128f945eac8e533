// 科技计划项目: applied for, approved; the money they bring.
import { COUNT_OF_ITEMS, MONEY, type Frame } from './frame.ts';

export const frames: Frame[] = [
  {
    id: 'projects_applied',
    indicator: 'projects_applied',
    thing: ['project'],
    act: ['apply'],
    // "组织18家企业申报省科技计划项目": firms counted for the projects they apply for (the labelling guide)
    units: [...COUNT_OF_ITEMS, '家'],
    not: ['award', 'patent', 'carriedOut', 'industryProject', 'investmentProject'],
    examples: [
      // the goals work is done around are no target of what was done
      { text: '紧紧围绕自治区和地区下达的目标任务,组织申报自治区级以上科技项目27项,获得立项15项。', rows: [{ value: 27, status: 'actual' }] },
      // days a review takes are no projects
      { text: '深化科技项目管理改革,项目申报材料精简一半,项目评审周期由60个工作日缩短到35个工作日。', rows: [] },
      // the task a share was done of, in brackets, is a target
      { text: '全年申报各类科技计划项目41项,完成任务数(35项)的117%。', rows: [{ value: 41, status: 'actual' }, { value: 35, status: 'target' }] },
      // a fund named after the firms it funds is a programme: its applications are projects
      { text: '组织3家企业申报国家科技型中小企业技术创新基金。', rows: [{ value: 3, scope: true }] },
      // the heading right before a paragraph speaks for it where its sentences name no period
      { text: '二、分阶段推进情况\n(一)一季度:抓开局\n召开全市科技创新大会,组织申报省级科技计划项目88项。', rows: [{ value: 88, period: 'Q1', scope: true }] },
      // a 年度计划 and its 申报指南 are no plan of the figure's
      { text: '按照省科技厅年度计划申报指南,上半年共组织申报省级科技计划项目14项。', rows: [{ value: 14, period: 'H1', status: 'actual', scope: true }] },
      // projects carried out are not applied for (the labelling guide)
      { text: '组织申报市级以上科技计划98项,组织实施本市级科技计划69项。', rows: [{ value: 98 }] },
      // levels listed inside one name, each with the name's act and thing
      { text: '申报国家、省、市科技项目分别为12项、35项、68项。', rows: [{ value: 12, scope: true }, { value: 35, scope: true }, { value: 68, scope: true }], by: 'link.respectively(frame.projects_applied)' },
      { text: '企业与高校院所共同承担申报省重点研究与开发计划项目7个。', rows: [{ value: 7, scope: true }] },
      { text: '2018年我局在上半年和下半年分两批组织申报各类科技项目8项。', rows: [{ value: 8, period: 'FY' }] },
      // 今年 after a time that is a clause of its own is this year so far
      { text: '汴阳区融媒体中心讯截至8月底,汴阳区今年共组织申报各级各类科技计划项目137项。', rows: [{ value: 137, period: 'YTD' }] },
      { text: '共申报市级以上科技工程31项。', rows: [{ value: 31 }] },
      { text: '申报省重点技术创新项目3个。', rows: [{ value: 3 }] },
      { text: '上半年,共组织申报各类科技计划项目143项。', rows: [{ value: 143, scope: false }] },
      { text: '组织申报国家星火计划项目2项。', rows: [{ value: 2, scope: true }] },
      { text: '共申报省科技项目4项。', rows: [{ value: 4, scope: true }] },
      // the body applied to is no programme, but names the level
      { text: '向省科技厅推荐项目42项。', rows: [{ value: 42, scope: true }] },
      { text: '我县申报国家、省、市农社科技项目共9项,其中国家级1项,省级5项,市级3项。', rows: [{ value: 9, scope: true }, { value: 1, scope: true }, { value: 5, scope: true }, { value: 3, scope: true }] },
      // the levels of the total just stated, listed before 分别
      {
        text: '共组织申报省市科技项目41项,省级、市级分别为13项和28项。',
        rows: [{ value: 41 }, { value: 13, scope: true }, { value: 28, scope: true }],
        by: 'link.respectively_parts(frame.projects_applied)',
      },
      { text: '已经组织企业申报省级项目*项,市级项目*项。', rows: [{ value: null, scope: true }, { value: null, scope: true }] },
      { text: '准备申报的项目3个。', rows: [{ value: 3, status: 'target' }] },
      // firms counted for the projects they apply for, unless the projects are counted too; a programme
      // named after the firms it funds is a project
      { text: '组织18家企业申报省科技计划项目。', rows: [{ value: 18, scope: true }] },
      { text: '已推荐辖区13家企业申报柳州市科技计划项目14项。', rows: [{ value: 14, scope: true }] },
      { text: '已推荐12家企业申报市级科技计划项目,共申报项目15项。', rows: [{ value: 15 }] },
      // acts listed before 分别, the thing after the last
      { text: '全县申报、获批省级科技项目分别为26项、9项。', rows: [{ value: 26, scope: true }], by: 'link.respectively(frame.projects_applied)' },
      { text: '组织18家企业申报省科技型中小企业技术创新基金项目。', rows: [{ value: 18, scope: true }] },
      // what an earlier clause planned is no target for a clause that says its work is done
      { text: '对9项技术拟组织攻关,2个项目成功推荐申报省揭榜挂帅项目。', rows: [{ value: 2, status: 'actual' }] },
      // a kind of project named before it is a part; a place's levels from one up are all of them
      { text: '组织申报中国纺织工业协会科技指导性项目1个。', rows: [{ value: 1, scope: true }] },
      { text: '组织申报一般科技计划项目25个。', rows: [{ value: 25, scope: true }] },
      { text: '我市共组织申报镇江市级以上科技计划98项。', rows: [{ value: 98, scope: false }] },
      { text: '2021年至2022年,组织申报各类科技计划项目240项。', rows: [{ value: 240, period: 'CUM', scope: false }] },
    ],
  },
  {
    id: 'projects_approved',
    indicator: 'projects_approved',
    thing: ['project'],
    act: ['approve'],
    units: [...COUNT_OF_ITEMS, '家'], // "19家企业获得立项": one project each
    not: ['award', 'patent', 'carriedOut', 'industryProject', 'investmentProject'],
    examples: [
      // a programme named for its tasks is no target; a part of the year done, after the year's target, is done
      { text: '获批国家重点研发计划项目4项、自治区重点研发任务专项19项。', rows: [{ value: 4, status: 'actual', scope: true }, { value: 19, status: 'actual', scope: true }] },
      { text: '全年科技项目立项目标20项,上半年获批立项9项。', rows: [{ value: 20, status: 'target' }, { value: 9, status: 'actual' }] },
      // the projects of a year's investment plan are no science projects
      { text: '全年安排重点项目260个,总投资2380亿元,年度计划投资620亿元。', rows: [] },
      // projects approved in years gone by and now inspected, or ended, are no approvals of the year
      { text: '对2007年以来立项的83个市级项目开展绩效检查,终止执行不力的项目6个,撤销立项3项。', rows: [] },
      // the areas of work a report stresses, counted, are no figure of theirs
      { text: '突出抓好项目争取、企业创新和农村科技服务三项重点工作,全年获批项目12项。', rows: [{ value: 12 }] },
      // a programme of transferring results (科技成果转化专项) is a programme, its projects parts of those approved
      {
        text: '组织申报国家和省级科技计划项目683项,立项支持198项,争取中央、省科技资金3.15亿元。其中,省重大科技成果转化专项6项,省重点研发计划项目41项。',
        rows: [{ value: 198 }, { value: 6, scope: true }, { value: 41, scope: true }],
        by: 'link.part',
      },
      // the act that grants may stand right after the count, before what it grants; not where the count goes on
      // counting another thing
      { text: '经过积极争取,有19项列入上级科技计划。', rows: [{ value: 19 }] },
      { text: '帮助企业梳理技术难题58项,已解决36项,剩余22项列入明年重点攻关。', rows: [] },
      // a checklist's slashes: each figure its name's; projects accepted (验收) none
      { text: '项目:申报/立项/验收 = 42/17/11项', rows: [{ value: 17 }], by: 'link.slash_list(frame.projects_approved)' },
      // a programme's long name after 其中 is a part's name
      { text: '全年争取上级科技项目37项。其中:国家科技型中小企业技术创新基金项目2项,国家星火计划项目1项。', rows: [{ value: 37, scope: false }, { value: 2, scope: true }, { value: 1, scope: true }], by: 'link.part' },
      { text: '争取东西部协作科技项目9项,同比增加3项。', rows: [{ value: 9, scope: true }] },
      // a statement that opens a breakdown by level or kind, as 其中 does
      { text: '全年获批科技项目58项。分级看,国家级5项,省级53项。', rows: [{ value: 58, scope: false }, { value: 5, scope: true }, { value: 53, scope: true }], by: 'link.part' },
      // a clause that only says what was done, to as many figures listed before it, as "分别获批" would
      { text: '全市组织申报国家级项目3项、省级12项,获批2项、7项。', rows: [{ value: 2, scope: true }, { value: 7, scope: true }], by: 'link.done_to_each(frame.projects_approved)' },
      // levels listed after a clause that says they were granted, after the ones applied for
      { text: '全年申报各类科技计划项目86项,其中省级31项;最终获得立项的,省级9项、市级24项。', rows: [{ value: 9, scope: true }, { value: 24, scope: true }], by: 'link.part_granted' },
      // two lists summed at once
      { text: '全年共争取国家、省、市科技项目分别为3项、11项和9项,争取项目资金分别为260万元、455万元和78万元,合计23项、793万元。', rows: [{ value: 3 }, { value: 11 }, { value: 9 }, { value: 23 }], by: 'link.sum' },
      // a note in brackets right after the figure is none of its words
      { text: '全年共向上争取科技项目18项(不含已结题验收项目),争取项目资金742万元。', rows: [{ value: 18 }] },
      // projects a bureau arranges (安排) are projects approved, their kinds after 其中 parts of them
      { text: '全年共安排县级科技计划项目34项,其中工业科技攻关项目14项、农业科技推广项目17项。', rows: [{ value: 34, scope: true }, { value: 14, scope: true }, { value: 17, scope: true }] },
      // a span of years the sentence opens on makes its figures running totals
      { text: '五年间,全县争取省级科技项目86项。', rows: [{ value: 86, period: 'CUM', scope: true }] },
      // a programme's name that holds a word of another kind (成果 in 成果转化) still names a programme
      { text: '获批国家科技计划项目12项。其中,国家科技攻关计划项目7项,国家高新成果转化计划项目5项。', rows: [{ value: 12, scope: true }, { value: 7, scope: true }, { value: 5, scope: true }] },
      // a number missing before its unit is a masked figure
      { text: '组织申报各类科技计划项目42项,获批项,争取资金万元。', rows: [{ value: null }] },
      // the parts after 其中 are of the ones approved, which their own act after them reads
      { text: '全年向自治区和盟科技部门上报项目21项,有12项获得批准,落实上级科技经费268万元,其中自治区科技计划项目5项、经费175万元,盟级科技计划项目7项。', rows: [{ value: 12, scope: false }, { value: 5, scope: true }, { value: 7, scope: true }] },
      // projects of industry's upgrading are no science projects
      { text: '12家企业列入省级重点技术改造项目12项。', rows: [] },
      // projects evaluated or inspected are no projects won this period
      { text: '对2019年以来立项的41个区级科技项目开展绩效评价。', rows: [] },
      // "华睿电气等3家企业进入…立项公示": firms that won, one project each
      { text: '华睿电气等*家企业进入省科小提升工程(第二批)立项公示。', rows: [{ value: null, scope: true }] },
      // 立项 alone names the projects won; the department that granted them, their level, and their money's
      { text: '截至目前,已获省科技厅立项36项,到位资金1085万元。', rows: [{ value: 36, scope: true }] },
      { text: '截止目前已有7项获省厅立项,2项获市局立项。', rows: [{ value: 7, scope: true }, { value: 2, scope: true }] },
      // projects awarded a prize are no projects won
      { text: '对获得2017年度县科学技术进步奖的14个项目进行了表彰。', rows: [] },
      // projects taken on (承接), like those undertaken (承担), were not won
      { text: '辽川精细化工中试基地一期建成,已承接中试项目8项。', rows: [] },
      // the department that granted, or a level the clause names alone, is the level
      { text: '上半年组织申报项目20项,获自治区科技厅立项6项。', rows: [{ value: 6, scope: true }] },
      { text: '全年向省科技厅申报项目22项,获得省级立项7项。', rows: [{ value: 7, scope: true }] },
      // firms counted for the projects they won, one each
      { text: '2022年,全市共有36家企业申报省重点研发计划项目,其中19家企业获得立项。', rows: [{ value: 19, scope: false }] },
      // the programme named after the act, where one is
      { text: '4个项目获批省重大科技创新工程、3个项目获中央引导地方资金支持。', rows: [{ value: 4, scope: true }, { value: 3, scope: true }] },
      { text: '有两个项目被列入省级计划项目。', rows: [{ value: 2, scope: true }] },
      { text: '全年共有87个项目列入省、市科技计划。', rows: [{ value: 87, scope: false }] },
      // the ones won of those the clause just before applied for are of their level; of several levels, all
      { text: '组织申报省级科技计划项目45项,获批立项12项。', rows: [{ value: 12, scope: true }] },
      { text: '全年组织申报国家和自治区各类科技计划项目112项,获得立项58项。', rows: [{ value: 58, scope: false }] },
      // a programme named before the act that stands right before the thing
      { text: '上半年,争取到2018年湖北重大科技专项立项项目3个。', rows: [{ value: 3, scope: true }] },
      // words of when and of what is done name no kind of project
      { text: '目前已获批立项61项,争取上级资金2380万元。', rows: [{ value: 61, scope: false }] },
      // a parallel item that says it was granted
      { text: '前三季度,全县共组织申报省级科技项目17项,省级立项9项。', rows: [{ value: 9, scope: true }] },
      // a breakdown is of the last whole of its kind, not of the money stated between
      {
        text: '全年获省级以上科技项目90项,获批扶持资金5600万元。其中省重大创新工程8项,省重点研发计划12项。',
        rows: [{ value: 90 }, { value: 8, scope: true }, { value: 12, scope: true }],
        by: 'link.part',
      },
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
      { text: '共申报科技项目120项,其中获批立项82项。', rows: [{ value: 82 }] },
      { text: '获批立项7项,获得省级财政资助资金535万元。', rows: [{ value: 7 }] },
      { text: '全年共组织申报国家和省级科技项目68项,获准立项38项。', rows: [{ value: 38 }] },
      // a name, 、, and the next figure share the act after it
      { text: '2项国家重点研发计划项目、7项省重大科技专项获得立项支持。', rows: [{ value: 2, scope: true }, { value: 7, scope: true }] },
      // a column table with serial numbers first, its 合计 row short of its empty serial cell
      {
        text: '序号\t项目类别\t立项数(项)\t资助经费(万元)\n1\t省重点研发计划\t6\t1,150\n\t合计\t18\t1,930',
        rows: [{ value: 6, scope: true }, { value: 18, scope: false }],
        by: 'link.table_column',
      },
      { text: '上半年共申报各类科技项目64项,截至6月底已获批立项19项。', rows: [{ value: 19, period: 'H1', scope: false }] },
      { text: '完成2015年度立项项目结题验收9项。', rows: [] },
      // 扶持 projects; what was approved of those applied for is no work done against a target
      { text: '县财政安排科技三项费用260万元,扶持县级科技项目32项。', rows: [{ value: 32, scope: true }] },
      { text: '上半年共组织申报国家、省各类科技计划项目74项,已获批28项。', rows: [{ value: 28, period: 'H1' }] },
      // a table whose columns name what they count, with their units, and whose rows name the parts
      {
        text: '项目类别\t申报数(项)\t立项数(项)\t争取资金(万元)\n国家级\t48\t12\t2860\n省级\t156\t71\t3915',
        rows: [{ value: 12, scope: true }, { value: 71, scope: true }],
        by: 'link.table_column',
      },
      // a label that opens a list of short items is every item's; the item's own words are its scope
      {
        text: '项目获批情况:国家级2项,省级15项,市级40项,合计57项。',
        rows: [{ value: 2, scope: true }, { value: 15, scope: true }, { value: 40, scope: true }, { value: 57, scope: false }],
      },
    ],
  },
  {
    id: 'project_funding',
    indicator: 'project_funding',
    thing: ['money'],
    act: ['fundingAct'],
    units: MONEY,
    not: ['rd', 'revenue', 'investment', 'hitechOutput', 'hitechValueAdded', 'techContract', 'taxRelief', 'average'],
    examples: [
      // the money of projects just approved, named after them ("获批立项153项、资金7860万元")
      { text: '获批立项153项、资金7860万元,其中省科技重大专项2项、资金1000万元。', rows: [{ value: 7860 }, { value: 1000 }] },
      // the investment brought in with the projects brought in is no funding won
      { text: '全年引进京津项目236个,到位资金412.6亿元。', rows: [] },
      // the partner's money, in the clauses it is the subject of; what the report's own bureau won after it is its own (elsewhere.ts)
      {
        text: '在粤桂东西部协作框架下,广东省佛岚市顺泽区今年安排科技协作资金200万元,派出农业科技人员8人次到我县指导;我局争取东西部协作科技项目3项、资金150万元。',
        rows: [{ value: 150 }],
      },
      // a partner's money in the partnership's name is that part of the money won (援疆, 东西部协作, 对口支援, 闽宁协作)
      { text: '全年落实广东援疆科技资金1320万元。', rows: [{ value: 1320, scope: true }] },
      // a difference from last year's money is no money
      { text: '到位上级科技项目资金326万元,比去年同期多到位94万元。', rows: [{ value: 326 }] },
      // a reward for R&D paid out is money paid, not R&D: the words before the money's name say what it is for
      { text: '兑现区级研发投入奖励资金1146万元,惠及企业89家。', rows: [{ value: 1146 }] },
      // the year of what an act is done to names neither the figure's period nor its year
      { text: '2017年上半年工作总结\n上半年,兑现2016年度县级科技创新政策奖励资金1540万元。', rows: [{ value: 1540, period: 'H1' }] },
      // an amount in 亿 and then 万 is one amount
      { text: '全年争取上级科技资金1亿3千万元。', rows: [{ value: 13000 }] },
      // what a bracket leaves out of the figure before it is no figure of the report's
      { text: '争取上级科技经费386万元(不含县财政配套资金120万元)。', rows: [{ value: 386 }] },
      // an award for contracts made is money paid, no value of the contracts; a 后补助 is money too, listed after it
      { text: '全年兑现技术交易奖补资金3260万元、科技成果转化后补助1870万元。', rows: [{ value: 3260 }, { value: 1870 }] },
      // money for welfare or industry's upgrading is no science funding; the science money beside it is
      { text: '全区争取工业转型升级资金2300万元,争取省科技厅科技计划项目资金540万元,发放城乡低保资金6340万元。', rows: [{ value: 540, scope: true }] },
      { text: '协调合作银行发放“宁科贷”1.35亿元。', rows: [] },
      // money only applied for, or for what is no science, is no funding won (money-not-won.ts)
      { text: '项目申请自治区财政资金共计2140万元。', rows: [] },
      { text: '实施农村义务教育学生营养改善计划,拨付资金2310万元。', rows: [] },
      { text: '全年协调落实科技型企业贷款贴息资金28万元。', rows: [] },
      // the most a measure gives one team is no funding won
      { text: '启动英才计划,对引进的创新团队最高给予500万元资助。', rows: [] },
      // money of market regulation, or of industry and science together, is no science funding
      { text: '争取上级食品安全专项经费150万元,兑现标准化资助资金85万元,争取上级工业和科技资金3860万元。', rows: [] },
      // the lines of the bureau's own budget are what it plans to spend
      { text: '三、项目支出预算\n主要包括:市级科技计划项目经费800万元;科技人才专项200万元。', rows: [] },
      // the programmes a sum of money is broken down into after 其中 are its parts
      { text: '全年安排科技专项资金8600万元,其中,重点研发专项3200万元、创新平台专项1500万元。', rows: [{ value: 8600, scope: false }, { value: 3200, scope: true }, { value: 1500, scope: true }] },
      // a difference from another year's is no part of the money before it
      { text: '争取上级科技经费共计586万元,比上年的392万元增加194万元。', rows: [{ value: 586 }, { value: 392 }] },
      // nor are handouts to farmers and aid to villages
      { text: '发放种苗补贴36.5万元,局包联的两个村帮扶资金12万元全部到位。', rows: [] },
      // nor is money for industry's development
      { text: '争取上级工业和信息化专项资金3860万元,兑现县级工业发展扶持资金5200万元。', rows: [] },
      { text: '争取省先进制造业发展专项资金900万元,兑现工业企业纾困资金640万元,争取工业园区发展资金1500万元。', rows: [] },
      // investment brought in is no funding won
      { text: '全年新引进招商项目48个,协议引资526亿元,实际到位资金132亿元。', rows: [] },
      // a subsidy for R&D is money paid, not R&D spent
      { text: '落实企业研发经费分段补助资金410万元。', rows: [{ value: 410 }] },
      // a risk pool is no funding won
      { text: '县级风险补偿资金池规模扩大到3000万元。', rows: [] },
      { text: '“十三五”期间,全县累计争取上级科技项目186项,争取资金1.12亿元。', rows: [{ value: 11200, period: 'CUM' }] },
      // a span of years that opens the sentence is a running total; money from above at large takes no level
      { text: '五年来,全市累计获批国家级科技项目214项,争取上级科技资金超过9亿元。', rows: [{ value: 90000, period: 'CUM', scope: false }] },
      // money named after what it rewards is a part of the money; a subsidy of R&D is no R&D spent
      {
        text: '兑现各类科技奖补资金3120万元,其中高新技术企业认定奖励960万元、研发费用补助1540万元。',
        rows: [{ value: 3120 }, { value: 960, scope: true }, { value: 1540, scope: true }],
      },
      // the money of projects just counted at one level is of that level
      { text: '全县获得市级科技计划立项项目23项,资助经费186万元。', rows: [{ value: 186, scope: true }] },
      // …but money after a list of the projects' levels is the whole's
      { text: '全年共组织申报各类科技项目27项,其中国家级3项,省级11项,市级13项,争取资金386万元。', rows: [{ value: 386, scope: false }] },
      { text: '争取国家、自治区科技计划项目56项,各类资金2.32亿元。', rows: [{ value: 23200, scope: false }] },
      // the most one project got is no total
      { text: '全年争取资金2.37亿元,单个项目最高资助1800万元。', rows: [{ value: 23700 }] },
      // 科技三项费用, the old name of the money for projects, arranged by the bureau
      { text: '县财政安排科技三项费用260万元,扶持县级科技项目32项。', rows: [{ value: 260 }] },
      { text: '获国拨经费40万元。', rows: [{ value: 40 }] },
      { text: '4家企业获科技创新券补助资金75万元。', rows: [{ value: 75, scope: true }] },
      { text: '省创新实验室累计落实建设经费18.3亿元。', rows: [{ value: 183000, period: 'CUM' }] },
      // 累计 after a part of the year is that part's total
      { text: '全年累计争取省级以上科技项目资金3600万元。', rows: [{ value: 3600, period: 'FY', scope: true }] },
      // 万 alone is 万元
      { text: '争取上级资金3000万。', rows: [{ value: 3000 }] },
      // money drawn in by investment promotion is no science funding
      { text: '招商引资到位资金85亿元。', rows: [] },
      { text: '兑付科技创新政策补助资金686万元。', rows: [{ value: 686 }] },
      // the size of a fund set up, and what each one gets, are no funding won
      { text: '争取设立规模500万元的创业种子资金,对授权发明专利每件资助5000元;全年争取上级科技资金320万元。', rows: [{ value: 320 }] },
      // the last day of the year is the year's end, not a point in it
      { text: '截至2019年12月31日,兑现高新技术企业认定奖励资金260万元。', rows: [{ value: 260, period: 'FY' }] },
      { text: '后续将拨付100万元建设资金。', rows: [{ value: 100 }] },
      { text: '获国家科技经费支持4000余万元。', rows: [{ value: 4000, scope: true }] },
      { text: '争取国家资金563万元,争取省资金300万元。', rows: [{ value: 563, scope: true }, { value: 300, scope: true }] },
      { text: '获无偿资金支持xx万元。', rows: [{ value: null }] },
      { text: '全年兑现各类科技创新奖励扶持资金1.2亿元。', rows: [{ value: 12000 }] },
    ],
  },
];
