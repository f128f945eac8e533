// Links: claims that come from how figures of a sentence stand together rather than from their own
// words — 分别 lists, growth after a figure, a figure reached after its growth, what was done against a
// target just stated, running totals, a list's shared act, a short name for the head of the figure
// before, a task and the share of it done. Parts of a whole are in parts.ts.
import { noRow, type Claim } from './claim.ts';
import { FRAMES } from './frames/index.ts';
import { FIGURE_FILL, FIGURE_MARK, type Figure } from './figures.ts';
import { claimByFrame, figureWords, HOW_COME_BY, NEW_ONES } from './frame-claims.ts';
import { classifyPhrase } from './rule-claims.ts';
import { APPROX_AFTER, clauseStart, marksOf, MAX_LISTED, MAX_NAME, type Sentence, type Span } from './spans.ts';
import { findWords, groupsOf, indexWords, wordsOf } from './words.ts';
import { TASK_AFTER } from './context.ts';
import { YEARS_OF_SERIES, yearsListed } from './year-series.ts';
import { PART, PARTS_OF_SERIES, periodsListed } from './period-series.ts';

// What may stand between 分别 and the first figure it lists: "分别为", "分别有", "分别比上年增长", "分别增长约"
const FIRST_LISTED_AFTER =
  /^(?:同比|比上年|较上年|比去年|较去年)?(?:同期)?(为|是|有|达到|达|增长|增加|增速为?|占|完成|实现|突破|超过|新增|新建|新认定|认定|获批|立项)?:?(?:约|近)?$/;

// …or where each came from, a list of what each came to after it ("分别从2010年的3120件、1860件增长到2015年的9870件、6035件"):
// the year each list is of, when stated
const FROM_LISTED = /^(?:从|由)(?:((?:19|20)\d\d)年(?:末|底)?|上年(?:末|底)?|去年(?:末|底)?)?的?$/;
const GROWN_TO_LISTED = /^(?:增长|增加|提高|提升|上升|扩大|跃升|发展|减少|下降)(?:到|至)(?:((?:19|20)\d\d)年(?:末|底)?的?)?$/;

// …or what was done to each of several things counted before: solved, granted, approved ("分别办结102项和64项")
const APPROX_FOR_EACH = /(?:超过|逾|突破|不少于|不低于)$/;
// a name that ends in what of its thing is counted: 总数, 总量, 数量
const MEASURED = /(?:总数|总量|数量|总额)$/;
const LEVEL_OPENING = /^(?:国家|省|市|县|区)级?/;
const DONE_TO_EACH = new RegExp(`^(?:${wordsOf(['solve', 'approve', 'patentGrant'], ['通过认定', '通过']).source})了?$`);

// the words after 分别 before the first figure, a level last; a mark, a level, before each next
const LEVEL = '(国家级|自治区级|省级|市级|州级|盟级|县级|旗级|区级)';
const PHRASE_THEN_LEVEL = new RegExp(`^([\u4e00-\u9fff]{0,14}?)${LEVEL}?$`);
const MARK_THEN_LEVEL = new RegExp(`^[、和及与,]()${LEVEL}?$`);
/** A level named alone: 国家, 省级, 市 … */
export const LEVEL_ALONE = /^(?:(?:国家|省|市|县|区)级?|(?:自治区|州|盟|旗)级)$/;

export const GROWTH_OF: Record<string, string> = {
  hitech_output: 'hitech_output_growth',
  hitech_value_added: 'hitech_value_added_growth',
};
export const NEW_OF: Record<string, string> = { hte_total: 'hte_certified' };
const STOCK_REACHED = /^(?:达到|达|共有|有|累计达到?|总数(?:达到?|为))$/;
export const RUNNING_TOTAL_OF: Record<string, string> = {
  hte_certified: 'hte_total',
  hte_applied: 'hte_total',
  hte_total: 'hte_total',
  tsme: 'tsme',
  hte_reserve: 'hte_reserve',
  platforms: 'platforms',
  innovative_enterprises: 'innovative_enterprises',
};

const RESPECTIVELY = /分别|各有|依次/;

