// Figures of somewhere else: the province's, the nation's or a neighbour's, set beside the bureau's own in a
// news piece or a summary ("据悉,今年1-11月,全省技术合同成交额达2810亿元", "邻区…有效高新技术企业达到403家"),
// and the larger place's total a share of the report's own is taken of ("占全市总数(318家)的43%"); a college's own
// figures, and another city's named in full as a clause's subject ("北京市全年技术合同成交额…").
// Whatever read them, they are no rows of the report's place.
import { noRow, type Claim } from './claim.ts';
import type { Figure } from './figures.ts';
import { entriesOf, getTrie, mayStartName, toPlace, type Place } from './place/gazetteer.ts';
import { clauseEnd, clauseStart, type Sentence, type Span } from './spans.ts';
import { longestWordAt } from './trie.ts';

// what may open a clause before its subject: where the news came from, a time, a linking word
const OPENING = /^(?:据悉|据了解|据统计|据介绍|另据统计|从全[省国]看|同时|另外|此外|其中|而|但|同期|今年|去年|全年|上半年|前三季度|一季度|(?:19|20)\d\d年(?:度|底|末)?|\d{1,2}[-—–~至到]\d{1,2}月(?:份)?|截至(?:目前|\d{1,2}月底?)|[,、:])*/;
// a subject that is somewhere else: the province, the nation, a neighbour (not a kind named after them, 全省重点实验室,
// nor a rank among them, 全省第三; nor a week the nation holds everywhere, 全国科技周)
const ELSEWHERE = /^(?:(?:[\u4e00-\u9fff]{2,3}?)?全省|全国|省内|国内|相邻的?|邻近的?|邻[区县市]|周边|兄弟)(?!重点|第|首|前|排|[一二三四五六七八九十]|平均水平以上|科技(?:活动)?周|科普日|科技工作者日|双创活动周)/;
// a sentence that opens on the province or the nation as what it speaks of ("从全省看,", "全省范围内,"), or on a
// neighbour as its subject ("省内的绵江市,研发投入强度已达3.1%")
// (…or a peer: "2016年,同为省域副中心城市的江陵市研发投入强度已达2.3%", "同处沿江片区的港川市…", "与我们体量相近的白泽市,…";
// or the leaders it is measured against: "和省内先进城市比,我们还有差距,比如…", "与省内先进城市相比,…")
const SENTENCE_ELSEWHERE = /^(?:据悉|据了解)?,?(?:(?:从全[省国]看|从全[省国]范围看|全[省国]范围内|放眼全[省国]|与(?:周边|相邻|邻近|兄弟)[^,;。]{0,8}相比|[与和](?:省内|国内)?(?:先进|发达)(?:城市|地区|县市|市县|县区)(?:相)?比)[,:]|(?:[与和]我们[^,;。]{0,8}相近的)|(?:从[^,;。]{1,8}看,)?(?:省内的?|相邻的?|邻近的?|邻[区县市]的?|周边的?|兄弟)|(?:(?:19|20)\d\d年,?)?同[为处属是][^,;。]{1,12}的)/;
// a neighbour's figure the report's own is set beside: "与邻县湄江县每年选派科技特派员120名相比"
const NEIGHBOUR_SET_BESIDE = /^与(?:邻[县市区]|周边|相邻|邻近|兄弟)/;
// the report's own place named as a subject: the sentence turns back to it
const OWN_PLACE = /全[市县区州旗盟]|[我本][市县区州旗盟]/;
// …or the clause turns to a place's share of what somewhere else counts ("全省首批布局9家研究院中芜湖市各占2家")
const SHARE_OF_IT = /中[\u4e00-\u9fff]{0,6}[市县区旗]|占$|各占|[我本全][市县区]/;

// a partner's people or acts come here from a place a sentence opens on: "澄川市科技局今年先后选派…专家42人次来我县开展技术指导"
const PARTNER_OPENS = /^(?:今年|全年|上半年|同时|另外|此外)?,?(?![我全本该][市县区州盟旗])[\u4e00-\u9fff]{1,8}?(?:市|区|县|省)(?:科技局|科学技术局|农科院|农业科学院|政府)?(?:今年|全年|上半年|先后|共|累计){0,2}(?:选派|派出|组织|派驻|选聘)/;
const COMES_HERE = /来(?:我|本)[县市区州盟旗]|来(?:县|盟|州|师市|我区)|进藏|赴我[县市区州盟旗]/;

