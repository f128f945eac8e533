// Place names in a text: every mention of a province, city or county-level unit, with its role read
// from the words around it — the report's own body ("杭州市科技局", "在杭州市委…领导下"), a place
// visited or a partner ("赴深圳考察", "与上海…合作"), part of an institution's name ("浙江大学"), or
// the frame above the report's own unit ("温州地区第2", "在温州市科技局的指导下"). Pure TypeScript.
import { longestWordAt } from '../trie.ts';
import { type Entry, entriesOf, getTrie, gluedIntoWord, isWordCharacter, nextNameStart } from './gazetteer.ts';

export interface Mention {
  text: string; // as written
  start: number;
  end: number;
  entries: Entry[];
  inTitle: boolean;
  external: boolean; // visited / partner / elsewhere: does not vote
  bureau: boolean; // followed by 科技局 / 市委 / 人民政府 …: the report's own body
  org: boolean; // part of a university's or CAS institute's name
  firm: boolean; // part of a firm's name
  frame: boolean; // the city above the report's own unit: "温州地区第2", "在温州市科技局的指导下"
}

const EXTERNAL_BEFORE = /(?:赴|到|去|往|前往|在|与|同|联合|携手|来自|对接|对标|借鉴|学习|次于|超过|邀请|参加|援助|援建|帮扶|对口|考察)$/;
/** The names of a science-and-technology bureau, as a regular expression's alternatives. */
export const BUREAU = '科学技术局|科技局|科技和工业信息化局|科学技术和工业信息化局|科工局|科工信局|科技信息局';
const BUREAU_AFTER = new RegExp(`^(?:市|县|区|州|盟|旗)?(?:${BUREAU}|科技委|科委|科学技术委员会|人民政府|政府|委员会|党委|委|科技系统|科技工作)`);
const ORG_AFTER = /^[\u4e00-\u9fff]{0,6}?(?:大学|学院|科学院)/;
const RANK_AFTER = /^(?:市|地区|州)?(?:第[一二三四五六七八九十\d]|前[一二三四五六七八九十\d]|首位|排名|排位|之首)/;
// A bare short name followed by these is a disease's name ("柑橘黄龙病") or a quake's ("汶川特大地震").
const EVENT_NAMED_AFTER = /^(?:病|(?:特大|强烈)?地震)/;
// …and by these a firm's ("淮北矿业股份有限公司", "长岭食品"): most often one of the place's own, so it votes, for less
const FIRM_AFTER = /^(?:食品|机械|农机|电子|电器|化工|焦化|制药|集团|公司|股份|纺织|建材|重工|钢铁|[竹锂参蚕茶酒药实矿纸瓷塑铝铜]业)/;
const JOINT_DEPARTMENT_AFTER = /^县?(?!科技|科学技术)[\u4e00-\u9fff]{0,6}?(?:局|委|办|协|部门|单位)/;
// the last character of an agency's name ("县科协", "县委政研室", "县科技局")
const AGENCY_ENDS = /[局委协室办府部站所]/;
// A bare short name followed by these is a lake, street or township of that name (鄱阳湖, 阜阳乡).
const GEO_AFTER = /^(?:湖|山|江|河|湾|路|街|大道|大街|桥|广场|公园|乡|镇|村|社区)/;

// a slogan of what makes a county or district thrive: "科技兴县", "工业富县", "人才强县", "创新兴区" (兴县, 富县, 新兴县 and
// 新兴区 are places too)
const SLOGAN_END = /[兴富强立活稳][县区]$/;
// a conjunction a name may open with ("和县"), after a word of a phrase that is no place's: "高校院所和县直部门"
const CONJUNCTION = /[和与及同并]/;
// (…or before the county's own departments and levels, after any Chinese word, a place's too: "乡镇和县直部门", "省市和县级")
const COUNTY_OWN_AFTER = /^(?:直|级|里|域)/;
function joinedBy(text: string, start: number, after: string): boolean {
  const before = text[start - 1] ?? '';
  return CONJUNCTION.test(text[start]!) && (isWordCharacter(before) || (/[\u4e00-\u9fff]/.test(before) && COUNTY_OWN_AFTER.test(after)));
}

