// A figure stated for another year than the report's carries that year (the `year` column); a figure
// of the report's own year, or with no year near it, carries none.
import { describe, expect, it } from 'vitest';
import { cleanReport } from '../../src/extract/clean.ts';
import { extractRows } from '../../src/extract/engine.ts';

const yearsOf = (text: string, year: number | null) =>
  extractRows(cleanReport(text), { reportId: 'y', period: 'FY', year }).map((r) => [r.indicator, r.value, r.year ?? null]);

describe('the year of a figure', () => {
  it('is the year a digest’s label under its figure opens on', () => {
    const digest = '一起来看——\n\n168家\n新认定国家高新技术企业\n\n3.46%\n2022年R&D经费投入强度\n\n86.9亿元\n技术合同成交额\n';
    expect(yearsOf(digest, 2023)).toEqual([
      ['hte_certified', 168, null],
      ['rd_intensity', 3.46, 2022],
      ['tech_contract_value', 86.9, null],
    ]);
  });

  it('is the year its clause names when that is not the report’s', () => {
    expect(yearsOf('2016年净增高新技术企业12家。', 2018)).toEqual([['hte_certified', 12, 2016]]);
    expect(yearsOf('全社会研发投入从2015年的3.2亿元增长到5.1亿元。', 2018)).toEqual([
      ['rd_expenditure', 3.2, 2015],
      ['rd_expenditure', 5.1, null],
    ]);
    // (last year's figure a growth is measured from is last year's; an intensity right after its spending is of the spending's year)
    expect(yearsOf('全市专利授权量6820件,比上年的5934件增长14.9%。', 2018)).toEqual([
      ['patents_granted', 6820, null],
      ['patents_granted', 5934, 2017],
    ]);
    expect(yearsOf('据统计部门公布,2015年全县R&D经费投入1.62亿元,占GDP比重0.93%。', 2016)).toEqual([
      ['rd_expenditure', 1.62, 2015],
      ['rd_intensity', 0.93, 2015],
    ]);
    // (…in brackets, or of last year's same part: "(上年同期为96家)", "(上年增长9.6%)", "去年一季度为2.71亿元")
    expect(yearsOf('截至6月底,全区有效高新技术企业达到119家(上年同期为96家)。', 2020)).toEqual([
      ['hte_total', 119, null],
      ['hte_total', 96, 2019],
    ]);
    expect(yearsOf('全市高新技术产业产值612.4亿元,同比增长11.8%(上年增长9.6%)。', 2016)).toEqual([
      ['hitech_output', 612.4, null],
      ['hitech_output_growth', 11.8, null],
      ['hitech_output_growth', 9.6, 2015],
    ]);
    // (what a count grew to is of the year after the one it grew from, unless it names its own)
    expect(yearsOf('我县高新技术企业从2015年的8家增加到27家。', 2018)).toEqual([
      ['hte_total', 8, 2015],
      ['hte_total', 27, null],
    ]);
    expect(yearsOf('高新技术企业由2015年的8家增加到2017年的27家。', 2018)).toEqual([
      ['hte_total', 8, 2015],
      ['hte_total', 27, 2017],
    ]);
  });

  it('is the year each of two lists after 分别 names: where things came from, and what they came to', () => {
    expect(yearsOf('专利申请量和授权量分别从2010年的3120件、1860件增长到2015年的9870件、6035件。', 2016)).toEqual([
      ['patents_applied', 3120, 2010],
      ['patents_granted', 1860, 2010],
      ['patents_applied', 9870, 2015],
      ['patents_granted', 6035, 2015],
    ]);
    // (what they came to, with no year named, is of the report's own)
    expect(yearsOf('高新技术企业和科技型中小企业分别从2020年的120家、300家增加到210家、560家。', 2023)).toEqual([
      ['hte_total', 120, 2020],
      ['tsme', 300, 2020],
      ['hte_total', 210, null],
      ['tsme', 560, null],
    ]);
  });

  it('is empty for the report’s own year, and where no year stands near', () => {
    expect(yearsOf('2018年全市新增高新技术企业28家。', 2018)).toEqual([['hte_certified', 28, null]]);
    expect(yearsOf('全市新增高新技术企业28家。', 2018)).toEqual([['hte_certified', 28, null]]);
    expect(yearsOf('20XX年全市新增高新技术企业28家。', null)).toEqual([['hte_certified', 28, null]]);
  });

  it('makes a figure of a year gone by that whole year’s, and a fact, in a half-year report', () => {
    const rows = (text: string) =>
      extractRows(cleanReport(text), { reportId: 'y', period: 'H1', year: 2018 }).map((r) => [r.indicator, r.value, r.period, r.status, r.year ?? null]);
    expect(rows('截至5月底,已有70家企业申报了2017年度共计8亿元研发费用。')).toEqual([['rd_expenditure', 8, 'FY', 'actual', 2017]]);
    expect(rows('研发费用从去年的1.2亿元增长到2.7亿元,比去年增长125%。')).toEqual([
      ['rd_expenditure', 1.2, 'FY', 'actual', 2017],
      ['rd_expenditure', 2.7, 'H1', 'actual', null],
    ]);
    expect(rows('预计全年新增高企达6家,2017年我县新增高企3家。')).toEqual([
      ['hte_certified', 6, 'FY', 'forecast', null],
      ['hte_certified', 3, 'FY', 'actual', 2017],
    ]);
  });

  it('gives each figure of a series its own year, in the order the years are listed', () => {
    expect(yearsOf('2020年、2021年、2022年,全县分别新认定高新技术企业9家、14家和21家。', 2022)).toEqual([
      ['hte_certified', 9, 2020],
      ['hte_certified', 14, 2021],
      ['hte_certified', 21, null],
    ]);
    expect(yearsOf('2015—2017年,全市专利授权量分别为860件、1020件、1315件。', 2017)).toEqual([
      ['patents_granted', 860, 2015],
      ['patents_granted', 1020, 2016],
      ['patents_granted', 1315, null],
    ]);
    // (a list of years that does not match the figures in number gives them no years of their own)
    expect(yearsOf('2020年、2021年,全县分别新认定高新技术企业9家、14家和21家。', 2022).map((r) => r[2])).not.toContain(2020);
  });
});
