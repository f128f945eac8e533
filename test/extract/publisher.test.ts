// publisherOf finds the page's field lines by their words, then each line around its word: the lines
// must be exactly those the line-anchored regular expression it replaced matched.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fieldLines } from '../../src/extract/place/publisher.ts';

const FIELD_LINES = /^.*(?:来源|來源|发布|發布|供稿).*$/gm;

describe('fieldLines', () => {
  it('finds the lines the regular expression matched', () => {
    const pages = [
      '', '来源', '来源:三门县科学技术局', '标题\n来源:三门县科学技术局 发布时间:2021\n正文',
      'a\r\n發布机构: 淄川区\r\n供稿单位:x', '来源\n\n来源\u2028发布\u2029x供稿', '\n来\n源\n', '来源来源\n发布',
    ];
    for (const page of pages) expect(fieldLines(page)).toEqual(page.match(FIELD_LINES) ?? []);
    const piece = fc.constantFrom('来源', '來源', '发布', '發布', '供稿', '来', '源', '\n', '\r', '\u2028', '\u2029', 'a', ' ', '科技局');
    fc.assert(fc.property(fc.array(piece, { maxLength: 30 }), (pieces) => {
      const page = pieces.join('');
      expect(fieldLines(page)).toEqual(page.match(FIELD_LINES) ?? []);
    }), { numRuns: 2000 });
  });
});
