import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { corpusOrSkip, corpusReport } from '../setup/corpus.ts';
import { expectedRows } from './place-year-expected.ts';
import { guessPlace, lookupPlace } from '../../src/extract/place.ts';
import gazetteer from '../../src/extract/gazetteer.json';

describe('guessPlace: the city a report is about', () => {
  it('takes the bureau named in the text: 杭州市科技局 → 杭州市 330100', () => {
    const p = guessPlace('上半年,杭州市科技局组织开展科技小分队走进行业研发中心活动,全市共组织申报高新技术企业112家。', '');
    expect(p).toMatchObject({ city: '杭州市', admin_code: '330100', province: '浙江省', level: 'city' });
    expect(p.how).toBe('text');
    expect(p.evidence).toContain('杭州市');
  });

  it('votes by the districts and counties of one city: 襄城, 襄州, 枣阳 → 襄阳市', () => {
    const p = guessPlace('我市深入襄城、襄州、枣阳等地开展高新技术企业培训,全市已经入库后备企业93家。', '市科技局上半年工作总结');
    expect(p).toMatchObject({ city: '襄阳市', admin_code: '420600', level: 'city' });
  });

  it('takes a prefecture’s bureau (州科学技术局) for the prefecture, not one of the county-level cities its text names as often', () => {
    const text = '全州高新技术企业达到86家。伊宁市、奎屯市、霍尔果斯市三地协同发展,伊宁市41家、奎屯市23家、霍尔果斯市18家。全县科技特派员服务站覆盖各乡镇。州委、州政府高度重视科技工作。';
    const p = guessPlace(text, '伊犁州科学技术局2025年工作总结');
    expect(p).toMatchObject({ city: '伊犁哈萨克自治州', county: '', level: 'city' });
  });

  it('does not take a city merely visited', () => {
    const p = guessPlace('今年1月,我市代表团在北京参加了国家可持续发展实验区联席评审会。', '');
    expect(p.city).toBe('');
    expect(p.how).toBe('unknown');
    expect(guessPlace('组织企业赴深圳、广州考察学习。嘉兴市科技局全力推进科技创新。', '').city).toBe('嘉兴市');
  });

  it('resolves a shared county name only with its province or city in context', () => {
    expect(guessPlace('朝阳区科技局2020年工作总结。全区科技工作取得新进展。', '').city).toBe('');
    const p = guessPlace('北京市朝阳区科学技术委员会2020年工作总结。全区科技工作取得新进展。', '');
    expect(p).toMatchObject({ city: '北京市', county: '朝阳区', admin_code: '110105', level: 'county' });
    expect(guessPlace('西安市长安区科技局2020年工作总结', '').city).toBe('西安市');
  });

  it('maps old names to today’s: 襄樊 → 襄阳市', () => {
    expect(guessPlace('襄樊市科技局2009年工作总结。全市科技工作…', '')).toMatchObject({ city: '襄阳市', admin_code: '420600' });
    expect(lookupPlace('襄樊')).toMatchObject({ city: '襄阳市', admin_code: '420600', level: 'city' });
  });

  it('gives a county-level bureau its prefecture as city and its own code', () => {
    expect(guessPlace('鼎城区科技局工作总结。截止三季度,我区高新产业增加值9.7亿元。', ''))
      .toMatchObject({ city: '常德市', county: '鼎城区', province: '湖南省', admin_code: '430703', level: 'county' });
    expect(guessPlace('今年我县共安排了26名科技特派员,携手建设两型澧县。全县…', ''))
      .toMatchObject({ city: '常德市', county: '澧县', admin_code: '430723', level: 'county' });
    expect(guessPlace('杭州市临安区科学技术局2024年度工作总结及2025年工作思路\n2024年,区科技局…我区创新指数居全省第12位、全市第4位。', ''))
      .toMatchObject({ city: '杭州市', county: '临安区', admin_code: '330112', level: 'county', how: 'title' });
    // A county-level city says 我市 too; it is the one county named, its city only as a frame.
    expect(guessPlace('2023年,我市科技工作…为瑞安赶超发展提供强大动力。科技进步综合评价位居全省第6,温州地区第2。', '市科技局XX年工作总结'))
      .toMatchObject({ city: '温州市', county: '瑞安市', admin_code: '330381', level: 'county' });
    expect(guessPlace('共青城市科技局2021年上半年工作总结。上半年,我市…', '')).toMatchObject({ city: '九江市', county: '共青城市', admin_code: '360482' });
    // the one county-level unit a title names, not naming the city, however often the text names the city
    expect(guessPlace('全市科技工作在岳阳市委、岳阳市政府领导下,对标岳阳市目标,岳阳市考核第一。我市新增高新技术企业12家。', '临湘市科技和工业信息化2023年工作情况汇报'))
      .toMatchObject({ city: '岳阳市', county: '临湘市', admin_code: '430682', level: 'county' });
  });

  it('keeps a city report at city level when it lists its districts', () => {
    const p = guessPlace('宁波市科技局2019年工作总结。全市…鄞州区、海曙区、江北区、慈溪市、余姚市的高新技术企业…我市', '');
    expect(p).toMatchObject({ city: '宁波市', county: '', admin_code: '330200', level: 'city' });
  });

  it('gives municipalities as the city', () => {
    expect(guessPlace('重庆市万州区科技局2021年工作总结。我区…', '')).toMatchObject({ city: '重庆市', county: '万州区', admin_code: '500101' });
    expect(lookupPlace('上海')).toMatchObject({ city: '上海市', admin_code: '310000', level: 'city' });
    expect(guessPlace('今年以来,全区新增高新技术企业12家。', '天津市静海区科技局工作总结'))
      .toMatchObject({ city: '天津市', county: '静海区', province: '天津市', admin_code: '120118', level: 'county' });
    expect(guessPlace('今年以来,静海区科技局围绕中心工作,全区新增高新技术企业12家。', '')).toMatchObject({ city: '天津市', county: '静海区', admin_code: '120118' });
  });

  it('takes a prefecture-level city that has no counties: 中山市, 东莞市, 儋州市, 嘉峪关市', () => {
    expect(guessPlace('全市新增高新技术企业120家。', '中山市科学技术局2022年工作总结和2023年工作计划'))
      .toMatchObject({ city: '中山市', county: '', province: '广东省', admin_code: '442000', level: 'city', how: 'title' });
    expect(guessPlace('今年以来,东莞市科技局围绕中心工作,全市技术合同成交额增长12%。', '')).toMatchObject({ city: '东莞市', admin_code: '441900', level: 'city' });
    expect(lookupPlace('儋州市')).toEqual({ city: '儋州市', county: '', province: '海南省', admin_code: '460400', level: 'city' });
    expect(lookupPlace('嘉峪关市')).toMatchObject({ city: '嘉峪关市', county: '', admin_code: '620200', level: 'city' });
  });

  it('reads traditional characters: 青島市 → 青岛市', () => {
    const p = guessPlace('2017年,青島全社會研發經費(R&D)投入286.4億元。青島市技術合同交易額達到126.66億元。', '');
    expect(p).toMatchObject({ city: '青岛市', admin_code: '370200', province: '山东省' });
    expect(guessPlace('ＸＸ', '青島市科學技術局2017年工作總結')).toMatchObject({ city: '青岛市', how: 'title' });
  });

  it('leaves anonymised reports without a city', () => {
    for (const text of ['XX县科技局2020年工作总结。我县引进浙江大学团队…', '县 xx 科技局工作总结。**市科技局…', '我市科技工作取得新进展,全市…']) {
      expect(guessPlace(text, '').city).toBe('');
    }
    expect(guessPlace('科学技术局半年工作总结。四川梨梨生物工程有限公司、四川渝州农林开发公司、四川红土地农业开发有限公司…我县', ''))
      .toMatchObject({ city: '', province: '四川省', level: 'county' });
  });

  it('does not read place names out of ordinary words', () => {
    // 以上高新 is not 上高县, 创新平台 not 新平县, 顺利通过 not 利通区, 东湖 not 南昌's 东湖区, 鄱阳湖 not 鄱阳县.
    const text = '我县规模以上高新技术企业12家,建设科技创新平台3个,顺利通过验收。东湖科学城、鄱阳湖生态经济区、科技富民强县专项。';
    expect(guessPlace(text, '').city).toBe('');
    expect(guessPlace(`武汉市科技局2021年工作总结。${text}`, '').city).toBe('武汉市');
  });

  it('does not read a county of two characters, a slogan or a firm out of a county report’s phrases', () => {
    // 完成县级 is not 成县, 示范县 not 范县, 高校和县直部门 not 和县, 科技兴县 not 兴县, 工业富县 not 富县, 会同县统计局
    // ("jointly with the county's statistics bureau") not 会同县, 黄龙病 (a disease) not 黄龙县,
    // 大关 (a milestone) not 大关县, 惠民 and 惠农 (benefiting people, farmers) not 惠民县 and 惠农区
    const phrases = [
      '全县完成县级科技计划项目立项12项。', '我县成功创建省级创新型示范县。', '县里从高校和县直单位选派科技特派员42名。',
      '深入实施科技兴县战略,坚持“产业强县、工业富县”发展定位。', '会同县统计局加强研发统计。', '全县柑橘黄龙病防控。',
      '乡镇和县直部门协同。', '县科协会同县科技局开展科普。', '突破亿元大关。', '开展科技惠民、科普惠农活动。', '5·12汶川特大地震。',
    ];
    // (a district's too: 新建区级 is not 南昌's 新建区, 创新兴区 not 七台河's 新兴区, 双城经济圈 not 哈尔滨's 双城区)
    for (const phrase of ['全区新建区级星创天地3个。', '坚持“创新兴区”目标。', '融入成渝地区双城经济圈建设。']) {
      expect(guessPlace(`全区科技工作。${phrase}`, '').city, phrase).toBe('');
    }
    for (const phrase of phrases) expect(guessPlace(`全县科技工作。${phrase}`, '').city, phrase).toBe('');
    // …while each is still the place where it names one
    expect(guessPlace('安徽省和县2023年新认定高新技术企业12家。全县…', '')).toMatchObject({ city: '马鞍山市', county: '和县' });
    expect(guessPlace('山西省兴县科技局2023年工作总结。深入实施科技兴县战略。', '')).toMatchObject({ city: '吕梁市', county: '兴县' });
    expect(guessPlace('会同县科技局2023年工作总结。全县…', '')).toMatchObject({ city: '怀化市', county: '会同县' });
    expect(guessPlace('南昌市新建区科技局2023年工作总结。全区…', '')).toMatchObject({ city: '南昌市', county: '新建区' });
    // (a firm named after a place is most often the place's own: it votes, where nothing else does)
    expect(guessPlace('市科技局工作总结。淮北矿业股份有限公司获批省重点实验室。全市…', '').city).toBe('淮北市');
    expect(guessPlace('淮北市科技局工作总结。宜丰锂业有限公司落户。全市…', '').city).toBe('淮北市');
    expect(guessPlace('甘肃省成县2022年新认定高新技术企业5家。全县…', '')).toMatchObject({ city: '陇南市', county: '成县' });
  });

  it('ignores the related-article titles after the report', () => {
    const body = '杭州市科技局上半年工作总结。'.padEnd(400, '全市科技工作取得新进展。');
    const p = guessPlace(`${body}\n\n相关文章:\n运城市科技局工业科行风评议自查报告\n运城市科技局上半年工作总结`, '');
    expect(p.city).toBe('杭州市');
  });
});

