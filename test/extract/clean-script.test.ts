// Cleaning notes whether a report holds a traditional character as it reads it; where none does, its
// cleaned text is noted as its own simplified form and not read again. The conversion must be what
// reading it gives.
import { describe, expect, it } from 'vitest';
import { cleanReport } from '../../src/extract/clean.ts';
import { toSimplified } from '../../src/extract/script.ts';

// each character converted on its own (no single character is a text cleaning noted)
const byCharacter = (text: string) => [...text].map((c) => toSimplified(c)).join('');

describe('cleanReport and the simplified script', () => {
  it('gives the conversion reading would give, traditional characters anywhere', () => {
    const body = '全市科技工作取得新成效,高新技术企业达到1200家。\n'.repeat(60);
    const texts = [
      body, `青島市科學技術局\n${body}`, `${body}申報高新技術企業`, `${body}\uf900`, // 豈 (a compatibility ideograph, NFKC: a traditional one)
      `${body}  申報  `, `ＡＢＣ${body}`, `報(bào)${body}`,
      '全市科技工作', '青島市科學技術局2021年工作總結', '豈\uf900', // short reports are noted too
      `${body}髙新技术企业`, // a variant form a scan leaves
    ];
    for (const text of texts) {
      const clean = cleanReport(text);
      expect(toSimplified(clean.text)).toBe(byCharacter(clean.text));
    }
  });

  it('reads a variant form a font or a scan leaves as the character it stands for', () => {
    expect(toSimplified('推荐2家企业申报髙新技术企业认定')).toBe('推荐2家企业申报高新技术企业认定');
  });
});