// a university or college as a sentence's subject, its own figures after it: "北疆工业大学现有…国家重点实验室3个,去年学校技术合同额达9.8亿元",
// "据了解,湘中农业大学今年获国家专利授权212件" (not one the report's place works with: "联合西岭科技大学举办…")
const COLLEGE_OPENS = /^(?:据了解|据悉|另外|此外|同时)?,?(?:(?!联合|组织|邀请|与|和|同|依托|对接|赴|到|走进|携手|借助|推动|支持|协助|引进|会同|举办|承办|协办|召开|开展|局|委|政府)[\u4e00-\u9fff“”]){2,12}?(?:大学|学院)/;
// …until the sentence turns to the report's place, or to what the college does for it
const TURNS_HOME = /[我本全][市县区州旗盟]|落户|落地|为我|来我|在我|帮助|助力|与|服务我|合作|共建/;

// every clause or sentence above names one of these (looked for once a sentence)
const CUE = /全[省国]|省内|国内|相邻|邻|周边|兄弟|同[为处属是]|先进(?:城市|地区|县市|市县|县区)|相近的/;

// the whole a share is taken of, in brackets: "…137家,占全市总数(318家)的43%" (the larger place's)
const WHOLE_OF_SHARE = /占[^,;。()]{0,12}\($/;
const SHARE_AFTER = /^\)的?[\d.]+%/;

/** Drops what was read from a clause whose subject is the province, the nation or a neighbour, and the wholes shares are of. */
export function dropElsewhere(text: string, figures: Figure[], claims: (Claim | undefined)[], sentenceOf: (at: number) => Span) {
  let cued: Span | undefined;
  let cue = false;
  let comesHere = false;
  let college = false;
  // (a sentence says a partner came, or speaks of a college, only where the text does: most never do)
  const textComesHere = COMES_HERE.test(text);
  const textCollege = text.includes('大学') || text.includes('学院');
  figures.forEach((f, i) => {
    if (!claims[i]?.indicator) return;
    if (text[f.start - 1] === '(' && WHOLE_OF_SHARE.test(text.slice(Math.max(0, f.start - 16), f.start)) && SHARE_AFTER.test(text.slice(f.end, f.end + 10))) {
      claims[i] = noRow(f.start, f.end, 'elsewhere.whole_of_share');
      return;
    }
    const sentence = sentenceOf(f.start);
    if (sentence !== cued) {
      cued = sentence;
      const said = text.slice(sentence.start, sentence.end);
      comesHere = textComesHere && (said.includes('来') || said.includes('藏') || said.includes('赴')) && COMES_HERE.test(said);
      cue = CUE.test(said) || (comesHere && PARTNER_OPENS.test(said));
      college = textCollege && (said.includes('大学') || said.includes('学院')) && COLLEGE_OPENS.test(said);
    }
    if (college && !TURNS_HOME.test(text.slice(sentence.start, f.start))) {
      claims[i] = noRow(f.start, f.end, 'elsewhere.college');
      return;
    }
    if (!cue) return;
    const from = clauseStart(text, f.start, sentence.start);
    const whole = text.slice(from, f.start);
    // (a bracket open before the figure is a clause of its own: "研发投入强度2.41%(全省平均为2.36%)")
    const bracket = whole.lastIndexOf('(');
    const clause = bracket >= 0 && !whole.includes(')', bracket) ? whole.slice(bracket + 1) : whole;
    const subject = clause.slice(OPENING.exec(clause)![0].length);
    const opensElsewhere = (ELSEWHERE.test(subject) && !SHARE_OF_IT.test(subject)) || NEIGHBOUR_SET_BESIDE.test(subject);
    const sentenceElsewhere = SENTENCE_ELSEWHERE.test(text.slice(sentence.start, f.start)) && !OWN_PLACE.test(text.slice(sentence.start, f.start).replace(SENTENCE_ELSEWHERE, ''));
    const partners = comesHere && PARTNER_OPENS.test(text.slice(sentence.start, f.start));
    if (opensElsewhere || sentenceElsewhere || partners) claims[i] = noRow(f.start, f.end, 'elsewhere');
  });
}

/**
 * Drops what was read from a clause whose subject is a place the gazetteer knows by its full name, outside the
 * report's own city ("北京市全年技术合同成交额接近4000亿元" in another city's report): that place's figures. A place
 * within it (a county of its city) is a part, kept.
 */
