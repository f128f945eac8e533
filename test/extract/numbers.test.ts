// The numeral and unit table: what a report writes, and the value a row must carry.
import { describe, expect, it } from 'vitest';
import { findFigures } from '../../src/extract/figures.ts';
import { parseChineseNumeral, readNumber, shiftDecimal } from '../../src/extract/numbers.ts';

describe('numerals', () => {
  it.each([
    ['143', '143'],
    ['1,200', '1200'],
    ['1.2万', '12000'],
    ['3千', '3000'],
    ['0.4', '0.4'],
    ['一百四十三', '143'],
    ['两千三百万', '23000000'],
    ['十二', '12'],
    ['二〇一九', '2019'],
    ['一', '1'],
    ['两', '2'],
    ['一万零五', '10005'],
    ['三亿五千万', '350000000'],
  ])('%s reads as %s', (written, value) => {
    expect(readNumber(written)).toBe(value);
  });

  it('refuses what is not a numeral', () => {
    expect(readNumber('三四')).toBeUndefined();
    expect(parseChineseNumeral('xx')).toBeUndefined();
  });

  it('shifts decimals exactly (no floating-point residue)', () => {
    expect(shiftDecimal('25832023', -4)).toBe('2583.2023');
    expect(shiftDecimal('9368', -4)).toBe('0.9368');
    expect(shiftDecimal('1.2', 4)).toBe('12000');
    expect(shiftDecimal('0.07', 2)).toBe('7');
  });
});

describe('figures', () => {
  const one = (text: string) => {
    const figures = findFigures(text);
    expect(figures).toHaveLength(1);
    return figures[0]!;
  };

  it.each([
    ['共组织申报项目143项', '143', '项', false],
    ['获资助1700多万元', '1700', '万元', true],
    ['争取资金4000余万元', '4000', '万元', true],
    ['总数突破1万家', '10000', '家', false],
    ['3千余家', '3000', '家', true],
    ['约50家', '50', '家', true],
    ['200家左右', '200', '家', false],
    ['两千三百万元', '2300', '万元', false],
    ['聘任了25位', '25', '人', false],
    ['出动49人次', '49', '人次', false],
    ['同比增长19%', '19', '%', false],
    // 万 and 亿 alone are money, unless a unit follows
    ['争取上级资金3000万。', '3000', '万元', false],
    ['成交额达12.5亿。', '12.5', '亿元', false],
    ['培训1.2万人次', '12000', '人次', false],
    ['资金3000万余元', '30000000', '元', true],
  ])('%s → %s %s', (text, value, unit, approx) => {
    const figure = one(text);
    expect(figure.value).toBe(value);
    expect(figure.unit).toBe(unit);
    expect(figure.masked).toBe(false);
    if (approx) expect(figure.approx).toBe(true);
  });

  it('approx words around the figure', () => {
    expect(one('200家左右').approx).toBe(true);
    expect(one('超过30项').approx).toBe(true);
    expect(one('高新技术企业超2600家').approx).toBe(true);
    expect(one('新增30项').approx).toBe(false);
  });

  it.each(['**家', 'xx项', 'x.xx亿元', '1*家', 'X个', '***万元', '*%', '□□家', '○○项', '___家'])('%s is masked, never guessed', (text) => {
    const figure = one(`新增${text}`);
    expect(figure.masked).toBe(true);
    expect(figure.value).toBeNull();
  });

  it.each(['增加值亿元', '同比分别增长19%和%'])('a missing number is a masked figure: %s', (text) => {
    expect(findFigures(text).some((f) => f.masked && f.value === null)).toBe(true);
  });

  it.each(['2019年上半年', '20XX年度', '3月15日', '国科发社[2013]407号', '第3批', '提高0.6个百分点', '2021-2025年'])(
    'a year, a date, a document number or percentage points is no figure: %s',
    (text) => {
      expect(findFigures(text)).toEqual([]);
    },
  );
});
