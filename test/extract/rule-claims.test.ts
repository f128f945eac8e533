// Rules read only the sentences that hold a figure still to claim, where no match of theirs can leave a
// sentence (src/extract/rule-claims.ts): which patterns are known to stay in one.
import { describe, expect, it } from 'vitest';
import { staysInSentence } from '../../src/extract/rules/sentence-bound.ts';
import { RULES } from '../../src/extract/rules/index.ts';
import { compilePattern } from '../../src/extract/rules/rule.ts';
import { keywordsOf } from '../../src/extract/rules/keywords.ts';
import { findFigures, skeleton } from '../../src/extract/figures.ts';

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

describe('the keywords of a pattern', () => {
  it('are words one of which every match holds: the longest part that is no option, of each alternative', () => {
    expect(keywordsOf(compilePattern('(解决|落实|破解)(了)?~{F}').source)).toEqual(['解决', '落实', '破解']);
    expect(keywordsOf(compilePattern('(?<=(?<scope>省级|国家)?)科技型中小企业~{F}').source)).toEqual(['科技型中小企业']);
    expect(keywordsOf(compilePattern('全(市|县|区){F}(?:高新技术企业|高企)').source)).toEqual(['高新技术企业', '高企']);
    expect(keywordsOf('(准备申报|拟申报|申报)的(项目|计划)')).toEqual(['申报']);
    expect(keywordsOf('ab?c|[xy]dd')).toEqual(['a', 'dd']);
  });

  it('are none where an alternative has no word that every match holds', () => {
    for (const source of ['(a|[bc])x?', '(?=ab)\\uE000', '(?<!ab)[cd]', '甲|乙?', '(甲)?', '(?:甲|乙)+', '(?i:ab)']) expect(keywordsOf(source), source).toBeUndefined();
  });

  it('stand in every example a rule matches', () => {
    for (const rule of RULES) {
      const keywords = keywordsOf(compilePattern(rule.pattern).source);
      for (const { text } of rule.examples) {
        const skel = skeleton(text, findFigures(text));
        for (const m of skel.matchAll(compilePattern(rule.pattern))) expect(keywords?.some((word) => m[0].includes(word)) ?? true, `${rule.id}: ${text}`).toBe(true);
      }
    }
  });
});
