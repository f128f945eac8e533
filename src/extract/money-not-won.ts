// Money that is no project funding though a frame read it so: money only applied for ("申请扶持资金3260万元"),
// and money for what is no science and technology (schools, roads, loans and their interest, welfare, industry's
// upgrading, the bureau's own running costs, talent's housing), as bureaus merged with education or industry report it;
// and the lines of the bureau's own budget.
import { noRow, type Claim } from './claim.ts';
import type { Figure } from './figures.ts';
import { clauseStart, type Span } from './spans.ts';
import { WORDS } from './words.ts';

// applied for, and not yet won: "申请扶持资金", "项目申请自治区财政资金共计"
const APPLIED_FOR = /(?:申请|申报)[^,;。获批立到下达]{0,8}?(?:资金|经费|补助|扶持)/;
// what the money is for, where that is no science: 教育经费, 营养改善, 村道硬化, 贷款贴息, 三公经费, 安家补贴 …;
// and investment brought in ("新引进招商项目48个,协议引资526亿元,实际到位资金132亿元", "引进京津项目236个,到位资金412.6亿元")
const NOT_SCIENCE = /教育|学生|营养|村道|硬化|贴息|三公|安家|安居|庭院|招商|引资|引进[^,;。科技]{0,4}项目|协议投资|投资额|外资|内资|省外资金|党建|津贴|工资|人才奖补|人才补贴|办公经费|工作经费/;
// …said in the money's own clause: welfare, handouts to farmers (种苗补贴, 物资), industry's upgrading or development,
// investment, farm extension, market regulation (食品安全, 标准化), money of industry and science together ("发放城乡低保资金",
// "兑现工业扶持资金", "争取上级工业和信息化专项资金", "省先进制造业发展专项资金", "企业纾困资金", "工业园区发展资金"; not
// "…工业转型升级资金2300万元,争取省科技厅科技计划项目资金540万元")
const NOT_SCIENCE_IN_CLAUSE = /种苗|化肥|种子|物资|(?<!科技)帮扶资金|示范户|低保|最低生活保障|救助|养老|工业扶持|工业转型|工业发展(?:扶持|专项|资金)|制造业[^,;。]{0,6}发展[^,;。]{0,4}资金|纾困|工业园区[^,;。]{0,4}资金|工业和信息化专项|工信专项|工业专项|工业和科技(?:资金|奖补|专项)|技术改造|技改|预算内投资|专项债|农技推广|食品安全|食品药品|药品监管|特种设备|标准化/;

// a budget's or final account's lines: what the bureau plans to spend or spent, not funding won ("三、项目支出预算\n主要包括:
// 市级科技计划项目经费1500万元;…"), unless the clause says it was won or handed down
const BUDGET = /预算|决算/;
// (the acts of funding but 安排, which is how a budget speaks, and 获, which names a programme as often: 获奖)
const WON = new RegExp(WORDS.fundingAct.filter((act) => act !== '安排' && act !== '获').join('|'));
// how long a line before may be and still be a heading ("三、项目支出预算")
const HEADING_LENGTH = 30;

/** Whether the money at `at` is a line of a budget: its line, or the heading on the line before it, speaks of one. */
function budgeted(text: string, at: number, clause: string): boolean {
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  const lineBefore = lineStart > 0 ? text.slice(text.lastIndexOf('\n', lineStart - 2) + 1, lineStart) : '';
  return BUDGET.test((lineBefore.length <= HEADING_LENGTH ? lineBefore : '') + text.slice(lineStart, at)) && !WON.test(clause);
}

/** Drops project funding whose own clause says it was only applied for, or was for something other than science. */
export function dropMoneyNotWon(text: string, figures: Figure[], claims: (Claim | undefined)[], sentenceOf: (at: number) => Span) {
  figures.forEach((f, i) => {
    if (claims[i]?.indicator !== 'project_funding') return;
    const sentenceStart = sentenceOf(f.start).start;
    const clause = text.slice(clauseStart(text, f.start, sentenceStart), f.start);
    // (what it was for may stand in the clause before: "实施…学生营养改善计划,拨付资金2310万元")
    const before = text.slice(Math.max(sentenceStart, f.start - 40), f.start);
    // (loans only where the words right before the money name them: "发放“科技贷”9.6亿元", not "“科技贷”“创新券”三项政策共兑现奖补资金")
    if (APPLIED_FOR.test(clause) || NOT_SCIENCE.test(before) || NOT_SCIENCE_IN_CLAUSE.test(clause) || clause.slice(-10).includes('贷') || budgeted(text, f.start, clause)) claims[i] = noRow(f.start, f.end, 'money_not_won');
  });
}
