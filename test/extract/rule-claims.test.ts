// Rules read only the sentences that hold a figure still to claim, where no match of theirs can leave a
// sentence (src/extract/rule-claims.ts): which patterns are known to stay in one.
import { describe, expect, it } from 'vitest';
import { staysInSentence } from '../../src/extract/rule-claims.ts';
import { RULES } from '../../src/extract/rules/index.ts';
import { compilePattern } from '../../src/extract/rules/rule.ts';

describe('a pattern that stays within a sentence', () => {
  it('is every rule of the registry (each then reads only the sentences with a figure left to claim)', () => {
    expect(RULES.filter((rule) => !staysInSentence(compilePattern(rule.pattern).source)).map((rule) => rule.id)).toEqual([]);
  });

  it('takes no sentence end, in words, classes or escapes, and has no anchor', () => {
    for (const source of ['[^\\uE000,;。!?\\n]{0,8}', '(?<=(?<scope>省)?)项目', '(?<!第)三季度', '[a-z]', '(?=a)']) expect(staysInSentence(source), source).toBe(true);
    for (const source of ['a.b', '通过;', '[^,]', '[!]', '\\?', '\\s', '\\n', '[;-<]', '[\\u3000-\\u3010]', '^a', 'a$', '\\bq', '[^]', 'x!']) {
      expect(staysInSentence(source), source).toBe(false);
    }
  });
});