/** Claims that come from how figures of one sentence stand together rather than from a rule. */
export function linkSentence(
  text: string,
  skel: string,
  sentence: Span,
  inSentence: { f: Figure; i: number }[],
  figures: Figure[],
  claims: (Claim | undefined)[],
) {
  const s: SentenceFigures = { text, skel, sentence, inSentence, figures, claims };
  const growthsLeft: { at: number; listed: { f: Figure; i: number }[]; quote: { start: number; end: number } }[] = [];
  const grownToLists: { listed: { f: Figure; i: number }[]; year: number | undefined }[] = [];
  const partsOfEachLeft: { clauseFrom: number; name: string; listed: { f: Figure; i: number }[]; quote: { start: number; end: number } }[] = [];
  // (found with indexOf: matchAll copies its regular expression on every call)
  const respectively: number[] = [];
  const words = skel.slice(sentence.start, sentence.end);
  // (a list is of two figures or more; and most sentences hold none of the three: one pattern says so sooner than three looks)
  if (inSentence.length > 1 && RESPECTIVELY.test(words)) {
    for (let k = words.indexOf('分别'); k >= 0; k = words.indexOf('分别', k + 2)) respectively.push(sentence.start + k);
    // ("金澜园区、汀州镇、北沙街道各有212家、96家和74家": 各有 before several figures reads as 分别有)
    for (let k = words.indexOf('各有'); k >= 0; k = words.indexOf('各有', k + 2)) respectively.push(sentence.start + k);
    // ("三个园区高新技术产业产值依次为:黎山高新区186.2亿元、…": 依次 reads as 分别)
    for (let k = words.indexOf('依次'); k >= 0; k = words.indexOf('依次', k + 2)) respectively.push(sentence.start + k);
  }
  // ("实现高新技术产业产值、增加值386.5亿元、92.3亿元": names listed, then as many figures, with no 分别)
  for (const at of unmarkedLists(s, respectively)) {
    respectively.push(at);
    (s.markerEnds ??= new Map()).set(at, at);
  }
  if (respectively.length > 1) respectively.sort((a, b) => a - b);

  // 分别: "高新技术产值、增加值同比分别增长19%和18%", "专利申请量、授权量分别达到16173件、9882件".
  let listedBefore: { f: Figure; i: number }[] = []; // the figures the last 分别 before listed
  let namesBefore: string[] = []; // …and the names listed before it
  for (const at of respectively) {
    if (periodByPeriod(s, at) || partsOf(s, at) || yearByYear(s, at)) continue;
    const listed = listedAfter(s, at);
    if (listed.length < 2) continue;
    // ("分别突破200家、500家": a word of approximation before the first is every figure's)
    if (APPROX_FOR_EACH.test(skel.slice(afterMarker(s, at), listed[0]!.f.start))) for (const { f } of listed) f.approx = true;
    // (…and the list of what each came to, once the names have read the list of where each came from)
    const from = FROM_LISTED.exec(skel.slice(afterMarker(s, at), listed[0]!.f.start));
    if (from) grownToLists.push({ listed, year: from[1] ? Number(from[1]) : undefined });
    const clauseFrom = namesClauseStart(s, at);
    const isGrowth = listed.every(({ f }) => f.unit === '%') && /增/.test(skel.slice(at, listed[0]!.f.start + 1) + text.slice(clauseFrom, at));
    // ("申报国家、自治区、市级科技计划项目分别为18项、146项和92项,获批立项分别为5项、61项和47项": a list after a list of
    // as many parts, each of its own scope, is of those parts in turn)
    const scopesBefore = scopesOfEach(listedBefore, claims, listed.length);
    // (a gloss in brackets is no item: "R&D(研究与试验发展)经费投入分别…")
    const items = text.slice(clauseFrom, at).replace(/^(其中|全市|全县|全区|我市|我县|我区)/, '').replace(/(同比|比上年|较上年|累计|合计|共计|总计)$/, '').replace(/\([^()]*\)/g, '');
    const names = levelsListed(items) ?? items.split(/[、和及与]/).filter((s) => s.length > 0);
    if (names.some((name) => name.length > MAX_NAME)) continue; // a list of names, not of clauses
    const quote = { start: clauseFrom, end: listed[listed.length - 1]!.f.end };
    if (isGrowth && names.length < listed.length) {
      // The items are the figures stated before, in the same sentence; read again once the names
      // below have read theirs ("产值约416亿元、增加值约102亿元,分别增长11%、9%")
      if (!growthOfEach(s, at, listed, quote)) growthsLeft.push({ at, listed, quote });
      continue;
    }
    if (names.length === 1 && !isGrowth && names[0]!.startsWith('其')) {
      // "…新材料技术、高新技术改造传统产业、电子信息技术位居前三,其产值分别为…": 其 names the things the clause
      // before listed, of the kind its sentence named
      if (readAnaphora(s, clauseFrom, names[0]!.slice(1), listed, quote)) continue;
    }
    // "专利申请及授权分别达到3120件、1650件,其中发明专利分别为485件、73件": a part of each figure the 分别 before listed, in turn
    const wholes = listedBefore;
    listedBefore = listed;
    const thingsBefore = namesBefore;
    namesBefore = names;
    // "申报高新技术企业、科技型中小企业分别为21家和48家,通过认定和评价入库的分别为14家、45家": acts listed, naming no
    // thing, one for each thing the 分别 before listed, in turn
    if (!isGrowth && names.length > 1 && names.length === listed.length && thingsBefore.length === names.length && wholes.length === names.length &&
      names.every((name) => indicatorsNamedBy(name).size === 0 && actEnd(name) > 0)) {
      const each = names.map((name, k) => {
        const thing = thingsBefore[k]!.slice(Math.max(0, actEnd(thingsBefore[k]!)));
        return indicatorsNamedBy(thing).size > 0 ? classifyName(thing + name.replace(/的$/, ''), listed[k]!.f) : undefined;
      });
      if (each.every((claim) => claim?.indicator)) {
        listed.forEach(({ i }, k) => (claims[i] = { ...each[k]!, rule: `link.respectively(${each[k]!.rule})`, ...quote }));
        continue;
      }
    }
    if (names.length === 1 && !isGrowth && wholes.length === listed.length && opensOnPart(text, clauseFrom, sentence.start) &&
      wholes.every(({ f, i }) => claims[i]?.indicator && sameKind(f.unit, listed[0]!.f.unit))) {
      listed.forEach(({ i }, k) => (claims[i] = { ...claims[wholes[k]!.i]!, rule: `link.respectively_parts(${claims[wholes[k]!.i]!.rule})`, ...quote, scope: names[0]!, partOf: wholes[k]!.i, period: undefined }));
      continue;
    }
    if (names.length === 1 && !isGrowth) {
      // One head for every figure: "立项资金分别为**万元、**万元".
      const claim = classifyName(names[0]!, listed[0]!.f);
      if (claim && listed.every(({ f }) => sameKind(f.unit, listed[0]!.f.unit))) {
        listed.forEach(({ i }, k) => (claims[i] = { ...claim, rule: `link.respectively(${claim.rule})`, ...quote, ...(claim.scope === '' && scopesBefore ? { scope: scopesBefore[k]! } : {}) }));
      } else if (opensOnPart(text, clauseFrom, sentence.start)) partsOfEachLeft.push({ clauseFrom, name: names[0]!, listed, quote });
      continue;
    }
    // "收集企业诉求120项,梳理技术难题86项,分别办结102项和64项": a clause that opens on 分别 and what was done
    if (names.length === 0 && !isGrowth) {
      doneToEach(s, at, listed, quote);
      continue;
    }
    if (names.length < listed.length) {
      // ("…,争取和安排项目资金分别为1460万元、3870万元和900万元": what the names say together, of each part before)
      const claim = scopesBefore && !isGrowth ? classifyName(items, listed[0]!.f) : undefined;
      if (claim && listed.every(({ f }) => sameKind(f.unit, listed[0]!.f.unit))) {
        listed.forEach(({ i }, k) => (claims[i] = { ...claim, rule: `link.respectively(${claim.rule})`, ...quote, scope: scopesBefore![k]! }));
      }
      continue;
    }
    // "…总数达到4312家,其中云栖科技园、青杉街道分别有1506家和682家": places after 其中 that name no thing are parts of
    // the figure before
    if (!isGrowth && names.length === listed.length && names.every((name) => PLACE_NAME.test(name)) && opensOnPart(text, clauseFrom, sentence.start)) {
      const whole = claimedJustBefore(inSentence, claims, clauseFrom);
      if (whole && listed.every(({ f }) => sameKind(figures[whole.i]!.unit, f.unit))) {
        listed.forEach(({ i }, k) => (claims[i] = { ...whole.claim, rule: `link.respectively_parts(${whole.claim.rule})`, ...quote, scope: names[k]!, partOf: whole.i, period: undefined }));
        continue;
      }
    }
    // "凌滨区、凌北区研发投入强度分别达到2.41%和2.06%": places listed, the thing after the last; each place's figure is a part
    // "…通过认定87家。从县域看,A、B、C分别新认定21家、14家、11家": places alone, what was done after 分别, of the thing the
    // words of the figure just before name
    if (!isGrowth && names.length === listed.length && names.every((name) => PLACE_NAME.test(name))) {
      const act = skel.slice(afterMarker(s, at), listed[0]!.f.start);
      // (what was done, not what they only have: "舒山县、白埠区分别为46家和39家" are no parts of what was read before)
      const claim = DONE_AFTER_RESPECTIVELY.test(act) ? classifyName(`${wordsOfFigureBefore(text, figures, listed[0]!.i)}${act}`, listed[0]!.f) : undefined;
      if (claim && listed.every(({ f }) => sameKind(f.unit, listed[0]!.f.unit))) {
        listed.forEach(({ i }, k) => (claims[i] = { ...claim, rule: `link.respectively(${claim.rule})`, ...quote, scope: names[k]! }));
        continue;
      }
    }
    const places = placesListed(names.slice(-listed.length));
    if (places) {
      // (…of the thing the words of the figure before name, where the places' words name only what was done:
      // "新认定高新技术企业186家。安亭镇、马陆镇、南翔镇新认定数分别为38家、27家和21家")
      const counted = places.thing + skel.slice(afterMarker(s, at), listed[0]!.f.start);
      const claim = classifyName(counted, listed[0]!.f) ??
        (indicatorsNamedBy(counted).size === 0 && ACT_COUNTED.test(places.thing) ? classifyName(`${wordsOfFigureBefore(text, figures, listed[0]!.i)}${counted}`, listed[0]!.f) : undefined);
      if (claim && listed.every(({ f }) => sameKind(f.unit, listed[0]!.f.unit))) {
        listed.forEach(({ i }, k) => (claims[i] = { ...claim, rule: `link.respectively(${claim.rule})`, ...quote, scope: places.places[k]! }));
      }
      continue;
    }
    const chosen = names.slice(-listed.length);
    const topic = TOPIC_BEFORE.exec(text.slice(sentence.start, clauseFrom))?.[1];
    // (the act said once for every name, read once for the list)
    const headAct = actEnd(chosen[0]!);
    const actAfterLast = actAfterThing(chosen[chosen.length - 1]!);
    const partOfWhole = opensOnPart(text, clauseFrom, sentence.start);
    listed.forEach(({ f, i }, k) => {
      let claim: Claim | undefined;
      const name = chosen[k]!;
      if (namesOtherKind(name)) return; // "…、广西“瞪羚企业”、…分别达到431家、27家": a kind no frame counts
      const asMoney = { ...f, unit: isGrowth ? '亿元' : f.unit };
      // "专利申请量、授权量": 授权量 stands for 专利授权量; "高新技术产值、增加值": for 高新技术增加值.
      const head = chosen[0]!;
      const phrases = [name, head.slice(0, Math.max(0, head.length - name.length)) + name];
      // an act said once for every name, before the first ("新增高新技术企业、科技型中小企业…分别为") or
      // after the last ("科技型中小企业、高新技术企业申报数分别为"), is each name's
      if (k > 0 && headAct > 0 && actEnd(name) < 0) phrases.unshift(head.slice(0, headAct) + name);
      // names of acts under a topic the sentence opened on: "专利方面,申请、授权分别为2356件、1687件"
      if (topic) phrases.push(topic + name);
      // (not to a name that says already what of it is counted: "高新技术企业总数、科技型中小企业入库数")
      if (k < chosen.length - 1 && actAfterLast > 0 && actEnd(name) < 0 && !MEASURED.test(name)) phrases.unshift(name + chosen[chosen.length - 1]!.slice(actAfterLast));
      for (let cut = 1; cut < head.length; cut++) phrases.push(head.slice(0, head.length - cut) + name);
      // "申报、获批省级科技项目分别为26项、9项": acts listed, the thing after the last
      const last = chosen[chosen.length - 1]!;
      const lastAct = k < chosen.length - 1 ? actEnd(last) : -1;
      if (lastAct > 0) phrases.push(name + last.slice(lastAct));
      // the act after 分别 is each name's ("…分别新增3家和5家")
      const act = isGrowth ? '' : skel.slice(afterMarker(s, at), listed[0]!.f.start);
      for (const phrase of phrases) {
        claim = classifyName(phrase + act, asMoney);
        if (claim) break;
      }
      if (!claim) return;
      const indicator = isGrowth ? GROWTH_OF[claim.indicator] : claim.indicator;
      if (!indicator) return;
      // (a place the list opens on is each item's: "其中,青山县高新技术产业产值、增加值分别为152.6亿元和40.3亿元")
      // (only after 其中: a place named alone is often the report's own, "沅桥县高新技术企业、…分别达到")
      const place = claim.scope === '' && partOfWhole ? PLACE_OPENING.exec(chosen[0]!)?.[1] : undefined;
      claims[i] = { ...claim, indicator, rule: `link.respectively(${claim.rule})`, ...quote, ...(place ? { scope: place } : {}) };
    });
  }

  for (const list of grownToLists) grownToEach(s, list.listed, list.year);

  // Most links below read only a figure nothing has read yet: in most sentences there is none by now (and no link
  // leaves a figure unread that was read), so they are passed over.
  const unread = inSentence.some(({ i }) => !claims[i]);

  // Growth after a figure: "实现高新技术产值349亿元,同比增长19%" (read again once the names below have
  // read theirs: "…,增加值320亿元,增长16%").
  if (unread) linkGrowthAfter(text, skel, sentence, inSentence, figures, claims, listedForEach(growthsLeft), true);

  // A name that stands for the head of the figure before it: "高新技术产业总产值2356.8亿元,增加值702.4亿元".
  if (unread) inSentence.forEach(({ f, i }, k) => {
    if (claims[i] || k === 0) return;
    // the figure just before, a mark, and the name; or that figure's growth and shares between
    // ("…产值1200亿元,增长18%,增加值320亿元", "专利申请量6190件,同比增长36.7%,占全省的36.6%,授权量3380件")
    let back = k - 1;
    while (back > 0 && k - back <= 3 && f.unit !== '%' && inSentence[back]!.f.unit === '%') back--;
    const grownBefore = back < k - 1 ? inSentence[back]! : undefined;
    const grown = grownBefore && GROWTH_THEN_NAME.exec(skel.slice(grownBefore.f.end, f.start));
    const previousAt = grown ? back : k - 1;
    const before = inSentence[previousAt]!.f;
    // ("…产值同比增长16.2%,增加值同比增长14.5%": the name read without 同比; "…产值21.6亿元左右,增加值6.2亿元": nor 左右)
    const between = skel.slice(before.end + (APPROX_AFTER.exec(skel.slice(before.end, before.end + 2))?.[0].length ?? 0), f.start);
    // (a short name is a mark, 实现 or 完成 and six characters at most, once 同比 or 比上年 is out)
    if (!grown && between.length > 12) return;
    const stripped = grown ? between : between.replace(/同比|比上年|较上年/, '');
    const m = grown || /^[、,](?:实现|完成)?([\u4e00-\u9fff]{2,6})$/.exec(stripped);
    // ("计划150家,已入库163家": what was done against the figure before, read below)
    // ("…分别新增46家、31家和18家,全区合计95家": a sum is no short name, read below)
    if (!m || !sameKind(before.unit, f.unit) || namesOtherKind(m[1]!) || /^(?:已|实际)/.test(m[1]!) || WHOLE_OR_SUM.test(m[1]!)) return;
    // ("组织申报高新技术企业108家,其中重新认定34家": a part after 其中 that names no thing, read as one below)
    if (m[1]!.startsWith('其中') && indicatorsNamedBy(m[1]!).size === 0) return;
    const name = m[1]!;
    // (a place and what it holds is no short name: "…总数达到87家,开发区集聚71家" is the zone's part, not 高新技术开发区;
    // nor a level, an item of the same thing at another: "…研发中心15家、市级38家")
    if (ZONE_OPENS.test(name) || LEVEL_ALONE.test(name)) return;
    const from = f.start - name.length - (between.length - stripped.length);
    const ownHead = text.slice(clauseStart(text, before.start, sentence.start), before.start);
    if (indicatorsNamedBy(name).size > 0) {
      // "新增省级众创空间3家、高新技术企业405家": the items of a list share the act its head states
      const act = m[0][0] === '、' ? actEnd(ownHead) : -1;
      const claim = act > 0 ? classifyName(ownHead.slice(0, act) + name, f) : undefined;
      if (claim) {
        claims[i] = { ...claim, rule: `link.listed_act(${claim.rule})`, start: from, end: f.end };
        return;
      }
    }
    const previous = claims[inSentence[previousAt]!.i];
    if (!previous) return;
    // ("高新技术产业实现产值921.4亿元,同比增长17.6%,增加值增长16.2%": a growth's short name reads the head of the amount
    // the growth before is of)
    const amount = previous.indicator.endsWith('_growth') && previousAt > 0 ? inSentence[previousAt - 1]! : undefined;
    const head = amount && claims[amount.i]?.indicator === previous.indicator.slice(0, -'_growth'.length) ?
      text.slice(clauseStart(text, amount.f.start, sentence.start), amount.f.start) : ownHead;
    for (let cut = head.length - 1; cut > 0; cut--) {
      const claim = classifyName(head.slice(0, cut) + name, f);
      // "专利申请量6200件,授权量3006件": "专利申请授权量" still reads as the figure before; a shorter head does not
      if (!claim || claim.indicator === previous.indicator) continue;
      claims[i] = { ...claim, rule: `link.shorthand(${claim.rule})`, start: from, end: f.end, scope: netBesideNew(claim, name, skel.slice(sentence.start, from)) };
      break;
    }
  });
  for (const { at, listed, quote } of growthsLeft) growthOfEach(s, at, listed, quote);
  if (unread) linkGrowthAfter(text, skel, sentence, inSentence, figures, claims);
  // "专利申请量412件、授权量233件,其中发明专利分别为87件和26件": a part of each figure listed right before, in turn,
  // read once the short names among them have been
  for (const { clauseFrom, name, listed, quote } of partsOfEachLeft) {
    const wholes = figuresListedBefore(s, clauseFrom, listed.length);
    if (wholes.length === 0 || !wholes.every(({ f }) => sameKind(f.unit, listed[0]!.f.unit))) continue;
    listed.forEach(({ i }, k) => (claims[i] = { ...claims[wholes[k]!.i]!, rule: `link.respectively_parts(${claims[wholes[k]!.i]!.rule})`, ...quote, scope: name, partOf: wholes[k]!.i, period: undefined }));
  }

  // A figure reached after its name's growth: "专利申请量比上年增长12%,达到4500件".
  if (unread) inSentence.forEach(({ f, i }, k) => {
    if (claims[i] || k === 0 || f.unit === '%') return;
    const grown = inSentence[k - 1]!.f;
    const reached = grown.unit === '%' ? REACHED_AFTER_GROWTH.exec(skel.slice(grown.end, f.start)) : null;
    const named = reached && NAME_THEN_GROWTH.exec(text.slice(clauseStart(text, grown.start, sentence.start), grown.start));
    if (!named) return;
    const claim = classifyName(named[1]! + reached![1]!, f);
    if (claim) claims[i] = { ...claim, rule: `link.reached_after_growth(${claim.rule})`, start: grown.start - named[0].length, end: f.end };
  });
  // …or after its growth in points, which is no figure: "研发经费投入强度较上年提高0.2个百分点,达到2.3%".
  if (unread) for (const { f, i } of inSentence) {
    if (claims[i]) continue;
    const from = clauseStart(text, f.start, sentence.start);
    // (what it reached is said in three characters at most)
    const reached = from > sentence.start && f.start - from <= 3 ? REACHED_AFTER_POINTS.exec(text.slice(from, f.start)) : null;
    const named = reached && NAME_THEN_POINTS.exec(text.slice(clauseStart(text, from - 1, sentence.start), from - 1));
    if (!named) continue;
    const claim = classifyName(named[1]! + reached![1]!, f);
    if (claim) claims[i] = { ...claim, rule: `link.reached_after_growth(${claim.rule})`, start: from - 1 - named[0].length, end: f.end };
  }

  // The same thing again for the next part of the year: "一季度专利授权2318件,上半年5120件,1-10月8473件".
  if (unread) inSentence.forEach(({ f, i }, k) => {
    if (claims[i] || k === 0) return;
    const previous = inSentence[k - 1]!;
    const claim = claims[previous.i];
    if (!claim?.indicator || !sameKind(previous.f.unit, f.unit)) return;
    const from = clauseStart(text, f.start, sentence.start);
    if (!/^\uE001*[,、;]$/.test(skel.slice(previous.f.end, from)) || !PERIOD_ONLY.test(text.slice(from, f.start))) return;
    claims[i] = { ...claim, rule: 'link.next_period', start: from, end: f.end, period: undefined, partOf: undefined };
  });

  placesInBrackets(s);
  slashLists(s);

  // What was done against a target just stated: "年度目标为新增高新技术企业40家,已完成35家".
  if (unread) inSentence.forEach(({ f, i }, k) => {
    const between = k > 0 ? skel.slice(inSentence[k - 1]!.f.end, f.start) : '';
    if (claims[i] || k === 0 || !DONE_AFTER_TARGET.test(between)) return;
    const targetWords = skel.slice(clauseStart(text, inSentence[k - 1]!.f.start, sentence.start), inSentence[k - 1]!.f.start);
    if (!TARGET_BEFORE.test(targetWords) && !between.includes('的')) return;
    const target = claims[inSentence[k - 1]!.i];
    if (!target || !sameKind(inSentence[k - 1]!.f.unit, f.unit)) return;
    claims[i] = { ...target, rule: 'link.done_against_target', start: clauseStart(text, f.start, sentence.start), end: f.end, period: undefined };
  });

  // Running totals of the counts before: "新增创新型初创企业1320家、高新技术企业286家,累计分别达到6150家、1204家".
  for (const at of respectively) {
    const listed = listedAfter(s, at);
    if (listed.length < 2 || listed.some(({ i }) => claims[i])) continue;
    if (!RUNNING_TOTAL_WORD.test(skel.slice(clauseStart(text, at, sentence.start), at))) continue;
    const counted = inSentence.filter(({ f }) => f.end <= at).slice(-listed.length);
    if (counted.length !== listed.length) continue;
    listed.forEach(({ f, i }, k) => {
      const of = claims[counted[k]!.i];
      const total = of && RUNNING_TOTAL_OF[of.indicator];
      if (!total || !sameKind(counted[k]!.f.unit, f.unit)) {
        claims[i] = noRow(f.start, f.end, 'link.respectively_total');
        return;
      }
      // (a kind carries to its total: "新增国家级孵化器两家、国家备案众创空间三家,累计分别达到9家和17家"; how the new ones were come by does not)
      const scope = HOW_COME_BY.test(of.scope) ? '' : of.scope;
      claims[i] = { ...of, indicator: total, rule: 'link.respectively_total', start: clauseStart(text, at, sentence.start), end: f.end, period: 'CUM', scope };
    });
  }

  // A running total after a new count: "新增高新技术企业28家,总数达132家".
  if (unread) for (const { f, i } of inSentence) {
    if (claims[i]) continue;
    const lead = skel.slice(Math.max(sentence.start, f.start - 6), f.start);
    if (!TOTAL_BEFORE.test(lead)) continue;
    const previous = claimedBefore(s, f.start, 1)[0];
    const total = previous && RUNNING_TOTAL_OF[previous.claim.indicator];
    if (!total || !sameKind(figures[previous.i]!.unit, f.unit)) continue;
    const from = clauseStart(text, f.start, sentence.start);
    // "…,科技型企业总数突破2.1万家": the total of another thing
    const clause = text.slice(from, f.start);
    const named = indicatorsNamedBy(clause);
    if (namesOtherKind(clause) || (named.size > 0 && !named.has(total) && !named.has(previous.claim.indicator))) continue;
    // a level carries to the total ("国家科技型中小企业…,总数达…"); how the new ones were come by (净增, 复审) does not
    const scope = HOW_COME_BY.test(previous.claim.scope) ? '' : previous.claim.scope;
    claims[i] = { ...previous.claim, indicator: total, rule: 'link.running_total', start: from, end: f.end, period: 'CUM', scope };
  }

  if (unread) {
    linkGrownTo(text, skel, sentence, inSentence, figures, claims);
    linkReachedAgain(text, sentence, inSentence, figures, claims);
  }
}

