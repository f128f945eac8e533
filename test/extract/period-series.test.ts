// The parts of the year a sentence lists before 分别 (period-series.ts).
import { describe, expect, it } from 'vitest';
import { periodsListed } from '../../src/extract/period-series.ts';

describe('periodsListed', () => {
  it('reads each part of the year a list names, in order', () => {
    expect(periodsListed('一季度、上半年、前三季度全市技术合同成交额')).toEqual(['Q1', 'H1', 'Q1-Q3']);
    expect(periodsListed('1-3月、1-5月和1-12月,全市')).toEqual(['Q1', 'YTD', 'FY']);
    expect(periodsListed('上半年和全年')).toEqual(['H1', 'FY']);
  });

  it('finds no series in one part alone, nor in a part named twice', () => {
    expect(periodsListed('上半年全市专利授权量')).toBeUndefined();
    expect(periodsListed('上半年和上半年')).toBeUndefined();
    expect(periodsListed('2019年、2020年')).toBeUndefined();
  });
});
