// Word groups: the words a bureau report uses for one idea, kept once. Frames (frames.ts), and the
// period, status and scope readers, name a group instead of spelling its words again.
//
// Words are in simplified script: the text is converted before it is read (script.ts), so 認定 is
// 认定 here. A word may stand in several groups (高新技术企业 is a thing of its own and an
// enterprise). Where two words start at the same place, the longer is read (高新技术产业增加值
// before 高新技术).

import { buildTrie, longestWords } from './trie.ts';

// certification applied for, the thing inside the act: "组织申报高企认定32家" is firms that applied, and
// "高企认定申报58家" too (read whole, so that 认定 is not read as the certification given)
const HTE_NAMES = ['高新技术企业', '高企', '国家高新技术企业'];
// firms in an incubator, partners of an agreement: not the platforms themselves ("孵化载体在孵企业410家")
const HOSTED = ['注册用户', '在孵企业', '入孵企业', '入驻企业', '孵化企业', '创业主体', '入驻创业主体', '入驻团队', '创业团队', '在孵项目', '科研院所', '高校院所', '高等院校', '入驻', '入驻单位', '入驻科研单位'];
// firms whose certification is in force: how many there are ("截至6月底,全市有效高新技术企业892家")
const HTE_IN_FORCE = ['有效高新技术企业', '有效高企', '有效期内高新技术企业', '有效期内高企', '有效国家高新技术企业'];
const HTE_APPLIED_FOR = [
  // (taking part in a certification is applying for it: "共有1186家企业参加高新技术企业认定")
  ...['', '组织', '推荐', '组织推荐'].flatMap((who) => ['申报', '申请', '参加', '申报了', '申请了', '参加了'].flatMap((act) => HTE_NAMES.map((name) => `${who}${act}${name}认定`))),
  ...HTE_NAMES.map((name) => `${name}认定申报`),
];

// firms in the reserve pool, the pool inside the thing: "认定市级高新技术培育企业150家"
const HTE_RESERVE = ['高新技术培育企业', '高企培育企业', '高新技术后备企业', '高企后备企业'];
// the pool of 高新技术企业 to be, named whole: the firms put into it are its reserve, whatever kind they were
// ("从科技型中小企业中筛选112家…纳入高新技术企业后备库", "将75家拟申报企业纳入…高新技术企业培育库")
const HTE_POOL = ['高新技术企业培育库', '高新技术企业后备库', '高企培育库', '高企后备库', '高新技术企业后备培育库', '高新技术企业培育企业库', '高新技术企业后备企业库'];

// patents applied for under the PCT, the application inside the thing: "PCT申请完成106件"
const PCT_APPLIED = ['PCT申请', 'PCT国际申请'];

// patents declared ("申报专利11件"), as applied for
const PATENTS_DECLARED = ['申报专利', '专利申报'];
// what a patent office takes in is applications, the thing and the act in one word ("专利受理量1520件"; 授理 as a page may misspell it)
const PATENTS_TAKEN_IN = ['专利受理', '专利受理量', '授理专利', '授理国家专利'];
// the talents sent to the three kinds of regions (三区), as reports quote them
// R&D spending of one kind of activity, as a statistical bulletin breaks it down: a part of R&D spending
const RD_OF_A_KIND = ['基础研究经费', '应用研究经费', '试验发展经费'];
const THREE_REGIONS = ['三区科技人才', '“三区”科技人才', '“三区”人才', '"三区"科技人才', '"三区"人才', '三区科技人员', '“三区”科技人员', '"三区"科技人员'];

// the economy a share of R&D is of, and whose it is (a zone's too: "占园区生产总值的2.8%")
const GDP = ['地区生产总值', '生产总值', 'GDP'];
const GDP_OF = ['', '全市', '全县', '全区', '全旗', '全州', '全盟', '园区', '高新区', '开发区', '新区'];

// only a project is 立项, the thing inside the act: "获批立项7项"; and what a programme's money went to is a project
// approved: "下达市级科技计划项目资金1860万元,支持项目74个" (not the firms it supported: "支持科技型中小企业41家")
const PROJECT_APPROVED = ['获批立项', '批准立项', '获得立项', '新立项', '获准立项', '立项', '立项支持', '支持项目', '支持科技项目', '支持科技计划项目', '支持转化项目'];

// the kinds of technology contract, each a part of the contracts' value ("技术转让合同12.6亿元")
const CONTRACT_KINDS = ['技术开发合同', '技术转让合同', '技术咨询合同', '技术服务合同', '技术许可合同', '技术咨询和技术服务合同'];