export function dropNamedElsewhere(text: string, figures: Figure[], claims: (Claim | undefined)[], sentenceOf: (at: number) => Span, home: Place) {
  if (home.city === '') return;
  const trie = getTrie();
  // the sentence whose subject was named elsewhere: its clauses after it are that place's too ("北京市…4000亿元,
  // 高新技术企业总数…"), until one turns to the report's own place
  let namedIn: Span | undefined;
  figures.forEach((f, i) => {
    if (!claims[i]?.indicator) return;
    const sentence = sentenceOf(f.start);
    const from = clauseStart(text, f.start, sentence.start);
    const clause = text.slice(from, f.start);
    if (namedIn === sentence && !OWN_PLACE.test(text.slice(sentence.start, f.start)) && !CITY_OR_PROVINCE_END.test(clause)) {
      claims[i] = noRow(f.start, f.end, 'elsewhere.named');
      return;
    }
    // (every name looked for ends in one of these)
    if (!(home.county === '' ? CITY_OR_PROVINCE_END : NAME_END).test(clause)) return;
    const at = from + OPENING.exec(clause)![0].length;
    if (at >= f.start || !mayStartName(text, at)) return;
    const name = longestWordAt(trie, text, at, f.start);
    if (name < 0) return;
    // (a city or a province: a county or district named alone is most often a part of the report's own city; but in a
    // county's report another county is none of its own: "同期东阳市、永康市分别新认定121家、109家" in 义乌市's)
    const named = entriesOf(trie.words[name]!).filter((e) => e.how === 'full');
    const entries = named.filter((e) => e.unit.kind !== 'county');
    // (not a level, "新建区级众创空间", nor a row of a table)
    const otherCounty = home.county !== '' && home.admin_code !== '' && named.length > 0 && text[at + trie.words[name]!.length] !== '级' && text[f.start - 1] !== '\t' &&
      named.every((e) => e.unit.kind === 'county' && e.unit.code !== home.admin_code);
    if (otherCounty || (entries.length > 0 && entries.every((e) => outside(toPlace(e.unit), home)))) {
      claims[i] = noRow(f.start, f.end, 'elsewhere.named');
      namedIn = sentence;
    }
  });
}

const CITY_OR_PROVINCE_END = /[市省州盟区]/;
const NAME_END = /[市省州盟区县旗]/;

/**
 * Whether a place is outside the report's own city (the city above a county's bureau is no outside: its name before
 * a thing is a level, "金华市众创空间6家").
 */
function outside(place: Place, home: Place): boolean {
  if (place.city === '') return place.province !== home.province; // a province named: its own when it is the report's
  return place.city !== home.city;
}

// A partnership (东西部协作, 对口支援, 结对帮扶, 两地合作): a clause that opens on the partner's name, its acts or its own
// figures after it, is the partner's ("广东省佛岚市顺泽区今年安排科技协作资金200万元,派出农业科技人员8人次到我县指导",
// "莞泽市2021年技术合同成交额达到186亿元"), and so are the clauses after it until one opens on the report's own place.
const PARTNERSHIP = /协作|对口|援[疆藏青]|援建|结对|两地|帮扶|合作方|派出单位/;
// what may open a clause before its subject ("在粤桂东西部扶贫协作框架下,", "按照沪滇协作安排,")
const LEAD_PHRASE = /^(?:(?:在[^,;。]{2,30}(?:下|中)|按照[^,;。]{2,30}|依托[^,;。]{2,30}|根据[^,;。]{2,30}|同时|此外|另外|今年|全年),)*/;
// a place named in full as a subject, then what it did or has
const PARTNER_SUBJECT = /^((?:[\u4e00-\u9fff]{2,4}省)?(?:[\u4e00-\u9fff]{1,6}?[市州盟](?:[\u4e00-\u9fff]{1,4}?[区县])?|[\u4e00-\u9fff]{1,4}?[区县])|[\u4e00-\u9fff]{2,4}省(?=[^,;。]{0,8}[向为对]))(?:科技局|科学技术局|科技部门|人民政府|政府|农科院)?(?:今年|全年|先后|累计|共|已|继续|还|又|(?:19|20)\d\d年)*(?:投入|安排|派出|选派|组织|援助|援建|捐赠|帮助|支持|落实|提供|[对向为]我[县市区州旗盟]|技术合同|高新技术企业|研发|拥有)/;
// a partner named by its part in the partnership, not by its name: "援疆省份2023年技术合同成交额突破4000亿元",
// "结对市上半年…", "浙江结对县2024年高新技术企业已超过600家", "对口援藏省市全年在我市组织…", "合作方所在省份当年…"
// (or by where it sits: "工作队派出单位所在的澄湖市去年拥有…"), its own statistics or its acts here after it
const PARTNER_OWN = /技术合同|高新技术企业|高企|研发|R&D|拥有|有|[在来向为对]我/;
const PARTNER_BY_ROLE = new RegExp(`^(?:(?:[\\u4e00-\\u9fff]{2}(?:协作)?)?(?:对口)?(?:援[疆藏青]|支援|帮扶|结对|协作)(?:省份|省市|省|地市|城市|市|县|区|方)|[\\u4e00-\\u9fff]{0,6}?(?:派出单位|合作方|对方|帮扶方|援助方)所在的?[\\u4e00-\\u9fff]{0,6}?(?:省份|省|市|县|区))(?:[^,;。]{0,6}?(?:(?:19|20)\\d\\d年|今年|去年|当年|全年|上半年))?(?:已|共|累计)?(?:${PARTNER_OWN.source})`);
// …and a clause that turns back to the report's own place or bureau
const HOME_SUBJECT = /^(?:[我本全该][局县市区州旗盟]|[县市区州旗]科技局|[县市区州旗]科学技术局|县里|市里)/;
// (the report's own place, as its first line names it: never a partner)
const OWN_NAME = /^[^\n]{0,20}?([\u4e00-\u9fff]{2,10}?(?:自治县|自治州|县|市|区|旗|州|盟))(?:科学技术|科技)/;