/** Every place name in a text, longest match first, with what the words around it say of its role. */
export function scan(text: string, inTitle: boolean): Mention[] {
  const trie = getTrie();
  const out: Mention[] = [];
  // Code-unit offsets; all gazetteer characters are in the BMP.
  let i = 0;
  while (i < text.length) {
    // (most characters start no name: passed over with a look or two)
    i = nextNameStart(text, i);
    if (i === text.length) break;
    const name = longestWordAt(trie, text, i, text.length);
    if (name < 0) { i++; continue; }
    const best = trie.words[name]!;
    const start = i, end = i + best.length;
    const entries = entriesOf(best);
    const before = text.slice(Math.max(0, start - 4), start);
    const after = text.slice(end, end + 12);
    const shortOnly = entries.every((e) => e.how === 'short');
    const fullCityLike = /市$/.test(best);
    let skip = false;
    if (fullCityLike && after.startsWith('场')) skip = true; // 东方市场, 白银市场
    if (shortOnly && GEO_AFTER.test(after)) skip = true; // 鄱阳湖, 杭州湾, 南京路
    if (shortOnly && EVENT_NAMED_AFTER.test(after)) skip = true; // 黄龙病, 汶川地震: a disease's name, a quake's
    // ("会同县统计局加强…", "县科协会同县科技局": 会同 is "jointly with", before another department or after one)
    if (best.startsWith('会同') && (JOINT_DEPARTMENT_AFTER.test(after) || AGENCY_ENDS.test(text[start - 1] ?? ''))) skip = true;
    if (shortOnly && entries.some((e) => e.unit.kind !== 'province') && gluedIntoWord(text, start, end)) skip = true;
    // (a county's name of two characters is as easily part of a phrase: "完成县级", "示范县", "高校和县直部门", "乡镇和县直单位")
    if (best.length === 2 && entries.every((e) => e.unit.kind === 'county') && (gluedIntoWord(text, start, end) || joinedBy(text, start, after))) skip = true;
    // (…and one a slogan ends in: "科技兴县战略", "产业强县、工业富县", "创新兴县", "创新兴区")
    if (SLOGAN_END.test(best) && isWordCharacter(text[start - 1] ?? '')) skip = true;
    // ("新建区级星创天地": 新建 and 区级, where the district's short name is withheld as an everyday word)
    if (after.startsWith('级') && /[区县]$/.test(best) && entries.every((e) => e.how === 'full') && entriesOf(best.slice(0, -1)).length === 0) skip = true;
    if (!skip) {
      const bureau = BUREAU_AFTER.test(after);
      let external = EXTERNAL_BEFORE.test(before);
      // "在杭州市委、市政府的领导下" is the report's own city.
      if (external && /在$/.test(before) && bureau) external = false;
      // An enumeration continues the previous mention's role: "赴深圳、广州、东莞考察".
      // "与上海科技开发交流中心及杨浦科创中心、浦东软件园等机构" too: a short gap with a separator.
      const prev = out[out.length - 1];
      const gap = prev ? text.slice(prev.end, start) : '';
      if (!external && prev?.external && (/^[、,和及与]?$/.test(gap) || (gap.length <= 12 && /[、及和与]$/.test(gap) && !/[,，。;；:：!！?？\n]/.test(gap)))) external = true;
      const org = ORG_AFTER.test(after) || /(?:中科院|中国科学院|中科)$/.test(before);
      const firm = shortOnly && FIRM_AFTER.test(after);
      // "在温州市科技局的精心指导下": a place named as the one that leads or guides the report's own
      // unit is its superior (a city names itself as 市委, not by name).
      const guidedBy = /在$/.test(before) && /^[^,，。;；]{0,14}?的?(?:正确|坚强|关心|精心|大力|亲切)?(?:领导|指导|支持|关心)/.test(after);
      out.push({ text: best, start, end, entries, inTitle, external, bureau, org, firm, frame: RANK_AFTER.test(after) || guidedBy });
    }
    i = skip ? i + 1 : end;
  }
  return out;
}