export const WORDS = {
  // ── the things counted ──
  hte: ['高新技术企业', '高企', '高新企业', '高新技术企', '高新技术型企业', '国家高新技术企业', '国家级高新技术企业', ...HTE_APPLIED_FOR, ...HTE_IN_FORCE, ...HTE_RESERVE, ...HTE_POOL],
  tsme: ['科技型中小企业', '科技型中小', '科技中小企业', '国家科技型中小企业', '科小企业', '科技型中小微企业', '科小'],
  innovative: ['创新型企业', '创新型试点企业', '创新型领军企业', '创新型培育企业', '创新型(试点)企业', '创新型示范企业', '创新试点企业'],
  // the zones among the platforms, which a name before makes a place ("临澜高新区新认定612家")
  zoneThing: ['高新区', '高新技术产业开发区', '高新技术开发区', '高新技术产业园区'],
  // kinds of firm a bureau goes out to serve, though no frame counts them ("走访规上工业企业64家")
  firmKind: ['规上工业企业', '龙头企业', '专精特新企业', '小巨人企业', '科技型企业', '民营科技企业'],
  enterprise: ['企业', '公司', '服务企业', '走访企业', '深入企业', '下企', '规上企业', '重点企业', '科技企业', '工业企业', '民营企业', '高新技术企业', '高企', '科技型中小企业', '科小企业', '科技型企业'],
  project: [
    '项目', '科技项目', '计划项目', '科技计划', '科技计划项目', '专项', '课题', '科技工程', '星火计划', '火炬计划', '攻关',
    '重点研发计划', '科技支撑计划', '创新基金', '成果转化', '科技成果转化', '自然科学基金', '重大专项', '科技攻关', '示范项目', '科技专项',
    // a programme named after the firms it funds is a project, not those firms
    '科技型中小企业技术创新基金', '科技型中小企业创新基金', '科技型中小企业技术创新项目', '技术创新基金', '技术创新项目',
    '国家科技型中小企业技术创新基金', '国家科技型中小企业创新基金',
    ...PROJECT_APPROVED,
  ],
  money: [
    '资金', '经费', '资助', '补助', '补助资金', '奖励资金', '奖补资金', '扶持资金', '专项资金', '项目资金', '科技经费', '无偿资助',
    '奖补', '补贴', '科技资金', '项目经费', '财政资助', '立项资金', '支持资金', '科技三项费用', '三项费用', '国拨经费', '后补助', '后补助资金',
    // subsidies for R&D are money paid, not R&D spent ("兑付研发投入后补助资金52万元", "研发经费分段补助资金410万元")
    '研发投入后补助', '研发后补助', '研发费用后补助', '研发经费后补助', '研发补助', '研发经费补助', '研发经费分段补助', '研发费用补助', '研发投入补助',
    '研发投入奖补', '研发奖补', '研发投入奖补资金',
    // …and so are awards for contracts made ("兑现技术交易奖补资金3260万元"), no value of the contracts
    '技术交易奖补', '技术交易奖补资金', '技术交易奖励', '技术交易补助', '技术合同奖补', '技术合同奖补资金', '技术合同奖励', '技术合同登记奖励', '技术合同交易奖补', '技术合同交易奖补资金',
  ],
  hitechOutput: ['高新技术产业值', '高新技术产值', '高新技术产业产值', '高新技术产品产值', '高新产业产值', '高新技术工业产值', '高新技术产业总产值', '高新产值'],
  hitech: ['高新技术产业', '高新技术产品', '高新产业', '高新技术工业'],
  outputWord: ['产值', '总产值', '工业总产值', '工业产值', '经济总量'],
  valueAddedWord: ['增加值', '工业增加值'],
  hitechValueAdded: ['高新技术产业增加值', '高新技术增加值', '高新技术产品增加值', '高新产业增加值', '高新增加值', '高新技术企业增加值'],
  rd: [
    '研发经费', '研发投入', 'R&D经费', 'R&D投入', 'R&D经费投入', '科研经费', '研究与试验发展经费', '研究与试验发展(R&D)经费',
    '研发费用', '科技研发投入', '研发经费投入', '研发经费支出', 'R&D支出', '研究与试验发展', '科技研发经费', '研究开发经费', '研发支出',
    'R&D(研究与试验发展)经费', 'R&D(研究与试验发展)经费投入',
    // R&D with its & lost in a paste or a full-width font (ＲＤ经费)
    'RD经费', 'RD经费投入', 'RD经费支出', 'RD投入', 'R＆D经费',
    ...RD_OF_A_KIND,
  ],
  intensity: [
    '研发投入强度', 'R&D投入强度', '投入强度', '研发强度', 'R&D强度', '研发经费投入强度', 'R&D/GDP', 'R&D经费投入强度', 'R&D经费强度',
    '研发经费强度', '研究与试验发展经费投入强度',
    // society's R&D as a share is of GDP (a firm's share is of its revenue)
    '全社会研发投入占比', '全社会R&D投入占比', '全社会研发经费投入占比', '全社会研发经费占比', '全社会R&D经费投入占比',
  ],
  ofGdp: [
    '占gdp', '占国民生产总值', 'GDP之比', '占同期GDP',
    // "占全市GDP", "占园区生产总值的2.8%", a statistical bulletin's "相当于全市地区生产总值的1.57%", "与全县地区生产总值之比"
    ...GDP_OF.flatMap((place) => GDP.flatMap((gdp) => [`占${place}${gdp}`, `相当于${place}${gdp}`, `与${place}${gdp}之比`])),
  ],
  patent: ['专利', '发明专利', '国家专利', ...PATENTS_TAKEN_IN, '创造专利', '实用新型专利', '外观设计专利', '知识产权', ...PCT_APPLIED, ...PATENTS_DECLARED],
  techContract: [
    '技术合同', '技术合同成交额', '技术交易', '技术交易额', '合同成交额', '技术合同交易额', '技术市场成交额', '技术合同登记额',
    '登记额', '技术总金额', '技术合同登记', '技术成交额', '技术市场交易额', '技术市场合同交易额', '技术市场合同成交额', '合同交易额', ...CONTRACT_KINDS,
  ],
  platform: [
    '新型研发机构', '研发机构', '企业重点实验室', '企业研发中心', '企业工程技术研究中心', '企业工程技术中心', '企业研发机构', '研发中心', '企业技术中心', '技术中心', '重点实验室', '实验室', '工程技术研究中心', '工程研究中心',
    '工程技术中心', '工程中心', '技术创新中心', '创新中心', '产业技术研究院', '孵化器', '孵化载体', '孵化基地', '众创空间',
    '星创天地', '创客空间', '院士专家工作站', '院士工作站', '专家工作站', '博士后科研工作站', '博士后工作站', '农业科技园区', '农业科技示范园区', '农业科技示范园', '科技示范园区', '科技示范园',
    '科技园区', '创新平台', '创新载体', '科技平台', '研究院', '科研平台', '研发平台', '创新创业载体', '双创载体', '科创平台',
    '工作站', '工作室', '示范基地', '科技企业孵化器', '企业院士工作站', '企业研究生工作站', '研究生工作站', '科技特派员工作站', '专家服务站', '科技创新基地', '创新基地', '国际科技合作基地', '技术转移示范机构', '技术转移机构', '公共服务平台', '平台', '载体', '加速器', '中试基地', '研究中心',
    '高新区', '高新技术产业开发区', '高新技术开发区', '高新技术产业园区', '高新园区', '科技创新园区', '创新园区',
    '技术转移服务机构', '技术转移分中心',
    // the unabbreviated 研发机构 and 研发中心: "北京市企业科技研究开发机构12家"
    '研究开发机构', '企业研究开发机构', '科技研究开发机构', '企业科技研究开发机构', '研究开发中心', '企业研究开发中心',
    // read whole, so that the firms it is in are not the thing counted
    '研究开发中心', '企业研究开发中心', '高新技术企业研究开发中心', '高新技术企业研发中心', '企业研究院', '重点企业研究院',
    '创新综合体', '产业创新综合体', '特色产业基地', '火炬特色产业基地', '创业基地', '小企业创业基地', '小微企业创业基地',
    '大学科技园', '国家大学科技园',
    // the newest carriers: proving a concept, a pilot line's trials
    '概念验证中心', '中试平台', '中试验证平台', '中试中心', '中试熟化基地',
  ],
  problem: ['难题', '技术难题', '技术需求', '需求', '问题', '技术问题', '发展难题', '技术瓶颈', '瓶颈', '卡脖子技术', '卡脖子问题', '诉求', '技术诉求'],
  deal: ['合作意向', '合作协议', '产学研合作', '意向协议', '签约项目', '合作协议书', '签约', '校企合作', '校地合作', '合作意向书', '科研协议', '技术协议', '新签约项目', '新签约', '对接合作', '合作合同', '技术合作合同', '揭榜合同', '攻关合同', '揭榜攻关合同', '转化协议', '成果转化协议', '技术转让协议', '转让协议'],
  event: [
    '对接会', '培训班', '培训会', '培训', '活动', '讲座', '推介会', '洽谈会', '论坛', '对接活动', '路演', '交流会', '沙龙',
    '宣讲会', '发布会', '成果发布会', '科技活动', '科普活动', '宣传活动', '专场', '研讨会', '观摩会', '现场会', '讲堂', '大赛',
    '辅导会', '专题辅导', '申报辅导', '辅导培训', '对接座谈会', '校企座谈会', '产学研座谈会',
    // coaching before an application is no application ("组织12家企业开展高新技术企业申报前期辅导")
    '申报前期辅导', '申报前辅导', '申报前期培训', '申报培训',
    // popular science taken round and shown: "科普大篷车巡展21场", "放映科普电影58场", "田间课堂29期"
    '报告会', '科普报告会', '巡展', '巡回展', '巡回展览', '科普电影', '科普影片', '科教影片', '田间课堂', '田间学校', '农民夜校',
    // fairs of science in a market town, and service rounds by experts: "举办大型科技集市11场", "巡回服务68场次"
    '科技集市', '科技大集', '科技赶集', '巡回服务',
    // science taken to the villages, counted in rounds: "开展科技下乡43场次"
    '科技下乡', '科技三下乡', '三下乡',
  ],
  expert: ['专家', '科技工作者', '科技人员', '技术人员', '专业技术人员', '科技专家', '农技人员', '专家教授', '科技服务人员', '服务人员', '专家服务团'],
  partThing: [
    '三区人才', '发明专利', '实用新型专利', '外观设计专利', '创造专利', '星火计划', '火炬计划', '科技攻关', '创新基金', '重点研发计划', '科技支撑计划', '科技型中小企业技术创新基金', '国家科技型中小企业技术创新基金', '国家科技型中小企业创新基金',
    '科技型中小企业技术创新专项资金', '科技型中小企业技术创新资金', '科技型中小企业创新资金', '科技型中小企业技术创新专项',
    '自然科学基金', '重大专项', ...PCT_APPLIED, ...THREE_REGIONS, ...CONTRACT_KINDS, ...RD_OF_A_KIND,
  ],
  commissioner: ['科技特派员', '科技指导员', '特派员', '三区人才', '科技专员', ...THREE_REGIONS],

  // ── what was done to them ──
  // 申报认定: certification applied for, not given
  apply: ['申报', '推荐', '组织申报', '推荐申报', '参评', '报送', '拟申报', '上报', '申报认定', '申请认定', '认定申请', '提交认定申请', '提交申请', '提交申报材料', '提交认定申报材料', '认定申报材料', '提交认定材料',
    // (asking for a certification again is applying: "另有2家企业提交重新认定申请")
    '提交重新认定申请', '重新认定申请', '提交重新认定申报', '重新认定申报', '提交复审', '提交了复审', '申请复审', '申报复审', '复审申请', '提交复审申请', ...HTE_APPLIED_FOR],
  certify: ['认定', '通过认定', '新认定', '新增', '净增', '公示', '通过', '报备', '入围', '入选', '获批', '获评', '评为', '认定为', '被认定为', '获得认定', '重新认定', '到期重新认定', '到期复审', '复审', '新晋', '批下来'],
  sinceStart: ['累计', '历年'],
  stock: [...HTE_IN_FORCE, '总数', '累计', '共有', '拥有', '现有', '仅有', '有效期内', '存量', '有效数', '经认定的', '已认定的', '认定的', '总量', '保有量', '达到', '达', '跃升至', '增至', '增加到', '增长到', '总计', '数量', '企业数', '突破', '发展到', '发展至',
    // what has been built so far: "全市已建成技术研发机构172个"
    '已建成', '共建成', '已建有'],
  pool: ['后备', '后备库', '培育库', '入库', '已入库', '已经入库', '储备', '纳入', '培育入库', '后备企业', '储备库', '库内企业', '库内', '在库企业', ...HTE_RESERVE, ...HTE_POOL,
    // the seedlings a 育苗 scheme picks for certification later
    '育苗库', '育苗企业', '苗子企业'],
  nurture: ['培育', '新培育'],
  htePool: HTE_POOL,
  // a first round of a review, which grants nothing yet ("高企通过网络评审企业数856家", "预审专利申请1860件")
  firstRound: ['网络评审', '初审', '预审', '形式审查', '市级评审', '县级评审', '区级评审'],
  // what was withdrawn ("撤回非正常专利申请3100余件")
  withdrawn: ['撤回', '非正常'],
  // what a patent office or bureau takes in besides applications: disputes, complaints, questions ("受理专利纠纷案件5件")
  patentCase: ['纠纷', '侵权', '维权', '投诉', '咨询', '案件', '调处', '调解', '事项', '业务', '执法'],
  // the firms that came through a certification: nurtured ones that passed are certified ("新培育36家高企通过认定")
  passed: ['通过', '通过认定', '获得认定', '认定为', '被认定为', '获批', '获评', '评为'],
  // the evaluation that admits 科技型中小企业: "组织82家企业开展科技型中小企业评价"
  evaluate: ['评价', '参加评价', '开展评价', '备案'],
  approve: ['获批', '列入', '获得支持', '批准', '新立', '入选', '获', '获得', '争取', '成功申报', '获准', '扶持', '安排', ...PROJECT_APPROVED],
  fundingAct: ['争取', '获得', '下达', '兑现', '兑付', '拨付', '到位', '落实', '获', '争取到', '获批', '资助', '发放', '获得支持', '安排', '获批立项'],
  // what an amount comes to: "技术合同交易额逐年递增,2020年达到1.25亿元"
  amountReached: ['达到', '达', '完成', '实现', '突破', '超过', '增长到', '增至', '提高到', '有望突破'],
  // (and the signs a post writes them with: "同比+6.2%", "↑9.7%")
  growth: ['增长', '增速', '增幅', '同比增长', '提高', '增加', '比增', '↑', '同比+', '同比↑', '年增'],
  // a growth below nothing: its figure is read negative ("同比下降3.4%", "↓3.6%", "同比-1.3%")
  decline: ['下降', '同比下降', '减少', '回落', '负增长', '↓', '同比-', '同比↓'],
  patentApply: ['申请', '申请量', '专利申请', ...PATENTS_TAKEN_IN, ...PCT_APPLIED, ...PATENTS_DECLARED],
  patentGrant: ['授权', '授权量', '专利授权', '获得授权', '获授权'],
  built: [
    '新增', '新建', '建成', '组建', '获批', '认定', '新认定', '引进', '建设', '打造', '创成', '成功申报', '筹建', '获评', '创建',
    '备案', '建立', '挂牌', '批复', '布局', '批建', '新批建', '新建成', '获得认定', '通过认定', '设立',
  ],
  reach: ['达成', '签署', '促成', '推动', '新增', '签约', '签订', '新签', '新签订', '新签约', '签下', '开展', '进行', '撮合'],
  // (a 走访活动 is a round of visits, not an event held)
  serve: ['走访', '走进', '深入', '帮扶', '上门', '入企', '服务企业', '走访企业', '深入企业', '服务了', '调研', '调研企业', '实地调研', '走访活动', '下企', '包保', '服务包保',
    '技术服务', '技术指导', '现场指导', '下乡服务', '下乡', '下基层'],
  // places seen on a visit, none built ("先后察看农业科技园区3处")
  inspect: ['察看', '查看', '参观', '观摩', '视察', '实地察看', '实地查看'],
  collect: ['征集', '梳理', '收集', '排查', '摸排', '排摸', '挖掘', '受理'],
  solve: ['解决', '协调解决', '破解', '攻克', '落实', '办结', '帮助解决'],
  hold: ['举办', '开展', '组织', '召开', '举行', '承办', '放映'],
  // a visit made to the people served, counted in 人次 ("特派员进村入户服务1380人次", "…156人次下沉村")
  visit: ['服务', '开展服务', '进村入户', '入户', '进村', '入村', '下沉', '坐诊', '巡诊'],
  dispatch: ['出动', '派出', '组织', '选派', '下派'],
  appoint: ['选派', '聘任', '聘请', '选聘', '遴选', '组织', '派驻', '认定', '备案'],

  // ── what a figure is: a running total, a forecast, a target ──
  runningTotal: ['累计', '总数', '总量', '现有', '拥有', '已经入库', '已入库', '有效期内'],
  flowAct: [
    '新增', '新认定', '净增', '认定', '申报', '培育', '引进', '新建', '获批', '组织', '举办', '完成', '实现', '争取', '列入', '签订',
    '达成', '出动', '选派', '解决', '征集', '走访', '入库', '建立', '创立', '组建', '设立', '新晋', '升级为', '晋升为',
  ],
  // done anew: an item with one of these after a running total is the period's ("累计建成A 12家、新增B 5家")
  newAct: ['新增', '新认定', '净增', '新建', '新培育', '新晋'],
  forecast: ['预计', '预期', '将会', '有望', '可望'],
  // (and what a plan says must be reached, or a proposal puts forward: "“十四五”末要达到3.6%", "建议每年选派…不少于30名")
  target: ['力争', '目标', '确保', '拟', '任务', '应完成', '要达到', '要突破', '建议每年', '建议到', '建议全年', '建议今后', '建议力争'],

  // ── words that only hide a shorter word in them (突破性 is not 突破) ──
  filler: ['突破性', '通过率', '达标', '申请书', '认定书', '总数据', '科小提升工程', '科小提升',
    // (an online system firms register in: "143家企业在省高企认定管理系统完成注册" is no act on them)
    '认定管理系统', '认定管理工作网', '申报系统',
    // (a review by experts counts no experts: "经专家评审、实地核查和公示,最终认定129家")
    '专家评审', '专家论证', '专家评估', '专家评议', '专家现场考察', '专家组评审',
    // (an act not done is none: "扣除资格到期未再申报的企业后净增9家", "系3家企业资格到期未重新认定")
    '资格到期', '未再申报', '未申报', '未重新申报', '未参加复审', '未重新认定', '未通过认定', '未通过复审',
    // (a week of the nation's is held here too: "全国科技周期间举办各类科普活动42场" is no figure of the nation's)
    '全国科技周', '全国科技活动周', '全国科普日', '全国科技工作者日', '全国双创活动周',
    // (the body that certifies is no act: "向省高新技术企业认定管理机构提交认定申请")
    '认定管理机构', '认定机构', '省认定机构', '认定管理工作领导小组', '认定办'],

  // a zone a breakdown names after 其中 is a place of the report's area, not a platform ("其中高新区新增19家")
  zone: ['其中高新区', '其中经开区', '其中开发区', '其中园区'],

  // ── words that keep a figure out of a frame ──
  // the province's or the nation's figures, not the bureau's ("占全省申报总数31.55%", "全省仅立项一个")
  elsewhere: ['全省', '全国', '全疆', '省辖市', '兄弟县', '兄弟市', '兄弟县市', '周边县', '周边县市', '周边地区', '邻市', '邻县',
    // one firm's or school's own figures, as its head tells a reporter ("去年我们企业研发投入1.2亿元")
    '我们企业', '我们公司', '本公司', '该公司', '我们学校'],
  pending: ['准备', '需', '需要', '到期', '已到年限', '即将', '待', '正在'],
  // the ones whose term ran out, taken off a net count: no pending ones ("扣除到期未重新认定企业后净增71家")
  netOfExpired: ['扣除到期', '剔除到期', '除去到期', '减去到期', '扣除资格到期', '剔除资格到期'],
  share: ['占', '比重', '强度', '之比', '占比'],
  // things of kinds no frame counts (other firms, achievements, talent): a figure beside them is theirs
  otherThing: [
    '成果', '科技成果', '科技奖励', '人才', '领军人才', '团队', '创新团队', '论文', '标准',
    '独角兽企业', '瞪羚企业', '小巨人', '小巨人企业', '专精特新', '专精特新企业', '龙头企业', '上市企业', '上市公司', '农高企', '雏鹰企业',
    // new products' output, no industry's ("完成新产品产值42.1亿元")
    '新产品产值', '新产品销售收入', '新产品产值率',
    // the economy's output ("全县完成地区生产总值96.4亿元")
    '地区生产总值', '生产总值', '国内生产总值', 'GDP',
    // industries the statistics count beside the high-tech one, none of its parts ("其中,高技术制造业增加值同比增长15.1%")
    '高技术制造业', '高技术产业', '战略性新兴产业',
    // (…named in quotes: "新增“瞪羚”企业14家")
    '瞪羚', '雏鹰', '独角兽', '哪吒',
    '隐形冠军', '单项冠军', '科技小巨人', '规上工业企业', '创新型初创企业', '科技型企业', '农业科技型企业', '科技领军企业', '领军企业', '科技顾问', '企业科技顾问',
    '技术先进型服务企业', '技术先进型企业', '示范企业', '小升规', '民营科技企业', '省级民营科技企业',
    // people sent into firms or counted who are no commissioners ("新选聘科技副总14名", "新增技术经纪人46名")
    '科技副总', '产业教授', '技术经纪人', '技术经理人',
    // consortia of firms and colleges for a task, no platforms ("组建县级创新联合体4个")
    '创新联合体', '产业创新联合体',
    // firms counted in the statistics, no pool of firms ("纳入统计的高新技术企业由58家减少至51家")
    '纳入统计',
    // firms readied for a listing on a stock market, no high-tech reserve ("新增省级上市后备企业42家")
    '上市后备企业', '上市后备库', '上市后备库企业', '上市后备企业库', '拟上市企业', '上市挂牌后备企业',
    // a ranking's title, no certification ("获评全省“百强高企”")
    '百强高企', '高企百强', '百强企业', '创新百强',
    // trademarks, and rates of what is no science
    '商标', '驰名商标', '著名商标', '城镇化率',
    // hazards a check found, counted in 处 as sites are ("整改隐患8处")
    '隐患', '安全隐患', '风险隐患',
    // offices that are no innovation platforms
    '知识产权维权援助工作站', '维权援助工作站', '知识产权工作站', '知识产权保护工作站', '保护工作站', '博士后科研工作站', '博士后工作站', '博士后创新实践基地',
    // what a base or an institute brings in or lays out, not platforms ("引进示范新品种74个", "布局研究方向5个")
    '新品种', '研究方向', '科研团队', '示范片', '示范村', '示范户', '示范点', '科技示范点',
    // a government's own spending on science, no R&D and no money won ("财政科学技术支出1260万元")
    '财政科技支出', '财政科学技术支出', '财政科技投入', '财政科技拨款', '科学技术支出', '本级财政科技支出', '地方财政科技支出',
    // patents infringed and the cases about them, no patents applied for or granted ("查处假冒专利案件2件")
    '假冒专利', '假冒专利案件', '专利案件', '专利纠纷', '专利纠纷案件', '专利侵权', '专利侵权案件', '侵权案件',
    // faults a party review or an inspection found: no technical problems of firms ("梳理整改问题16个", "巡察反馈问题整改17项")
    '整改问题', '问题整改', '查摆问题', '巡察反馈问题', '反馈问题',
    // needs for people, no technical problems ("征集需求:技术需求42项、人才需求17项")
    '人才需求', '用工需求',
    // drills for a disaster are no events of science ("开展地震应急演练6次")
    '应急演练', '演练',
    // the industry bureau's tier below 专精特新, no 创新型(试点)企业 ("新增省级创新型中小企业41家")
    '创新型中小企业', '省级创新型中小企业',
    // a zone's own list of firms, no national certification ("新增中关村高新技术企业62家")
    '中关村高新技术企业',
    // the government's systems and networks, no platforms of science ("区政务云平台承载业务系统146个", "新建5G基站1000个")
    '政务云平台', '云平台', '业务系统', '5G基站', '基站',
    // science popularisation, not innovation platforms
    '科普示范基地', '科普教育基地', '科普基地', '科普e站', '科普站',
    ...HOSTED, '高新区通过认定', '高新区通过',
  ],
  revenue: ['营业收入', '销售收入', '主营业务收入', '营收', '税收', '利税'],
  // an average over firms or people, not the total ("高新技术企业户均研发投入达到1200万元")
  average: ['户均', '家均', '企均', '人均', '平均每家', '平均水平', '资助强度', '均低于', '均不足', '均高于', '均超过', '每家企业', '单个项目最高', '最高资助', '单项最高',
    // the most a measure gives one firm or team, not what it gave ("对引进的团队最高给予500万元资助")
    '最高给予', '给予最高', '最高奖励', '最高补助', '最高支持', '最高可获', '最高可达'],
  hosted: HOSTED,
  // how a review graded those it reviewed: no count of what was built ("8家省级新型研发机构获评A类")
  graded: ['获评A类', '评为A类', '获评优秀', '评为优秀', '考核优秀', '优秀等次', '良好等次', '获评B类'],
  // money given to firms: "研发费用补助1540万元" is a subsidy, not the R&D spent
  subsidy: ['补助', '奖励', '奖补', '资助', '补贴', '后补助'],
  // tax a firm did not pay, or costs it deducted: no spending and no funding ("研发费用加计扣除12亿元")
  taxRelief: ['加计扣除', '税前加计扣除', '减免', '税收减免', '所得税减免', '免税', '退税', '抵扣'],
  investment: ['投资', '融资', '贷款', '授信', '基金规模', '风险投资', '股权', '自筹', '自筹资金', '招商引资', '引资', '资金池', '风险补偿资金池', '收回', '追回'],
  patentStock: ['有效发明专利', '有效专利', '发明专利拥有量', '万人发明专利拥有量', '万人发明专利', '拥有量'],
  people: ['人才', '人员', '学员', '人次', '博士', '硕士'],
  // people trained, not sent: "组织科技人员培训1200人次" (counts of people trained are no rows)
  trained: ['科技人员培训', '技术人员培训', '专业技术人员培训', '人员培训', '培训农民', '农民培训', '受训', '参训', '培训学员', '培训', '培训企业'],
  // projects carried out or undertaken, not applied for or won (the labelling guide)
  carriedOut: ['实施', '组织实施', '在研', '推进实施', '结题', '验收', '结题验收', '绩效评价', '中期检查', '绩效评估', '跟踪检查', '监督检查', '检查', '督查', '抽查', '检查验收',
    // …or ended before their time: "终止执行不力的项目6个"
    '终止', '终止执行', '撤项', '撤销立项'],
  // projects of industry, investment and infrastructure, no science projects
  industryProject: ['技术改造项目', '技改项目', '重点技术改造项目', '智能制造示范项目', '智能制造', 'PPP', '政府和社会资本合作',
    // industry's own projects and the investment brought in for them ("签约工业项目41个", "列入市级以上重大工业项目48个")
    '工业项目', '重大工业项目', '重点工业项目', '工业投资项目', '技术改造重点项目', '技改重点项目', '产业链招商', '招商项目'],
  // the projects of a year's investment plan ("全年安排重点项目260个,总投资2380亿元", "平台类重大项目30个")
  investmentProject: ['重点项目', '省重点项目', '市重点项目', '重大项目', '亿元以上项目', '投资项目'],
  // firms a measure reached, of which some are of a kind: "扶持企业114家,涉及国家高新技术企业98家"
  among: ['涉及', '惠及', '覆盖'],
  // what a figure right before them counts, whatever was named before it ("平台建设、科学普及等七个方面")
  aspect: ['方面', '领域', '环节', '方向', '层面', '板块', '维度', '重点', '重点工作', '重点任务', '大重点'],
  // a press conference is no event of the kind the catalog counts
  press: ['新闻发布会', '新闻通气会', '媒体见面会'],
  // events others held that the bureau took firms or staff to ("组织企业参加…科技成果对接会6场次")
  attended: ['参加', '组织参加', '参展', '参会', '组织参展', ...HTE_APPLIED_FOR.filter((word) => word.includes('参加'))],
  // the bureau's own meetings and study sessions (the labelling guide: counts of meetings held are no rows)
  // the faults a party review of the bureau's own conduct found ("梳理并整改“四风”方面问题6个"): no problems of firms
  partyFault: ['四风', '作风', '作风问题', '工作作风', '检视问题', '检视剖析'],
  meeting: ['会议', '专题会议', '党组会议', '党组会', '局务会', '局务会议', '办公会', '办公会议', '常务会议', '工作会议', '中心组学习', '理论学习', '集中学习',
    '座谈会', '政企座谈会', '学习研讨会', '志愿服务', '专题调研', '调研', '党员', '主题党日', '党日活动', '走亲活动', '党课', '读书班', '专题读书班', '民主生活会', '专题民主生活会', '组织生活会', '考察学习',
    // the bureau's training of its own cadres
    '干部培训', '干部能力提升', '科技干部', '管理干部', '机关干部', '组织干部', '系统干部', '业务学习',
    // the bureau's own meetings to steer work, and trips to bring in investment
    '调度会', '运行调度会', '分析会', '运行分析会', '招商活动', '招商推介', '招商推介会'],
  // a learned society's events, not the bureau's
  academic: ['学术活动', '学术交流', '学术报告', '学术会议', '学术讲座'],
  // people commended or rewarded, not appointed ("对考核优秀的30名特派员给予通报表扬")
  commended: ['表彰', '表扬', '通报表扬', '表彰奖励', '考核优秀', '评为优秀', '优秀等次', '嘉奖'],
  award: ['科技进步奖', '科学技术进步奖', '科技进步评审', '奖项', '获奖', '一等奖', '二等奖', '三等奖', '科学技术奖', '科技奖', '技术发明奖', '专利奖', '荣获'],
} as const satisfies Record<string, readonly string[]>;

