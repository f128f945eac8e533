// 科技服务: enterprises visited, problems collected and solved, deals, events, experts, commissioners.
import type { Rule } from './rule.ts';

export const rules: Rule[] = [
  {
    id: 'enterprises_served.visited',
    indicator: 'enterprises_served',
    pattern: '(走访|服务|帮扶|调研)(了)?~~企业~{F}|深入~~~{F}~企业',
    examples: [
      { text: '局机关科技帮扶走访基层企业122家(次)。', rows: [{ value: 122 }] },
      { text: '深入淮矿集团、淮海实业、安徽科技等20余家重点企业。', rows: [{ value: 20 }] },
    ],
  },
  {
    id: 'problems_collected.collected',
    indicator: 'problems_collected',
    pattern: '(征集|梳理|收集|排查)(了)?~~(难题|需求|问题)~{F}',
    examples: [
      { text: '梳理基层企业发展难题142项。', rows: [{ value: 142 }] },
      { text: '征集技术难题86项。', rows: [{ value: 86 }] },
    ],
  },
  {
    id: 'problems_solved.solved',
    indicator: 'problems_solved',
    pattern: '(解决|落实|破解)(了)?~{F}',
    when: '难题|问题|需求',
    examples: [{ text: '梳理基层企业发展难题142项,已解决和落实138项。', rows: [{ value: 138 }] }],
  },
  {
    id: 'cooperation_deals.signed',
    indicator: 'cooperation_deals',
    pattern: '(达成|签订|签约|签署)(了)?~(合作|协议|意向)~{F}|签约~项目~{F}|{F}单位~~~(产学研合作|合作研发)',
    units: ['家'],
    examples: [
      { text: '达成合作意向15项。', rows: [{ value: 15 }] },
      { text: '签订产学研合作协议3项。', rows: [{ value: 3 }] },
      { text: '现场签约项目12个。', rows: [{ value: 12 }] },
    ],
  },
  {
    id: 'matchmaking_events.held',
    indicator: 'matchmaking_events',
    pattern: '(举办|组织|召开|开展)(了)?~{F}~(对接会|洽谈会|推介会|培训班|培训会|科普活动|对接活动)|(举办|组织|召开|开展)(了)?~~(对接会|洽谈会|推介会|培训班|培训会|培训会议|活动)~{F}',
    examples: [
      { text: '举办了7场科技需求对接会。', rows: [{ value: 7 }] },
      { text: '组织形式多样的科普活动14次。', rows: [{ value: 14 }] },
      { text: '我局今年已举办 2 次研发经费填报专项培训班。', rows: [{ value: 2 }] },
      { text: '全年举办科技对接活动15场次。', rows: [{ value: 15 }] },
      { text: '组织开展科技下乡活动25场次,发放资料3万余份。', rows: [{ value: 25 }] },
      { text: '组织召开培训会议*次。', rows: [{ value: null }] },
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
  {
    id: 'tech_commissioners.appointed',
    indicator: 'tech_commissioners',
    pattern: '(聘任|选派|派驻|选聘|安排)(了)?~{F}~~(科技特派员|科技指导员|特派员|指导员|技术骨干)|(选派|聘任|选聘)(?<scope2>~~)(科技特派员|特派员|指导员|人才)~{F}|(科技特派员|科技指导员)(队伍)?(达到|达|共|有)?{F}',
    examples: [
      { text: '我局聘任了25位科技指导员。', rows: [{ value: 25 }] },
      { text: '选派2019年度三区人才15名。', rows: [{ value: 15, scope: true }] },
      { text: '全县共有科技特派员86名。', rows: [{ value: 86 }] },
    ],
  },
];