/** A sentence's figures and what claims them, as the links of one sentence read them. */
interface SentenceFigures {
  text: string;
  skel: string;
  sentence: Span;
  inSentence: { f: Figure; i: number }[];
  figures: Figure[];
  claims: (Claim | undefined)[];
  /** Where a list's marker that is not 分别 ends, by where it stands (a list no word marks: where its figures start). */
  markerEnds?: Map<number, number>;
}

/** Where the marker of a list at `at` ends: after 分别 or 各有, or at `at` for a list no word marks. */
const afterMarker = (s: SentenceFigures, at: number): number => s.markerEnds?.get(at) ?? at + 2;

/** The claimed figures of the sentence before `at`, nearest first, at most `count`. */
function claimedBefore({ inSentence, claims }: SentenceFigures, at: number, count: number) {
  const found: { i: number; claim: Claim }[] = [];
  for (let k = inSentence.length - 1; k >= 0 && found.length < count; k--) {
    const { f, i } = inSentence[k]!;
    if (f.start < at && claims[i]) found.push({ i, claim: claims[i]! });
  }
  return found;
}

/** Whether a figure after the one read stands unread before a list, a total by its words: "…38家,总数达到121家,". */
function totalUnreadBetween({ text, sentence, inSentence, claims }: SentenceFigures, read: number, before: number): boolean {
  return inSentence.some(({ f, i }) => i > read && f.end <= before && !claims[i] && /总数|总量|累计|达到?$/.test(text.slice(clauseStart(text, f.start, sentence.start), f.start)));
}

/** The last figure claimed before a sentence that a ; opened, in the statement it continues (within 120 characters). */
function claimedInStatementBefore({ text, sentence, figures, claims }: SentenceFigures, from: number): { i: number; claim: Claim } | undefined {
  if (text[sentence.start - 1] !== ';') return undefined;
  for (let i = figures.length - 1; i >= 0; i--) {
    const f = figures[i]!;
    if (f.start >= from) continue;
    if (f.start < from - 120 || /[。!?\n]/.test(text.slice(f.end, from))) return undefined;
    if (claims[i]?.indicator) return { i, claim: claims[i]! };
  }
  return undefined;
}

/**
 * Where the figures of a list no word marks start: a clause that lists names (parted by 、) and no figure, then
 * as many figures of one unit, parted by 、 or 和, as it names ("产值、增加值386.5亿元、92.3亿元"); none in a
 * clause that 分别 marks (`marked`).
 */
function unmarkedLists({ text, skel, sentence, inSentence }: SentenceFigures, marked: number[]): number[] {
  const found: number[] = [];
  for (let k = 0; k + 1 < inSentence.length; k++) {
    const f = inSentence[k]!.f;
    // (a list's first figure is joined to the next: looked at first, as few are)
    if (inSentence[k + 1]!.f.unit !== f.unit || !joinedByAnd(skel, f, inSentence[k + 1]!.f)) continue;
    const clauseFrom = clauseStart(text, f.start, k > 0 ? Math.max(sentence.start, inSentence[k - 1]!.f.end) : sentence.start);
    const names = text.slice(clauseFrom, f.start);
    if (k > 0 && inSentence[k - 1]!.f.end > clauseFrom) continue;
    let last = k;
    while (last + 1 < inSentence.length && inSentence[last + 1]!.f.unit === f.unit && joinedByAnd(skel, inSentence[last]!.f, inSentence[last + 1]!.f)) last++;
    if (last === k || marked.some((at) => at >= clauseFrom && at < inSentence[last]!.f.end)) continue;
    // (…or a clause that only says what was done, to as many figures listed in the clauses before: "申报国家级项目3项、
    // 省级12项,获批2项、7项", as "分别获批" would)
    const doneToThose = DONE_TO_EACH.test(names) && k >= last - k + 1 && inSentence.slice(k - (last - k + 1), k).every(({ f: before }) => sameKind(before.unit, f.unit));
    if (doneToThose) found.push(clauseFrom);
    else if (listsAsMany(names, last - k + 1)) found.push(f.start);
    else continue;
    k = last;
  }
  return found;
}

const AND_MARKS = marksOf('、和及与');

/** Whether two figures stand joined by 、, 和, 及 or 与 alone. */
function joinedByAnd(skel: string, before: Figure, after: Figure): boolean {
  return after.start - before.end === 1 && AND_MARKS.has(skel.charCodeAt(before.end));
}

/** Whether a clause lists `count` names parted by 、, none empty or too long to be a name. */
function listsAsMany(clause: string, count: number): boolean {
  if (!clause.includes('、')) return false;
  const names = clause.split('、');
  return names.length === count && names.every((name) => name.length > 0 && name.length <= MAX_NAME);
}

/** The figures listed right after 分别 at `at`: "分别达到16173件、9882件". */
function listedAfter(s: SentenceFigures, at: number) {
  const { skel, inSentence } = s;
  const listed: { f: Figure; i: number }[] = [];
  let cursor = afterMarker(s, at);
  const first = inSentence.findIndex(({ f }) => f.start >= cursor);
  for (const entry of first < 0 ? [] : inSentence.slice(first, first + MAX_LISTED)) {
    let between = skel.slice(cursor, entry.f.start);
    // (a note in brackets after an item is none of the list: "分别为1312件(其中发明专利286件)和758件")
    if (listed.length > 0 && between.startsWith('(')) {
      if (!between.includes(')')) continue;
      between = between.replace(/^\([^()]*\)/, '');
    }
    const allowed = listed.length === 0 ? FIRST_LISTED_AFTER.test(between) || DONE_TO_EACH.test(between) || FROM_LISTED.test(between) : /^(、|和|及|与|,)(?:约|近)?$/.test(between);
    if (!allowed) break;
    // (past a comma only a figure of the same unit goes on with the list: "…分别为2105件、2984件,两项指标…")
    if (listed.length > 0 && between.startsWith(',') && entry.f.unit !== listed[listed.length - 1]!.f.unit) break;
    listed.push(entry);
    cursor = entry.f.end;
  }
  return listed;
}

/**
 * "专利申请量和授权量分别从2010年的3120件、1860件增长到2015年的9870件、6035件": the figures listed after what
 * the ones after 分别 came to are the same things', in turn; each list of the year it names.
 */
function grownToEach({ skel, inSentence, claims }: SentenceFigures, from: { f: Figure; i: number }[], year: number | undefined) {
  const first = inSentence.findIndex(({ f }) => f.start >= from[from.length - 1]!.f.end);
  const to = first < 0 ? [] : inSentence.slice(first, first + from.length);
  if (to.length !== from.length) return;
  const grown = GROWN_TO_LISTED.exec(skel.slice(from[from.length - 1]!.f.end, to[0]!.f.start));
  if (!grown) return;
  for (let k = 0; k < to.length; k++) {
    if (to[k]!.f.unit !== from[k]!.f.unit || (k > 0 && !joinedByAnd(skel, to[k - 1]!.f, to[k]!.f))) return;
  }
  to.forEach(({ f, i }, k) => {
    const was = claims[from[k]!.i];
    if (!was?.indicator) return;
    if (year !== undefined) claims[from[k]!.i] = { ...was, rule: `link.grown_from_each(${was.rule})`, year };
    claims[i] = { ...was, rule: `link.grown_to_each(${was.rule})`, start: was.start, end: f.end, year: grown[1] ? Number(grown[1]) : undefined };
  });
}

/** Growths listed after 分别, one for each figure stated before it that has a growth. */
function growthOfEach(s: SentenceFigures, at: number, listed: { f: Figure; i: number }[], quote: { start: number; end: number }) {
  const earlier = claimedBefore(s, at, listed.length).filter(({ claim }) => GROWTH_OF[claim.indicator]).reverse();
  if (earlier.length !== listed.length) return false;
  listed.forEach(({ i }, k) => {
    const of = earlier[k]!.claim;
    s.claims[i] = { ...of, indicator: GROWTH_OF[of.indicator]!, rule: 'link.respectively_growth', ...quote, period: undefined };
  });
  return true;
}

