// Parts of a whole: the items after 其中 and parallel parts take the indicator of the figure they are
// parts of, with their names as scope; a figure after 其中 of the indicator its sentence just gave; the
// counts a 共计 total adds up; the things listed before 各.
import { noRow, type Claim } from './claim.ts';
import type { Figure } from './figures.ts';
import { classifyName, indicatorsNamedBy, LEVEL_ALONE, namesOtherKind, NEW_OF, RUNNING_TOTAL_OF } from './links.ts';
import { clauseStart, indexOrEnd, marksOf, MAX_LISTED, MAX_NAME, type Sentence, type Span } from './spans.ts';
import { unitFits } from './units.ts';
import { WORDS, wordsOf } from './words.ts';

// the people trained, counted in 人次: no part of those who trained them (the words of the trained but 培训 alone, which an event's name holds)
const TRAINED_PEOPLE = new RegExp(WORDS.trained.filter((word) => word !== '培训').join('|'));
const SHARE = wordsOf(['share']);
const REVENUE = wordsOf(['revenue']);
// what a figure is set against: "远低于全市", "高于全省平均"
const COMPARED = /[高低快慢]于|相比|比较/;
// a rate the clause names, or a ceiling it is kept under: no part of the figure before
const OTHER_RATE = /率(?:控制在|保持在|为|达到?|是)?$|控制在$/;
const SHARE_OF_TASK = /(?:目标|任务|计划)(?:数)?的?$/;
// a statement that opens a breakdown of the one before: 其中, 分地区看, 从县区看, 分板块看 …
// ("分县区看", "从区(市)看", "分县(市、区)看", "从区域分布看": by place, not "从全省看", which looks elsewhere, nor
// "从完成情况看"; or by field)
export const PLACE_BREAKDOWN = '(?:分|从)(?!全)[\\u4e00-\\u9fff()、]{0,6}[区县市镇乡街域园][\\u4e00-\\u9fff()、]{0,4}看';
// ("各县(市、区)情况:", "各县区来看": each place's in turn)
export const EACH_PLACE_WORDS = '各[县区市镇乡](?:[\\u4e00-\\u9fff]{0,3})?(?:\\([^()]{1,8}\\))?(?:情况|来看|看)';
const EACH_PLACE = `${EACH_PLACE_WORDS}[:,]?`;
// (…or by level or kind: "分级看,国家级项目6项、资金1250万元", "按类别分:"; not "分级分类管理")
const KIND_BREAKDOWN = '(?:分|从|按)(?:级别?|层级|类别?|类型|领域|板块|行业)(?:来?看|分(?=[,:]))';
// (…or of what one act did, place by place: "从新认定情况看,北林区新认定9家、肇东市7家")
const ACT_BREAKDOWN = '从(?:新认定|认定|申报|立项|获批|授权|申请|入库)(?:情况|数量?)(?:来)?看';
const BREAKDOWN = `其中|${PLACE_BREAKDOWN}|${EACH_PLACE}|${KIND_BREAKDOWN}|${ACT_BREAKDOWN}`;
const BREAKDOWN_OPENS = new RegExp(`^[^\\uE000]{0,2}(?:${BREAKDOWN})`);
const BREAKDOWN_BY_PLACE_OPENS = new RegExp(`^[^\\uE000]{0,2}${PLACE_BREAKDOWN}`);
// a place named within the report's area (not its own, 全县, nor one a preposition governs, 为园区…)
// a park of a zone is a place (海湾园, 创新谷园), a demonstration or incubation park a platform
const PARK = '(?<!示范|孵化|科普|星创)园';
const A_PLACE = `(?![我全本该][市县区州旗])(?![为对在向与由把将给])[\\u4e00-\\u9fff]{1,6}?(?:新区|高新区|开发区|经开区|区|县|市|镇|街道|旗|园区|${PARK})`;
// a place within the report's area, alone before its figure ("临江县", "其余各县(市、区)", "高新区")
// what a place did, and the indicators of the wholes that act speaks of
const ACT_OF_PLACE: Record<string, string[]> = {
  申请: ['patents_applied', 'hte_applied', 'projects_applied'],
  授权: ['patents_granted'],
  新认定: ['hte_certified', 'platforms'],
  通过认定: ['hte_certified', 'platforms'],
  入选: ['hte_certified', 'platforms', 'innovative_enterprises', 'tsme'],
  入库: ['tsme', 'hte_reserve'],
  获批: ['projects_approved'],
  立项: ['projects_approved'],
};
const ACTS_OF_PLACE = Object.keys(ACT_OF_PLACE).join('|');
// a place, then what it did ("经开区申请", "南桥区授权"); or what it did alone, after the place before ("、授权912件")
const PLACE_THEN_ACT = new RegExp(`^(?:其中:?)?(${A_PLACE}|其余[\\u4e00-\\u9fff()、]{1,10}?)(?:合计|共计|共)?(${ACTS_OF_PLACE})$`);
const ACT_ALONE = new RegExp(`^(${ACTS_OF_PLACE})$`);
const ALIAS = /\([^()]{1,12}\)/g;
// what a place holds of the firms counted before ("开发区集聚71家", "园区拥有37家")
const HOLDS = /(?:集聚|聚集|拥有|共有|有)$/;
// (…after one of these, right after the place before)
const PLACE_LIST_MARKS = marksOf('、,;(');
const PLACE_ITEM = new RegExp(`^(?:[\\u4e00-\\u9fff]{1,6}(?:区|县|市|镇|乡|街道|旗|园区|${PARK})|其余[\\u4e00-\\u9fff()、]{0,10})$`);
// a kind of firm, alone before its figure ("规上工业企业", "其中高新技术企业", "科技型中小企业")
const FIRM_OF_KIND = /^(?:其中)?[\u4e00-\u9fff]{1,10}(?:企业|公司|高企|科小)$/;
// a part of a sum of money named as money, or after the programme it goes to ("其中,重点研发专项3200万元")
const MONEY_NAMED = /(?:奖励|补助|资金|经费|奖补|资助|补贴|专项|项目|计划)$/;
const LAST_YEAR_LEAD = /^(?:上年|去年|上一年)(?:同期|末|底)?(?:为|是|有|增长)?$/;
const NO_PART = wordsOf(['carriedOut', 'pending', 'patentStock', 'average']);
const DUE_AND_DONE_AGAIN = /到期(?=重新认定|复审)/;
const DIFFERENCE_LEAD = /^(?:同比|比上年|较上年)?(?:增加|减少|增长|下降|提高|多出?|少)了?$/;
const NEXT_POINT = /[;。][一二三四五六七八九十]是|[;。]\d{1,2}[.、]/;
const WHOLE_COME_TO = /^(?:全[市县区州旗]|我[市县区])?(?:(?:累计|总数|总量)?(?:达到|达|共有|共计)|(?:累计|总数|总量)为?)$/;
const OWN_ACT = wordsOf(['certify', 'approve', 'apply']);
// a clause that opens on coming through a review, saying nothing else of what it counts ("已通过省级专家评审并公示的有");
// a first round (网络评审, 初审, a city's review) certifies nothing yet
const PASSED_OPENING = new RegExp(
  `^(?:已|均|并|现已|目前已|最终)?(?:通过|获批|获得认定)(?![^,;。\uE000]*?(?:${wordsOf(['firstRound']).source}))[^,;。\uE000]*?(?:评审|公示|认定|审核)[^,;。\uE000]*$`,
);
// what the ones applied for that were granted are counted as
const GRANTED_OF: Record<string, { indicator: string; act: RegExp }> = {
  // (what the application was for, 新认定 or 复审, is a kind of application: "申报高企**家(其中新认定**家,复审**家)")
  hte_applied: { indicator: 'hte_certified', act: /通过|公示|获批|获得认定|被认定|已认定|入围|获评|评为/ },
  hte_reserve: { indicator: 'hte_certified', act: /通过|公示|获批|获得认定|被认定/ },
  projects_applied: { indicator: 'projects_approved', act: wordsOf(['approve'], ['获得立项', '获批立项']) },
};

