// matchesFrom tries a pattern only where its first character stands: it must find exactly what the
// pattern made global finds everywhere (matchAll), and replaceFrom and deleteFrom leave what replacing
// those matches leaves.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { deleteFrom, matchesFrom, replaceFrom } from '../../src/extract/find.ts';
import { PINYIN_GLOSS, PINYIN_LETTERS } from '../../src/extract/squash.ts';

const PATTERNS = [
  new RegExp(`\\((?<=[\\u3400-\\u9fff]\\()[${PINYIN_LETTERS}ń]{1,7}\\)`, 'g'), // cleaning's gloss
  PINYIN_GLOSS,
  /\(\(?a\)/g, // matches that may start inside another's
];

describe('matchesFrom', () => {
  it('finds the matches matchAll finds', () => {
    const piece = fc.constantFrom('(', ')', '((', 'a', 'bào', 'ń', '報', '中', 'A', '\n', ' ', '1');
    fc.assert(fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
      const text = pieces.join('');
      for (const global of PATTERNS) {
        const sticky = new RegExp(global.source, 'y');
        const want = [...text.matchAll(global)].map((m) => [m.index, m[0]]);
        expect(matchesFrom(text, '(', sticky).map((m) => [m.index, m[0]])).toEqual(want);
        expect(deleteFrom(text, '(', sticky)).toBe(text.replace(global, ''));
        expect(replaceFrom(text, '(', sticky, '()')).toBe(text.replace(global, '()'));
      }
    }), { numRuns: 3000 });
  });
});
