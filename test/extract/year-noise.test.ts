// stripNoise skips the dates, months and spans where no year is followed by what each of them needs.
// It must strip exactly what the chain of replacements it shortens stripped, kept here as the specification.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stripNoise } from '../../src/extract/report-year.ts';
import { YEAR } from '../../src/extract/report-title.ts';

const CN_DIGIT: Record<string, string> = { 〇: '0', 零: '0', 一: '1', 二: '2', 三: '3', 四: '4', 五: '5', 六: '6', 七: '7', 八: '8', 九: '9' };
const arabicYears = (s: string) => s.replace(/([一二][〇零一二三四五六七八九]{3})(?=\s*年)/g, (y) => [...y].map((c) => CN_DIGIT[c] ?? c).join(''));
const YEAR_WITH_MONTHS = new RegExp(`(${YEAR})\\s*年\\s*1\\s*[-—~至到]\\s*\\d{1,2}\\s*月`, 'g');
const MONTH_REPORTED = new RegExp(`(${YEAR})\\s*年\\s*\\d{1,2}\\s*月(?=份?(?:工作|小结|总结|汇报|情况|进展))`, 'g');
const DATE_IN_NUMERALS = new RegExp(`${YEAR}\\s*年\\s*[一二三四五六七八九十]{1,2}\\s*月(?:\\s*[一二三四五六七八九十]{1,3}\\s*日)?`, 'g');
const DATE = new RegExp(`${YEAR}\\s*[-/.年]\\s*\\d{1,2}\\s*[-/.月](?:\\s*\\d{1,2}\\s*日?)?`, 'g');
const SPAN_OF_YEARS = new RegExp(`${YEAR}\\s*[-—–~～至到]\\s*${YEAR}\\s*年?`, 'g');
const DOCUMENT_NUMBER = new RegExp(`[\\[〔【(（]\\s*${YEAR}\\s*[\\]〕】)）]\\s*\\d*\\s*号?`, 'g');
const POSTED = /(?:发布|上传|更新|发文|成文|印发)?(?:时间|日期)\s*[:：]\s*[\d\s:\-/.年月日]*/g;

function stripNoiseByChain(s: string): string {
  return arabicYears(s)
    .replace(/《[^》\n]{0,80}》/g, '《》')
    .replace(YEAR_WITH_MONTHS, '$1年 ')
    .replace(MONTH_REPORTED, '$1年 ')
    .replace(DATE_IN_NUMERALS, ' ')
    .replace(DATE, ' ')
    .replace(SPAN_OF_YEARS, ' ')
    .replace(DOCUMENT_NUMBER, ' ')
    .replace(POSTED, ' ');
}

describe('stripNoise', () => {
  it('strips what the whole chain of replacements stripped', () => {
    const texts = ['', '2021年工作总结', '2019年1-6月', '2025年4月工作小结', '二〇二二年一月十日', '2017-04-22', '2021-2025年', '〔2013〕407号', '时间: 2021-01-24', '2021年十月', '2021 年 十二月三日', '2021至2023年', '2021 ～ 2023', '2021.5.'];
    for (const text of texts) expect(stripNoise(text)).toBe(stripNoiseByChain(text));
    const piece = fc.constantFrom(
      '2021', '1999', '2049', '2050', '1979', '二〇二一', '一九九八', '年', '月', '日', '1', '12', '5', '-', '—', '–', '~', '～', '至', '到',
      '/', '.', ' ', '\n', '一', '十', '工作', '份', '《', '》', '〔', '〕', '(', ')', '号', '时间', ':', '发布', '总结',
    );
    fc.assert(fc.property(fc.array(piece, { maxLength: 24 }), (pieces) => {
      const text = pieces.join('');
      expect(stripNoise(text)).toBe(stripNoiseByChain(text));
    }), { numRuns: 20000 });
  });
});
