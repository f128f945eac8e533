// 科技服务: enterprises visited, problems collected and solved, deals, events, experts, commissioners.
import type { Rule } from './rule.ts';

export const rules: Rule[] = [
  {
    id: 'problems_solved.solved',
    indicator: 'problems_solved',
    pattern: '(?<!正在)(解决|落实|破解)(了)?~{F}',
    when: '难题|问题|需求',
    examples: [
      { text: '梳理基层企业发展难题142项,已解决和落实138项。', rows: [{ value: 138 }] },
    ],
  },
  {
    id: 'cooperation_deals.cooperation_reached',
    indicator: 'cooperation_deals',
    pattern: '(促成|达成|签订|签约|签署)(了)?~合作(项目|协议)?~{F}',
    unlessNear: '申报|实施',
    examples: [
      { text: '举办产学研对接活动8场次,促成合作项目23个。', rows: [{ value: 23 }] },
      { text: '组织申报国家对外科技合作项目1项。', rows: [] },
    ],
  },
  {
    id: 'matchmaking_events.held',
    indicator: 'matchmaking_events',
    pattern: '(举办|组织|召开|开展)(了)?~{F}~(对接会|洽谈会|推介会|培训班|培训会|科普活动|对接活动)|(举办|组织|召开|开展)(了)?~~(对接会|洽谈会|推介会|培训班|培训会|培训会议|活动)~{F}',
    // a learned society's events, not the bureau's; rounds of visits; the party's and volunteers' work; the training of cadres;
    // events others held that the bureau took firms to ("组织企业参加…对接会6场次"); trips to bring in investment ("开展招商活动12次")
    unlessNear: '学术|走访活动|走亲活动|党员|志愿服务|主题党日|(?:科技|管理|机关|系统|组织)干部|干部(?:培训|能力)|参加|参展|参会|招商',
    examples: [
      { text: '举办了7场科技需求对接会。', rows: [{ value: 7 }], by: 'frame.matchmaking_events' },
      // a forum between firms and colleges is one of the events
      { text: '组织召开校企对接座谈会4场,促成企业与省内外8所高校院所达成合作意向19项。', rows: [{ value: 4 }], by: 'frame.matchmaking_events' },
      // the events held, then only their sum ("共")
      { text: '3月、5月分别召开高新技术企业认定政策培训会,共2场,参会企业86家。', rows: [{ value: 2 }], by: 'link.stated_after(matchmaking_events.held)' },
      { text: '县科技局班子成员共开展“进企业、解难题”走访活动26次,走访企业103家。', rows: [] },
      { text: '常态化开展学术“交流角”、讨论班等学术活动100余场次。', rows: [] },
      { text: '举办科技管理干部培训班2期,组织干部参加能力提升培训8期。', rows: [] },
      { text: '组织企业参加成渝科技成果对接会等活动7次,签订技术合作协议11项。', rows: [] },
      { text: '局领导带队赴长三角开展招商活动9次,全年召开工业经济运行调度会4次,组织业务学习15次。', rows: [] },
      { text: '我局今年已举办 2 次研发经费填报专项培训班。', rows: [{ value: 2 }] },
    ],
  },
  {
    id: 'experts_dispatched.sent',
    indicator: 'experts_dispatched',
    pattern: '(出动|派出|组织|选派)(了)?~(专家|科技人员)~{F}|(?<scope>科技管理人员|科技人员|专家)~{F}',
    when: '出动|派出|选派|下派|深入',
    unlessNear: '培训',
    examples: [
      { text: '目前已出动各类专家49人次,科技管理人员60余人次。', rows: [{ value: 49 }, { value: 60, scope: true }] },
      { text: '全年,培训企业科技人员1612人次。', rows: [] },
    ],
  },
];
