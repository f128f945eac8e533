// Finding a figure's quote in its report's text.
import { describe, expect, it } from 'vitest';
import { locateQuote } from '../../../src/ui/report/quote.ts';

describe('locateQuote', () => {
  const text = '上半年，全市实现高新技术产值349亿元，同比增长19%。';

  it('trusts offsets that fit the text', () => {
    expect(locateQuote(text, '实现高新技术产值349亿元', 6, 19)).toEqual({ start: 6, end: 19, how: 'offsets' });
  });

  it('searches when the offsets belong to another version of the text', () => {
    expect(locateQuote(text, '同比增长19%', 2, 5)).toEqual({ start: 20, end: 27, how: 'exact' });
  });

  it('takes the occurrence nearest the offsets when the quote stands twice', () => {
    const twice = '增长19%和18%。下半年增长19%和18%。';
    expect(locateQuote(twice, '19%和18%', 14, 21)?.start).toBe(15);
  });

  it('matches across whitespace, full-width forms, fragment markers and inserted pinyin', () => {
    const raw = '全市实现高新技术\n6、产值３４９亿元，科技報(bào)告';
    const span = locateQuote(raw, '全市实现高新技术产值349亿元');
    expect(span?.how).toBe('normalised');
    expect(raw.slice(span?.start, span?.end)).toBe('全市实现高新技术\n6、产值３４９亿元');
    expect(raw.slice(...(() => { const s = locateQuote(raw, '科技報告'); return [s?.start, s?.end]; })())).toBe('科技報(bào)告');
  });

  it('says when the quote is not there', () => {
    expect(locateQuote(text, '专利授权88件')).toBeNull();
    expect(locateQuote(text, '')).toBeNull();
  });
});
