// 服务: firms visited, problems collected and solved, deals, events, experts, commissioners.
import { COUNT_OF_ITEMS, type Frame } from './frame.ts';

export const frames: Frame[] = [
  {
    id: 'enterprises_served',
    indicator: 'enterprises_served',
    thing: ['enterprise', 'firmKind'],
    act: ['serve'],
    actNear: true,
    units: ['家'],
    examples: [
      // the firms a deputies' survey went to are its sample (no-count.ts)
      { text: '10月中下旬,县政协调研组先后走访县科技局、经信局,深入经济开发区和9家重点企业实地察看。', rows: [] },
      // places listed before 分别, what each did after it
      { text: '嘉泽县、崇岚县、通溪县分别走访企业64家、52家和47家。', rows: [{ value: 64, scope: true }, { value: 52, scope: true }, { value: 47, scope: true }], by: 'link.respectively_parts(frame.enterprises_served)' },
      // a kind of firm no frame counts is still a firm served
      { text: '局领导带队走访规上工业企业52家,收集技术需求40项。', rows: [{ value: 52 }] },
      { text: '全县规上工业企业达到126家。', rows: [] },
      // 下企 and 包保: going to firms, and each official's firms to look after
      { text: '深入园区下企30余家。', rows: [{ value: 30 }] },
      { text: '服务包保97户企业。', rows: [{ value: 97 }] },
      { text: '新认定省技术先进型服务企业2家。', rows: [] },
      { text: '“五有”模式开展至今累计服务企业超3000家次。', rows: [{ value: 3000, period: 'CUM', scope: false }] },
      { text: '今年以来,累计服务企业500余家。', rows: [{ value: 500, period: 'YTD' }] },
      { text: '深入企业开展服务,共走访企业86家。', rows: [{ value: 86 }] },
      // a clause that says only how many counts what the clause before it names
      { text: '组建服务小组,分片包干,走访规上工业企业,全年下来达到187家次。', rows: [{ value: 187 }] },
      // (not where that clause states a number, nor where the figure's own clause names what it counts)
      { text: '建立示范基地3200亩,带动农户1100余户。', rows: [] },
      // the firms served, of a kind, after 其中 are parts of them, not counts of that kind
      { text: '全年走访企业240家次,其中规上工业企业96家、高新技术企业38家。', rows: [{ value: 240, scope: false }, { value: 96, scope: true }, { value: 38, scope: true }], by: 'link.part' },
      { text: '局机关科技帮扶走访基层企业122家(次)。', rows: [{ value: 122 }] },
      { text: '深入淮矿集团、淮海实业、安徽科技等20余家重点企业。', rows: [{ value: 20 }] },
    ],
  },
  {
    id: 'problems_collected',
    indicator: 'problems_collected',
    thing: ['problem'],
    act: ['collect'],
    not: ['partyFault'],
    // needs are listed in 条 too
    units: [...COUNT_OF_ITEMS, '条'],
    examples: [
      // needs for people are no technical problems
      { text: '征集需求:技术需求42项、人才需求17项。', rows: [{ value: 42 }] },
      // faults a party review found are no problems of firms
      { text: '局党组成员深入企业开展调研,形成调研报告5篇,梳理整改问题16个。', rows: [] },
      { text: '梳理并整改“四风”方面问题6个,梳理作风方面突出问题8个,检视问题13个。', rows: [] },
      { text: '排摸企业技术需求52条。', rows: [{ value: 52 }] },
      // what was done after a running total of visits is the period's too
      { text: '今年以来,累计深入园区走访企业143家,收集技术、人才、融资等方面问题86个。', rows: [{ value: 86, period: 'FY' }] },
      { text: '征集企业技术需求52项。', rows: [{ value: 52 }] },
      { text: '梳理基层企业发展难题142项。', rows: [{ value: 142 }] },
      { text: '征集技术难题86项。', rows: [{ value: 86 }] },
      // a plan, then what was done against it; 按计划 is no plan
      { text: '年初计划征集企业技术难题100项,实际征集126项。', rows: [{ value: 100, status: 'target' }, { value: 126, status: 'actual' }] },
      { text: '收集企业技术需求230条,统一发布至技术交易平台。', rows: [{ value: 230 }] },
      { text: '受理科技特派员服务需求17项。', rows: [{ value: 17 }] },
      { text: '帮企业梳理出来的技术难题,共有64项。', rows: [{ value: 64 }] },
      { text: '深入剖析制约发展的关键问题,研究提出91项攻坚措施。', rows: [] },
    ],
  },
  {
    id: 'problems_solved',
    indicator: 'problems_solved',
    thing: ['problem'],
    act: ['solve'],
    // what is still being solved is not solved
    not: ['pending', 'partyFault'],
    units: [...COUNT_OF_ITEMS, '条'],
    examples: [
      // needs settled (办结) are solved
      { text: '线下梳理技术难题197项,已办结168项。', rows: [{ value: 168 }] },
      // 分别 and what was done to each of the figures before it, in turn
      { text: '线上收集企业诉求120项,线下梳理技术难题86项,分别办结102项和64项。', rows: [{ value: 102 }, { value: 64 }] },
      // rules counted (八项规定) are no problems solved
      { text: '严格落实中央八项规定精神,解决技术难题12项。', rows: [{ value: 12 }] },
      { text: '协调解决子女入学等各类需求56项。', rows: [{ value: 56 }] },
      { text: '帮助企业破解技术瓶颈21项。', rows: [{ value: 21 }] },
      // what is still being solved is not solved
      { text: '收集的126项需求中,已解决89项、正在解决23项。', rows: [{ value: 89 }], by: 'problems_solved.solved' },
    ],
  },
  {
    id: 'cooperation_deals',
    indicator: 'cooperation_deals',
    thing: ['deal'],
    act: ['reach'],
    bare: true,
    // agreements are signed in 份 too
    units: [...COUNT_OF_ITEMS, '家', '份'],
    // (industry's projects signed for investment are no cooperation with science: "签约工业项目41个")
    not: ['industryProject', 'investmentProject'],
    examples: [
      // projects signed for the investment they bring in, and their parts (no-count.ts)
      { text: '全年新签约项目46个,合同引资286亿元,其中亿元以上项目21个。', rows: [] },
      { text: '全年开展“产业链招商”活动19批次,签约工业项目41个,合同引资163.5亿元。', rows: [] },
      // the sum of the deals, or what the projects brought in invest, is no figure of the catalog (that of technology contracts is one)
      { text: '促成产学研合作项目43项,合同金额6200万元;引进科技成果转化项目14项,总投资4.2亿元。', rows: [{ value: 43 }] },
      // a 揭榜挂帅 contract signed is a deal; the list published is none
      { text: '发布榜单15项,成功签订揭榜攻关合同11项。', rows: [{ value: 11 }] },
      // an agreement to transfer results is a deal, whatever is transferred
      { text: '推动科研单位与本地企业签订成果转化协议23项。', rows: [{ value: 23 }] },
      // 新签 and 签下 reach a deal; 新签约 is one word, its deal kept
      { text: '确保新签产学研合作项目100项,新签约项目17项。', rows: [{ value: 100, status: 'target' }, { value: 17, status: 'target' }] },
      // contracts of a kind counted after 其中 are a part of the agreements, not the contracts' value
      { text: '与高校院所签订产学研合作协议31项,其中技术开发合同12项。', rows: [{ value: 31 }, { value: 12, scope: true }], by: 'link.part' },
      { text: '签订校企科研协议238项。', rows: [{ value: 238 }] },
      { text: '新增产学研合作企业120家。', rows: [{ value: 120 }] },
      { text: '帮助企业对接高校院所,签订技术合作协议23份。', rows: [{ value: 23 }] },
      // the firms are no count of deals where the deals are counted
      { text: '推动12家企业与河北工业大学等高校院所达成产学研合作意向17项。', rows: [{ value: 17 }] },
      { text: '达成合作意向15项。', rows: [{ value: 15 }] },
      { text: '签订产学研合作协议3项。', rows: [{ value: 3 }] },
      { text: '现场签约项目12个。', rows: [{ value: 12 }] },
      { text: '促成校企合作项目28项。', rows: [{ value: 28 }] },
      { text: '促成企业与区内外高校院所对接合作47项。', rows: [{ value: 47 }] },
      { text: '撮合产学研合作项目37项。', rows: [{ value: 37 }] },
      { text: '支持县内企业与省农科院等单位开展合作,签订技术合作合同11份。', rows: [{ value: 11 }] },
      // cooperation carried on (开展, 进行) by a counted thing
      { text: '全年共有45个项目与高校院所开展产学研合作。', rows: [{ value: 45 }] },
      { text: '全县9家企业与科研院所进行产学研合作。', rows: [{ value: 9 }] },
    ],
  },
  {
    id: 'matchmaking_events',
    indicator: 'matchmaking_events',
    thing: ['event'],
    act: ['hold'],
    bare: true,
    units: ['场', '次'],
    not: ['people', 'academic', 'press', 'meeting', 'attended'],
    examples: [
      // the bureau's own party study is no event held for others
      { text: '开展党纪学习教育,组织专题读书班1期;举办科技培训班5期。', rows: [{ value: 5 }] },
      { text: '召开专题民主生活会1次,组织全局干部职工赴外地考察学习1次,举办科技培训班3期。', rows: [{ value: 3 }] },
      // fewer than planned is a difference, no count
      { text: '全年举办对接活动12场,受疫情影响,线下对接活动较计划减少8场。', rows: [{ value: 12 }] },
      // what each one of many is to do is no count of them all
      { text: '全年举办科技培训36场,各乡镇要结合春耕生产,每个乡镇至少举办2期农村实用技术培训班。', rows: [{ value: 36 }] },
      // an event named after a university is the bureau's, held with it: no sentence of the university's own (elsewhere.ts)
      { text: '举办“浙江大学越澜行”等科技对接活动12场,走访企业210家次,征集技术需求286项。', rows: [{ value: 12 }] },
      { text: '组织企业负责人赴市里参加高新技术企业认定政策培训2次。', rows: [] },
      // drills for a disaster are no events of science
      { text: '完成全市地震监测台站日常运维,开展地震应急演练6次。', rows: [] },
      // a week the nation holds is held here too
      { text: '全国科技周期间举办各类科普活动42场,参与群众3.2万人次。', rows: [{ value: 42 }] },
      // fairs of science and experts' service rounds held are events
      { text: '举办大型科技集市11场;全年巡回服务68场次,派出专家340人次。', rows: [{ value: 11 }, { value: 68 }] },
      { text: '组织农技人员和特派员开展科技下乡43场次,出动专家380人次。', rows: [{ value: 43 }] },
      // a number missing before its unit, in a template: masked
      { text: '选派科技特派员名,举办科技培训班场次,培训农民3400人次。', rows: [{ value: null }] },
      { text: '全年局班子成员开展专题调研46次,建成科技扶贫示范村6个。', rows: [] },
      { text: '组织党员到社区开展党员志愿服务活动18次,召开政企座谈会3次。', rows: [] },
      // the bureau's own meetings are no events the catalog counts
      { text: '深入开展“能力作风建设年”活动,局党组全年召开专题会议16次。', rows: [] },
      // a coaching session held is an event
      { text: '组织高企申报辅导会9场,专题辅导4场次。', rows: [{ value: 9 }, { value: 4 }] },
      { text: '收到政府信息公开申请3件,均按时办结;召开新闻发布会2场。', rows: [] },
      { text: '研究院常态化开展学术交流、讨论班等学术活动100余场次。', rows: [] },
      // a goal named is no target for what follows
      { text: '以构建全域科普服务体系为目标,全年组织开展科普巡展等科普活动25场次。', rows: [{ value: 25, status: 'actual' }] },
      { text: '开展培训62次。', rows: [{ value: 62 }] },
      // a time clause of its own earlier in the statement speaks past the ;
      { text: '记者从市科技局获悉,今年1-11月,全市技术合同成交额达到36.8亿元;全市组织各类科技对接活动40余场。', rows: [{ value: 40, period: 'YTD' }] },
      { text: '科普講座11場次。', rows: [{ value: 11 }] },
      { text: '组织形式多样的科普活动14次。', rows: [{ value: 14 }] },
      { text: '全年举办科技对接活动15场次。', rows: [{ value: 15 }] },
      // the event a few words after the count
      { text: '上半年组织6场专利知识培训。', rows: [{ value: 6, period: 'H1' }] },
      { text: '全年共开展技术培训58场次,受训农民6200人次。', rows: [{ value: 58 }] },
      { text: '组织开展科技下乡活动25场次,发放资料3万余份。', rows: [{ value: 25 }] },
      { text: '组织召开培训会议*次。', rows: [{ value: null }] },
      // popular science taken round the villages and shown there
      { text: '科普大篷车今年深入各乡镇学校巡回展出,巡展64场。', rows: [{ value: 64 }] },
      { text: '放映科普电影37场,举办专家报告会5场。', rows: [{ value: 37 }, { value: 5 }] },
      { text: '在各村举办田间课堂18期。', rows: [{ value: 18 }] },
      // meetings held are no events
      { text: '全年召开科技工作会议2次、企业座谈会5次。', rows: [] },
      { text: '计划下半年组织科技对接活动5场,全年累计达到12场。', rows: [{ value: 5, status: 'target' }, { value: 12, status: 'target' }], by: 'link.reached_again' },
    ],
  },
  {
    id: 'experts_dispatched',
    indicator: 'experts_dispatched',
    // 科技特派员 counted in 人次 are visits made, not people appointed
    thing: ['expert', 'commissioner'],
    act: ['dispatch', 'serve', 'visit'],
    units: ['人次'],
    not: ['trained'],
    examples: [
      // the farmers trained are no part of the experts sent, whatever breakdown came before
      { text: '选派科技特派员426名,其中“三区”科技人才128名;组织科技人员下乡服务3400人次,培训农民1.8万人次。', rows: [{ value: 3400 }] },
      { text: '组织专家深入企业服务120人次。', rows: [{ value: 120 }] },
      { text: '全年派出科技特派员326人次,深入田间地头开展技术指导。', rows: [{ value: 326 }] },
      { text: '全年累计出动科技服务人员2,300人次。', rows: [{ value: 2300 }] },
      { text: '4月份以来,共出动专家156人次。', rows: [{ value: 156, period: 'YTD' }] },
      { text: '科技特派员全年深入基层服务4600余人次。', rows: [{ value: 4600 }] },
      { text: '上半年,科技特派员开展技术服务2400余人次。', rows: [{ value: 2400 }] },
      // going down to the villages is the visit made
      { text: '特派员全年累计下乡980人次,举办培训班32期。', rows: [{ value: 980 }] },
      // 人(次) is 人次
      { text: '全年组织专家服务企业:300人(次)。', rows: [{ value: 300 }] },
      { text: '组织科技人员培训1200人次,出动专家86人次。', rows: [{ value: 86 }] },
      { text: '组织开展科技政策宣讲培训8场,培训企业负责人和科技人员1100人次。', rows: [] },
      // the visits the commissioners made, in any words ("服务", "进村入户", "下沉")
      { text: '今年特派员进村入户开展服务2150人次。', rows: [{ value: 2150 }] },
      { text: '科技特派员服务群众4200人次以上。', rows: [{ value: 4200 }] },
      { text: '组织科技工作者318人次下沉社区开展科技志愿服务。', rows: [{ value: 318 }] },
    ],
  },
  {
    id: 'tech_commissioners',
    indicator: 'tech_commissioners',
    thing: ['commissioner'],
    act: ['appoint'],
    bare: true,
    units: ['人'],
    not: ['commended'],
    examples: [
      // the ones come to, where no act brings them, stand; the ones chosen are the year's
      { text: '新选派科技特派员18名,全县科技特派员达到72名。', rows: [{ value: 18, period: 'FY' }, { value: 72, period: 'CUM' }] },
      // one for each village is no count
      { text: '按照“一村一名科技特派员”的要求,向全县39个贫困村选派科技特派员39名。', rows: [{ value: 39 }] },
      // a firm's 科技副总 is no commissioner
      { text: '新派驻省级科技特派员12名,新选聘科技副总14名。', rows: [{ value: 12, scope: true }] },
      // a level of the autonomous areas (州级, 盟级, 旗级) listed after the first item is a part, as 市级 is
      { text: '选派省级科技特派员21名、州级35名。', rows: [{ value: 21, scope: true }, { value: 35, scope: true }] },
      // a statement that only says how many reads the thing the statement before names, where that one states no figure
      { text: '今年继续深化科技特派员制度。共选派44名,分赴全县18个乡镇。', rows: [{ value: 44 }] },
      // a label, then the levels that sent them, and their sum
      { text: '科技特派员:省派21名、市派46名,两级合计67名。', rows: [{ value: 21, scope: true }, { value: 46, scope: true }, { value: 67, scope: false }] },
      // a proposal puts forward a target
      { text: '选派科技特派员名,举办科技培训班场次。', rows: [{ value: null }] },
      // 三区 people in quotes are commissioners of the scheme, its name the scope
      { text: '向8个县市选派“三区”科技人员110名。', rows: [{ value: 110, scope: true }] },
      { text: '建议每年选派科技特派员不少于40名。', rows: [{ value: 40, status: 'target' }] },
      // a floor set is to be done, unless its clause says it was
      { text: '年度绩效目标:选派科技特派员不少于60人。全年实际选派科技特派员62人。', rows: [{ value: 60, status: 'target' }, { value: 62, status: 'actual' }] },
      { text: '全年已选派科技特派员不少于80人。', rows: [{ value: 80, status: 'actual' }] },
      // the people a measure reached are none it counts
      { text: '选派科技特派员46名,开展技术培训31场次,受益群众2700余人。', rows: [{ value: 46 }] },
      // a partner's experts sent here are the partner's (elsewhere.ts)
      { text: '岚江市科技局今年先后选派专家36人次来我县开展技术指导。', rows: [] },
      // (…or a partner that did it for the report's place: "广东省佛岭区继续对我县开展科技帮扶,…派出科技专家33人次")
      { text: '广东省佛岭区继续对我县开展科技帮扶,全年投入科技协作资金400万元,派出科技专家33人次。', rows: [] },
      // a neighbour's, set beside the report's own, is the neighbour's (elsewhere.ts)
      { text: '与邻县每年选派科技特派员120名相比,我县的覆盖面明显偏窄。', rows: [] },
      // the ones commended are no count of those appointed
      { text: '对年度考核优秀的22名科技特派员给予通报表扬。', rows: [] },
      // what the ones counted serve as, after them, is what they are counted as
      { text: '全市选派128名高校院所专家担任企业科技特派员。', rows: [{ value: 128 }] },
      // the commissioners a place has are those there are
      { text: '全市有科技特派员860余名。', rows: [{ value: 860, period: 'CUM' }] },
      // the ones on duty are how many there are
      { text: '全市在岗科技特派员达到438名,上半年服务农户4200余户。', rows: [{ value: 438, period: 'CUM' }] },
      // the levels of an autonomous region (自治区, 盟, 旗) listed before 分别
      { text: '选派自治区、盟、旗三级科技特派员分别为12名、20名和35名,共计67名。', rows: [{ value: 12, scope: true }, { value: 20, scope: true }, { value: 35, scope: true }, { value: 67, scope: false }], by: 'link.sum' },
      // an empty cell keeps its column: the next cell is the target's, in the unit of the row's unit cell
      { text: '指标\t单位\t2023年实际\t2024年目标\n市级科技特派员\t人\t\t100\n', rows: [{ value: 100, status: 'target' }] },
      // the ones there are, grown from one number to another, stand at both
      { text: '2023年,全县科技特派员由2018年的20人增加到58人。', rows: [{ value: 20, period: 'CUM' }, { value: 58, period: 'CUM' }], by: 'link.grown_to' },
      // the ones a clause names, then 中: a breakdown by place
      { text: '今年选派的科技特派员中,东港区46人、岚山区38人。', rows: [{ value: 46, scope: true }, { value: 38, scope: true }], by: 'link.places_of' },
      // 遴选 appoints; where they were chosen from is no part of them
      { text: '今年,章岭县从省、市高校院所和县直单位遴选科技特派员136名。', rows: [{ value: 136, scope: false }] },
      // advisers engaged are no commissioners
      { text: '全市共选派科技指导员150名,另聘请高校教授担任企业科技顾问45人。', rows: [{ value: 150 }] },
      { text: '全年选派“三区”科技人才32名、省级科技特派员15名。', rows: [{ value: 32, scope: true }, { value: 15, scope: true }] },
      // several levels at once are the whole
      { text: '2018年,全县共选派省、市、县三级科技特派员86人,其中省级12人。', rows: [{ value: 86, scope: false }, { value: 12, scope: true }] },
      { text: '组织362名省级“三区人才”到基层开展服务。', rows: [{ value: 362 }] },
      { text: '我局聘任了25位科技指导员。', rows: [{ value: 25 }] },
      { text: '选派2019年度三区人才15名。', rows: [{ value: 15, scope: true }] },
      { text: '全县共有科技特派员86名。', rows: [{ value: 86, period: 'CUM' }] },
      { text: '科技特派员队伍扩大到560人。', rows: [{ value: 560, period: 'CUM' }] },
      { text: '全县共有省级科技特派员32人,市级科技特派员57人。', rows: [{ value: 32, period: 'CUM', scope: true }, { value: 57, period: 'CUM', scope: true }] },
      // 科技副总 are firms' deputies, not commissioners
      { text: '选派“科技副总”22名。', rows: [] },
      // a 共计 after a 分别 list, the sum of its figures
      { text: '全年选派省、市、县三级科技特派员分别为12人、35人和80人,共计127人。', rows: [{ value: 12, scope: true }, { value: 35, scope: true }, { value: 80 }, { value: 127, scope: false }], by: 'link.sum' },
      // grown to, once the figure before is read
      { text: '2023年,全县科技特派员由2018年的20人增加到58人。', rows: [{ value: 20 }, { value: 58 }], by: 'link.grown_to' },
    ],
  },
];