describe('guessPlace: the site around a report', () => {
  const body = '今年以来,全区累计服务企业500余家,高新技术企业累计发展到399家,实现乡镇园区全覆盖。';
  it('takes the place its previous and next articles both name when the report names none', () => {
    const page = `${body}\n上一篇文章: 静海区聚焦农民需求增强服务能力\n下一篇文章: 静海区严管优服提高交通服务水平\n`;
    expect(guessPlace(body, '', page)).toMatchObject({ city: '天津市', county: '静海区', province: '天津市', admin_code: '120118', level: 'county', how: 'text' });
    // without a separate page, the lines are looked for in the text itself
    expect(guessPlace(page, '')).toMatchObject({ city: '天津市', county: '静海区' });
    // a city's report on a district's site
    const city = `今年以来,全市累计服务企业500余家,市委高度重视。\n上一篇: 鄞州区召开科技大会\n下一篇: 鄞州区举办创新创业大赛`;
    expect(guessPlace(city, '')).toMatchObject({ city: '宁波市', county: '', admin_code: '330200', level: 'city' });
  });
  it('reads nothing from neighbours that disagree, from one alone, or when the report names its own place', () => {
    expect(guessPlace(`${body}\n上一篇: 杭州市科技局上半年工作总结\n下一篇: 运城市科技局上半年工作总结`, '').city).toBe('');
    expect(guessPlace(`${body}\n下一篇: 静海区严管优服提高交通服务水平`, '').city).toBe('');
    expect(guessPlace(`嘉兴市科技局${body}\n上一篇: 静海区聚焦农民需求\n下一篇: 静海区严管优服`, '')).toMatchObject({ city: '嘉兴市' });
  });
});

