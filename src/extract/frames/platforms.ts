// 科技创新平台: laboratories, research centres, incubators … built, certified or in total.
import type { Frame } from './frame.ts';

export const frames: Frame[] = [
  {
    id: 'platforms',
    indicator: 'platforms',
    thing: ['platform'],
    act: ['built', 'stock'],
    bare: true,
    // (an incubator or a base counted as a building or a site: 座, 处)
    units: ['个', '家', '座', '处'],
    not: ['hte', 'tsme', 'people', 'apply', 'enterprise', 'serve', 'hosted', 'graded', 'inspect', 'investmentProject'],
    bareNot: ['apply', 'inspect'],
    examples: [
      // a span of years a statement opens on speaks for each item after ;, where none names a time of its own
      { text: '三年来,全县获批省级以上科技计划项目41项,争取上级科技资金3120万元;新建省级以上创新平台11个。', rows: [{ value: 11, period: 'CUM', scope: true }] },
      // the government's systems are no platforms of science
      { text: '区政务云平台承载业务系统146个;全年新建5G基站1000个。', rows: [] },
      // the kind a count was made, past the act that made it ("被认定为")
      { text: '全县孵化器中,被认定为省级科技企业孵化器的有1家。', rows: [{ value: 1, period: 'CUM', scope: true }] },
      // a consortium for a task is no platform, nor does it take the kind named a sentence before
      { text: '建成全县首个概念验证中心,面向中小企业开放。组建县级创新联合体4个。', rows: [] },
      // 研究开发机构 is 研发机构 written out
      { text: '新认定北京市工程技术研究中心1家、北京市企业科技研究开发机构12家。', rows: [{ value: 1, scope: true }, { value: 12, scope: true }] },
      // counties of a kind counted are no platforms
      { text: '形成特色载体,打造县域创新支点。目前,全市已创建5个创新县(市、区)和5个省级高新技术县。', rows: [] },
      // counted as sites or buildings (座, 处); not sites a visit saw, nor hazards a check found
      { text: '新认定自治区级企业研发中心2处,省级科技企业孵化器2座。', rows: [{ value: 2 }, { value: 2 }] },
      { text: '副局长带队调研,先后察看农业科技园区3处、星火示范基地5个。', rows: [] },
      { text: '督促实验室和孵化场所整改隐患8处。', rows: [] },
      // a count before the platform's name, after an act that makes or certifies it: the name's last word is its head,
      // whatever stands before it; not after an act that only pushes on
      { text: '全市新增7家山东省国际科技合作平台。该市建成8家高新园区。', rows: [{ value: 7, scope: true }, { value: 8, scope: true }] },
      { text: '获批2家省联合共建学科重点实验室。', rows: [{ value: 2, scope: true }] },
      { text: '三是推动2个自治区级工程技术研究中心完成建设任务。走进全市25个行业研发中心。', rows: [] },
      // a level after a platform's count is another item of the platform, no short name of something else
      { text: '新建省级高新技术企业研发中心15家、市级38家。', rows: [{ value: 15, scope: true }, { value: 38, scope: true }] },
      // units settled in a park, a grade a review gave: no platforms
      { text: '园区新增入驻科研单位7家、企业19家,园区累计入驻单位达到136家。', rows: [] },
      { text: '经省科技厅绩效评价,8家省级新型研发机构获评A类。', rows: [] },
      // a technology-transfer branch set up is a platform (a 技术转移中心 is read only with a platform's word: dev's
      // "…技术转移中心等2家科技创新公共服务平台" are firms that moved into an incubator)
      { text: '在旗县区设立技术转移分中心5个。', rows: [{ value: 5, scope: true }] },
      // the newest carriers are platforms too
      { text: '新认定市级中试平台3个、概念验证中心2个。', rows: [{ value: 3, scope: true }, { value: 2, scope: true }] },
      // a zone with a name before it is a place, not a zone counted: its figures are what it did
      { text: '全年新认定高新技术企业415家。分区看,岚城高新区新认定168家,鸣皋区72家。', rows: [] },
      { text: '全市省级以上高新区达到4家。', rows: [{ value: 4, period: 'CUM', scope: true }] },
      { text: '建成县知识产权维权援助工作站1个,市科技成果转化服务平台注册用户达到3200家。', rows: [] },
      { text: '在重点商圈设立知识产权保护工作站12个。', rows: [] },
      // what a park or an institute brings in or lays out is no platform
      { text: '新建市级农业科技示范园3个,引进示范新品种74个。', rows: [{ value: 3, scope: true }] },
      // bases of science popularisation are no innovation platforms
      { text: '新建县级科普示范基地3个、社区科普e站18个。', rows: [] },
      // not a single one is no count
      { text: '二是企业技术创新能力弱,全县没有一家省级工程技术研究中心。', rows: [] },
      // what stands built by a time is all so far; 新建成 is the year's
      { text: '截至2022年底,全县建成省级工程技术研究中心14个;今年新建成市级重点实验室3家。', rows: [{ value: 14, period: 'CUM', scope: true }, { value: 3, period: 'FY', scope: true }] },
      // a university science park is a platform; demonstration spots are not
      { text: '年末全市有大学科技园2个;建立蔬菜科技示范点12个。', rows: [{ value: 2, period: 'CUM', scope: true }] },
      // a running total after the new ones is of the same kind (not of the firms the kind's name holds)
      { text: '新认定省级高新技术企业研究开发中心12家,累计达到96家。', rows: [{ value: 12, period: 'FY', scope: true }, { value: 96, period: 'CUM', scope: true }] },
      // a technology-transfer service body is a platform, its kind the scope
      { text: '新备案市级技术转移服务机构2家,总量达到6家。', rows: [{ value: 2, period: 'FY', scope: true }, { value: 6, period: 'CUM', scope: true }] },
      // those a platform hosts are not platforms
      { text: '新建旗级星创天地2家,星创天地入驻创业主体28个。', rows: [{ value: 2, scope: true }] },
      // a kind carries to its running total after 分别
      {
        text: '2021年,全市新增国家级孵化器两家、国家备案众创空间三家,累计分别达到9家和17家。',
        rows: [{ value: 2, period: 'FY', scope: true }, { value: 3, period: 'FY', scope: true }, { value: 9, period: 'CUM', scope: true }, { value: 17, period: 'CUM', scope: true }],
      },
      // words inside a document's title name no platform
      { text: '出台《连云港市重大产业创新平台建设实施方案》等10个政策文件。', rows: [] },
      // a total after a count of another thing is that thing's, not the platforms' named before it
      { text: '获批科技创新平台6个,其中实验区项目仅立项一个;科技型企业备案完成14家,总数达到1498家。', rows: [{ value: 6 }] },
      { text: '获批省级以上农业科技园区、星创天地等科技创新平台5个。', rows: [{ value: 5, scope: true }] },
      { text: '新引建泉州创新中心等高能级科创平台3家,累计达30家。', rows: [{ value: 3, scope: true }, { value: 30, period: 'CUM', scope: true }] },
      { text: '全区现有805个创新平台。', rows: [{ value: 805, period: 'CUM' }] },
      { text: '为6家双创孵化载体争取租金补贴30万元。', rows: [] },
      // the figure counts the word right after it
      { text: '统筹推进科技体制改革、平台建设、科学普及等七个方面重点工作。', rows: [] },
      // the ones certified of the kind the clause just before applied for
      { text: '组织申报南通市级众创空间3家,认定2家。', rows: [{ value: 2, scope: true }] },
      // a kind read whole, the firms in its name no thing of its own
      { text: '建成国家级孵化器2家、小企业创业基地6家。', rows: [{ value: 2, scope: true }, { value: 6, scope: true }] },
      { text: '获批现代中医药等3个国家火炬特色产业基地、累计6个。', rows: [{ value: 3, scope: true }, { value: 6, period: 'CUM', scope: true }] },
      { text: '今年全市84家企业申报省级工程技术研究中心,其中71家获得认定。', rows: [{ value: 71, scope: true }] },
      // an item done anew after a running total is the period's, not the total's
      { text: '全市累计建成省级工程技术研究中心12家、新增市级重点实验室5家。', rows: [{ value: 12, period: 'CUM', scope: true }, { value: 5, period: 'FY', scope: true }] },
      { text: '新增省市级科研平台14家。', rows: [{ value: 14 }] },
      // the act after 分别 is each name's
      { text: '省级重点实验室、工程技术研究中心分别新增3家和5家。', rows: [{ value: 3, period: 'FY', scope: true }, { value: 5, period: 'FY', scope: true }], by: 'link.respectively(frame.platforms)' },
      { text: '4家省实验室建设全面启动。', rows: [{ value: 4 }] },
      { text: '新增国家级孵化器2家,国家备案众创空间12家,国家级星创天地19家。', rows: [{ value: 2, scope: true }, { value: 12, scope: true }, { value: 19, scope: true }] },
      { text: '全年拟认定市级创新平台20家。', rows: [{ value: 20, status: 'target', scope: true }] },
      { text: '成功申报市级技术创新中心x个。', rows: [{ value: null, scope: true }] },
      { text: '组建7个湖北实验室,对每个湖北实验室每年给予5000万元运行经费支持。', rows: [{ value: 7, scope: true }] },
      { text: '青岛市国家级孵化载体累计达到129家。', rows: [{ value: 129, period: 'CUM', scope: true }] },
      { text: '全市省级以上研发机构达到120家。', rows: [{ value: 120, period: 'CUM', scope: true }] },
      // 高新区 is a platform the guide names; a place where it names none
      { text: '全市高新区数量达到3个,其中国家级高新区1个。', rows: [{ value: 3, period: 'CUM', scope: true }, { value: 1, period: 'CUM', scope: true }] },
      { text: '市下达至高新区“小升规”指标任务为35家。', rows: [] },
      // read whole: the firms a centre is in are not what is counted
      { text: '新增省级企业研究开发中心4家,累计达到63家。', rows: [{ value: 4, scope: true }, { value: 63, period: 'CUM', scope: true }] },
      { text: '新建省级高新技术企业研究开发中心8家。', rows: [{ value: 8, scope: true }] },
      { text: '新建县级农业科技示范园区2个。', rows: [{ value: 2, scope: true }] },
      // a level right after the figure stands its thing no further off
      { text: '今年新获批3家省级中试示范基地。', rows: [{ value: 3, scope: true }] },
      { text: '新批建市级临床医学研究中心2家。', rows: [{ value: 2, period: 'FY', scope: true }] },
      // what has been built so far stands, and so do its parts, but not a part done anew; what has been built this year is the year's
      {
        text: '全市已建成技术研发机构172个,其中国家机构20个,2023年新增认定12个。',
        rows: [{ value: 172, period: 'CUM', scope: true }, { value: 20, period: 'CUM', scope: true }, { value: 12, period: 'FY', scope: true }],
      },
      { text: '今年已建成众创空间3家。', rows: [{ value: 3, period: 'FY', scope: true }] },
      // read whole: the firms a research institute is of are not what is counted
      { text: '全市现有省级重点企业研究院2家,省级企业研究院14家,省产业创新综合体1家。', rows: [{ value: 2, period: 'CUM', scope: true }, { value: 14, period: 'CUM', scope: true }, { value: 1, period: 'CUM', scope: true }] },
      // the firms an incubator hosts, the institutes an agreement is with, are no platforms
      { text: '全区国家级众创空间达到3家,省级以上孵化载体在孵企业410家。', rows: [{ value: 3, period: 'CUM', scope: true }] },
      { text: '与中科院海西研究院等12家科研院所签订合作协议。', rows: [] },
      // a 合计 row that repeats the totals the sentence before the table gave
      {
        text: '全年新增省级以上科技创新平台58个。分类情况如下:\n平台类型\t2024年新增(个)\n省级重点实验室\t6\n合计\t58',
        rows: [{ value: 58, scope: true }, { value: 6, scope: true }],
        by: 'link.table_column',
      },
      {
        text: '平台类型\t2024年新增(个)\t累计(个)\n省级重点实验室\t6\t38\n合计\t58\t436',
        rows: [{ value: 6, period: 'FY', scope: true }, { value: 38, period: 'CUM', scope: true }, { value: 58, scope: false }, { value: 436, period: 'CUM', scope: false }],
        by: 'link.table_column',
      },
    ],
  },
];
