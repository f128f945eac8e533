// Properties of the extractor that hold for any text at all: hostile, broken or random input never
// makes it throw, every row stays grounded in its quote, and a second run gives the same rows.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractReport } from '../../src/extract/index.ts';

// Pieces of real report wording, so that random texts also reach the rules, links and masks.
const WORDS = [
  '新增', '高新技术企业', '高企', '申报', '认定', '累计', '达到', '总数达', '其中', '分别', '分别为', '和', '、', ',', '。', ';',
  '\n', '1、', '同比增长', '增长', '科技型中小企业', '项目', '列入', '争取', '资金', '万元', '亿元', '%', '家', '项', '个', '件',
  '人次', '专利申请量', '授权', '技术合同成交额', '研发投入', '占GDP比重', '预计', '力争', '上半年', '全年', '截至目前',
  '省级', '国家级', '重点实验室', '孵化器', '143', '1.2万', '3千余', '一百四十三', '两千三百万', '〇', '**', 'xx', 'x.xx', '20XX',
  '1,200', '近', '约', '左右', '(', ')', '报(bào)', '年', ' ', '\t', '<p>', '</p>', '<script>', '\u3000', '１２３', '\ud800', '\udc00',
];
const reportLike = fc.array(fc.constantFrom(...WORDS), { maxLength: 300 }).map((words) => words.join(''));
const anyCodeUnits = fc.array(fc.integer({ min: 0, max: 0xffff }), { maxLength: 400 }).map((codes) => String.fromCharCode(...codes));
const anyText = fc.oneof(reportLike, fc.string({ maxLength: 400 }), fc.string({ unit: 'grapheme', maxLength: 200 }), anyCodeUnits);

const digitsOf = (s: string) => s.replace(/[^0-9]/g, '').replace(/^0+|0+$/g, '');

function checkRows(text: string) {
  const first = extractReport({ reportId: 'p', text });
  for (const row of first.rows) {
    expect(first.cleaned.slice(row.start, row.end)).toBe(row.quote);
    if (row.masked) {
      expect(row.value).toBeNull();
    } else {
      expect(Number.isFinite(row.value)).toBe(true);
      // the value's digits stand in the quote (a unit conversion only moves the decimal point),
      // or the quote states it in Chinese numerals
      const stated = digitsOf(row.quote);
      const ok = (stated !== '' && stated.includes(digitsOf(String(row.value)))) || /[〇零一二两三四五六七八九十百千万亿]/.test(row.quote);
      expect(ok, `${row.value} in "${row.quote}"`).toBe(true);
    }
  }
  expect(extractReport({ reportId: 'p', text }).rows).toEqual(first.rows);
}

describe('extract, for any text', () => {
  it('never throws, keeps every quote at its offsets with its value in it, and is deterministic', () => {
    fc.assert(fc.property(anyText, checkRows), { numRuns: 400 });
  });

  it.each([
    ['1 MB with no line break', '全年新增高新技术企业28家,'.repeat(70_000)],
    ['long runs of one character', '的'.repeat(200_000)],
    ['unbalanced brackets', '(((((('.repeat(20_000) + '新增高新技术企业5家' + ')))'.repeat(1000)],
    ['lone surrogates', '\ud800新增高新技术企业\udc005家'.repeat(5_000)],
    ['digits and commas', '1,'.repeat(100_000)],
  // (each reads its text twice, a megabyte at most: given the time a loaded machine takes, for this asserts what is
  // read, not how fast — the bench's adversarial rows print that)
  ])('holds on %s', (_name, text) => {
    checkRows(text);
  }, 60_000);
});