describe('guessPlace: the page header around a report', () => {
  const county = '今年以来,全县科技工作稳步推进,配合杭州招商组推进科创广场运营,服务企业120家。';
  it('counts the publisher the header names (来源:…科学技术局) as much as the title', () => {
    const page = `首页 >> 县科学技术局 >> 计划总结\n2025-04-27 来源:三门县科学技术局浏览次数:\n${county}`;
    expect(guessPlace(county, '县科技局工作小结', page)).toMatchObject({ city: '台州市', county: '三门县', admin_code: '331022', level: 'county' });
    // a newspaper, or a bureau without a place, names no publisher's place
    expect(guessPlace(county, '县科技局工作小结', `来源:红网\n发布机构: 县科技局\n${county}`).county).toBe('');
  });
  it('takes the area of the index number (索引号, a credit code) where the text names no city', () => {
    const body = '今年以来,全县科技工作稳步推进,服务企业120家。';
    const page = `索引号113310220026852503/2025-107657 文号\n${body}`;
    expect(guessPlace(body, '', page)).toMatchObject({ city: '台州市', county: '三门县', admin_code: '331022' });
    // a county's report whose city the text names gets the county the code names
    expect(guessPlace(`台州市下辖各县中,${body}`, '', page)).toMatchObject({ city: '台州市', county: '三门县' });
    // an old code that now names another city's unit does not overrule the city the text names
    const guangde = '广德市科技局2021年工作总结\n今年以来,广德市科技工作稳步推进,服务企业120家。';
    expect(guessPlace(guangde, '', `索引号: 1134172300325409XR\n${guangde}`)).toMatchObject({ city: '宣城市', county: '广德市' });
    // a province's index number says nothing of a city
    expect(guessPlace(body, '', `索引号: 11330000002482028X/2025-1\n${body}`).city).toBe('');
  });
});

