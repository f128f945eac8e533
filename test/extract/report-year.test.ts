import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { corpusOrSkip, corpusReport } from '../setup/corpus.ts';
import { expectedRows } from './place-year-expected.ts';
import { guessTitle } from '../../src/extract/report-title.ts';
import { guessReportPeriod } from '../../src/extract/report-period.ts';
import { guessYear } from '../../src/extract/report-year.ts';

describe('guessYear', () => {
  it('reads nothing from 20XX, 20xx or ****年', () => {
    expect(guessYear('20XX年上半年工作总结\n上半年,全市科技工作…组织申报了20XX年度第一批高新技术企业。', '').year).toBeNull();
    expect(guessYear('市科技局上半年科技工作总结20xx上半年,我市科技工作…', '').year).toBeNull();
    expect(guessYear('市科技局2022年工作总结\n****年,已经组织企业申报省级项目*项。', '市科技局XX年工作总结').year).toBe(2022);
    const none = guessYear('一、*年工作总结 *年,我市科技工作…', '');
    expect(none).toEqual({ year: null, how: 'unknown', evidence: expect.any(String) });
  });

  it('ignores posting and upload dates', () => {
    expect(guessYear('市科技局上半年工作总结.docx\n\n时间:2021-01-24\n\n上半年,全市科技工作…', '').year).toBeNull();
    expect(guessYear('市科技局上半年科技工作总结\n\n2017-04-22 半年工作总结\n\n一、上半年工作情况\n半年来…', '').year).toBeNull();
    expect(guessYear('科技工作总结\n发布时间: 2022-01-14 16:00 发布单位: 办公室\n今年以来…', '').year).toBeNull();
    expect(guessYear('宁波2008年科技工作总结\n日期: 2009年02月09日 16:32\n一年来,…', '').year).toBe(2008);
  });

  it('reads a news page’s year from its headline, not from a meeting’s or a goal’s year', () => {
    const page = (headline: string) => `首页 > 新闻动态 > 科技动态\n${headline}\n来源:市科技局 时间:2024-02-01\n\n1月31日,记者从市科技局获悉,全市新认定高新技术企业52家。`;
    expect(guessYear(page('2023年全市科技型中小企业突破2000家'), '')).toMatchObject({ year: 2023, how: 'text' });
    expect(guessYear(page('岳溪县国家高新技术企业增至20家 2019年高新技术产业实现产值60亿元'), '').year).toBe(2019);
    expect(guessYear(page('市科技局通报表彰2010年度科技创新统计工作先进单位'), '').year).toBe(2010);
    // the year's meeting reviews the year before; a goal's year is not the year covered
    expect(guessYear(page('2022年全州科技工作会议顺利召开'), '').year).toBeNull();
    expect(guessYear(page('到2025年全市高新技术企业将达到500家'), '').year).toBeNull();
    expect(guessYear(page('2025年目标:新增高新技术企业100家'), '').year).toBeNull();
    // a year in the prose after the headline is running text
    expect(guessYear('市科技局召开工作推进会\n3月30日,2023年全市科技工作会议召开,会议总结了全年工作。', '').year).toBeNull();
  });

  it('takes the summary’s year from a summary-and-plan title', () => {
    const y = guessYear('市科技局2021年工作总结和2022年工作计划\n\n一、2021年工作总结\n2021年,全市科技系统…', '');
    expect(y).toMatchObject({ year: 2021, how: 'title' });
    expect(guessYear('', '区科学技术局2022年度工作总结及2023年工作计划').year).toBe(2022);
    expect(guessYear('', '2019年上半年科技工作开展情况暨下半年工作计划').year).toBe(2019);
    expect(guessYear('', '县科技局2025年4月工作小结和5月工作计划').year).toBe(2025);
  });

  it('reads the year a report was delivered in part-way through the year, from the line under its title', () => {
    const speech = '关于全市科技创新工作情况的报告\n——2013年8月27日在柘川市第十六届人民代表大会常务委员会第十一次会议上\n主任、各位副主任:\n现将今年以来全市科技创新工作情况报告如下。';
    expect(guessYear(speech, '').year).toBe(2013);
    expect(guessReportPeriod(speech, '')).toBe('YTD');
    // (in January it may speak of the year before: no year; a title naming a summary is the whole year's)
    expect(guessYear(speech.replace('2013年8月27日', '2014年1月9日'), '').year).toBeNull();
    expect(guessReportPeriod(speech.replace('工作情况的报告', '2013年工作总结'), '')).toBe('FY');
  });

  it('reads a heading or the opening of the summary when the title has no year', () => {
    expect(guessYear('市科技局XX年工作总结和XX年工作思路\n一、2023年工作举措及成效\n2023年,我市科技工作…', ''))
      .toMatchObject({ year: 2023, how: 'text' });
    expect(guessYear('市科技局半年工作情况汇报\n2021年,在市委、市政府的坚强领导下,…现将半年工作情况汇报如下:', ''))
      .toMatchObject({ year: 2021, how: 'text' });
    expect(guessYear('科技局年度工作总结和下步工作安排 2015 年是全面深化改革的关键一年,…', '').year).toBe(2015);
    expect(guessYear('科技局工作总结和工作计划\n(一)2022年工作完成情况\n全年新增高新技术企业12家。', '')).toMatchObject({ year: 2022, how: 'text' });
    expect(guessYear('科技局工作总结\n第一部分 2020年工作总结\n全年新增高新技术企业12家。', '')).toMatchObject({ year: 2020, how: 'text' });
    expect(guessYear('科技局工作总结\n1、2019年主要工作情况\n全年新增高新技术企业12家。', '')).toMatchObject({ year: 2019, how: 'text' });
    expect(guessYear('科技局工作总结\n今年以来,全市…\n(二)2023年工作打算\n继续推进…', '').year).toBeNull();
    // a yearbook's entry opens on its label
    expect(guessYear('科技\n【概况】2007年,全市科技系统认真贯彻科技大会精神,…', '')).toMatchObject({ year: 2007, how: 'text' });
  });

  it('ignores years in document numbers, policy names and other sentences', () => {
    expect(guessYear('5月8日科技部正式批复我市建设国家可持续发展实验区(国科发社[2013]215号)。', '').year).toBeNull();
    expect(guessYear('印发《某市建设区域科技创新中心实施方案(2021-2025年)》等政策文件。', '').year).toBeNull();
    expect(guessYear('高新产业增加值占规模工业增加值的38.6%,对比2014年所占比重27.1%增长了11.5%。', '').year).toBeNull();
    expect(guessYear('根据《XX省科学技术厅关于做好2013年度XX省科学技术奖推荐工作的通知》(科成〔2013〕5号)要求,…被推荐为2013年度XX省科技进步奖候选项目。', '').year).toBeNull();
  });

  it('takes the opening year only from the first line of prose, opening on the year and a pause', () => {
    // a year further on in the text is running text
    expect(guessYear('全州科技工作会议召开\n3月12日,全州科技工作会议在州政府召开。会议指出,一是创新环境不断优化。二是投入明显增强。2019年全社会研发经费占生产总值的0.65%。', '').year).toBeNull();
    // a news lead about a meeting: the meeting's year and the year it reviews are not stated as the period covered
    expect(guessYear('全市科技工作会议召开\n3月30日,2023年全市科技工作会议召开,总结2022年全市科技工作,部署2023年重点任务。\n2022年,全市科技部门统筹推进科技体制改革,科技进步贡献率达到54.1%。', '').year).toBeNull();
    expect(guessYear('2022年全州科技工作会议顺利召开\n4月22日,2022年全州科技工作会议以视频形式召开,总结2021年科技工作。', '').year).toBeNull();
    // a year run into its sentence
    expect(guessYear('2018年我局在上半年和下半年分两批组织推荐了8家企业申报高新技术企业,预计全年新增6家。', '').year).toBeNull();
    // a report on one long line
    expect(guessYear(`2017年,全市全社会研发经费投入286.4亿元。${'全年净增高新技术企业691家。'.repeat(400)}`, '').year).toBe(2017);
    // the opening itself, after page furniture
    expect(guessYear('首页>工作动态\n导语:本文来源于网友上传,欢迎参考。\n2019年以来,在区委、区政府的领导下,全区科技工作…', '').year).toBe(2019);
  });

  it('lets the text win over a reposted title it contradicts', () => {
    const text = '科技局2020年上半年工作总结范文2021年上半年,在县委、县政府的坚强领导下,…组织“2021年全国科技活动周”活动,申报2021年度科普项目4个,开展2021年科普惠民活动。';
    expect(guessYear(text, '')).toMatchObject({ year: 2021, how: 'text' });
  });

  it('reads years written in Chinese numerals, but not the signature date', () => {
    expect(guessYear('二〇二一年工作总结\n一年来…\n\nXX县科技局\n二〇二二年一月十日', '')).toMatchObject({ year: 2021, how: 'title' });
    expect(guessYear('市科技局工作总结\n今年以来…\n二〇二二年一月十日', '').year).toBeNull();
  });

  it('does not take a plan’s year for the period covered', () => {
    expect(guessYear('市科技局工作总结\n今年以来,全市…\n二、2022年工作计划\n2022年,我局将继续…', '').year).toBeNull();
    expect(guessYear('', '2020年工作总结和2021年重点工作').year).toBe(2020);
  });

  it('reads traditional characters', () => {
    expect(guessYear('2019年上半年工作總結\n上半年,全縣…', '').year).toBe(2019);
  });
});