/**
 * The figures listed after 分别 that say what was done to each figure stated before it, in turn: each
 * is read from the words of the clause before its own figure and the act after 分别.
 */
function doneToEach(s: SentenceFigures, at: number, listed: { f: Figure; i: number }[], quote: { start: number; end: number }) {
  const { text, sentence, inSentence, claims } = s;
  const act = s.skel.slice(afterMarker(s, at), listed[0]!.f.start);
  if (!DONE_TO_EACH.test(act)) return;
  const before = inSentence.filter(({ f }) => f.end <= at).slice(-listed.length);
  if (before.length !== listed.length || before.some(({ f }, k) => !sameKind(f.unit, listed[k]!.f.unit))) return;
  // the words before each figure, from its clause or the figure before it on, without what was done to it first
  const named = before.map(({ f: thing }, k) => {
    const words = text.slice(Math.max(clauseStart(text, thing.start, sentence.start), k > 0 ? before[k - 1]!.f.end : 0), thing.start).replace(/^[、和及与]/, '');
    return words.slice(Math.max(0, actEnd(words)));
  });
  listed.forEach(({ f, i }, k) => {
    // (an item that only names a level is of the thing the first named: "国家级项目3项、省级12项")
    const claim = classifyName(named[k]! + act, f) ?? (k > 0 && LEVEL_ALONE.test(named[k]!) ? classifyName(named[k]! + named[0]!.replace(LEVEL_OPENING, '') + act, f) : undefined);
    if (claim) claims[i] = { ...claim, rule: `link.done_to_each(${claim.rule})`, ...quote };
  });
}

// a clause before 分别 that says only when: "…科技企业孵化器,年内分别新增1家、3家和5家"
const ONLY_WHEN = /^(?:年内|全年|今年|当年|本年|上半年|一季度|前三季度|目前|已|共)*$/;

/**
 * Where the names a 分别 at `at` lists start: its clause, or the clause before it where its own says only when and
 * the one before lists names and no figure ("国家级、省级、市级科技企业孵化器,年内分别新增1家、3家和5家").
 */
function namesClauseStart({ text, skel, sentence }: SentenceFigures, at: number): number {
  const from = clauseStart(text, at, sentence.start);
  if (from <= sentence.start || text[from - 1] !== ',' || !ONLY_WHEN.test(text.slice(from, at))) return from;
  const before = clauseStart(text, from - 1, sentence.start);
  const names = skel.slice(before, from - 1);
  return names.includes('、') && !names.includes(FIGURE_MARK) ? before : from;
}

/** Whether a text lists names: a 、和及与 in it that no word of the groups holds ("研究与试验发展经费" lists none). */
function listsNames(text: string): boolean {
  const words = findWords(text);
  for (const m of text.matchAll(/[、和及与]/g)) {
    if (!words.some((w) => w.index <= m.index && m.index < w.index + w.word.length)) return true;
  }
  return false;
}

/**
 * A figure for each year the sentence lists before 分别, read alike from the words between 分别 and the
 * first: "2019年、2020年、2021年,全市分别新认定高新技术企业58家、83家、117家" (each figure's year: `yearsListed`).
 */
function yearByYear(s: SentenceFigures, at: number): boolean {
  const { text, skel, sentence, inSentence, claims } = s;
  const clauseFrom = clauseStart(text, at, sentence.start);
  // (one name before 分别 at most: names listed are each a figure's, "申请量、授权量分别为…")
  const head = text.slice(clauseFrom, at).replace(/^(?:其中)?(?:全市|全县|全区|我市|我县|我区)?/, '');
  if (/[、和及与]/.test(head) && listsNames(head)) return false;
  const years = yearsListed(text.slice(sentence.start, at));
  const listed = years && oneForEach(s, at, years.length, true);
  if (!years || !listed) return false;
  // (the years are no part of the name: "专利申请量2011—2013年分别为…")
  const phrase = head.replace(YEARS_OF_SERIES, '') + skel.slice(afterMarker(s, at), listed[0]!.f.start);
  if (phrase.length > MAX_NAME + 10 || /[,;:]/.test(phrase)) return false;
  let quoteFrom = clauseFrom;
  let claim = classifyName(phrase, listed[0]!.f);
  if (!claim && clauseFrom > sentence.start) {
    // a clause of years alone is of what the clause before names: the figure before's, where it is of the same unit
    // ("2009年完成高新技术产业产值48.3亿元,2006年至2008年分别为…"), else that clause's words ("技术合同成交额连年攀升,2021—2025年分别为…")
    const before = inSentence.filter(({ f }) => f.end <= clauseFrom).at(-1);
    const previousFrom = clauseStart(text, clauseFrom - 1, sentence.start);
    if (before && before.f.start >= previousFrom) {
      const of = claims[before.i];
      if (of?.indicator && before.f.unit === listed[0]!.f.unit) claim = of;
    } else if (!before) {
      claim = classifyName(text.slice(previousFrom, clauseFrom - 1), listed[0]!.f);
      quoteFrom = previousFrom;
    }
  }
  if (!claim) return false;
  const quote = { start: quoteFrom, end: listed[listed.length - 1]!.f.end };
  // (each a year's figure, not the span's: "2014—2016年,专利授权量分别为…")
  const period = claim.period === 'CUM' ? 'CUM' : 'FY';
  listed.forEach(({ i }, k) => (claims[i] = { ...claim, rule: `link.year_by_year(${claim.rule})`, ...quote, period, year: years[k] }));
  return true;
}

// how far before 分别 the parts of the year it lists may stand
const PERIODS_BEFORE = 60;

/**
 * The figures after 分别, one for each of the `count` years or parts of the year listed before it: as many as
 * there are and no more listed after them, joined by 、和及与 (or a comma, where `comma`), all of one unit.
 */
function oneForEach(s: SentenceFigures, at: number, count: number, comma: boolean): { f: Figure; i: number }[] | undefined {
  const { skel, inSentence } = s;
  const first = inSentence.findIndex(({ f }) => f.start >= afterMarker(s, at));
  const listed = first < 0 ? [] : inSentence.slice(first, first + count + 1);
  const more = listed[count];
  if (more && joinedByAnd(skel, listed[count - 1]!.f, more.f)) return undefined;
  listed.length = Math.min(listed.length, count);
  if (listed.length !== count) return undefined;
  const joined = comma ? /^(?:、|和|及|与|,)$/ : /^(?:、|和|及|与)$/;
  for (let k = 1; k < listed.length; k++) {
    if (!joined.test(skel.slice(listed[k - 1]!.f.end, listed[k]!.f.start)) || listed[k]!.f.unit !== listed[0]!.f.unit) return undefined;
  }
  return listed;
}

/**
 * "一季度、上半年、前三季度全市技术合同成交额分别为0.9亿元、2.1亿元和3.6亿元": one figure for each part of the year
 * the sentence lists before 分别, in order, of what the words around 分别 name.
 */
function periodByPeriod(s: SentenceFigures, at: number): boolean {
  const { text, skel, sentence, claims } = s;
  // (the parts stand close before 分别: "一季度、上半年、前三季度全市技术合同成交额分别为…")
  const periods = periodsListed(text.slice(Math.max(sentence.start, at - PERIODS_BEFORE), at));
  const listed = periods && oneForEach(s, at, periods.length, false);
  if (!periods || !listed) return false;
  const clauseFrom = clauseStart(text, at, sentence.start);
  const phrase = text.slice(clauseFrom, at).replace(PARTS_OF_SERIES, '').replace(/^(?:全市|全县|全区|我市|我县|我区)/, '') + skel.slice(afterMarker(s, at), listed[0]!.f.start);
  if (phrase.length > MAX_NAME + 10 || /[,;:]/.test(phrase)) return false;
  const claim = classifyName(phrase, listed[0]!.f);
  if (!claim) return false;
  const quote = { start: clauseFrom, end: listed[listed.length - 1]!.f.end };
  listed.forEach(({ i }, k) => (claims[i] = { ...claim, rule: `link.period_by_period(${claim.rule})`, ...quote, period: periods[k] }));
  return true;
}

/**
 * The figures listed after 分别 with a level each ("分别为国家级158家、省级312家"), after what the
 * words between 分别 and the first say ("分别新增高新技术企业27家、18家").
 */
function partsListedAfter(s: SentenceFigures, at: number) {
  const { skel, inSentence } = s;
  const parts: { f: Figure; i: number; level: string }[] = [];
  let phrase = '';
  let cursor = afterMarker(s, at);
  const first = inSentence.findIndex(({ f }) => f.start >= cursor);
  // (…or a place before each: "分别为:黎山高新区186.2亿元、滨江经开区97.5亿元")
  const placed = first >= 0 && PLACE_FIRST.test(skel.slice(cursor, inSentence[first]!.f.start));
  for (const entry of first < 0 ? [] : inSentence.slice(first, first + MAX_LISTED)) {
    const m = (parts.length === 0 ? (placed ? PLACE_FIRST : PHRASE_THEN_LEVEL) : placed ? PLACE_NEXT : MARK_THEN_LEVEL).exec(skel.slice(cursor, entry.f.start));
    if (!m || (parts.length > 0 && !sameKind(parts[0]!.f.unit, entry.f.unit))) break;
    if (parts.length === 0) phrase = m[1]!;
    parts.push({ ...entry, level: m[2] ?? '' });
    cursor = entry.f.end;
  }
  return { phrase, parts };
}

// 分别 over the parts of a whole: places, then what each did ("高新区、经开区分别新增高新技术企业27家、18家");
// a thing, then its levels ("科技型中小企业评价入库分别为国家级158家、省级312家"); levels of the total just
// stated ("申报省市科技项目41项,省级、市级分别为13项和28项").
function partsOf(s: SentenceFigures, at: number) {
  const { text, sentence, figures, claims } = s;
  const { phrase, parts } = partsListedAfter(s, at);
  if (parts.length < 2) return false;
  const clauseFrom = clauseStart(text, at, sentence.start);
  // (a gloss in brackets is no name: "各县(市、区)新认定高企数依次为:…")
  const names = text.slice(clauseFrom, at).replace(/^(其中|全市|全县|全区|我市|我县|我区)/, '').replace(/\([^()]*\)/g, '').split(/[、和及与]/).filter((name) => name.length > 0);
  const f = parts[0]!.f;
  const levelled = parts.every(({ level }) => level !== '');
  let claim: Claim | undefined;
  let scopes: string[] | undefined;
  if (levelled && names.length === 1) {
    claim = classifyName(names[0]! + phrase, f);
    scopes = parts.map(({ level }) => level);
  } else if (!levelled && names.length === parts.length && names.every((name) => name.length <= MAX_NAME)) {
    if (indicatorsNamedBy(phrase).size > 0) claim = classifyName(phrase, f);
    // (levels, or places, alone: "其中洛龙区、涧西区、高新区分别新增21家、34家、30家" — parts of the whole before;
    // unless what follows 分别 reads as a whole by itself: "嘉泽县、崇岚县、通溪县分别走访企业64家、52家和47家")
    else if (names.every((name) => LEVEL_ALONE.test(name) || PLACE_NAME.test(name)) && !(claim = PLACE_NAME.test(names[0]!) ? classifyName(phrase, f) : undefined)) {
      // (…of the thing the clause before names, where no figure stands between: "科技型中小企业入库情况明显改善,东乡县、
      // 积石山县分别入库11家和7家"; else the whole may stand before the ; that opens the list's sentence)
      const named = thingOfClauseBefore(s, clauseFrom, phrase, f);
      const whole = named ? undefined : claimedBefore(s, at, 1)[0] ?? claimedInStatementBefore(s, clauseFrom);
      if (named) claim = named;
      else if (whole && sameKind(figures[whole.i]!.unit, f.unit)) claim = whole.claim;
      // (what each did anew, of a total: the new ones, "总数达到385家;其中…分别新增21家")
      const newOf = claim && /新增|新认定|净增/.test(phrase) ? NEW_OF[claim.indicator] : undefined;
      if (claim && newOf) claim = { ...claim, indicator: newOf, period: undefined };
      // (…or what each has reached, of the new ones before a total not yet read: "新认定…38家,总数达到121家,A、B分别达到62家、18家")
      const totalOf = whole && claim && !newOf && STOCK_REACHED.test(phrase) && totalUnreadBetween(s, whole.i, clauseFrom) ? RUNNING_TOTAL_OF[claim.indicator] : undefined;
      if (claim && totalOf) claim = { ...claim, indicator: totalOf, period: 'CUM' };
    }
    scopes = names;
  }
  if (!claim || !scopes) return false;
  const quote = { start: clauseFrom, end: parts[parts.length - 1]!.f.end };
  parts.forEach(({ i }, k) => {
    claims[i] = { ...claim, rule: `link.respectively_parts(${claim.rule})`, ...quote, scope: scopes[k]!, partOf: undefined };
  });
  return true;
}

