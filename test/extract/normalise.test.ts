import { describe, expect, it } from 'vitest';
import { normaliseStart, normaliseText } from '../../src/extract/normalise.ts';

describe('normaliseStart', () => {
  it('is the normal form of the text cut to the length', () => {
    const texts = [
      '市科技局2021年工作总结\n全市科技工作…',
      '青島市科學技術局2021年工作總結\n申報高新技術企業',
      '２０２１年，全市ＲＤ投入１２亿元', // full-width: NFKC changes characters
      '申報(bào)高新技術企業(yè)', // pinyin glosses go
      'e\u0301 cafe\u0301 申报', // NFKC composes
      '市科技局(kē)',
    ];
    for (const text of texts) {
      for (let length = 0; length <= text.length + 1; length++) {
        expect(normaliseStart(text, length)).toBe(normaliseText(text.slice(0, length)));
      }
    }
  });
});
