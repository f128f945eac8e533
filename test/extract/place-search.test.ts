// searchPlaces: the type-ahead a user sets a report's city with (gazetteer, GB/T 2260).
import { describe, expect, it } from 'vitest';
import { searchPlaces } from '../../src/extract/place.ts';

describe('searchPlaces', () => {
  it('finds a city by its short name, with province and code', () => {
    expect(searchPlaces('杭州')[0]).toEqual({ city: '杭州市', county: '', province: '浙江省', admin_code: '330100', level: 'city' });
  });

  it('finds a county-level unit with its city above it', () => {
    expect(searchPlaces('临安')[0]).toEqual({ city: '杭州市', county: '临安区', province: '浙江省', admin_code: '330112', level: 'county' });
    expect(searchPlaces('瑞安市')[0]).toMatchObject({ city: '温州市', county: '瑞安市', admin_code: '330381' });
  });

  it('gives every unit of a shared name, each with its own province', () => {
    expect(searchPlaces('朝阳区').map((p) => `${p.province} ${p.city} ${p.admin_code}`)).toEqual(['北京市 北京市 110105', '吉林省 长春市 220104']);
  });

  it('knows old names and municipalities', () => {
    expect(searchPlaces('襄樊')[0]).toMatchObject({ city: '襄阳市', admin_code: '420600' });
    expect(searchPlaces('北京')[0]).toEqual({ city: '北京市', county: '', province: '北京市', admin_code: '110000', level: 'city' });
  });

  it('puts exact names before longer ones, and cities before counties', () => {
    const found = searchPlaces('乾县');
    expect(found[0]).toMatchObject({ county: '乾县', city: '咸阳市' });
    expect(searchPlaces('南京', 3)[0]).toMatchObject({ city: '南京市', level: 'city' });
  });

  it('lists the cities of a province named, never the province itself', () => {
    const found = searchPlaces('浙江', 20);
    expect(found.length).toBe(11);
    expect(found.every((p) => p.province === '浙江省' && p.level === 'city' && p.city !== '')).toBe(true);
  });

  it('searches codes by prefix, and keeps to the limit', () => {
    const found = searchPlaces('3301', 4);
    expect(found.length).toBe(4);
    expect(found[0]?.admin_code).toBe('330100');
    expect(found.every((p) => p.admin_code.startsWith('3301'))).toBe(true);
  });

  it('finds nothing for nothing', () => {
    expect(searchPlaces('')).toEqual([]);
    expect(searchPlaces('  ')).toEqual([]);
    expect(searchPlaces('xyz')).toEqual([]);
  });
});