/** What the clause right before `clauseFrom` names, with no figure in it, and `phrase` after it say a figure counts. */
function thingOfClauseBefore(s: SentenceFigures, clauseFrom: number, phrase: string, f: Figure): Claim | undefined {
  const { text, sentence, inSentence } = s;
  if (clauseFrom <= sentence.start) return undefined;
  const from = clauseStart(text, clauseFrom - 1, sentence.start);
  if (inSentence.some(({ f: other }) => other.start < clauseFrom && other.end > from)) return undefined;
  const clause = text.slice(from, clauseFrom - 1);
  return indicatorsNamedBy(clause).size > 0 ? classifyName(clause + phrase, f) : undefined;
}

/** The figures listed after 分别 for each figure before, whose growths are read once the names have read theirs. */
function listedForEach(growthsLeft: { listed: { i: number }[] }[]): ReadonlySet<number> {
  return growthsLeft.length === 0 ? NONE_LISTED : new Set(growthsLeft.flatMap(({ listed }) => listed.map(({ i }) => i)));
}
const NONE_LISTED: ReadonlySet<number> = new Set();

/**
 * Growth after a figure: "实现高新技术产值349亿元,同比增长19%"; not a figure listed after 分别 for each
 * figure before (`listedForEach`), nor a share's growth ("所占比重29.5%增长了12.4%").
 */
function linkGrowthAfter(
  text: string, skel: string, sentence: Span, inSentence: { f: Figure; i: number }[], figures: Figure[], claims: (Claim | undefined)[],
  listedForEach: ReadonlySet<number> = NONE_LISTED,
  beforeNames = false,
) {
  for (const { f, i } of inSentence) {
    if (claims[i] || f.unit !== '%' || listedForEach.has(i)) continue;
    const lead = skel.slice(Math.max(sentence.start, f.start - 8), f.start);
    if (!GROWTH_BEFORE.test(lead)) continue;
    // "…,占GDP比重提高到21.4%": a share's growth, not the figure before's
    if (/占|比重/.test(text.slice(clauseStart(text, f.start, sentence.start), f.start))) continue;
    let previous = -1;
    for (let k = inSentence.length - 1; k >= 0 && previous < 0; k--) if (inSentence[k]!.f.start < f.start && claims[inSentence[k]!.i]) previous = inSentence[k]!.i;
    // "…同比增长13.7%,两年平均增长7.9%": the yearly average over two years or more, right after the growth, is that growth's, over the span
    const previousClaim = previous >= 0 ? claims[previous]! : undefined;
    if (previousClaim?.indicator.endsWith('_growth') && previous === inSentence[inSentence.findIndex((e) => e.i === i) - 1]?.i &&
      YEARLY_AVERAGE.test(text.slice(clauseStart(text, f.start, sentence.start), f.start))) {
      claims[i] = { ...previousClaim, rule: 'link.yearly_average', start: clauseStart(text, f.start, sentence.start), end: f.end, period: 'CUM' };
      continue;
    }
    const growth = previous >= 0 ? GROWTH_OF[claims[previous]!.indicator] : undefined;
    if (!growth) {
      growthOfShared(text, sentence, inSentence, i, claims);
      continue;
    }
    // (before the short names are read, a figure between that nothing has read yet may be the one grown:
    // "产值1862亿元,增加值526亿元,增长11.8%" waits for 增加值)
    const between = inSentence.filter(({ f: other }) => other.start > figures[previous]!.start && other.start < f.start);
    // ("实现产值326.5亿元,占全县规上工业总产值的比重为47%,同比增长8.2%": past the figure's own share, its growth)
    const ownShare = between.length === 1 && !claims[between[0]!.i] && OWN_SHARE.test(text.slice(clauseStart(text, between[0]!.f.start, sentence.start), between[0]!.f.start)) &&
      GROWTH_ALONE.test(text.slice(clauseStart(text, f.start, sentence.start), f.start));
    if (!ownShare && between.some(({ f: other, i: j }) => other.unit === '%' || (beforeNames && !claims[j]))) continue;
    const from = clauseStart(text, f.start, sentence.start);
    claims[i] = { ...claims[previous]!, indicator: growth, rule: 'link.growth', start: from, end: f.end, period: undefined };
  }
}

// (…or a plan's span: "“十二五”期间年均增长19.2%")
const YEARLY_AVERAGE = /^(?:[两三四五]年|近[两三四五]年|“?十[一二三四五]五”?(?:期间|以来|时期)?)(?:平均|年均)(?:增长|增速)(?:为|达到?)?$/;
// a clause that gives the share of the figure before it, naming nothing else: "占全县规上工业总产值的比重为"
const OWN_SHARE = /^占[^,;:]{0,20}(?:比重|比例)(?:为|达到?|是)?$/;
// "高新技术产业产值占比为18%,同比增速为12%": the thing a share was given of, just before the growth
const GROWTH_CLAUSE = /^(?:同比|比上年|较上年)?(?:增长|下降|增加|提高)\d[\d.]*%$/;
// a clause or a list item that names a growth and nothing else: "同比增速为", "增长率:"
const GROWTH_ALONE = /^(?:同比|比上年|较上年)?(?:增速|增长|增幅|增长率)(?:为|达到?|了|:)?$/;
const SHARE_OF = /^(?:.*[,;:])?([^,;:]{2,20}?)(?:占比|占[^,;:]{0,12}比重|比重)(?:为|达到?|是)?$/;

/** A growth right after a share no one reads is the growth of the thing the share was of, where that has one. */
function growthOfShared(text: string, sentence: Span, inSentence: { f: Figure; i: number }[], i: number, claims: (Claim | undefined)[]) {
  const k = inSentence.findIndex((x) => x.i === i);
  const share = k > 0 ? inSentence[k - 1]! : undefined;
  if (!share || share.f.unit !== '%' || claims[share.i] || !/^[,;]/.test(text.slice(share.f.end, share.f.end + 1))) return;
  const f = inSentence[k]!.f;
  // (the growth's own clause names nothing else: "高新技术产业投资增长18%" is another thing's)
  if (!GROWTH_ALONE.test(text.slice(clauseStart(text, f.start, sentence.start), f.start))) return;
  const named = SHARE_OF.exec(text.slice(clauseStart(text, share.f.start, sentence.start), share.f.start))?.[1];
  const claim = named ? classifyName(named, { ...share.f, unit: '亿元' }) : undefined;
  const growth = claim ? GROWTH_OF[claim.indicator] : undefined;
  if (claim && growth) claims[i] = { ...claim, indicator: growth, rule: 'link.growth_of_share', start: clauseStart(text, f.start, sentence.start), end: f.end, period: undefined, scope: '' };
}

/**
 * A short name's scope: 净增 where the sentence gave a count of the new ones before it ("新增高新技术企业19家,…总数达到71家,
 * 净增15家"), as the frames read it (frameScope); else the claim's own.
 */
function netBesideNew(claim: Claim, name: string, before: string): string {
  return claim.indicator === 'hte_certified' && name.startsWith('净增') && NEW_ONES.test(before) ? '净增' : claim.scope;
}

/** The claimed figure of the sentence nearest before `at`. */
function claimedJustBefore(inSentence: { f: Figure; i: number }[], claims: (Claim | undefined)[], at: number) {
  for (let k = inSentence.length - 1; k >= 0; k--) {
    const { f, i } = inSentence[k]!;
    if (f.start < at && claims[i]?.indicator) return { i, claim: claims[i]! };
  }
  return undefined;
}

/** From one figure to the next: "研发投入从2015年的3.2亿元增长到5.1亿元", "由X家增加到Y家". */
function linkGrownTo(text: string, skel: string, sentence: Span, inSentence: { f: Figure; i: number }[], figures: Figure[], claims: (Claim | undefined)[]) {
  for (const { f, i } of inSentence) {
    if (claims[i]) continue;
    const lead = skel.slice(Math.max(sentence.start, f.start - 14), f.start);
    if (!(lead.includes('到') || lead.includes('至') || lead.includes('变为')) || !GROWN_TO_BEFORE.test(lead)) continue;
    const previous = claimedJustBefore(inSentence, claims, f.start);
    if (!previous || !sameKind(figures[previous.i]!.unit, f.unit)) continue;
    // (the figure it grew from is the one right before, though nothing has read it yet: "通过认定…8家,全区总数由上年的8家增至16家")
    if (previous.i !== i - 1) continue;
    const from = clauseStart(text, f.start, sentence.start);
    // "…增长18.5%,占规上工业产值比重提高到41.3%": a share grown, not the figure before; nor what no frame
    // counts, grown ("每万人发明专利拥有量由0.6件提高到0.9件")
    const clause = text.slice(from, f.start);
    // (a share named before the figure before is that figure's: "研发经费占GDP比重由2010年的1.32%提高到2015年的2.18%")
    if (/占|比重/.test(text.slice(Math.max(from, figures[previous.i]!.end), f.start)) || STOCK_OR_AVERAGE.test(clause) || namesOtherKind(skel.slice(figures[previous.i]!.end, f.start))) continue;
    claims[i] = { ...previous.claim, rule: 'link.grown_to', start: from, end: f.end, period: undefined };
  }
}

// A clause that only says what the figure before will come to: "力争突破90家", "预计全年增长11%", "全年累计达到12场", "全年有望超过230家",
// "2025年预计达到3.0%"
// (…naming its head again: "预计全年产值近85亿元", "预计全年可实现产值64亿元")
const REACHED_AGAIN =
  /^(?:(?:19|20)\d\d年)?(?:全年|年底|年内)?(?:力争|确保|预计|计划|争取|预期|有望|目标)?(?:全年|年底|年内|到年底|全年累计|累计)?(?:可|将)?(?:达到|达|突破|超过|增长|增长到|实现|完成|增至|提高到)(?:约|近)?$|^(?:力争|确保|预计|争取)$|^(?:力争|确保|预计|争取)(?:全年|年底|年内)?(?:可|将)?(?:实现|完成)?(?:产值|增加值|成交额|总额|总数|总量)(?:可|将)?(?:达到|达|突破|超过|实现)?(?:约|近)?$/;

const REACHING_ENDS = marksOf('到达破过长现成至约近争保计取标值务为(了市省县区的年定距末');

