// Places in English: the committed names are pinyin-pro's reading of the gazetteer, and a search finds
// a place by its Chinese or its romanised name.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { englishName, placeNamesJson, PLACE_NAMES_FILE } from '../../src/cli/place-names.ts';
import { englishPlace, placeMatches } from '../../src/data/place-names.ts';

describe('romanised place names', () => {
  it('are what the generator makes of the gazetteer (npx tsx src/cli/place-names.ts)', () => {
    expect(readFileSync(PLACE_NAMES_FILE, 'utf8')).toBe(placeNamesJson());
  });

  it('name a place as English does: prefecture alone, county and district with their rank, peoples left out', () => {
    expect(englishName('温州市', 'city')).toBe('Wenzhou');
    expect(englishName('瑞安市', 'county')).toBe("Rui'an");
    expect(englishName('苍南县', 'county')).toBe('Cangnan County');
    expect(englishName('鹿城区', 'county')).toBe('Lucheng District');
    expect(englishName('恩施土家族苗族自治州', 'city')).toBe('Enshi Autonomous Prefecture');
    expect(englishName('重庆市', 'province')).toBe('Chongqing');
    expect(englishPlace('温州市·瑞安市')).toBe("Wenzhou · Rui'an");
    expect(englishPlace('浙江省')).toBe('Zhejiang');
  });

  it('find a place by either script, without spaces, apostrophes or case', () => {
    expect(placeMatches('温州市', 'wenzhou')).toBe(true);
    expect(placeMatches('温州市·瑞安市', 'Wenzhou')).toBe(true);
    expect(placeMatches('温州市·瑞安市', 'ruian')).toBe(true);
    expect(placeMatches('温州市·瑞安市', '瑞安')).toBe(true);
    expect(placeMatches('杭州市', 'wenzhou')).toBe(false);
    expect(placeMatches('吕梁市', 'lvliang')).toBe(true);
  });
});
