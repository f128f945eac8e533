// The ones a measure reached: "为27家高新技术企业争取奖补资金135万元", "对50家高新技术企业给予表扬",
// "向12家众创空间拨付运营补助". Firms or platforms named as those the bureau did something for are not
// a count of them.
import { noRow, type Claim } from './claim.ts';
import type { Figure } from './figures.ts';

// indicators that count what stands or was certified (not what was done for it)
const COUNTS_OF_KINDS = new Set(['hte_total', 'hte_certified', 'hte_reserve', 'tsme', 'innovative_enterprises', 'platforms']);
// for whom, right before the figure: 为 / 对 / 向 / 给 (not the end of 认定为, 成为, 增加为, 分别为 …), 帮助, 奖励 …
const FOR_WHOM = /(?:(?<![认评成作别数量计合总共定即加至到长升大高达改变分是])[为对向给]|帮助|协助|扶持|奖励|表彰|补助)$/;

// …or before it, in a clause that opens on whom a measure reached: "…资金826.5万元,惠及高新技术企业、科技型中小企业等各类创新主体93家"
// (or that names the kind a measure supported before its figure: "“科技贷”累计放款2.6亿元,支持科技型中小企业41家")
const REACHED_WHOM = /(?:^|[,;:。])(?:共|累计)?(?:惠及|受益|受惠|(?:支持|扶持|帮助|资助|奖补|奖励|表彰)(?=[^,;:。\d]))[^,;:。]{0,40}$/;

// …or those a measure reached named first, the figure after them: "对青禾科技等12家高新技术企业给予奖励" (of any kind,
// applicants too: they are the ones rewarded, where "帮助12家企业申报高新技术企业" counts applicants)
const NAMED_FOR_WHOM = /(?:^|[,;:。])[对向给][^,;:。\d]{1,30}等$/;
const NAMED_KINDS = new Set([...COUNTS_OF_KINDS, 'hte_applied']);

// firms that, helped, came through a certification or evaluation themselves
const CAME_THROUGH = /^(?:企业|单位|公司)[^,;。]{0,4}(?:通过|获得|获批|入选|被认定|被评为)/;

// (every such clause holds one of these words: looked for first, as the pattern is tried at every place)
const WHOM_WORDS = /惠及|受益|受惠|支持|扶持|帮助|资助|奖补|奖励|表彰/;
const reachedWhom = (before: string): boolean => WHOM_WORDS.test(before) && REACHED_WHOM.test(before);
// (…but what those it reached built is counted: "支持规上企业新建县级研发中心12个")
// (the firms it reached: "帮助贫困村建立科技示范基地9个" counts no platforms built by firms)
const BUILT_BY_WHOM = /(?:支持|扶持|帮助|资助)[^,;:。\d]{0,6}(?:企业|公司)(?:自主|牵头)?(?:新建|建设|建立|组建|创建|设立)[^,;:。\d]{0,20}$/;

/** Drops the counts of kinds whose figure stands after a word that names them as those a measure was for. */
export function dropBeneficiaries(text: string, figures: Figure[], claims: (Claim | undefined)[]) {
  figures.forEach((f, i) => {
    const claim = claims[i];
    const before = text.slice(Math.max(0, f.start - 48), f.start);
    if (claim && COUNTS_OF_KINDS.has(claim.indicator) && reachedWhom(before) && !(claim.indicator === 'platforms' && BUILT_BY_WHOM.test(before))) {
      claims[i] = noRow(f.start, f.end, 'beneficiaries');
      return;
    }
    if (claim && NAMED_KINDS.has(claim.indicator) && claim.start >= f.start && NAMED_FOR_WHOM.test(text.slice(Math.max(0, f.start - 40), f.start))) {
      claims[i] = noRow(f.start, f.end, 'beneficiaries');
      return;
    }
    // (the kind named after the figure: "为27家高新技术企业", not "高新技术企业为27家")
    if (!claim || !COUNTS_OF_KINDS.has(claim.indicator) || claim.start < f.start) return;
    // ("扶持12家企业建立市级研发中心": firms counted for the platforms they built)
    if (claim.indicator === 'platforms' && /^(?:企业|单位|公司)/.test(text.slice(f.end, f.end + 2))) return;
    // ("帮助3家企业首次通过高新技术企业认定": the firms helped that came through are counted as such)
    if (FOR_WHOM.test(text.slice(Math.max(0, f.start - 2), f.start)) && !CAME_THROUGH.test(text.slice(f.end, f.end + 12))) claims[i] = noRow(f.start, f.end, 'beneficiaries');
  });
}