// …or names the target the figure before was measured against: "完成目标值2.1%", "超额完成年度目标任务(40家)",
// "完成一季度目标(12亿元)的105%", "占全年目标55亿元的39%"
// (…or the task set from above: "超额完成省下达任务(1100家)", "超额完成省定任务(450家)")
// (…or a plan's: "是规划目标(25家)的1.44倍", "完成2025年目标值(90家)的65.6%", "提前一年完成“十四五”规划目标(500家)")
// (…or the target the figure before is set against: "较年度目标(950家)超额完成", "低于年度目标(13%)3.9个百分点")
const TARGET_OF_BEFORE = /^(?:是|仅为|为|已经?)?(?:提前(?:一年|两年)?|超额)?(?:完成|超过|占)?了?(?:[省市县区](?:里|上|级|定)?|上级)?(?:(?:19|20)\d\d年|“?十[一二三四五]五”?)?(?:年度|全年|第?一季度|上半年|前三季度)?(?:考核|规划)?(?:目标(?:值|任务)?|任务|计划)(?:数)?(?:为)?\(?$|^(?:(?:超额|提前)?完成了?|为|是|占)(?:自治区|(?:(?![超多少比较高低])[\u4e00-\u9fff]{1,3})?[省市县区](?:科技厅|科技局|政府)?)?下达(?:给?我[市县区])?的?(?:年度|全年)?(?:目标任务|目标|任务)\($|^(?:超额|提前)?完成了?(?:(?![超多少比较高低])[\u4e00-\u9fff]{1,3})?[省市县区]下达的?(?:年度|全年)?目标$|^(?:较|比|低于|高于|超出|超过)(?:年度|全年|年初)?(?:目标(?:值|任务)?|任务|计划)\($/;
// …or the task named after it: "超额完成市下达的35家目标任务", "提前两个月完成全年4000家任务"
// ("超额完成省科技厅下达我市的300家任务": who set it, and for whom)
// (…or a plan's, or the one a figure falls short of: "超额完成规划确定的220家目标", "距“十四五”末2.6%的规划目标尚有差距")
const TASK_OF_BEFORE = /^(?:已经?)?(?:提前(?:[一两二三四五六]个多?月|一年|两年)?|超额)?完成了?(?:[市省县区](?:科技厅|科技局|政府|里|上)?)?(?:下达|规划确定|定)?(?:给?我[市县区])?的?(?:年度|全年)?$|^距(?:“?十[一二三四五]五”?末|(?:19|20)\d\d年)?的?$/;

/** "预计全年新认定高新技术企业85家,力争突破90家": a clause that only reaches for a figure is the figure before's indicator. */
export function linkReachedAgain(text: string, sentence: Span, inSentence: { f: Figure; i: number }[], figures: Figure[], claims: (Claim | undefined)[]) {
  for (let k = 0; k < inSentence.length; k++) {
    const { f, i } = inSentence[k]!;
    // (every such clause ends in one of these characters before the figure)
    if (claims[i] || !REACHING_ENDS.has(text.charCodeAt(f.start - 1))) continue;
    let from = clauseStart(text, f.start, sentence.start);
    // "确保…达到2.1%、力争2.2%": an item after 、 that only reaches for a figure
    const listedFrom = k > 0 && text[inSentence[k - 1]!.f.end] === '、' ? inSentence[k - 1]!.f.end + 1 : -1;
    if (listedFrom > from) from = listedFrom;
    const clause = text.slice(from, f.start);
    const task = TASK_OF_BEFORE.test(clause) && TASK_AFTER.test(text.slice(f.end, f.end + 5));
    if (from === sentence.start || !(REACHED_AGAIN.test(clause) || TARGET_OF_BEFORE.test(clause) || task)) continue;
    let previous = claimedJustBefore(inSentence, claims, f.start);
    // (past the growth of the figure before: "…产值38.6亿元,同比增长27.4%,预计全年可达46亿元")
    if (previous && f.unit !== '%' && figures[previous.i]!.unit === '%') previous = claimedJustBefore(inSentence, claims, figures[previous.i]!.start);
    if (!previous || figures[previous.i]!.unit !== f.unit) continue;
    // the figure reached for stands in the clause right before, or before a clause of its growth only
    // ("R&D投入预计达到9.3亿元,同比增长15.2%,年度目标任务为21亿元")
    // (…or of what brings it about: "…已达187家,随着第三批评审结果陆续公布,全年有望超过230家")
    const clauseBefore = clauseStart(text, from - 1, sentence.start);
    const between = text.slice(clauseBefore, from - 1);
    if (figures[previous.i]!.end < clauseBefore &&
      !(figures[previous.i]!.end >= clauseStart(text, clauseBefore - 1, sentence.start) && (GROWTH_CLAUSE.test(between) || CIRCUMSTANCE.test(between)))) continue;
    // ("新认定高新技术企业48家,总数达到212家,超额完成市下达的40家目标任务": a task exceeded is of the figure before
    // the running total where that one exceeds it and the total is far past it)
    const before = clause.includes('超额') && previous.claim.rule.startsWith('link.running_total') ? claimedJustBefore(inSentence, claims, figures[previous.i]!.start) : undefined;
    if (before && figures[before.i]!.unit === f.unit && exceeds(figures[before.i]!, f) && exceeds(figures[previous.i]!, figures[before.i]!)) previous = before;
    claims[i] = { ...previous.claim, rule: 'link.reached_again', start: from, end: f.end, period: undefined, partOf: undefined };
  }
}

/**
 * The words between the figure before figure i and the one before that ("家企业申报高新技术企业,通过认定" of "组织213家企业申报
 * 高新技术企业,通过认定87家"), where it stands near; '' where none does.
 */
function wordsOfFigureBefore(text: string, figures: Figure[], i: number): string {
  const k = i - 1;
  if (k < 0 || figures[i]!.start - figures[k]!.end > WORDS_BEFORE_NEAR) return '';
  const from = Math.max(k > 0 ? figures[k - 1]!.end : 0, figures[k]!.start - WORDS_BEFORE_NEAR);
  return text.slice(from, figures[k]!.start);
}
const WORDS_BEFORE_NEAR = 40;
// what was done, counted, and no more ("新认定数", "申报数量")
const ACT_COUNTED = /^(?:新认定|认定|申报|新增|入库|获批|立项|授权|申请)(?:数|数量|量)$/;
const DONE_AFTER_RESPECTIVELY = /^(?:新|完成|通过|获批|入库|认定|申报|争取|新增|新建|选派|举办|组织|签约|登记|授权|申请)/;

/** Whether figure a's value is at least figure b's (both stated). */
function exceeds(a: Figure, b: Figure): boolean {
  return a.value !== null && b.value !== null && Number(a.value) >= Number(b.value);
}

// a clause of what brings a figure about, naming none: "随着第三批评审结果陆续公布"
const CIRCUMSTANCE = /^(?:随着|由于|加上|考虑到)[^\d]*$/;

// a sentence that opens with a short name and a figure: "实现增加值286.3亿元", "授权量1862件"
const NAME_OPENING = /^(?:实现|完成|全市|全县|全区)?([\u4e00-\u9fff]{2,6}?)(?:为|达到|达|:)?$/;

/**
 * "产值1126.8亿元,同比增长16.4%;实现增加值286.3亿元", "专利申请量…件…;授权量1862件": a short name past a ;
 * standing for the head of the figure before.
 */
function shorthandPastStop(text: string, sentence: Span, inSentence: { f: Figure; i: number }[], figures: Figure[], claims: (Claim | undefined)[]) {
  const { f, i } = inSentence[0]!;
  if (claims[i]?.indicator || i === 0 || text[sentence.start - 1] !== ';') return;
  const m = NAME_OPENING.exec(text.slice(sentence.start, f.start));
  if (!m || namesOtherKind(m[1]!)) return;
  // (a figure its own words follow is theirs: "…;今年共组织29家企业申报")
  if (/^[\u4e00-\u9fff]/.test(text.slice(f.end, f.end + 3).replace(APPROX_AFTER, ''))) return;
  // the last figure before the ; of the figure's kind, in the sentence before
  // (one no row, its head still named: "高新技术产业实现主营业务收入38.7亿元,同比增长22.1%;完成增加值9.46亿元")
  // (…only an amount's measure: a count's short name is more often another thing's, "培育高新技术企业5家、…成长梯队企业4家;组织25家")
  const near = (k: number) => k >= 0 && figures[k]!.start > sentence.start - 80;
  const lastOfKind = (claimed: boolean) => {
    let k = i - 1;
    while (near(k) && ((claimed && !claims[k]?.indicator) || !sameKind(figures[k]!.unit, f.unit))) k--;
    return k;
  };
  let k = lastOfKind(true);
  if (!near(k) && f.unit.endsWith('元')) k = lastOfKind(false);
  if (!near(k)) return;
  const previous = claims[k]?.indicator;
  const head = text.slice(clauseStart(text, figures[k]!.start, Math.max(0, sentence.start - 200)), figures[k]!.start);
  for (let cut = head.length - 1; cut > 0; cut--) {
    const claim = classifyName(head.slice(0, cut) + m[1]!, f);
    if (!claim || claim.indicator === previous) continue;
    claims[i] = { ...claim, rule: `link.shorthand(${claim.rule})`, start: sentence.start, end: f.end };
    return;
  }
}

const STATED_ENDS = marksOf('为是达共计');
// ("…召开高新技术企业认定政策培训会,共2场": or only sums them)
const SUMS = /^(?:共|共计|合计)$/;
const ONLY_STATED = /^(?:(?:仍|今年|全年|现|已|目前|当年)?(?:为|是|达)|共|共计|合计)$/;
const INTENSITY_AFTER_SPENDING = /^(?:预计)?(?:投入)?强度(?:预计|约|仅为|仅有|仅|只有|为|达到|达|提高到|提升到)*$/;

// A year gone by's figure set beside this one's: "比2022年的35家", "是2015年1.1亿元的4倍", "2023年同期为1980件", "2015年为11.2%"
// (…or in brackets: "(2019年同期为1301家)", "是2019年(1098家)的2.6倍"; or listed: "2021年为6.84亿元、2022年为7.92亿元";
// or at a plan's end: "“十一五”末为7家")
const BASELINE_ENDS = marksOf('的年期底末为是有(');
const BASELINE_BEFORE = /(?:[比较与是](?:(?:19|20)\d\d年|去年|上年)(?:同期|底|末)?的|[比较与是](?:19|20)\d\d年(?:同期|底|末)?|[,;(、](?:而|但)?(?:(?:19|20)\d\d年|去年|上年|“?十[一二三四五]五”?)(?:同期|底|末|时|上半年|一季度|前三季度|全年)?(?:全[市县区旗]|我[市县区旗])?(?:为|是|仅有|只有|仅为|有)|[比较是](?:(?:19|20)\d\d年|去年|上年)(?:同期|底|末)?\()$/;

/**
 * Run once frames have read what they could: a figure grown to, or a year gone by's figure set
 * beside one, is the figure before's indicator (its year read from its own clause).
 */
export function linkComparisons(text: string, skel: string, sentence: Span, inSentence: { f: Figure; i: number }[], figures: Figure[], claims: (Claim | undefined)[]) {
  // "…;实现增加值246亿元,同比增长27.8%": the short name first, then its growth
  shorthandPastStop(text, sentence, inSentence, figures, claims);
  linkGrowthAfter(text, skel, sentence, inSentence, figures, claims);
  linkGrownTo(text, skel, sentence, inSentence, figures, claims);
  linkReachedAgain(text, sentence, inSentence, figures, claims);
  // "高企培育库企业数与上年持平,仍为54家", "专利申请量同比基本持平,全年为5420件": a figure a clause only states
  // is what the clause before it names
  for (const { f, i } of inSentence) {
    if (claims[i]?.indicator || !STATED_ENDS.has(text.charCodeAt(f.start - 1))) continue;
    const from = clauseStart(text, f.start, sentence.start);
    if (from <= sentence.start || !ONLY_STATED.test(text.slice(from, f.start))) continue;
    // (the figure ends its clause: "为100家企业发放贷款" is "for", not "is")
    if (!/^(?:左右|以上)?(?:[,;。!?\n(]|$)/.test(text.slice(f.end, f.end + 3))) continue;
    const clauseBeforeStart = clauseStart(text, from - 1, sentence.start);
    const clauseBefore = text.slice(clauseBeforeStart, from - 1);
    // (a sum of figures listed before is read as their sum below)
    if (SUMS.test(text.slice(from, f.start)) && inSentence.some(({ f: other }) => other.start >= clauseBeforeStart && other.end < from)) continue;
    const named = clauseBefore.replace(/\d[\d.]*[\u4e00-\u9fff%]?/g, '');
    const claim = named.length >= 2 ? classifyName(named, f) : undefined;
    if (claim) claims[i] = { ...claim, rule: `link.stated_after(${claim.rule})`, start: from, end: f.end };
  }
  // (places in brackets read again, now that what a rank follows has been read: "…为226件,其次为城关镇(61件)")
  placesInBrackets({ text, sentence, inSentence, claims });
  // "全年研发投入总量46.3亿元,强度达到2.71%": the intensity of the R&D spending just stated
  for (const { f, i } of inSentence) {
    if (claims[i] || f.unit !== '%') continue;
    const from = clauseStart(text, f.start, sentence.start);
    const spent = claimedJustBefore(inSentence, claims, f.start);
    if (spent?.claim.indicator === 'rd_expenditure' && INTENSITY_AFTER_SPENDING.test(text.slice(from, f.start))) {
      claims[i] = { ...spent.claim, indicator: 'rd_intensity', rule: 'link.intensity', start: from, end: f.end, scope: '', period: undefined };
    }
  }
  // "高新技术产业增加值:86.5亿元;增速:12.1%": a list's growth item after the figure it is the growth of
  const { f, i } = inSentence[0]!;
  const previous = i > 0 ? claims[i - 1] : undefined;
  if (!claims[i] && f.unit === '%' && previous && GROWTH_OF[previous.indicator] && GROWTH_ALONE.test(text.slice(sentence.start, f.start)) &&
    /^[^。!?\n;]{0,4};$/.test(text.slice(figures[i - 1]!.end, sentence.start))) {
    claims[i] = { ...previous, indicator: GROWTH_OF[previous.indicator]!, rule: 'link.growth', start: sentence.start, end: f.end, period: undefined };
  }
}


/**
 * A year gone by's figure set beside the one before it is that one's indicator, whatever a frame read
 * from the words after it ("总数达到263家,较2023年的231家净增32家": 净增 is the next figure's).
 */
export function linkBaselines(text: string, skel: string, sentence: Sentence, inSentence: { f: Figure; i: number }[], figures: Figure[], claims: (Claim | undefined)[]) {
  for (const { f, i } of inSentence) {
    if (claims[i]?.indicator && !claims[i]!.rule.startsWith('frame.')) continue;
    // (every wording ends in one of a few characters and names a year, or a plan's five: looked for first, the pattern
    // only where they stand; back over a ; to the statement's start: "…41.2亿元,同比增长22%;2021年为33.8亿元")
    if (!BASELINE_ENDS.has(skel.charCodeAt(f.start - 1))) continue;
    const from = Math.max(sentence.statement, f.start - 12);
    const near = skel.slice(from, f.start);
    if (!(near.includes('年') || near.includes('五')) || !BASELINE_BEFORE.test(near)) continue;
    const start = clauseStart(text, f.start, sentence.start);
    // "专利申请量9843件、授权量6127件,分别比2018年的7652件、4410件增长…": a list of baselines, each of the figure listed
    // before in turn
    if (skel.slice(start, f.start).includes('分别')) {
      const listed = listedFrom(skel, figures, i);
      const wholes = listed.length > 1 ? figuresListedBefore({ text, skel, sentence, inSentence, figures, claims }, start, listed.length) : [];
      if (wholes.length > 0) {
        const year = /((?:19|20)\d\d)年/.exec(skel.slice(start, f.start))?.[1];
        listed.forEach((k, n) => (claims[k] = { ...claims[wholes[n]!.i]!, rule: 'link.baseline_each', start, end: figures[k]!.end, period: undefined, partOf: undefined, year: year === undefined ? undefined : Number(year) }));
        continue;
      }
    }
    const previous = baselineOf(skel, figures, claims, i, sentence.statement);
    if (previous === undefined) continue;
    claims[i] = { ...claims[previous]!, rule: 'link.baseline', start, end: f.end, period: undefined, partOf: undefined };
  }
}

/** The figure at i and those listed right after it (、和及与 between), of its unit's kind. */
function listedFrom(skel: string, figures: Figure[], i: number): number[] {
  const listed = [i];
  for (let k = i + 1; k < figures.length && sameKind(figures[k]!.unit, figures[i]!.unit) && /^[、和及与]$/.test(skel.slice(figures[k - 1]!.end, figures[k]!.start)); k++) listed.push(k);
  return listed;
}

// a difference from another time, which a baseline is not set beside: "…总数达到389家,较年初净增24家,比2016年末的188家",
// "…总数达到623家,净增131家,较2018年的301家", "…三年累计净增49家,总数比2014年的34家"
const DIFFERENCE_BEFORE = /(?:较|比)[^,;。\uE000]{0,6}(?:净增|新增|增加|减少|多出?)$|[,、;][^,;。\uE000]{0,4}(?:净增|增加)$/;

/** The figure a baseline is set beside: the last claimed one before it in its statement of its unit's kind (past growths and differences). */
function baselineOf(skel: string, figures: Figure[], claims: (Claim | undefined)[], i: number, statementStart: number): number | undefined {
  const unit = figures[i]!.unit;
  for (let k = i - 1; k >= 0 && figures[k]!.start >= statementStart && i - k <= MAX_LISTED; k--) {
    if (sameKind(figures[k]!.unit, unit) && DIFFERENCE_BEFORE.test(skel.slice(Math.max(0, figures[k]!.start - 10), figures[k]!.start))) continue;
    if (sameKind(figures[k]!.unit, unit)) return claims[k]?.indicator ? k : undefined;
    if (figures[k]!.unit !== '%') return undefined;
  }
  return undefined;
}

/**
 * What a name stands for when a figure follows it ("高新技术产业增加值" before 1153.66亿元): a rule's
 * reading, else a frame's, of the name alone.
 */
export function classifyName(name: string, figure: Figure): Claim | undefined {
  const byRule = classifyPhrase(name, figure);
  if (byRule) return byRule;
  const alone = { ...figure, start: name.length, end: name.length + 2 };
  const skel = name + FIGURE_MARK + FIGURE_FILL;
  const words = figureWords(skel, { start: 0, end: skel.length, statement: 0 }, [alone], 0, indexWords(skel));
  const claim = claimByFrame(skel, words, [alone], 0);
  return claim && { ...claim, start: 0, end: skel.length };
}

const THING_GROUPS = new Set(FRAMES.flatMap((frame) => frame.thing));
const ACT_GROUPS = new Set(FRAMES.flatMap((frame) => frame.act ?? []));

/** Where the last act a text states before its first thing ends ("全年新增|省级众创空间"), or -1. */
function actEnd(text: string): number {
  let end = -1;
  for (const w of findWords(text)) {
    if (w.groups.some((g) => THING_GROUPS.has(g))) break;
    if (w.groups.some((g) => ACT_GROUPS.has(g))) end = w.index + w.word.length;
  }
  return end;
}

// a place within the report's area a list opens on ("青山县高新技术产业产值"), not the report's own (全县, 我市)
const PLACE_OPENING = /^(?![全我本该][市县区州旗])([\u4e00-\u9fff]{1,5}?(?:新区|区|县|市|镇|乡|旗))(?=高新|科技|专利|技术|研发|R&D|全社会|规上|规模以上)/;

/** Whether the clause from `clauseFrom` opens with 其中 (or follows one: "…4312家,其中:…"). */
/** The scopes of the figures a list before gave, where there are `n`, each its own; else undefined. */
function scopesOfEach(listed: { i: number }[], claims: (Claim | undefined)[], n: number): string[] | undefined {
  if (listed.length !== n) return undefined;
  const scopes = listed.map(({ i }) => claims[i]?.scope ?? '');
  return scopes.every((scope) => scope !== '') && new Set(scopes).size === n ? scopes : undefined;
}

/** The last `n` figures before `clauseFrom` in the sentence where they are a list: claimed, of as many indicators, joined by 、 or 和 and a few words, the last right before the clause. */
function figuresListedBefore(s: SentenceFigures, clauseFrom: number, n: number): { f: Figure; i: number }[] {
  const before = s.inSentence.filter(({ f }) => f.end <= clauseFrom).slice(-n);
  if (before.length !== n || !/^[,，]?$/.test(s.skel.slice(before[n - 1]!.f.end, clauseFrom))) return [];
  for (let k = 1; k < n; k++) if (!LIST_JOIN.test(s.skel.slice(before[k - 1]!.f.end, before[k]!.f.start))) return [];
  const indicators = new Set(before.map(({ i }) => s.claims[i]?.indicator));
  return indicators.size === n && !indicators.has(undefined) ? before : [];
}
const LIST_JOIN = /^[、和及与][\u4e00-\u9fff]{0,8}$/;

function opensOnPart(text: string, clauseFrom: number, sentenceStart: number): boolean {
  return text.startsWith('其中', clauseFrom) || /其中[,:]?$/.test(text.slice(Math.max(sentenceStart, clauseFrom - 3), clauseFrom));
}

// a place within the report's area, named alone: a district, county, town, street or park ("凌滨区", "博川高新区",
// "雪原縣", "青杉街道", "云栖科技园")
const PLACE = '[\\u4e00-\\u9fff]{1,8}?(?:新区|高新区|开发区|经开区|区|县|縣|市|旗|镇|乡|街道|园区|科技园|产业园|园)';
const PLACE_NAME = new RegExp(`^${PLACE}$`);
// a place before each figure listed after 分别: "分别为:黎山高新区186.2亿元、滨江经开区97.5亿元"
const PLACE_FIRST = new RegExp(`^(为|是|有)?:?(${PLACE})$`);
const PLACE_NEXT = new RegExp(`^[、,;]()(${PLACE})$`);
const PLACE_THEN_THING = new RegExp(`^(${PLACE})([\\u4e00-\\u9fff&]{2,})$`);

// how far back from a list the words that open it are read
const LIST_HEAD = 80;
// names parted by slashes, then = or 为 before the figures parted the same way: "申报/立项/验收 = 42/17/11项"
const SLASHED_NAMES = /([^,;:=]+?(?:\/[^,;:=/]+)+)(?:=|为|是)$/;

/**
 * "项目:申报/立项/验收 = 42/17/11项", "专利:申请/授权 = 96/41件", "2008年专利申请/授权为71/29件": figures parted by
 * slashes, one for each name parted the same way before them, each read from its name with the label before
 * its colon (or with the first name's thing).
 */
function slashLists({ text, skel, sentence, inSentence, claims }: SentenceFigures) {
  for (let n = 0; n < inSentence.length; n++) {
    // a run of figures of one unit parted by slashes
    let last = n;
    while (last + 1 < inSentence.length && inSentence[last + 1]!.f.start - inSentence[last]!.f.end === 1 && skel[inSentence[last]!.f.end] === '/' &&
      inSentence[last + 1]!.f.unit === inSentence[n]!.f.unit) last++;
    if (last === n) continue;
    const run = inSentence.slice(n, last + 1);
    n = last;
    const from = clauseStart(text, run[0]!.f.start, Math.max(sentence.start, run[0]!.f.start - LIST_HEAD));
    // (the label before a colon that opens the clause: "专利:申请/授权 = …")
    const label = text[from - 1] === ':' ? text.slice(clauseStart(text, from - 1, Math.max(sentence.start, from - 1 - LIST_HEAD)), from - 1) : '';
    const listed = SLASHED_NAMES.exec(text.slice(from, run[0]!.f.start));
    const names = listed?.[1]!.split('/');
    if (!names || names.length !== run.length) continue;
    run.forEach(({ f, i }, k) => {
      if (claims[i]?.indicator && !claims[i]!.rule.startsWith('frame.')) return;
      const name = names[k]!;
      const first = names[0]!;
      const phrases = [label + name, name + label, name, first.slice(0, Math.max(0, first.length - name.length)) + name];
      for (const phrase of phrases) {
        const claim = phrase ? classifyName(phrase, f) : undefined;
        if (!claim?.indicator) continue;
        claims[i] = { ...claim, rule: `link.slash_list(${claim.rule})`, start: from, end: f.end };
        return;
      }
      claims[i] = noRow(f.start, f.end, 'link.slash_list');
    });
  }
}

// how a list of places is opened after what it is of: a threshold each passes, or a rank; then the
// first place, its figure in the bracket after it ("超过5亿元的有荆岚经济开发区(9.6亿元)")
const LIST_OPENS = '(?:(?:超过|超|高于|达到|在)[^,;。]*?(?:以上)?的(?:有|是|为)|(?:总量)?(?:前[二三四五六七八九十]位|居前[二三四五]位|排名前[二三四五十])的?(?:分别)?(?:是|为|有)|(?:分别|依次)(?:是|为))';
const OPENED_THEN_PLACE = new RegExp(`${LIST_OPENS}(${PLACE})$`);
const NEXT_PLACE = new RegExp(`^[、和及与](${PLACE})$`);
// …or the next in a rank after the figure just read: "…居首位,为226件,其次为城关镇(61件)、落水坪镇(34件)"
const NEXT_IN_RANK_THEN_PLACE = new RegExp(`^(?:其次|再次)(?:为|是)(${PLACE})$`);
// a figure a list of places each passes ("超过5亿元的有…"): no figure of the thing
const THRESHOLD_AFTER = /^(?:以上)?的(?:有|是|为)/;

/**
 * "R&D经费支出超过5亿元的有荆岚经济开发区(9.6亿元)、楚原区(7.3亿元)和漳河市(5.4亿元)", "高新技术产业增加值总量前三位的分别是
 * 岚城区(71.3亿元)、…": places listed, each with its figure in brackets, are parts of what the clause before the
 * list names (after 其次为, of the figure just read); a threshold they pass is no figure of it.
 */
export function placesInBrackets({ text, sentence, inSentence, claims }: Pick<SentenceFigures, 'text' | 'sentence' | 'inSentence' | 'claims'>) {
  let claim: Claim | undefined;
  let lastEnd = -1;
  for (let n = 0; n < inSentence.length; n++) {
    const { f, i } = inSentence[n]!;
    if (text[f.end] !== ')' || text[f.start - 1] !== '(' || claims[i]?.indicator) continue;
    // (the next item of the list goes on with its reading)
    const next = claim ? NEXT_PLACE.exec(text.slice(lastEnd + 1, f.start - 1)) : null;
    let place = next?.[1];
    if (!next) {
      claim = undefined;
      const from = clauseStart(text, f.start - 1, Math.max(sentence.start, f.start - LIST_HEAD));
      const before = text.slice(from, f.start - 1);
      const ranked = NEXT_IN_RANK_THEN_PLACE.exec(before);
      const opened = ranked ? null : OPENED_THEN_PLACE.exec(before);
      if (ranked) {
        // (of what the figure just before the rank was read as)
        for (let b = n - 1; b >= 0 && !claim; b--) {
          const read = claims[inSentence[b]!.i];
          if (inSentence[b]!.f.end <= from && read?.indicator && sameKind(inSentence[b]!.f.unit, f.unit)) claim = read;
        }
        place = ranked[1];
      } else if (opened) {
        claim = classifyName(before.slice(0, opened.index).replace(/[()]/g, ''), f);
        place = opened[1];
        // (…and a threshold in it is none: "超过5亿元的有")
        for (let b = n - 1; b >= 0 && inSentence[b]!.f.start >= from; b--) {
          const { f: t, i: k } = inSentence[b]!;
          if (THRESHOLD_AFTER.test(text.slice(t.end, t.end + 4))) claims[k] = noRow(t.start, t.end, 'link.threshold');
        }
      }
    }
    if (!claim || !place) continue;
    claims[i] = { ...claim, rule: 'link.places_in_brackets', start: f.start - 1 - place.length, end: f.end + 1, scope: place, period: undefined, partOf: undefined };
    lastEnd = f.end;
  }
}

/** Places listed, the thing after the last ("凌滨区", "凌北区研发投入强度" → places, 研发投入强度), or undefined. */
function placesListed(names: string[]): { places: string[]; thing: string } | undefined {
  const last = PLACE_THEN_THING.exec(names[names.length - 1]!);
  if (!last || names.length < 2) return undefined;
  if (/^[全我本该]/.test(names[0]!)) return undefined; // the report's own place is no part
  // (places named without their kind, which the last says for all with their number: "含谷、金凤两镇")
  const all = COUNTED_PLACES.exec(last[1]!);
  if (all && NUMERALS[all[2]!] === names.length) return { places: [...names.slice(0, -1), all[1]!].map((name) => name + all[3]!), thing: last[2]! };
  if (!names.slice(0, -1).every((name) => PLACE_NAME.test(name))) return undefined;
  return { places: [...names.slice(0, -1), last[1]!], thing: last[2]! };
}
const COUNTED_PLACES = /^([\u4e00-\u9fff]{1,4}?)([两二三四五六])(镇|乡|县|区|街道)$/;
const NUMERALS: Record<string, number> = { 两: 2, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6 };

// the topic a statement opens on: "专利方面,", "高企工作方面:"
const TOPIC_BEFORE = /(?:^|[,;:。])([\u4e00-\u9fff]{2,8}?)(?:工作)?方面[,:]$/;

// what the things 其 names may be of: the heads of the catalog's amounts and counts
const ANAPHORA_HEADS = ['高新技术', '技术合同', '研发', '专利', '科技型中小企业', '科技'];

/**
 * 其 before 分别 names the things the clause before listed ("A、B、C领跑前三,其产值分别为…"): each figure is of the
 * kind a word of the sentence before names with the name after 其 (高新技术 + 产值), its thing the scope.
 */
function readAnaphora(s: SentenceFigures, clauseFrom: number, name: string, listed: { f: Figure; i: number }[], quote: { start: number; end: number }): boolean {
  const { text, sentence, claims } = s;
  if (clauseFrom <= sentence.start) return false;
  const before = text.slice(clauseStart(text, clauseFrom - 1, sentence.start), clauseFrom - 1);
  const things = before.replace(/^(?:我|全|本)[市县区州旗]/, '').replace(/(?:领跑|位居|位列|排名|居|占)[^、]*$/, '').split('、');
  if (things.length !== listed.length || listed.some(({ f }) => f.unit !== listed[0]!.f.unit)) return false;
  const said = text.slice(sentence.start, clauseFrom);
  for (const head of ANAPHORA_HEADS) {
    if (!said.includes(head)) continue;
    const claim = classifyName(head + name, listed[0]!.f);
    if (!claim) continue;
    listed.forEach(({ i }, k) => (claims[i] = { ...claim, rule: `link.respectively(${claim.rule})`, ...quote, scope: things[k]! }));
    return true;
  }
  return false;
}

/** Where the last thing a text names ends, when an act stands after it ("高新技术企业|申报数"); else -1. */
function actAfterThing(text: string): number {
  let thingEnd = -1;
  let act = false;
  for (const w of findWords(text)) {
    if (w.groups.some((g) => THING_GROUPS.has(g))) {
      thingEnd = w.index + w.word.length;
      act = false;
    } else if (thingEnd >= 0 && w.groups.some((g) => ACT_GROUPS.has(g))) act = true;
  }
  return act ? thingEnd : -1;
}

// "申报国家、省、市科技项目": levels listed inside one name, each with the name's act before and thing after
const LEVELS_LISTED = /^(.*?)((?:国家|自治区|省|市|州|盟|县|旗)级?(?:[、和及与](?:国家|自治区|省|市|州|盟|县|旗|区)级?)+)(.+)$/;

/** The names a list of levels inside one name stands for ("申报国家科技项目", "申报省科技项目", …), or undefined. */
function levelsListed(items: string): string[] | undefined {
  const m = LEVELS_LISTED.exec(items);
  if (!m) return undefined;
  const [, before, levels, after] = m;
  // ("自治区、盟、旗三级科技特派员": the count of the levels is none of theirs)
  return levels!.split(/[、和及与]/).map((level) => `${before}${level}${after!.replace(/^[两三四五]级/, '')}`);
}

// ",增长18%,增加值": a growth figure, then the name of the next figure
// (…nor a running total of the things before: "新认定…研究开发中心14家,累计达到178家", read below)
const WHOLE_OR_SUM = /^(?:全[市县区]|合计|共计|总计|累计(?:在库)?(?:达到?|为|有)?$|总数(?:达到?|为)?$)/;
// (the growth "比上年"/"较上年" or "同比", and the name "实现"/"完成": "…,比上年增长24.7%,实现增加值10.3亿元")
const GROWTH_THEN_NAME = /^(?:,(?:同比|比上年|较上年)?(?:增长|增幅|增速|占[\u4e00-\u9fff]{0,8})(?:了|为|达)?\uE000\uE001*)+,(?:实现|完成)?([\u4e00-\u9fff]{2,6})$/;

// "专利申请量比上年增长|12%|,达到|4500件": a name and its growth (in a figure, or in points, which are
// none: "研发经费投入强度较上年提高0.2个百分点"), then what it reached
const NAME_AND_GROWTH = '^(?:全市|全县|全区|我市|我县|我区)?([\\u4e00-\\u9fff&]{2,16}?)(?:同比|比上年|较上年|比去年|较去年)?(?:同期)?(?:增长|增加|提高|上升|提升)了?';
const NAME_THEN_GROWTH = new RegExp(`${NAME_AND_GROWTH}$`);
const NAME_THEN_POINTS = new RegExp(`${NAME_AND_GROWTH}\\d+(?:\\.\\d+)?个百分点$`);
const REACHED = '(达到|达|突破|增至|增加到|提高到|提升到|提升至|上升到|升至)';
const REACHED_AFTER_GROWTH = new RegExp(`^\\uE001*,${REACHED}$`);
const REACHED_AFTER_POINTS = new RegExp(`^${REACHED}$`);

// a clause that names only a part of the year before its figure ("上半年5120件", "1-10月累计8473件")
const PERIOD_ONLY = new RegExp(`^(?:今年以来|年初以来|${PART}|截至\\d{1,2}月(?:底|末)?|\\d{1,2}月(?:底|末))(?:累计|共|合计)?为?$`);

// ",已完成|35家", ",实际完成|": what was done, right after the figure of a target
// "…40家,已完成35家", "…10项的任务,目前已完成12项", "计划150家,已入库163家"
const DONE_AFTER_TARGET = /^\uE001*(?:的(?:任务|目标))?[,;](?:截至目前|截止目前|目前|现已)?(?:实际|已经?)(?:完成|入库|认定|新增)(?:了)?$/;
// what the figure before must be for a figure done against it: a target ("…任务40家,已完成35家"), not a
// count of applications ("申报…74项,已获批28项")
const TARGET_BEFORE = /目标|任务|计划|力争|下达|确保|拟/;

/** Whether two figures are stated in units of one kind (both money, both counts of one thing, both shares). */
function sameKind(a: string, b: string): boolean {
  return kindOfUnit(a) === kindOfUnit(b);
}

function kindOfUnit(unit: string): string {
  return unit.endsWith('元') ? 'money' : unit;
}

/** Whether a text names a thing of a kind no frame counts, read as the word index reads it (成果转化 is no 成果). */
export function namesOtherKind(text: string): boolean {
  const index = indexWords(text);
  for (let k = 0; k < index.length; k++) if (groupsOf(index.word[k]!).includes('otherThing')) return true;
  return false;
}
const STOCK_OR_AVERAGE = wordsOf(['patentStock', 'average']);
const GROWTH_BEFORE = new RegExp(`(?:${wordsOf(['growth', 'decline']).source})(?:[为了达到:]|保持在|稳定在|保持)*$`);
const RUNNING_TOTAL_WORD = new RegExp(`(?:${wordsOf(['runningTotal'], ['共计']).source})$`);
// ("新遴选…培育库企业64家,累计在库209家": all in the pool so far)
const TOTAL_BEFORE = new RegExp(`(?:${wordsOf(['runningTotal'], ['共计']).source})(在库|在库企业)?(达到|达|为|突破|超过)?$`);
// (…or fallen to, or become: "由2008年的58家减少至51家", "由上年末的27家变为29家")
const GROWN_TO_BEFORE = new RegExp(`(?:(?:${wordsOf(['growth'], ['上升', '提升', '跃升', '扩大', '增加', '增', '发展壮大', '壮大', '发展', '减少', '下降', '降低', '回落', '降']).source})(到|至)|变为)[^\\uE000\\uE001,;]{0,10}$`);

/** The indicators whose frames have a thing named in these words (企业 alone names none). */
export function indicatorsNamedBy(words: string): Set<string> {
  const named = new Set<string>();
  for (const w of findWords(words)) {
    for (const frame of FRAMES) if (w.groups.some((g) => g !== 'enterprise' && frame.thing.includes(g))) named.add(frame.indicator);
  }
  return named;
}

const ZONE_OPENS = /^(?:开发区|经开区|高新区|园区|新区)/;
const TASK_BEFORE = /任务(?:数)?(?:为)?$/;

/**
 * "累计达到15家,完成市上下达任务16家的93.7%": the task a count was set, stated as what share of it
 * was done, is a target of the indicator its sentence just counted. Runs once every figure is claimed.
 */
export function linkTasks(text: string, skel: string, figures: Figure[], claims: (Claim | undefined)[], sentenceOf: (at: number) => Span) {
  figures.forEach((f, i) => {
    if (claims[i] || f.unit === '%' || i === 0) return;
    const share = figures[i + 1];
    if (!share || share.unit !== '%' || !/^的?$/.test(skel.slice(f.end, share.start))) return;
    const sentence = sentenceOf(f.start);
    if (!TASK_BEFORE.test(skel.slice(Math.max(sentence.start, f.start - 4), f.start))) return;
    for (let k = i - 1; k >= 0 && figures[k]!.start >= sentence.start; k--) {
      const claim = claims[k];
      if (!claim || claim.indicator === '' || !sameKind(figures[k]!.unit, f.unit)) continue;
      claims[i] = { ...claim, rule: 'link.task', start: clauseStart(text, f.start, sentence.start), end: share.end, period: 'FY' }; // a task is set for the year
      return;
    }
  });
}