/** Drops the figures of a partner named as the subject of its clauses in a sentence about a partnership. */
export function dropPartners(text: string, figures: Figure[], claims: (Claim | undefined)[], sentenceOf: (at: number) => Span) {
  // (a sentence speaks of a partnership only where the text does: most never do)
  if (!PARTNERSHIP.test(text)) return;
  const own = OWN_NAME.exec(text.slice(0, 80))?.[1];
  // (each name looked for in the text once)
  const partners = new Map<string, boolean>();
  const partnerNamed = (named: string) => partners.get(named) ?? partners.set(named, isPartner(text, named, own)).get(named)!;
  let read: Span | undefined;
  let partnered = false;
  figures.forEach((f, i) => {
    if (!claims[i]?.indicator) return;
    const sentence = sentenceOf(f.start);
    if (sentence !== read) {
      read = sentence;
      partnered = PARTNERSHIP.test(text.slice(sentence.start, sentence.end));
    }
    if (!partnered) return;
    // the subject of the figure's clause: the last clause before it (or its own) that opens on a place
    let partner = false;
    for (let from = sentence.start; from <= f.start; ) {
      const end = clauseEnd(text, from, f.start);
      const clause = text.slice(from, end).replace(LEAD_PHRASE, '');
      const named = PARTNER_SUBJECT.exec(clause)?.[1];
      if ((named !== undefined && partnerNamed(named)) || PARTNER_BY_ROLE.test(clause)) partner = true;
      else if (HOME_SUBJECT.test(clause)) partner = false;
      from = end + 1;
    }
    if (partner) claims[i] = noRow(f.start, f.end, 'elsewhere.partner');
  });
}

/**
 * Whether a place named as a subject is a partner: not the report's own, and introduced as another province's
 * ("山东省鲁清市", "广东省佛岚市顺泽区"), a municipality's district ("上海市浦泽区"), or beside the partnership ("对口支援我县的鲁清市").
 */
function isPartner(text: string, named: string, own: string | undefined): boolean {
  if (/[全我本该各]|力争|争取|省市|援/.test(named)) return false;
  if (own !== undefined && (named.includes(own) || own.includes(named))) return false;
  const place = named.replace(/^[\u4e00-\u9fff]{2,4}省/, '');
  return named !== place || /^(?:北京|天津|上海|重庆)市./.test(named) ||
    new RegExp(`(?:省|(?:北京|天津|上海|重庆)市)[\\u4e00-\\u9fff]{0,6}?${place}|(?:${PARTNERSHIP.source})[^,;。]{0,12}${place}`).test(text);
}


// One firm's own figures, as a news piece tells them: its head speaking ("企业负责人介绍,公司…已申请发明专利12件",
// "总经理告诉记者,企业…研发投入占…"), or a statement that opens on one firm ("位于曲靖经开区的一家新能源电池材料企业,
// 2019年研发投入超过1亿元"); its figures are none of the report's, to the statement's end.
const FIRM_SPEAKS = /(?:企业|公司|集团)[^,。;:]{0,6}?(?:负责人|总经理|董事长|经理|总工程师|技术总监)[^,。;:]{0,4}?(?:介绍|说|表示|告诉记者|坦言|透露)/;
const ONE_FIRM_OPENS = /^(?:在|位于)[^,。;]{0,24}?的一家[^,。;]{0,16}?(?:企业|公司)/;
const STATEMENT_BACK = 200;
// a word every such statement holds
const FIRM_TOLD = /负责人|经理|董事长|总工程师|技术总监|一家/;

/** Drops the figures of a statement about one firm, told by its head or opening on it. */
export function dropFirmsOwn(text: string, figures: Figure[], claims: (Claim | undefined)[], sentenceOf: (at: number) => Sentence) {
  // (most reports tell of no one firm: one look at the whole text says so)
  if (!FIRM_TOLD.test(text)) return;
  figures.forEach((f, i) => {
    if (!claims[i]?.indicator) return;
    const statement = text.slice(Math.max(sentenceOf(f.start).statement, f.start - STATEMENT_BACK), f.start);
    if (FIRM_SPEAKS.test(statement) || ONE_FIRM_OPENS.test(statement)) claims[i] = noRow(f.start, f.end, 'elsewhere.one_firm');
  });
}
