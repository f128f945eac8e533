// Build-time generator of src/data/place-names-en.json: every province, prefecture and county-level
// name of the gazetteer (src/extract/gazetteer.json) with its romanised (Hanyu Pinyin) name, as the
// dashboard shows places in English and finds them by pinyin ("wenzhou" → 温州市).
//
//   npx tsx src/cli/place-names.ts
//
// The pinyin is pinyin-pro's (a maintained dictionary with word-level readings, so 重庆 is Chongqing
// and 长沙 Changsha); the rank's word follows the name ("Cangnan County", "Lucheng District"), a
// prefecture-level or county-level city is its name alone ("Wenzhou", "Rui'an"). A test holds the
// committed file to this generator's output.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { pinyin } from 'pinyin-pro';

type Rank = 'province' | 'city' | 'county';

// longest first: 自治县 before 县
const SUFFIXES: Record<Rank, [string, string][]> = {
  province: [['特别行政区', 'SAR'], ['维吾尔自治区', 'Autonomous Region'], ['回族自治区', 'Autonomous Region'], ['壮族自治区', 'Autonomous Region'], ['自治区', 'Autonomous Region'], ['省', ''], ['市', '']],
  city: [['自治州', 'Autonomous Prefecture'], ['地区', 'Prefecture'], ['盟', 'League'], ['市', '']],
  county: [['自治县', 'Autonomous County'], ['自治旗', 'Autonomous Banner'], ['林区', 'Forestry District'], ['特区', 'Special District'], ['新区', 'New Area'], ['县', 'County'], ['区', 'District'], ['旗', 'Banner'], ['市', '']],
};

// the peoples an autonomous unit is named after are left out of its short name ("恩施土家族苗族自治州" → Enshi)
const PEOPLE_NAMES = ['土家', '苗', '藏', '彝', '壮', '回', '蒙古', '维吾尔', '哈萨克', '朝鲜', '满', '侗', '瑶', '白', '傣', '黎', '傈僳', '佤', '畲', '拉祜',
  '水', '东乡', '纳西', '景颇', '柯尔克孜', '土', '达斡尔', '仫佬', '羌', '布朗', '撒拉', '毛南', '仡佬', '锡伯', '阿昌', '普米', '塔吉克', '怒',
  '乌孜别克', '俄罗斯', '鄂温克', '德昂', '保安', '裕固', '京', '塔塔尔', '独龙', '鄂伦春', '赫哲', '门巴', '珞巴', '基诺', '布依', '哈尼', '各'];
const PEOPLES = new RegExp(`(?:${[...PEOPLE_NAMES].sort((a, b) => b.length - a.length).join('|')})族$`, 'u');

/** A name's stem with the peoples it names taken off its end, one after the other ("恩施土家族苗族" → 恩施). */
function withoutPeoples(stem: string): string {
  let rest = stem;
  while (PEOPLES.test(rest) && rest.replace(PEOPLES, '').length >= 2) rest = rest.replace(PEOPLES, '');
  return rest;
}

/** Syllables joined, an apostrophe before one that starts with a, e or o (Xi'an, Rui'an), first letter capital. */
export function romanise(hanzi: string): string {
  const syllables = pinyin(hanzi, { toneType: 'none', type: 'array', v: false }) as string[];
  const joined = syllables.map((s, k) => (k > 0 && /^[aeo]/.test(s) ? `'${s}` : s)).join('');
  return joined.charAt(0).toUpperCase() + joined.slice(1);
}

export function englishName(name: string, rank: Rank): string {
  for (const [suffix, word] of SUFFIXES[rank]) {
    if (!name.endsWith(suffix) || name.length === suffix.length) continue;
    const stem = withoutPeoples(name.slice(0, -suffix.length));
    return [romanise(stem), word].filter(Boolean).join(' ');
  }
  return romanise(name);
}

interface Gazetteer { provinces: string[][]; cities: string[][]; counties: string[][] }

export function placeNames(gazetteer: Gazetteer): Record<string, string> {
  const names: Record<string, string> = {};
  const put = (rows: string[][], rank: Rank) => {
    for (const row of rows) names[row[1]!] ??= englishName(row[1]!, rank);
  };
  put(gazetteer.provinces, 'province');
  put(gazetteer.cities, 'city');
  put(gazetteer.counties, 'county');
  return names;
}

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const PLACE_NAMES_FILE = path.join(root, 'src/data/place-names-en.json');

export function placeNamesJson(): string {
  const gazetteer = JSON.parse(fs.readFileSync(path.join(root, 'src/extract/gazetteer.json'), 'utf8')) as Gazetteer;
  const names = placeNames(gazetteer);
  // one name a line, so that a change reads as a diff
  return `{\n${Object.entries(names).map(([zh, en]) => `${JSON.stringify(zh)}:${JSON.stringify(en)}`).join(',\n')}\n}\n`;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const json = placeNamesJson();
  fs.writeFileSync(PLACE_NAMES_FILE, json);
  console.log(`wrote ${PLACE_NAMES_FILE}: ${Object.keys(JSON.parse(json) as object).length} names, ${(Buffer.byteLength(json) / 1024).toFixed(0)} KB`);
}