describe('lookupPlace: places named in a manifest', () => {
  it('finds cities, counties and county-in-city names', () => {
    expect(lookupPlace('杭州市')).toEqual({ city: '杭州市', county: '', province: '浙江省', admin_code: '330100', level: 'city' });
    expect(lookupPlace('临安区')).toEqual({ city: '杭州市', county: '临安区', province: '浙江省', admin_code: '330112', level: 'county' });
    expect(lookupPlace('杭州市临安区')).toMatchObject({ county: '临安区', admin_code: '330112' });
    expect(lookupPlace('乐清')).toMatchObject({ city: '温州市', county: '乐清市' });
    expect(lookupPlace('恩施州')).toMatchObject({ city: '恩施土家族苗族自治州', admin_code: '422800' });
  });
  it('needs context for shared names', () => {
    expect(lookupPlace('鼓楼区')).toBeUndefined();
    expect(lookupPlace('鼓楼区', '南京市')).toMatchObject({ city: '南京市', admin_code: '320106' });
    expect(lookupPlace('朝阳区', '北京市科学技术委员会')).toMatchObject({ city: '北京市', admin_code: '110105' });
    expect(lookupPlace('不存在的地方')).toBeUndefined();
    expect(lookupPlace('')).toBeUndefined();
  });
});

describe('the gazetteer', () => {
  it('is small and has every level with GB/T 2260 codes', () => {
    const size = fs.statSync(path.join(import.meta.dirname, '..', '..', 'src', 'extract', 'gazetteer.json')).size;
    expect(size).toBeLessThan(400 * 1024);
    expect(gazetteer.provinces.length).toBe(31);
    expect(gazetteer.cities.length).toBeGreaterThan(300);
    expect(gazetteer.counties.length).toBeGreaterThan(2700);
    expect(gazetteer.counties).toContainEqual(['330112', '临安区', '3301', '临安']);
    // a city without counties is not listed again as a county of itself
    expect(gazetteer.counties.filter((c) => ['中山市', '东莞市', '儋州市', '嘉峪关市'].includes(c[1]!))).toEqual([]);
  });
});

// the labelled corpus reports, read in place from ../shared/corpus (place-year-<report id>.txt names the report)
describe.skipIf(!corpusOrSkip())('the corpus reports of place-year-expected.csv', () => {
  for (const row of expectedRows()) {
    it(`${row.file}: ${row.city || '(no city)'}${row.county ? ` / ${row.county}` : ''}`, () => {
      const text = fs.readFileSync(corpusReport(row.file!.replace(/^place-year-|\.txt$/g, ''))!, 'utf8');
      const p = guessPlace(text, '');
      expect(p.city).toBe(row.city);
      expect(p.county).toBe(row.county);
      if (row.admin_code) expect(p.admin_code).toBe(row.admin_code);
    });
  }
});
