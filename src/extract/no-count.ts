// Words around a figure that say it counts nothing the catalog counts, whatever frame or rule read it:
// what each one of many gets, a difference from another place or a plan, the people a measure reached, an
// investment or a fund's size, the sum of deals struck, and what failed.
import { marksOf } from './spans.ts';

// "每个乡镇至少举办2期培训班", "每家奖励10万元", "每季度至少举办一次", "对授权发明专利每件资助5000元", "每次到现场指导计1人次"
const EACH_ONE = /每(?:个|家|名|位|户|所|村|镇|乡|县|区|人|项|件|次|一个|一家|季度?|月|周)/;
// "与周边的缙泽县相比,我县高新技术企业数量仍少17家"
const FEWER_OR_MORE = /(?:仍|还|尚|要)(?:少|差|多出?)了?$/;
const FEWER_OR_MORE_ENDS = marksOf('少差多出了');
// "组织线上、线下技术培训31场次,受益群众2700余人", "辐射带动周边农户1400余户"
const PEOPLE_REACHED = /(?:受益|受惠|惠及|带动|辐射)[^,;。\d]{0,6}(?:群众|农户|农民|人口|人员|人数|户)(?:达到?|共|约|近|超过?)?$/;
const PEOPLE_REACHED_ENDS = marksOf('众户民口员数达到共约近超过');
// "引进…转化项目14项,总投资4.2亿元", "设立规模500万元的种子资金"
const INVESTED = /(?:总投资|计划投资|完成投资|累计投资|投资额|投资总额|协议投资|签约金额|引资|规模)(?:达到?|为|约|近|超过?|共计|共)?$/;
// projects signed whose investment brought in is told next are investment's: "新签约项目46个,合同引资286亿元" (not a
// fair's deals with what they will invest, "现场签约科技合作项目9项,总投资1.8亿元")
const INVESTMENT_NEXT = /^[,;](?:合同|协议|实际)?引资/;
// the firms a deputies' or a study group's survey went to or asked are its sample, no firms a bureau served: "根据县政协…协商计划,
// 调研组…深入…9家重点企业", "课题组…先后深入34家企业和5个园区开展调研", "在调研的29家规上企业中" (not a bureau's own survey
// visits: "局领导带队深入企业调研", "调研组走访企业36家")
const SURVEYED = /(?:课题组|政协|人大|委员(?!会))[^。;]{0,60}(?:走访|深入|赴)[^。;]*$|调研的$/;
// (one of these words stands in every sentence SURVEYED matches: looked for first)
const SURVEY_WORDS = ['课题组', '政协', '人大', '委员', '调研的'];
// "促成产学研合作项目43项,合同金额6200万元" (not where a technology contract is named: "登记技术合同42份,合同金额1.38亿元")
const DEALS_SUM = /合同金额(?:达到?|为|约|近|超过?|共计|共)?$/;
// (the last characters of an investment's or a deal's sum, or of what may stand after it)
const SUM_ENDS = marksOf('资额模达到为约近超过计共');
// "另有2家企业复审未获通过", "17家高企因研发投入不达标未能通过重新认定", "未通过7家"
// (not the ones a net count is taken after, "扣除到期未通过复审的企业后净增21家", nor a note in brackets after the figure)
// (…or "近三年有9家高企到期后未能重新认定")
const FAILED = /未能?(?:获得?)?通过|没有通过|未能?获(?:批|准)|未能重新认定/;
const FAILED_BEFORE = new RegExp(`(?:${FAILED.source})[^的,;]{0,6}$`);

// a threshold the firms counted after it pass: "研发费用超千万元的企业", "研发投入强度超过3%的企业达到42家"
const THRESHOLD_BEFORE = /(?:超过?|过|达到?|在|逾|高于)$/;
const FIRMS_OF_THAT_SIZE = /^(?:以上|以下)?的(?:[^,;。]{0,6}?)(?:企业|高企|公司)/;

/**
 * Whether a figure's words say it is no count of the catalog: `clause`, its clause up to it; `after`, the rest of
 * its clause; `sentenceBefore`, its sentence up to it; `next`, the text from its clause's end on.
 */
export function saysNoCount(clause: string, after: string, unit: string, sentenceBefore: string, next: string): boolean {
  if (clause.includes('每') && EACH_ONE.test(clause)) return true;
  // (words that end the clause are looked for only where it ends in one of their last characters)
  const last = clause.charCodeAt(clause.length - 1);
  if (FEWER_OR_MORE_ENDS.has(last) && FEWER_OR_MORE.test(clause)) return true;
  const money = unit.endsWith('元');
  if (!money && unit !== '%' && PEOPLE_REACHED_ENDS.has(last) && PEOPLE_REACHED.test(clause)) return true;
  if (!money && unit !== '%' && SURVEY_WORDS.some((word) => sentenceBefore.includes(word)) && SURVEYED.test(sentenceBefore)) return true;
  if (money && SUM_ENDS.has(last) && (INVESTED.test(clause) || (DEALS_SUM.test(clause) && !sentenceBefore.includes('技术合同')))) return true;
  if (!money && unit !== '%' && clause.includes('签') && INVESTMENT_NEXT.test(next)) return true;
  if ((money || unit === '%') && THRESHOLD_BEFORE.test(clause) && FIRMS_OF_THAT_SIZE.test(after)) return true;
  const negated = clause.includes('未') || after.includes('未') || clause.includes('没有') || after.includes('没有');
  return negated && (FAILED_BEFORE.test(clause) || FAILED.test(after.split('(')[0]!));
}
