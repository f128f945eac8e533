// 科技计划项目: applied for, approved; the money they bring.
import type { Rule } from './rule.ts';

const PROJECT = '(?:项目|计划)';
const MONEY = '(?:资金|经费|资助|补助|奖励|扶持|奖补)';

// money applied for is not money won (the labelling guide)
// money applied for, or taken back ("收回未按期实施项目资金35万元"), is no funding won
// money applied for, or taken back; or a target set for spending ("下达我县2021年R&D经费投入目标任务4.1亿元"): none won
const MONEY_APPLIED_FOR = '(?:申请|申报)[^,;。获批立到]{0,6}?(?:资金|经费)|(?:收回|追回)[^,;。]{0,12}(?:资金|经费)|(?:经费|投入)目标任务';

export const rules: Rule[] = [
  {
    id: 'projects_applied.apply_count_then_named',
    indicator: 'projects_applied',
    // (成功申报 is won: projects_approved)
    pattern: `(?<!成功)申报(了)?{F}(?<scope>~~)项目`,
    examples: [
      { text: '组织青禾半导体和航天21所申报了3项国家高新技术领域科技计划预备项目。', rows: [{ value: 3, scope: true }] },
    ],
  },
  {
    id: 'projects_applied.to_apply',
    indicator: 'projects_applied',
    pattern: `(准备申报|拟申报|申报)的${PROJECT}{F}|{F}~项目~参加(了)?(?<scope>~)评审`,
    examples: [
      { text: '三个重大项目全部参加了市级评审。', rows: [{ value: 3, scope: true }] },
    ],
  },
  {
    id: 'projects_approved.won_then_count',
    indicator: 'projects_approved',
    pattern: `(获批|立项|列入|争取|获得|落实|下达|评定)(了)?(?<scope>~~)(${PROJECT}|计划)(有)?~{F}`,
    // (…nor projects of industry's upgrading or investment: "列入省重点技术改造项目28项")
    unlessNear: '申报|结题|验收|技术改造|技改|智能制造|PPP|政府和社会资本合作|工业项目|招商项目',
    examples: [
      { text: '争取到省部科技计划项目185项。', rows: [{ value: 185, scope: false }] },
      { text: '上半年全区列入市级以上重大工业项目48个,完成投资96.8亿元。', rows: [] },
      { text: '下达县级科技计划40项。', rows: [{ value: 40, scope: true }] },
      { text: '组织实施科技项目34个。', rows: [] },
      { text: '累计承担国家、市级科技计划项目30项。', rows: [] },
    ],
  },
  {
    id: 'projects_approved.count_then_won',
    indicator: 'projects_approved',
    pattern: `{F}(?<scope>~)项目~(被)?(列入|立项|获批|获得立项|获得支持)|(下达|立项|成功申报)(了)?{F}(?<scope2>~~)项目`,
    examples: [
      { text: '并评审下达了16项县高新技术成果转化项目。', rows: [{ value: 16, scope: true }] },
      { text: '全年成功申报了1个国家级中小企业创新基金项目。', rows: [{ value: 1, scope: true }] },
    ],
  },
  {
    id: 'project_funding.won_money',
    indicator: 'project_funding',
    pattern: `(争取|获得|获|下达|兑现|安排|拨付|落实|争引|支持|扶持)(?<scope>~~)${MONEY}~{F}`,
    unlessNear: MONEY_APPLIED_FOR,
    examples: [
      { text: '共争引科技资金448万元。', rows: [{ value: 448, scope: false }] },
      { text: '市里下达我县2021年R&D经费投入目标任务3.2亿元。', rows: [] },
    ],
  },
  {
    id: 'project_funding.project_money',
    indicator: 'project_funding',
    pattern: `(立项|总|项目|科技发展性|专项)${MONEY}(总额|总计|合计|共计)?(分别为|为)?{F}`,
    unlessNear: MONEY_APPLIED_FOR,
    examples: [
      // a list after a list of as many levels is of those levels in turn
      { text: '全市组织申报国家、自治区、市级科技计划项目分别为18项、146项和92项,获批立项分别为5项、61项和47项,争取和安排项目资金分别为1460万元、3870万元和900万元。', rows: [{ value: 1460, scope: true }, { value: 3870, scope: true }, { value: 900, scope: true }], by: 'link.respectively(project_funding.project_money)' },
      { text: '全年申请科技项目资金1,800万元。', rows: [] },
      { text: '向省科技厅申请专项资金500万元。', rows: [] },
      { text: '对在研项目开展中期检查,收回未按期实施项目资金35万元。', rows: [] },
      { text: '申请项目资金1500万元,最终获批资金680万元。', rows: [{ value: 680 }], by: 'frame.project_funding' },
      { text: '立项总资金***万元。', rows: [{ value: null }] },
      { text: '项目立项资金总额***万元,其中省级资金**万元。', rows: [{ value: null }, { value: null, scope: true }] },
      { text: '上述6个项目均已来文确定,总资金65万元。', rows: [{ value: 65 }] },
      { text: '两个项目获得立项,立项资金分别为**万元、**万元。', rows: [{ value: null }, { value: null }] },
      { text: '两个项目获得立项,立项资金分别为30万元、20万元。', rows: [{ value: 30 }, { value: 20 }] },
    ],
  },
];