// A whole restated to open its breakdown: "今年新认定的117家中,荆岚高新区41家,…", "在新认定的117家企业中,…"
// (the statement's opening before the figure, and what closes the restatement after it)
const RESTATING = /^(?:在|从)?(?:今年|全年|本年|当年|上半年|[一二两三四五]批)?[\u4e00-\u9fff]{0,8}?的?$/;
const RESTATED_CLOSE = /^(?:企业|单位|项目|平台)?(?:当中|中)[,:]/;
// how far back the figure restated may stand
const MAX_RESTATED_BACK = 400;

/**
 * A figure that opens its statement by restating one just given ("今年新认定的117家中,") is that figure's
 * whole again, so that the parts after it are of it; the row it gives is the one before's.
 */
export function linkRestatedWholes(text: string, figures: Figure[], claims: (Claim | undefined)[], sentenceOf: (at: number) => Span) {
  figures.forEach((f, i) => {
    if (claims[i] || f.value === null || !RESTATED_CLOSE.test(text.slice(f.end, f.end + 5))) return;
    const opening = sentenceOf(f.start).start;
    if (!RESTATING.test(text.slice(opening, f.start))) return;
    for (let k = i - 1; k >= 0 && f.start - figures[k]!.end <= MAX_RESTATED_BACK; k--) {
      const claim = claims[k];
      if (figures[k]!.value !== f.value || figures[k]!.unit !== f.unit || !claim?.indicator) continue;
      claims[i] = { ...claim, rule: 'link.restated', start: opening, end: f.end, partOf: undefined };
      return;
    }
  });
}

/** Where the statement (to 。 or a line break) each figure stands in starts: found once a report, for every pass of linkParts. */
export function statementStarts(text: string, figures: Figure[]): Int32Array {
  const starts = new Int32Array(figures.length);
  let start = 0;
  // the first 。 and the first line break from `start` on (the text's length where there is none)
  let nextStop = indexOrEnd(text, '。', 0);
  let nextBreak = indexOrEnd(text, '\n', 0);
  figures.forEach((f, i) => {
    while (Math.min(nextStop, nextBreak) < f.start) {
      start = Math.min(nextStop, nextBreak) + 1;
      if (nextStop < start) nextStop = indexOrEnd(text, '。', start);
      if (nextBreak < start) nextBreak = indexOrEnd(text, '\n', start);
    }
    starts[i] = start;
  });
  return starts;
}

/**
 * Parts after 其中 ("共9项。其中国家级1项:…;省级5项:…;市级3项") and parallel parts ("申报省级项目*项,
 * 市级项目*项"): a short clause that is only a name and a figure takes the indicator of the figure
 * before it, with the name as scope. Runs over a statement (to 。), or on from the statement before
 * when this one opens with 其中.
 */