export type Group = keyof typeof WORDS;

/** For each word, the groups it stands in. */
export const GROUPS_OF_WORD: ReadonlyMap<string, readonly Group[]> = (() => {
  const map = new Map<string, Group[]>();
  for (const [group, words] of Object.entries(WORDS) as [Group, readonly string[]][]) {
    for (const word of words) map.set(word, [...(map.get(word) ?? []), group]);
  }
  return map;
})();

const escape = (word: string) => word.replace(/[.*+?^${}()|[\]\\&/]/g, '\\$&');

// The words as a trie of character codes: a text is read once, left to right, and at each place the
// longest word that starts there is taken (as a regular expression with the longest alternative first
// would, without trying every word at every place).
const TRIE = buildTrie([...GROUPS_OF_WORD.keys()]);
const GROUPS_BY_WORD = TRIE.words.map((word) => GROUPS_OF_WORD.get(word)!);

/** A word of a group found in a text. */
export interface WordFound {
  word: string;
  groups: readonly Group[];
  index: number; // in the text searched
}

/**
 * The words of every group in a text, left to right, as numbers: where each starts, and which word it
 * is (wordOf, groupsOf). A report's words are read once into this; a figure reads the stretch of it
 * around itself.
 */
export interface WordIndex {
  at: Int32Array;
  word: Int32Array;
  length: number;
}