describe('guessReportPeriod', () => {
  it('reads a news item that opens on the months so far as of them, whatever it says in passing of the whole year', () => {
    const news = '数读|1—8月濉阳科技创新“成绩单”出炉\n来源:濉阳发布 2024-09-12 18:30\n1—8月,濉阳市科技创新主要指标持续向好。\n▶ 1286家\n1—8月,全市科技型中小企业评价入库1286家,完成全年目标任务的85.7%。';
    expect(guessReportPeriod(news, '')).toBe('YTD');
    // (not a summary that opens on its year, its figures of the months so far among the year's)
    expect(guessReportPeriod('2020年,在区党委正确领导下,科技产业局坚定不移实施创新驱动发展战略。\n工业产值方面,2020年1-11月,高新区规上工业企业共计203家。', '')).not.toBe('YTD');
  });

  it('tells half-year, annual and three-quarter reports apart', () => {
    expect(guessReportPeriod('上半年,全市科技工作…', '市科技局上半年工作总结')).toBe('H1');
    expect(guessReportPeriod('半年来,我局…', '市科技局半年工作情况汇报')).toBe('H1');
    expect(guessReportPeriod('一年来,…', '市科技局2021年工作总结和2022年工作计划')).toBe('FY');
    expect(guessReportPeriod('今年以来,…', '乡镇年度科技局工作总结')).toBe('FY');
    expect(guessReportPeriod('前三季度,全市…', '市科技局前三季度工作总结')).toBe('Q1-Q3');
    // 半年度 is a half, not a year; a third quarter's report tells the year so far
    expect(guessReportPeriod('上半年,全区…', '某区科技和工业信息化局2022年半年度工作总结')).toBe('H1');
    expect(guessReportPeriod('一、重点任务完成情况', '某区科技局2022年第三季度重点任务落实情况')).toBe('Q1-Q3');
    expect(guessReportPeriod('2017年,青岛全社会研发经费投入286.4亿元。全年净增高新技术企业691家。', '')).toBe('FY');
    expect(guessReportPeriod('一、情况分析 二、存在的问题', '科技局高新技术产业发展汇报')).toBe('');
    // a title that names the months so far
    expect(guessReportPeriod('指标\t年度目标\t完成情况', '2023年度科技创新主要指标目标任务完成情况(截至10月底)')).toBe('YTD');
    expect(guessReportPeriod('指标名称\t单位\t1-11月完成', '芦原县2023年1-11月主要科技指标完成情况')).toBe('YTD');
    // (1-9月 is months so far, as 1-11月 is; only 前三季度 names three quarters)
    expect(guessReportPeriod('今年以来,县科技局坚持创新驱动。', '岷源县科技局2023年1-9月工作情况')).toBe('YTD');
    // (one month's report is of the year so far: the catalog has no month)
    expect(guessReportPeriod('一、本月工作', '鹤坪县科技局3月份工作总结')).toBe('YTD');
    expect(guessReportPeriod('一、重点工作推进情况', '陇泉县科技局2024年8月份工作月报')).toBe('YTD');
    // (a report of progress that opens on "so far" is of the year so far, whatever its plans say of 全年)
    expect(guessReportPeriod('(2024年9月)\n今年以来,我局各项工作有序推进。\n三、下一步打算\n全年技术合同成交额达到20亿元。', '筠川区科技局关于2024年科技创新工作进展情况的汇报')).toBe('YTD');
    // a heading that reviews the year's work, whatever the lines under it open with
    expect(guessReportPeriod('一、2024年工作完成情况\n(一)聚焦创新主体培育。今年以来,全区新增高企12家。', '')).toBe('FY');
  });

  it('reads a report that names no half or whole year by how it opens: its quarter, or so far this year', () => {
    expect(guessReportPeriod('今年以来,全区科技工作稳步推进,争取上级资金120万元。', '')).toBe('YTD');
    expect(guessReportPeriod('3月21日,局里召开第一季度科技工作总结会,会议就第一季度以来的工作作了总结。', '')).toBe('Q1');
    expect(guessReportPeriod('截至目前,全县共有高新技术企业15家。', '')).toBe('YTD');
    expect(guessReportPeriod('高新技术产业产值同比增长44.6%。前7月,我市积极组织实施科技计划项目。', '')).toBe('YTD');
    // (全年 of a goal, "全力冲刺全年目标", says nothing of the period the page covers)
    expect(guessReportPeriod('岚垣县科技局:全力冲刺全年目标\n今年以来,岚垣县已有17家企业提交高企申报材料。', '')).toBe('YTD');
    // …unless the page was posted at the year's end or just after: so far is then the whole year
    expect(guessReportPeriod('2024-12-16 16:35:09 大字体 小字体\n今年以来,全市深入实施创新驱动发展战略。', '')).toBe('FY');
    expect(guessReportPeriod('2024-09-16 16:35:09\n今年以来,全市深入实施创新驱动发展战略。', '')).toBe('YTD');
    // (the months named are so far, whenever the page was posted)
    expect(guessReportPeriod('2023-12-06\n记者从县科技局获悉,1-11月,全县技术交易额达到6.42亿元。', '')).toBe('YTD');
    expect(guessReportPeriod('发表时间:2022-12-23\n全市科技工作成效显著,前三季度高新技术产业产值增长12%。', '')).toBe('FY');
    // (the date read on the page as it was, before cleaning took its furniture out)
    expect(guessReportPeriod('今年以来,全市深入实施创新驱动发展战略。', '', '发布时间:2024-12-16\n今年以来,全市深入实施创新驱动发展战略。')).toBe('FY');
  });
});