export function linkParts(text: string, skel: string, figures: Figure[], claims: (Claim | undefined)[], statementOfFigure: Int32Array) {
  // the figure parts are of (its number, claim, and how far back its clause may start), and the last
  // figure read as its part
  let anchor = -1;
  let anchorClaim: Claim | undefined;
  let anchorFloor = 0;
  // the figures parts may be of since the breakdown's statement began, the anchor last (their numbers,
  // and how far back the clause of each may start)
  let wholes: number[] = [];
  let wholeFloors: number[] = [];
  /** No figure before is a whole the next parts may be of. */
  const forgetWholes = () => {
    anchor = -1;
    // (new arrays: setting an array's length is a costly call)
    if (wholes.length > 0) {
      wholes = [];
      wholeFloors = [];
    }
  };
  let lastPart: Figure | undefined;
  // every figure claimed so far, and the start of a statement whose breakdown found its whole among them
  const claimedBefore: number[] = [];
  let openedFrom = -1;
  let statementStart = 0;
  let previousEnd = 0;
  figures.forEach((f, i) => {
    const start = statementOfFigure[i]!;
    if (start !== statementStart) {
      statementStart = start;
      previousEnd = start;
      if (!opensBreakdown(skel, start, f.start, BREAKDOWN_OPENS)) forgetWholes();
    }
    const claim = claims[i];
    // a clause starts no further back than its statement or the figure before (its start is looked
    // for only where a part may stand)
    const floor = Math.max(statementStart, previousEnd);
    previousEnd = f.end;
    if (claim && claim.rule !== 'link.part') {
      anchorClaim = claim;
      anchorFloor = floor;
      if (claim.indicator === '') forgetWholes();
      else {
        anchor = i;
        wholes.push(i);
        wholeFloors.push(floor);
        claimedBefore.push(i);
      }
      lastPart = f;
      return;
    }
    // "…分别评价入库…2653家。(二)…。(三)区域分布。分县(市、区)看,燕川高新区入库467家,…": a breakdown by place
    // in a statement of its own, past others, is of the whole given before that its parts add up to
    if (!claim && (lastPart?.end ?? -1) < statementStart && opensBreakdown(skel, statementStart, f.start, BREAKDOWN_BY_PLACE_OPENS) &&
      wholeAddedUpTo(text, figures, i, wholes) < 0) {
      const near = claimedBefore.filter((k) => f.start - figures[k]!.end <= MAX_BREAKDOWN_BACK);
      const k = wholeAddedUpTo(text, figures, i, near);
      if (k >= 0) {
        anchor = near[k]!;
        anchorClaim = claims[anchor];
        anchorFloor = statementStart;
        wholes.push(anchor);
        wholeFloors.push(statementStart);
        openedFrom = statementStart;
      }
    }
    // ("其余5个县合计300家": a count of places is no part; nor a table's cell after another of its row, "其中:发明专利申请\t2,105\t1,876",
    // which its column reads)
    if (anchor === -1 || claim || PLACES_COUNTED.test(text.slice(f.end, f.end + 1))) return;
    if (text[f.start - 1] === '\t' && i > 0 && !text.slice(figures[i - 1]!.end, f.start).includes('\n')) return;
    // (nor the total the words before it say it is of the figures just before it: "分别为12.4亿元、…和36亿元,五年累计达到117.4亿元")
    if (/累计|合计|共计|总计|总/.test(text.slice(figures[i - 1]?.end ?? 0, f.start)) && sumOfThoseBefore(figures, i, statementStart)) return;
    // "获省级以上科技项目227项,获批扶持资金1.06亿元。其中省重大创新工程13项": a part is of the last whole of its kind
    let reachedBack = false;
    if (!unitFits(anchorClaim!.indicator, f.unit)) {
      for (let k = wholes.length - 1; k >= 0; k--) {
        if (!unitFits(claims[wholes[k]!]!.indicator, f.unit)) continue;
        anchor = wholes[k]!;
        anchorClaim = claims[anchor];
        anchorFloor = wholeFloors[k]!;
        reachedBack = true;
        break;
      }
    }
    // "…达到386家,全年净增94家;其中,漳河市年末有高新技术企业62家": a part its words say stands (年末有, 共有) is of the
    // running total, not of the new ones
    const total = RUNNING_TOTAL_OF[anchorClaim!.indicator];
    if (total && total !== anchorClaim!.indicator && STANDS.test(text.slice(clauseStart(text, f.start, floor), f.start))) {
      const k = wholes.findLastIndex((w) => claims[w]!.indicator === total);
      if (k >= 0) {
        anchor = wholes[k]!;
        anchorClaim = claims[anchor];
        anchorFloor = wholeFloors[k]!;
      }
    }
    // "…高新技术企业78家,比上年末净增21家。分县区看,金碧区31家、滇池湾区19家、…": a breakdown that opens its
    // statement is of the whole its parts add up to, where one of those before does
    if (lastPart!.end < statementStart && opensBreakdown(skel, statementStart, f.start, BREAKDOWN_OPENS)) {
      const k = wholeAddedUpTo(text, figures, i, wholes);
      if (k >= 0) {
        anchor = wholes[k]!;
        anchorClaim = claims[anchor];
        anchorFloor = wholeFloors[k]!;
      }
    }
    const whole = anchorClaim!;
    // parts stand close to what they are parts of (a whole reached back for, past figures of other kinds, too)
    if (f.start - Math.max(lastPart!.end, openedFrom) > MAX_PART_DISTANCE || (reachedBack && f.start - figures[anchor]!.end > MAX_PART_DISTANCE)) return;
    const from = clauseStart(text, f.start, floor);
    // (the granted ones' breakdown opens at its bracket, their own act before it: "…12家通过认定(其中新认定9家")
    const clause = text.slice(from, f.start);
    const open = whole.rule === 'link.part_granted' ? clause.lastIndexOf('(') : -1;
    const lead = withoutOpeningMarks(open >= 0 && !clause.includes(')', open) ? clause.slice(open + 1) : clause);
    const afterFigure = wordsAfter(skel, f.end);
    // "…其中国家级1项", "新认定高企219家(第一批208家,第二批11家)": a breakdown after 其中, or in brackets right after the whole
    const anchorFrom = Math.min(clauseStart(text, figures[anchor]!.start, anchorFloor), whole.start);
    // (…not past a ; where the item says the ones applied for were granted: "其中首次申报187家、重新认定125家;第一批已认定143家")
    const granted = GRANTED_OF[whole.indicator];
    const ownActPastStop = granted !== undefined && lastPart !== undefined && lastPart.end < f.start && skel.slice(lastPart.end, f.start).includes(';') &&
      granted.act.test(lead);
    const breakdown = !ownActPastStop && (skel.slice(anchorFrom, f.start).includes('其中') || skel[figures[anchor]!.end] === '(' ||
      (statementStart > anchorFrom && opensBreakdown(skel, statementStart, f.start, BREAKDOWN_OPENS)));
    const ownAfter = afterFigure.slice(0, indexOrEnd(afterFigure, '(', 0));
    if (granted) {
      // "申报高新技术企业19家,其中13家通过专家评审和公示": the ones of those applied for that were granted (above)
      // (…or the next item of a list a label opens: "1.高新技术企业:申报高新技术企业31家,…;通过省级评审公示**家")
      const labelled = skel.slice(statementStart, figures[anchor]!.start).includes(':');
      // (…or the clause right after them that opens on coming through: "申报高企317家,已通过专家评审公示262家",
      // "…申报高新技术企业64家,已有38家通过专家评审进入公示")
      const passedAfter = /^(?:已|已有|有|均|共有)?$/.test(lead) && PASSED_OPENING.test(ownAfter);
      const gap = anchor === i - 1 ? text.slice(figures[anchor]!.end, from) : '';
      const passedNext = (/^[,;]$/.test(gap) && PASSED_OPENING.test(lead)) || (/^[^,;。]*[,;]$/.test(gap) && passedAfter);
      if ((((breakdown || labelled) && lead.length <= 14) || (passedNext && lead.length <= 24)) && granted.act.test(lead + afterFigure) && unitFits(granted.indicator, f.unit)) {
        claims[i] = { ...whole, indicator: granted.indicator, rule: 'link.part_granted', start: from, end: passedAfter ? f.end + ownAfter.length : f.end, scope: '', period: undefined, partOf: undefined };
        lastPart = f;
        // ("…公示262家(第一批94家、第二批168家)": the granted ones are what a bracket right after them breaks down)
        if (skel[f.end + (passedAfter ? ownAfter.length : 0)] === '(') {
          anchor = i;
          anchorClaim = claims[i];
          anchorFloor = floor;
          wholes.push(i);
          wholeFloors.push(floor);
        }
        return;
      }
    }
    // (…as does one its own act reads after it: "组织13家企业申报高新技术企业,12家通过认定(其中新认定9家、重新认定3家)")
    if (!breakdown && /^(?:有|共有|已有)?$/.test(lead) && OWN_ACT.test(ownAfter)) {
      forgetWholes();
      return;
    }
    // (what follows a part may only say where its certification stands: "(第一批208家已公布,第二批11家处于公示阶段)")
    // (a programme's name may be long: "其中:国家科技型中小企业技术创新基金项目2项")
    const longest = whole.indicator.startsWith('projects_') && PROGRAMME_ENDS.test(lead) ? MAX_PROGRAMME_NAME : 14;
    // (…nor are the people trained a part of those who trained them: "下乡服务3400人次,培训农民1.8万人次")
    if (lead.length > longest || (f.unit.startsWith('人') && TRAINED_PEOPLE.test(lead)) || (afterFigure.length > 4 && !/^[(:]/.test(afterFigure) && !STANDING_OF_NOTICE.test(afterFigure))) return;
    // "分县市区看,…;南桥区申请1547件;经开区申请1126件": in a breakdown by place, a place and what it did is a part of
    // the last whole before of that act's indicator
    // (…and what the same place did next, after 、: "南桥区申请1547件、授权912件")
    // (…or after 其中: "…入库3846家;其中,淮澄高新区入库1022家,涟东县入库418家"; the place is looked for only there)
    const byPlace = breakdown || opensBreakdown(skel, statementStart, f.start, BREAKDOWN_OPENS);
    const sameAsBefore = byPlace && i > 0 && figures[i - 1] === lastPart && claims[i - 1]?.rule === 'link.part' && text[lastPart!.end] === '、' ? ACT_ALONE.exec(lead) : null;
    // (a place's other name in brackets is no part of it: "临澜高新区(鹤汀区)新认定612家")
    const placeDid = !byPlace ? null : PLACE_THEN_ACT.exec(lead) ?? (lead.includes('(') ? PLACE_THEN_ACT.exec(lead.replace(ALIAS, '')) : null) ?? (sameAsBefore && [lead, claims[i - 1]!.scope, sameAsBefore[1]!]);
    if (placeDid && placeDid[1]) {
      const did = ACT_OF_PLACE[placeDid[2]!]!;
      for (let k = wholes.length - 1; k >= 0; k--) {
        const of = claims[wholes[k]!]!;
        if (!did.includes(of.indicator) || !unitFits(of.indicator, f.unit)) continue;
        claims[i] = { ...of, rule: 'link.part', start: from + (text.slice(from, f.start).length - lead.length), end: f.end, scope: placeDid[1]!, period: undefined, partOf: wholes[k] };
        lastPart = f;
        // (the places listed after it are parts of the same whole: "…新认定612家,望潮区405家")
        anchor = wholes[k]!;
        anchorClaim = of;
        return;
      }
    }
    // "申报…86项,其中省级31项;最终获得立项的,省级9项、市级24项": items after a clause that says they were granted
    // are the granted ones, each a part (and the items listed on after it, after 、)
    // (what stands between is read only for a level granted)
    const levelGranted = granted && LEVEL_ALONE.test(lead) && unitFits(granted.indicator, f.unit);
    const between = levelGranted && i > 0 ? text.slice(figures[i - 1]!.end, from) : '';
    const grantedBefore = levelGranted && (GRANTED_CLAUSE.test(between) && granted.act.test(between) ||
      (i > 0 && figures[i - 1] === lastPart && claims[i - 1]?.rule === 'link.part_granted' && claims[i - 1]!.scope !== '' && /^、?$/.test(between) && text[figures[i - 1]!.end] === '、'));
    if (grantedBefore) {
      claims[i] = { ...whole, indicator: granted.indicator, rule: 'link.part_granted', start: from, end: f.end, scope: lead, period: undefined, partOf: undefined };
      lastPart = f;
      return;
    }
    // (…or a bare level after a whole that names its level though it is no part: "新认定国家高新技术企业47家,省级12家")
    const parallel = (whole.scope !== '' && /^(其中)?(国家级|国家|省级|省|市级|市|县级|县|区级)/.test(lead)) ||
      (LEVEL_ALONE.test(lead) && LEVEL_IN_WHOLE.test(text.slice(whole.start, figures[anchor]!.start)));
    // "申报省级科技项目17项,省级立项9项": a parallel item that says it was granted is of the granted ones
    if (parallel && !breakdown && granted && granted.act.test(lead) && unitFits(granted.indicator, f.unit)) {
      claims[i] = { ...whole, indicator: granted.indicator, rule: 'link.part_granted', start: from, end: f.end, scope: lead.replace(granted.act, '').replace(/^其中/, ''), period: undefined, partOf: undefined };
      lastPart = f;
      return;
    }
    // "其中申报…星火计划2项;省火炬计划7项,国际合作1项": the items of a list a statement opens with 其中 or :
    // (not past the next point a statement counts off: "…总数达到140家;二是推动科技型中小企业应评尽评,入库200家")
    const listed = f.unit === lastPart!.unit && f.start - lastPart!.end <= 20 && /其中|:/.test(skel.slice(statementStart, lastPart!.start)) &&
      !NEXT_POINT.test(skel.slice(lastPart!.end, f.start)) && !ownActPastStop;
    // "城东区新认定高企18家、临江县11家、青山县7家": places listed after the first, each a part
    // (…or the firms a place holds: "…总数达到87家,开发区集聚71家")
    const placeListed = f.unit === lastPart!.unit && f.start - lastPart!.end <= 20 && lastPart!.end < f.start && PLACE_LIST_MARKS.has(text.charCodeAt(lastPart!.end)) &&
      PLACE_ITEM.test(lead.replace(/^其中:?/, '').replace(HOLDS, ''));
    if (!breakdown && !parallel && !listed && !placeListed) {
      // "申报高新技术企业14家,通过认定9家,其中首次认定6家": a figure its own act reads, though no one has read it yet,
      // is what a breakdown after it is of
      if (OWN_ACT.test(lead)) forgetWholes();
      return;
    }
    if (!unitFits(whole.indicator, f.unit)) return;
    // "成交额2.18亿元(上年同期1.46亿元)": last year's figure set beside the whole is its baseline, no part of it
    if (LAST_YEAR_LEAD.test(lead)) {
      claims[i] = { ...whole, rule: 'link.baseline', start: from + (text.slice(from, f.start).length - lead.length), end: f.end, scope: '', period: undefined, partOf: undefined };
      return;
    }
    if (SHARE.test(lead)) return; // "…同比增速9.1%,占比75.31%": a share is no part
    if (OTHER_RATE.test(lead)) return; // "…;城镇登记失业率控制在3.5%以内": nor is a rate of something else
    if (COMPARED.test(lead)) return; // "…强度仅0.41%,远低于全市1.1%的水平": nor what a figure is set against
    if (REVENUE.test(lead)) return; // "…R&D经费支出15.8亿元,相当于其主营业务收入的0.61%": nor a share of revenue
    if (WHOLE_COME_TO.test(lead)) return; // "…新增高新技术企业4家,全县达到11家": nor is the whole come to a number
    if (DIFFERENCE_LEAD.test(lead)) return; // "比上年的392万元增加194万元": nor a difference from another year's
    if (f.unit === '%' && SHARE_OF_TASK.test(lead)) return; // "…同比增长15.8%,完成市定目标任务的104%": nor a task's share done
    // "…同比下降18.7%,其中二季度下降36.2%,6月当月…": nor is a rate of a part of the year no period names
    if (f.unit === '%' && RATE_OF_PART_OF_YEAR.test(lead)) return;
    // "…众创空间1个,高新技术企业5家": a part that names a thing of another indicator is not a part
    // "科技型企业备案完成14家", "领军人才124个": what no indicator counts; and the list has moved on to it
    // ("…14家,总数达到1498家" is its total, not a part of the figure before)
    const named = indicatorsNamedBy(lead);
    // ("签订合作协议23项,其中技术开发合同15项": a count of contracts of a kind names no contracts' value)
    if (!unitFits('tech_contract_value', f.unit) && CONTRACT_KIND.test(lead)) named.delete('tech_contract_value');
    // "…;实施县级科技项目42项", "其中今年到期需重新认定的有9家", "有效发明专利拥有量2.1件": no part either
    // (a place's name may hold a platform's: "其中高新区46家"; and be followed by what it did: "其中高新区新增19家")
    const placeName = lead.replace(/^其中:?/, '').replace(/(?:新增|新认定|净增|认定|新建)$/, '').replace(HOLDS, '');
    const place = PLACE_ITEM.test(placeName);
    // "兑现…奖补资金3120万元,其中高新技术企业认定奖励960万元": money named after what it rewards is still money
    const money = whole.indicator === 'project_funding' && MONEY_NAMED.test(lead);
    // "走访企业126家次,其中规上工业企业58家、高新技术企业21家": the firms served, of a kind
    const firmsOfKind = whole.indicator === 'enterprises_served' && FIRM_OF_KIND.test(lead);
    // (…but the ones that came due and were certified again are: "其中首次申报17家、到期重新认定6家")
    if (!firmsOfKind && (namesOtherKind(lead) || NO_PART.test(lead.replace(DUE_AND_DONE_AGAIN, '')) || (!place && !money && named.size > 0 && !named.has(whole.indicator) && !named.has(NEW_OF[whole.indicator] ?? '')))) {
      forgetWholes();
      return;
    }
    // (a place the figure stands in brackets after is named without them: "分布在一五一团(3家)、一五三团(2家)")
    const namedWords = lead.replace(/^(?:其中|分别为|分别是|含|包括|分布在|分布于)?[:]*/, '').replace(/(?:[:为有达共(]|完成|实现|达到)+$/, '');
    // ("其中一季度入库31家": a part of the year names no part of the things)
    // (money right after the count of the part it went to is that part's: "国家级项目6项、资金1250万元")
    const partBefore = MONEY_ALONE.test(namedWords) && i > 0 && figures[i - 1] === lastPart && claims[i - 1]?.rule === 'link.part' &&
      /^[、,]$/.test(text.slice(figures[i - 1]!.end, f.start - lead.length)) ? claims[i - 1]!.scope.replace(/项目$/, '') : '';
    const scope = PART_OF_YEAR.test(namedWords) ? '' : partBefore || (place ? placeName : namedWords) || '其中';
    // "共有高新技术企业28家,其中今年新认定6家": the new ones of a total are newly certified, not a part of the stock
    // (…and so are the ones re-certified: "有效期内高新技术企业达到118家(其中复审通过9家)", 复审 their scope)
    // (…or first certified: "其中,今年通过首次认定的有17家")
    const cameBy = /复审|重新认定|首次认定/.exec(lead)?.[0];
    const indicator = NEW_OF[whole.indicator] && (/新增|新认定|净增/.test(lead) || cameBy) ? NEW_OF[whole.indicator]! : whole.indicator;
    claims[i] = {
      ...whole, indicator, rule: 'link.part', start: from + (text.slice(from, f.start).length - lead.length), end: f.end,
      scope: indicator === whole.indicator ? scope : cameBy ?? (place ? placeName : ''), period: undefined, partOf: anchor,
    };
    lastPart = f;
  });
}

// a clause that names what was done to the items after it, as their subject: "最终获得立项的,", "获批的:"
const GRANTED_CLAUSE = /的[,:]$/;
const LEVEL_IN_WHOLE = /(?:国家|省|市|县)级|国家高新/;
const MAX_PART_DISTANCE = 150;
const STANDS = /(?:年末|年底|目前|现)有|共有|拥有|现有|总数|达到/;
const PROGRAMME_ENDS = /(?:项目|计划|专项|基金|工程)$/;
const MAX_PROGRAMME_NAME = 26;
const MONEY_ALONE = /^(?:资金|经费|金额|资金额|经费额)$/;
const STANDING_OF_NOTICE = /^(?:已|正在|处于|进入|尚在)(?:公示|公布)(?:阶段|期|中)?\)?$/;
// how far back a breakdown by place in a statement of its own looks for its whole
const MAX_BREAKDOWN_BACK = 1500;
const CONTRACT_KIND = /技术(?:开发|转让|咨询|服务|许可)合同$/;

// every breakdown's opening starts with one of these, at most two characters into its statement
const BREAKDOWN_FIRSTS = marksOf('其分从按各');

const OPENING_MARKS = marksOf('、,;:()');

/** Words without the marks they open with. */
function withoutOpeningMarks(words: string): string {
  let k = 0;
  while (k < words.length && OPENING_MARKS.has(words.charCodeAt(k))) k++;
  return k === 0 ? words : words.slice(k);
}

const WORDS_AFTER_END = marksOf(',;。!?\n、\uE000');

/** What stands after a figure ending at `at`, to the first mark or figure (at most 40 characters). */
function wordsAfter(skel: string, at: number): string {
  let end = at;
  const limit = Math.min(skel.length, at + 40);
  while (end < limit && !WORDS_AFTER_END.has(skel.charCodeAt(end))) end++;
  return skel.slice(at, end);
}

/** Whether the statement `skel` holds from `from` to `to` opens on a breakdown (`opening`: BREAKDOWN_OPENS or BREAKDOWN_BY_PLACE_OPENS), its first characters looked at first. */
function opensBreakdown(skel: string, from: number, to: number, opening: RegExp): boolean {
  for (let k = from; k < from + 3 && k < to; k++) if (BREAKDOWN_FIRSTS.has(skel.charCodeAt(k))) return opening.test(skel.slice(from, to));
  return false;
}

/** Of the wholes (their figures' numbers), the last whose value the figures listed from `i` on add up to (its place in `wholes`), or -1. */
function wholeAddedUpTo(text: string, figures: Figure[], i: number, wholes: number[]): number {
  const f = figures[i]!;
  let sum = 0;
  for (let j = i; j < figures.length && figures[j]!.value !== null; j++) {
    // (a part's own parts, after 其中, are none of the whole's)
    if (j > i && /[;。\n]|其中/.test(text.slice(figures[j - 1]!.end, figures[j]!.start))) break;
    // (a count of places among them is none of the parts: "其余11个县(市)合计1135家")
    if (figures[j]!.unit !== f.unit) {
      if (PLACES_COUNTED.test(text.slice(figures[j]!.end, figures[j]!.end + 1))) continue;
      break;
    }
    sum += Number(figures[j]!.value);
  }
  for (let k = wholes.length - 1; k >= 0; k--) {
    const whole = figures[wholes[k]!]!;
    if (whole.unit === f.unit && whole.value !== null && Math.abs(Number(whole.value) - sum) < 1e-6) return k;
  }
  return -1;
}

const AFTER_QIZHONG = /其中([^,;。\t\uE000\uE001]*)$/;
// a part of the year no period names: a quarter but the first, the second half, a single month
const RATE_OF_PART_OF_YEAR = /(?:第?[二四]|(?<![前第])三)季度|下半年|(?<![\d-])\d{1,2}月(?:份|当月)?(?!底|末|以来)|当月/;
const PART_OF_YEAR = /^(?:第?[一二三四]季度|上半年|下半年|前三季度|\d{1,2}-\d{1,2}月份?|\d{1,2}月份?)/;
const ACTS = wordsOf(['apply', 'approve', 'certify', 'fundingAct', 'amountReached', 'built'], ['为', '有', '共'], 'g');

/**
 * "成交额1273.36亿元,其中技术交易额975.07亿元": a figure after 其中 whose sentence gave a figure of the
 * same indicator before it is a part of that one; its scope is the words after 其中 ('其中' if none; none where
 * they name a part of the year).
 */
export function partAfterWhole(text: string, figures: Figure[], claims: (Claim | undefined)[], i: number, sentenceStart: number): string {
  const f = figures[i]!;
  const before = text.slice(Math.max(sentenceStart, f.start - 30), f.start);
  const m = before.includes('其中') ? AFTER_QIZHONG.exec(before) : null;
  if (!m) return '';
  const indicator = claims[i]!.indicator;
  for (let j = i - 1; j >= 0 && figures[j]!.start >= sentenceStart; j--) {
    if (claims[j]?.indicator === indicator) return PART_OF_YEAR.test(m[1]!) ? '' : m[1]!.replace(ACTS, '').replace(/^[:、]+|[:、]+$/g, '') || '其中';
  }
  return '';
}

/** Whether figure i's value is the sum of two or more of the figures of its unit right before it in its statement. */
function sumOfThoseBefore(figures: Figure[], i: number, statementStart: number): boolean {
  const total = figures[i]!;
  if (total.value === null) return false;
  let sum = 0;
  for (let k = i - 1; k >= 0 && figures[k]!.start >= statementStart && figures[k]!.unit === total.unit && figures[k]!.value !== null; k--) {
    sum += Number(figures[k]!.value);
    if (i - k >= 2 && Math.abs(sum - Number(total.value)) < 1e-6) return true;
  }
  return false;
}

const SUM_BEFORE = /(?:共计|合计|总计|共)$/;

/**
 * "评价入库…1311家,完成公示1360家,共计2671家": a running total that is the sum of the counts just before it
 * in its sentence is of their period, and each of them a part. Runs once every figure is claimed.
 */
export function linkSums(text: string, skel: string, figures: Figure[], claims: (Claim | undefined)[], sentenceOf: (at: number) => Span) {
  figures.forEach((total, i) => {
    if (total.value === null) return;
    // (several lists summed at once: "…分别为3项、11项和9项,…分别为260万元、455万元和78万元,合计23项、793万元")
    const sumBefore = i > 0 && claims[i - 1]?.rule === 'link.sum' && /^[、和]$/.test(skel.slice(figures[i - 1]!.end, total.start));
    // (every total a sum word says is one: looked for first, as few figures are)
    if (!sumBefore && !SUM_BEFORE.test(skel.slice(Math.max(0, total.start - 4), total.start))) return;
    const sentence = sentenceOf(total.start);
    const sumAfter = i + 1 < figures.length && /^[、和]$/.test(skel.slice(total.end, figures[i + 1]!.start));
    // the last figure before of the total's unit, past those of the other lists summed with it
    let last = i - 1;
    while ((sumBefore || sumAfter) && last >= 0 && figures[last]!.start >= sentence.start && (figures[last]!.unit !== total.unit || claims[last]?.rule === 'link.sum')) last--;
    // a running total read as such, or a 共计 no one read ("分别为12人、35人和80人,共计127人")
    const unread = !claims[i]?.indicator && last >= 0 && claims[last]?.indicator;
    if ((claims[i]?.rule !== 'link.running_total' && !unread) || total.value === null) return;
    const indicator = unread ? claims[last]!.indicator : claims[i]!.indicator;
    const parts: number[] = [];
    let sum = 0;
    for (let k = i - 1; k >= 0 && figures[k]!.start >= sentence.start; k--) {
      const part = figures[k]!;
      // (the figures of the other lists summed at once are passed over)
      if (part.unit !== total.unit && (sumBefore || sumAfter)) continue;
      if (claims[k]?.rule === 'link.sum' && k === i - 1 && sumBefore) continue;
      if (claims[k]?.indicator !== indicator || part.unit !== total.unit || part.value === null) break;
      parts.push(k);
      sum += Number(part.value);
      if (parts.length >= 2 && Math.abs(sum - Number(total.value)) < 1e-9) break;
    }
    if (parts.length < 2 || Math.abs(sum - Number(total.value)) >= 1e-9) return;
    if (unread) {
      claims[i] = { ...claims[last]!, rule: 'link.sum', start: clauseStart(text, total.start, sentence.start), end: total.end, scope: '', period: undefined, partOf: undefined };
      return;
    }
    for (const k of parts) {
      const part = figures[k]!;
      const words = text.slice(clauseStart(text, part.start, sentence.start), part.start).replace(/^(?:(?:19|20)\d\d年)?(?:[全我本](?:市|县|区))?/, '');
      claims[k] = { ...claims[k]!, scope: words || '其中' };
    }
    claims[i] = { ...claims[i]!, rule: 'link.sum', period: undefined };
  });
}

/**
 * The things listed before "各" in the figure's clause ("A、B各5家", "青山县、石门县各新增高新技术企业5家" →
 * A, B), or undefined where there is no such list. 各类, 各级, 各地 … are no "each".
 */
export function eachOf(text: string, figure: Figure, floor: number): string[] | undefined {
  // (各 stands at most an act and a thing before the figure)
  const near = Math.max(floor, figure.start - 14);
  let at = figure.start - 1;
  while (at >= near && text.charCodeAt(at) !== EACH) at--;
  if (at < near || EACH_NOT.test(text.slice(at + 1, figure.start))) return undefined;
  // ("…各有212家、96家和74家": a figure for each, in turn, as after 分别)
  if (/^[、和及与]\d/.test(text.slice(figure.end, figure.end + 2))) return undefined;
  const from = clauseStart(text, at, floor);
  const listed = text.slice(from, at);
  if (/\d/.test(listed)) return undefined; // "新认定11家科技领军企业、布局9家研究院中芜湖市各占2家": figures, not names
  const names = listed.replace(/^(其中|分别)/, '').split(/[、和及与]/).filter((name) => name !== '');
  return names.length >= 2 && names.length <= MAX_LISTED && names.every((name) => name.length <= MAX_NAME) ? names : undefined;
}
const EACH = '各'.charCodeAt(0);
// after 各: a kind of things (各类), or another figure, or more than an act and a thing
const EACH_NOT = /^[类级项地种方部界位个家县区市乡镇村]|[\d,;:]/;

// a bracket that leaves something out of the figure before it: "争取上级科技经费386万元(不含县财政配套资金120万元)"
// (not one that adds what else there is: "全年通过认定27家(另有9家企业通过重新认定)")
const LEFT_OUT = /\((?:不含|不包括)[^()]*$/;

/** Drops the figures a bracket leaves out of the one before it: no part of it, and no figure of their own to the report. */
export function dropLeftOut(text: string, figures: Figure[], claims: (Claim | undefined)[]) {
  figures.forEach((f, i) => {
    if (!claims[i]?.indicator || i === 0) return;
    const before = text.slice(Math.max(figures[i - 1]!.end, f.start - 30), f.start);
    if (before.includes('(') && LEFT_OUT.test(before)) claims[i] = noRow(f.start, f.end, 'part.left_out');
  });
}

// what firms may be counted for, where the sentence does not count the things themselves
const COUNTED_BY_FIRMS = new Set(['projects_applied', 'projects_approved', 'cooperation_deals']);

/**
 * "推荐13家企业申报科技计划项目14项", "12家企业…达成产学研合作意向17项": the firms are
 * counted for the projects only where the sentence does not count the projects too.
 */
export function dropFirmsCountedForProjects(figures: Figure[], claims: (Claim | undefined)[], sentenceOf: (at: number) => Span) {
  figures.forEach((f, i) => {
    const claim = claims[i];
    if (f.unit !== '家' || !claim || !COUNTED_BY_FIRMS.has(claim.indicator)) return;
    const sentence = sentenceOf(f.start);
    for (let k = i + 1; k < figures.length && figures[k]!.start < sentence.end; k++) {
      if (claims[k]?.indicator === claim.indicator && figures[k]!.unit !== '家') {
        claims[i] = noRow(f.start, f.end, 'firms_counted_for_projects');
        return;
      }
    }
  });
}

// a place that leads an item of a breakdown by place, then what the item says it did ("城关镇出动专家", "市本级完成")
// (but not the report's own: "…公示中,我市有19家企业通过公示")
const PLACE_LEADS = new RegExp(`^(?![我全本该][市县区州旗])(?:[\\u4e00-\\u9fff]{1,6}?(?:新区|区|县|市|镇|乡|街道|旗|园区|${PARK})|市本级|县本级|其余[\\u4e00-\\u9fff()、]{0,10}?|各县\\([^)]*\\))(?=[\\u4e00-\\u9fff]{0,6}$)`);
// the things a breakdown is among: "今年选派的科技特派员中,", "新认定的138家高新技术企业中:"
const AMONG = /([^,;:。!?\n]{2,30})中[,:]$/;
const PLACES_COUNTED = /^[区县市镇乡街旗]/;
const BY_PLACE = /(?:各[区县市镇](?:\([^()]{1,6}\))?)([^,;:。!?\n]{2,24}?)(?:情况|分布)为:$/;

/**
 * "今年选派的科技特派员中,东港区46人、岚山区38人", "新认定的138家高新技术企业中,高新区56家,经开区31家",
 * "技术合同成交额中,市本级完成15.2亿元": a clause that names a thing and ends in 中 opens a breakdown by
 * place. Each item after it that a place leads is a part of that thing, the place its scope (and of the
 * figure the clause names, where it names one). Runs once every figure is claimed: a place's name may
 * hold a platform's ("高新区56家").
 */
export function linkPlacesOf(text: string, skel: string, figures: Figure[], claims: (Claim | undefined)[], sentenceOf: (at: number) => Span) {
  // (…or names a thing and says how it stands by place: "各区(市)新认定高新技术企业情况为:沧岭高新区198家,…")
  // (中 is common: only one a , or : follows opens)
  const opens: number[] = [];
  for (let at = skel.indexOf('中'); at >= 0; at = skel.indexOf('中', at + 1)) if (skel[at + 1] === ',' || skel[at + 1] === ':') opens.push(at);
  for (let at = skel.indexOf('为:'); at >= 0; at = skel.indexOf('为:', at + 1)) opens.push(at);
  if (opens.length > 1) opens.sort((a, b) => a - b);
  for (const at of opens) {
    const sentence = sentenceOf(at);
    const among = (skel[at] === '中' ? AMONG : BY_PLACE).exec(skel.slice(Math.max(sentence.start, at - 30), at + 2));
    if (!among) continue;
    const opened = at + 2;
    let k = figures.findIndex((f) => f.start >= opened);
    if (k < 0 || figures[k]!.start >= sentence.end) continue;
    // the figure the clause names, if it names one; else what its words name, read as a figure of the first item's unit
    let whole = -1;
    for (let j = k - 1; j >= 0 && figures[j]!.start >= opened - among[0].length; j--) if (claims[j]?.indicator) whole = j;
    const indicator = whole >= 0 ? claims[whole]!.indicator : classifyName(among[1]!.replace(/的$/, ''), figures[k]!)?.indicator;
    if (!indicator) continue;
    for (; k < figures.length && figures[k]!.start < sentence.end; k++) {
      const f = figures[k]!;
      if (PLACES_COUNTED.test(text.slice(f.end, f.end + 1))) continue; // "其余三个区(市)合计76家": a count of places
      const from = Math.max(clauseStart(text, f.start, opened), text.lastIndexOf('、', f.start) + 1);
      const lead = text.slice(from, f.start).replace(/^其中/, '');
      const place = PLACE_LEADS.exec(lead)?.[0];
      if (!place || !unitFits(indicator, f.unit)) break;
      claims[k] = { indicator, rule: 'link.places_of', order: Number.MAX_SAFE_INTEGER, start: from, end: f.end, scope: place, partOf: whole >= 0 ? whole : undefined };
    }
  }
}

// a breakdown's opening, then the place a sentence's figures are of: "其中,章川区专利申请2218件、授权1306件",
// "分县市区看,荆岚高新区有效期内高新技术企业142家"
const PLACE_NAMED = `(${A_PLACE})(?![\\u4e00-\\u9fff]{0,3}(?:合计|共|累计|总))`;
const OPENS_ON_PLACE = new RegExp(`^(?:${BREAKDOWN})[,:]?${PLACE_NAMED}`);
// a line a place labels, after its number if any: "青溪县:…", "2.梅岭区:…"
const PLACE_LABELS_LINE = new RegExp(`^\\s*(?:[(]?(?:[一二三四五六七八九十]{1,3}|\\d{1,2})[)、.]\\s*)?(${A_PLACE})[:]`);
// …and each next clause of the sentence that opens on a place of its own: "…莳北区新认定…21家,岫川县高新技术企业总数达到19家"
const CLAUSE_OPENS_ON_PLACE = new RegExp(`^${PLACE_NAMED}`);

/**
 * The figures of a sentence that opens on a breakdown and a place, read with no part of their own, are that
 * place's: its name is their scope.
 */
export function scopeOpeningPlace(text: string, figures: Figure[], claims: (Claim | undefined)[], sentenceOf: (at: number) => Sentence, home = '') {
  let read: Sentence | undefined;
  let place: string | undefined;
  // the line the figure stands on (found going forward: figures come in order) and the place that labels it
  let lineStart = 0;
  let nextBreak = text.indexOf('\n');
  let labelledAt = -1;
  let labelled: string | undefined;
  figures.forEach((f, i) => {
    const claim = claims[i];
    if (!claim?.indicator || claim.scope !== '') return;
    // "青溪县:新认定高新技术企业19家,总数达到72家;…": a line a place within the report's area labels is that place's
    while (nextBreak >= 0 && nextBreak < f.start) {
      lineStart = nextBreak + 1;
      nextBreak = text.indexOf('\n', lineStart);
    }
    if (lineStart !== labelledAt) {
      labelledAt = lineStart;
      // (not the first line: a news headline "桐岭区:技术合同交易额保持高速增长" names the report's own place)
      const head = text.slice(lineStart, lineStart + 16);
      labelled = lineStart > 0 && head.includes(':') ? PLACE_LABELS_LINE.exec(head)?.[1] : undefined;
      if (labelled && home !== '' && (home.startsWith(labelled) || labelled.startsWith(home.slice(0, 2)))) labelled = undefined;
    }
    if (labelled) {
      claims[i] = { ...claim, scope: labelled };
      return;
    }
    const sentence = sentenceOf(f.start);
    if (sentence !== read) {
      read = sentence;
      const opening = text.slice(sentence.start, sentence.start + 24).trimStart();
      // (the next sentences of a statement a breakdown opens, each on a place: "分县区看,…;莳阳高新区全年实现…")
      const statement = sentence.statement;
      const inBreakdown = () => {
        const statementOpening = statement < sentence.start ? text.slice(statement, statement + 12).trimStart() : '';
        return opensBreakdown(statementOpening, 0, statementOpening.length, BREAKDOWN_OPENS);
      };
      place = (BREAKDOWN_FIRSTS.has(opening.charCodeAt(0)) ? OPENS_ON_PLACE.exec(opening)?.[1] : undefined) ??
        (inBreakdown() ? CLAUSE_OPENS_ON_PLACE.exec(opening)?.[1] : undefined);
    }
    if (!place) return;
    const from = clauseStart(text, f.start, sentence.start);
    if (from > sentence.start) place = CLAUSE_OPENS_ON_PLACE.exec(text.slice(from, f.start))?.[1] ?? place;
    claims[i] = { ...claim, scope: place };
  });
}

/**
 * "其中,翠澜区新认定316家、银湄区251家、溪峤区189家": places listed after the first, read as parts of the
 * whole before while the first was yet unread, take the first's indicator once a frame has read it.
 */
// (…or after a comma, where the one before is a place's too: "分县区看,岚城区新认定7家,渭泽区5家,渭岚高新区4家";
// a park's name a short form may have read as a platform: "甬岚高新园区新认定高企46家,东湖街道31家")
export function alignPlacesListed(text: string, figures: Figure[], claims: (Claim | undefined)[]) {
  for (let i = 1; i < figures.length; i++) {
    const claim = claims[i];
    const before = claims[i - 1];
    if (!claim || !(claim.rule === 'link.part' || claim.rule.startsWith('link.shorthand')) || !before?.indicator ||
      (before.indicator === claim.indicator && claim.rule === 'link.part') || figures[i - 1]!.unit !== figures[i]!.unit) continue;
    const between = text.slice(figures[i - 1]!.end, figures[i]!.start);
    const listed = (between.startsWith('、') && claim.rule === 'link.part') || ((between.startsWith('、') || between.startsWith(',')) && opensOnPlace(text, figures[i - 1]!));
    if (!listed || !PLACE_ITEM.test(between.slice(1))) continue;
    claims[i] = { ...claim, rule: 'link.part', indicator: before.indicator, period: undefined, partOf: undefined, scope: between.slice(1) };
  }
}

// a place whose figures are those of the place before, in order: "…新认定高企29家、新增省科技型中小企业63家,溪桥街道分别为15家和41家"
const PLACE_RESPECTIVELY = new RegExp(`^[,;、](${A_PLACE})(?:分别|依次)(?:为|是)?$`);
const AND_NEXT = /^(?:、|和|及|与)$/;

/** The figures after a place and 分别 take the indicators of the figures just before it, one for one, as that place's parts. */
export function alignPlacesRespectively(text: string, figures: Figure[], claims: (Claim | undefined)[]) {
  for (let i = 1; i < figures.length; i++) {
    // (a short name a link read there gives way: "泽滩县分别为3家" is no 泽滩县's thing)
    if (claims[i] && !claims[i]!.rule.startsWith('link.')) continue;
    const place = PLACE_RESPECTIVELY.exec(text.slice(figures[i - 1]!.end, figures[i]!.start))?.[1];
    if (place === undefined) continue;
    let n = 1;
    while (i + n < figures.length && AND_NEXT.test(text.slice(figures[i + n - 1]!.end, figures[i + n]!.start))) n++;
    if (n < 2 || i - n < 0) continue;
    const before = Array.from({ length: n }, (_, k) => i - n + k);
    if (before.some((k) => !claims[k]?.indicator || figures[k]!.unit !== figures[k + n]!.unit)) continue;
    // (the first quoted from the place on: "溪桥街道分别为15家")
    for (const k of before) {
      const start = k === before[0] ? figures[i - 1]!.end + 1 : figures[k + n]!.start;
      claims[k + n] = { ...claims[k]!, rule: 'link.part', start, end: figures[k + n]!.end, partOf: undefined, scope: place };
    }
    i += n - 1;
  }
}

/** Whether the clause of a figure opens on a place ("岚城区新认定7家"). */
function opensOnPlace(text: string, figure: Figure): boolean {
  return CLAUSE_OPENS_ON_PLACE.test(text.slice(clauseStart(text, figure.start, 0), figure.start));
}