export const wordOf = (n: number): string => TRIE.words[n]!;
export const groupsOf = (n: number): readonly Group[] => GROUPS_BY_WORD[n]!;

/** The words of every group in a text, each place read once (the longest word that starts there). */
export function indexWords(text: string): WordIndex {
  return longestWords(TRIE, text);
}

/** The words of every group in a text, left to right, as objects (for short texts read once). */
export function findWords(text: string): WordFound[] {
  const index = indexWords(text);
  const found: WordFound[] = [];
  for (let k = 0; k < index.length; k++) found.push({ word: wordOf(index.word[k]!), groups: groupsOf(index.word[k]!), index: index.at[k]! });
  return found;
}

/** The first word of an index (its number) that starts at or after `from`, looked for by halves. */
export function firstWordFrom(index: WordIndex, from: number): number {
  let low = 0;
  let high = index.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (index.at[mid]! < from) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** The first word from word k on that starts at or after `from`, read on from k (for a place a word or so on). */
export function nextWordFrom(index: WordIndex, k: number, from: number): number {
  while (k < index.length && index.at[k]! < from) k++;
  return k;
}

/** Where the words from word k on that end by `to` end: the first that does not. */
export function wordsEndBy(index: WordIndex, k: number, to: number): number {
  while (k < index.length && index.at[k]! + wordOf(index.word[k]!).length <= to) k++;
  return k;
}

/** A regular expression that finds any word of these groups (and of `more`). */
export function wordsOf(groups: readonly Group[], more: readonly string[] = [], flags = ''): RegExp {
  const words = [...new Set([...groups.flatMap((g) => WORDS[g]), ...more])].sort((a, b) => b.length - a.length);
  return new RegExp(words.map(escape).join('|'), flags);
}

/**
 * The index without the words that stand inside the titles of documents: "出台《…重大产业创新平台建设实施方案》等10个"
 * counts documents, and no word inside 《…》 names what a figure counts.
 */
export function outsideTitles(text: string, index: WordIndex): WordIndex {
  const titles: [number, number][] = [];
  for (let open = text.indexOf('《'); open >= 0; open = text.indexOf('《', open + 1)) {
    const close = text.indexOf('》', open);
    if (close < 0) break;
    if (close - open <= 80) titles.push([open, close]); // a title is within a sentence's length
  }
  if (titles.length === 0) return index;
  let t = 0;
  let kept = 0;
  for (let k = 0; k < index.length; k++) {
    const at = index.at[k]!;
    while (t < titles.length && titles[t]![1] < at) t++;
    if (t < titles.length && titles[t]![0] < at) continue;
    index.at[kept] = at;
    index.word[kept] = index.word[k]!;
    kept++;
  }
  return { at: index.at, word: index.word, length: kept };
}