describe('guessTitle', () => {
  it('finds the report’s own title line among page furniture', () => {
    expect(guessTitle('今天是:\n\n市科技局2021年工作总结和2022年工作计划\n\n发布时间: 2022-01-14 16:00')).toBe('市科技局2021年工作总结和2022年工作计划');
    expect(guessTitle('您的位置:首页 > 动态新闻\n温州市科学技术局2019年工作总结和2020年工作思路\n2020-03-09')).toBe('温州市科学技术局2019年工作总结和2020年工作思路');
    expect(guessTitle('市科技局上半年科技工作总结20xx上半年,我市科技工作…')).toBe('市科技局上半年科技工作总结');
    expect(guessTitle('【科技总结】2015年大连市科学技术知识产权工作总结\n\n时间:2023-05-17')).toBe('2015年大连市科学技术知识产权工作总结');
    expect(guessTitle('市科技局上半年工作总结.docx\n\nID:61299780')).toBe('市科技局上半年工作总结');
    expect(guessTitle('泓安市科技局10月份工作小结\n(2023年10月31日)\n一、10月份主要工作')).toBe('泓安市科技局10月份工作小结');
    expect(guessTitle('椰澜市科技局2024年5月工作月报\n一、重点指标进展')).toBe('椰澜市科技局2024年5月工作月报');
    expect(guessTitle('柳岚市科技局工作简报(2021年第7期)\n【上半年主要科技指标运行情况】')).toBe('柳岚市科技局工作简报(2021年第7期)');
    expect(guessTitle('2017年,青岛全社会研发经费(R&D)投入286.4亿元。')).toBe('');
    expect(guessTitle('名称: 2023年某县科技局主要目标任务落实情况 文号:\n发布日期: 2023-12-28')).toBe('2023年某县科技局主要目标任务落实情况');
    expect(guessTitle('县科学技术局落实2025年《政府工作报告》重点工作三季度进展情况表\n序号')).toBe('县科学技术局落实2025年《政府工作报告》重点工作三季度进展情况');
    expect(guessTitle('收藏 分享\n2023年县科技局工作总结及工作打算2.docx\n上传人:g****t')).toBe('2023年县科技局工作总结及工作打算');
    expect(guessTitle('全区科技工作取得新进展。\n上一篇: 杭州市科技局上半年工作总结\n下一篇: 运城市科技局工作总结')).toBe('');
    // a title line cut short by the page is still the title
    expect(guessTitle('网站首页>工作计划>文章内容\n某市科学技术委员会2015年工作总结和2016年工作思\n年,在市委的正确领导下,全市科技系统…')).toBe('某市科学技术委员会2015年工作总结和2016年工作思');
    expect(guessTitle('2022年全州科技工作会议顺利召开\n4月22日,全州科技工作会议召开。')).toBe('');
    // a title stands before any sentence ends on its line, never after one
    expect(guessTitle('会议召开。局长作工作报告,部署今年工作。')).toBe('');
    expect(guessTitle('全市完成了全年任务。推进落实科技创新工程20**年工作要点。')).toBe('');
  });

  it('reads the year of titles found that way', () => {
    expect(guessYear('名称: 2023年某县科技局主要目标任务落实情况 文号:\n1\n高新技术企业\n全年新增14家', '')).toMatchObject({ year: 2023, how: 'title' });
    expect(guessYear('县科学技术局落实2025年《政府工作报告》重点工作三季度进展情况表\n序号', '')).toMatchObject({ year: 2025, how: 'title' });
    expect(guessYear('2023年县科技局工作总结及工作打算2.docx\n1、县科技局XX年工作总结及XX年工作打算 今年以来,全县科技工作…', '')).toMatchObject({ year: 2023, how: 'title' });
  });
});

// the labelled corpus reports, read in place from ../shared/corpus (place-year-<report id>.txt names the report)
describe.skipIf(!corpusOrSkip())('the corpus reports of place-year-expected.csv', () => {
  for (const row of expectedRows()) {
    it(`${row.file}: ${row.year || '(no year)'} ${row.period}`, () => {
      const text = fs.readFileSync(corpusReport(row.file!.replace(/^place-year-|\.txt$/g, ''))!, 'utf8');
      const title = guessTitle(text);
      expect(guessYear(text, title).year).toBe(row.year ? Number(row.year) : null);
      expect(guessReportPeriod(text, title)).toBe(row.period);
    });
  }
});
