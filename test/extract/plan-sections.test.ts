import { describe, expect, it } from 'vitest';
import { extractReport } from '../../src/extract/index.ts';
import { planSections } from '../../src/extract/plan-sections.ts';

// A report written for this test: a year's work, its problems, and the next year's plans.
const REPORT = [
  '某某县科技局2023年工作总结和2024年工作计划',
  '一、2023年工作完成情况',
  '(一)企业创新主体培育成效明显。全年新认定高新技术企业18家,入库科技型中小企业152家。',
  '(二)科技项目争取有新突破。获批省级科技计划项目9项,争取上级科技资金860万元。',
  '二、存在的问题',
  '研发投入总量偏低,全社会研发经费投入强度为1.2%。',
  '三、2024年工作计划',
  '(一)培育企业创新主体。新增高新技术企业20家,科技型中小企业入库180家。',
  '(二)促进成果转化。全年技术合同成交额突破5亿元。',
  '(三)加快产业发展。预计全年高新技术产业产值达到120亿元。',
].join('\n');

const statusOf = (text: string) => {
  const rows = extractReport({ reportId: 'plan', text }).rows;
  return Object.fromEntries(rows.map((row) => [`${row.indicator} ${row.value}`, row.status]));
};

describe('sections of plans', () => {
  it('makes every figure under a heading of plans a target, to the next heading of its rank', () => {
    expect(statusOf(REPORT)).toEqual({
      'hte_certified 18': 'actual',
      'tsme 152': 'actual',
      'projects_approved 9': 'actual',
      'project_funding 860': 'actual',
      'rd_intensity 1.2': 'actual',
      'hte_certified 20': 'target',
      'tsme 180': 'target',
      'tech_contract_value 5': 'target',
      // a forecast word says more than the section
      'hitech_output 120': 'forecast',
    });
  });

  it('reads a heading of the year’s tasks as one of plans, not one of tasks done', () => {
    const text = '一、2012年工作回顾\n新认定高新技术企业13家。\n二、2013年工作任务\n新认定高新技术企业15家。';
    expect(statusOf(text)).toEqual({ 'hte_certified 13': 'actual', 'hte_certified 15': 'target' });
    expect(planSections('三、2023年工作任务完成情况\n新认定高新技术企业15家。')).toEqual([]);
  });

  it('reads a five-year plan’s goals, a heading behind a bullet and the next year’s section after them, each with its own year', () => {
    const text = '一、2021年工作成效\n新认定高新技术企业61家。\n二、“十四五”主要目标\n到2025年,高新技术企业达到600家。\n三、2022年重点工作\n新认定高新技术企业80家。';
    expect(statusOf(text)).toEqual({ 'hte_certified 61': 'actual', 'hte_total 600': 'target', 'hte_certified 80': 'target' });
    expect(planSections(text).map((section) => section.year)).toEqual([undefined, 2022]);
    expect(statusOf('◆专利\n专利授权201件。\n◆2019年目标\n2019年新增高企5家。')).toEqual({ 'patents_granted 201': 'actual', 'hte_certified 5': 'target' });
    // (a heading that says the goals were met is work done)
    expect(planSections('(一)“十四五”目标圆满收官。全市高新技术企业达到516家。')).toEqual([]);
  });

  it('reads a sentence that opens on a year after the report’s as planned for that year, outside any section of plans', () => {
    const text = '岚溪县科技局2023年工作总结\n全年科技型中小企业入库120家。\n2024年,全县科技型中小企业入库150家,技术合同成交额突破5亿元。\n2015年末,全县有高新技术企业3家。';
    expect(statusOf(text)).toEqual({ 'tsme 120': 'actual', 'tsme 150': 'target', 'tech_contract_value 5': 'target', 'hte_total 3': 'actual' });
  });

  it('reads a report of plans only as plans save under a heading of work done, its goals under any heading of goals', () => {
    const text = '鹤泉市科技创新三年行动方案\n一、发展基础。全市高新技术企业达到186家。\n二、主要目标。到2023年,高新技术企业突破320家。\n三、重点任务。每年组织申报高新技术企业不少于100家。';
    expect(statusOf(text)).toEqual({ 'hte_total 186': 'actual', 'hte_total 320': 'target', 'hte_applied 100': 'target' });
    expect(planSections('一、2023年工作基础\n新认定高新技术企业186家。\n二、2024年主要预期目标\n新认定高新技术企业200家。')).toHaveLength(1);
  });

  it('ends a section of plans at the next heading of its rank that is none', () => {
    const text = '一、工作开展情况\n(一)工作思路\n全年新增高新技术企业20家。\n(二)企业培育\n全年新增高新技术企业18家。';
    expect(statusOf(text)).toEqual({ 'hte_certified 20': 'target', 'hte_certified 18': 'actual' });
  });

  it('reads no plans in a title naming both the year’s work and the next year’s plans, nor in a heading about 科技计划 projects', () => {
    expect(planSections('市科技局2023年工作总结和2024年工作计划\n全年新增高新技术企业18家。')).toEqual([]);
    expect(planSections('2015年福州市科技工作及2016年工作思路\n全年新增高新技术企业18家。')).toEqual([]);
    expect(planSections('(三)科技计划项目管理\n获批省级科技计划项目9项。')).toEqual([]);
    expect(planSections('1.重点科创平台布局持续优化。新增省级重点实验室2家。')).toEqual([]);
  });

  it('reads a table column of what was done, under a heading of plans, as done', () => {
    const text = '四、2024年工作目标\n指标\t单位\t2023年实际\t2024年目标\n高新技术企业总数\t家\t812\t950\n';
    expect(statusOf(text)).toEqual({ 'hte_total 812': 'actual', 'hte_total 950': 'target' });
  });

  it('reads a title that names only plans as one section to the end, or to a heading of work done', () => {
    const plan = '芦原县2024年科技工作要点\n全县新认定高新技术企业10家以上,全社会研发投入强度达到1.5%。';
    expect(planSections(plan)).toEqual([{ start: 0, end: plan.length, rest: false }]);
    const withReview = '某县科技局2024年工作计划\n一、2023年工作完成情况\n全年新增高企12家。\n二、2024年工作目标\n新增高企15家。';
    expect(planSections(withReview)).toEqual([
      { start: 0, end: withReview.indexOf('一、'), rest: false },
      { start: withReview.indexOf('二、'), end: withReview.length, rest: false, year: 2024 },
    ]);
  });

  it('reads the titles of plans of every kind, a note in brackets after them or a notice publishing them', () => {
    for (const title of [
      '梓陵市科技局2021年重点工作任务季度分解表', '石泷市2021年创新驱动发展目标任务分解方案', '鹤泉市科技创新三年行动方案(2021年3月印发)',
      '桂岩市科技局关于落实科技强市三年行动的实施意见(2022年12月)', '黔岭县2017年科技特派员暨科技服务工作计划', 'xx县科技局20XX年工作要点',
      '淮澄市科学技术局关于印发《2023年全市科技创新工作要点》的通知', '榕湾市2023年科技创新重点任务清单',
    ]) {
      expect(planSections(`${title}\n新增高新技术企业20家。`), title).toHaveLength(1);
    }
    for (const title of ['市科技局2023年工作总结和2024年工作计划', '衡岭县2021年科技创新主要指标完成情况及“十四五”目标解读']) {
      expect(planSections(`${title}\n新增高新技术企业20家。`), title).toEqual([]);
    }
  });

  it('gives no row for a plan of the rest of the year only (下半年, 四季度), save where its clause names the whole year', () => {
    const report = '某县科技局2023年上半年工作总结\n一、上半年工作\n新认定高新技术企业5家。\n二、下半年工作打算\n新增科技型中小企业60家;全年新认定高新技术企业力争达到12家,目前已完成5家。' +
      '全年专利申请量达到500件,其中发明专利申请100件;下半年再组织申报项目30项,其中省级10项。年内新选派科技特派员15名,组织开展技术培训10场次,下半年走访企业30家。';
    expect(extractReport({ reportId: 'plan', text: report }).rows.map((r) => [r.indicator, r.value, r.period, r.status])).toEqual([
      ['hte_certified', 5, 'H1', 'actual'],
      ['hte_certified', 12, 'FY', 'target'],
      // (what it says was done so far is done)
      ['hte_certified', 5, 'YTD', 'actual'],
      ['patents_applied', 500, 'FY', 'target'],
      // (a part of the whole year's is the whole year's too)
      ['patents_applied', 100, 'FY', 'target'],
      // (…and so is a clause naming no time after one that names the whole year, not one that names the rest of it)
      ['tech_commissioners', 15, 'FY', 'target'],
      ['matchmaking_events', 10, 'FY', 'target'],
    ]);
    // (a later quarter alone, after a point's number, is no row either)
    const quarter = '某县科技局2023年前三季度工作总结\n二、第四季度工作计划\n一是确保全年新增高新技术企业8家;二是第四季度再组织2次校企对接活动;3.四季度新建市级以上创新平台3个。';
    expect(extractReport({ reportId: 'plan', text: quarter }).rows.map((r) => [r.indicator, r.value, r.period, r.status])).toEqual([
      ['hte_certified', 8, 'FY', 'target'],
    ]);
  });

  it('gives a target under a heading of another year’s plans that year, and next year’s under 明年', () => {
    const report = '某县科技局2016年工作总结和2017年工作打算\n一、2016年工作\n新认定高新技术企业5家。\n二、2017年工作打算\n力争新认定高新技术企业8家,专利申请量达到600件。';
    expect(extractReport({ reportId: 'plan', text: report }).rows.map((r) => [r.value, r.status, r.year])).toEqual([
      [5, 'actual', null],
      [8, 'target', 2017],
      [600, 'target', 2017],
    ]);
    const next = '县科技局2016年工作总结\n一、工作成效\n新认定高新技术企业5家。\n二、明年工作思路\n力争新认定高新技术企业8家。';
    expect(extractReport({ reportId: 'plan', text: next }).rows.map((r) => [r.value, r.year])).toEqual([[5, null], [8, 2017]]);
  });

  it('reads what a plan says was done in a year gone by, the sentence opening on that year, as done', () => {
    const plan = '晋川市科技局2025年工作要点(节选)\n\n2024年,全市技术合同成交额98.7亿元,签约产学研合作项目86项。2025年,重点抓好以下工作:\n一是做大技术市场。力争全年技术合同成交额达到120亿元。';
    expect(extractReport({ reportId: 'plan', text: plan }).rows.map((r) => [r.value, r.status, r.year])).toEqual([
      [98.7, 'actual', 2024],
      [86, 'actual', 2024],
      [120, 'target', null],
    ]);
  });

  it('finds the headings reports use for plans', () => {
    for (const heading of ['四、下一步工作打算', '二、2024年工作目标', '三、下半年工作打算', '二、5月工作计划', '(一)职责任务', '下一步工作思路', '二、明年工作安排', '三、2018年主要目标', '四、四季度工作打算']) {
      expect(planSections(`${heading}\n新增高新技术企业20家。`), heading).toHaveLength(1);
    }
  });

  it('reads a speech’s part of this year’s work, after the comma of its heading, as one of plans', () => {
    const speech = [
      '在2024年全县科技工作会议上的讲话',
      '一、过去一年,全县科技创新工作迈出坚实步伐',
      '全年新认定高新技术企业19家,争取上级科技资金1260万元。',
      '二、聚焦重点,全力抓好今年科技工作',
      '(一)开展“科技特派员进园区”活动。全年选派科技特派员30名。',
      '(二)抓好今年认定申报。新认定高新技术企业25家。',
    ].join('\n');
    expect(statusOf(speech)).toEqual({ 'hte_certified 19': 'actual', 'project_funding 1260': 'actual', 'tech_commissioners 30': 'target', 'hte_certified 25': 'target' });
  });

  it('reads the goals a spending was set as plans, and the progress towards them as done', () => {
    const selfEvaluation = [
      '某县科学技术局2023年度科技计划项目支出绩效自评报告',
      '(三)年度绩效目标。立项县级科技计划项目12项,征集企业技术需求30项。',
      '二、绩效目标推进。全年立项县级科技计划项目14项,征集企业技术需求36项。',
    ].join('\n');
    expect(statusOf(selfEvaluation)).toEqual({ 'projects_approved 12': 'target', 'problems_collected 30': 'target', 'projects_approved 14': 'actual', 'problems_collected 36': 'actual' });
  });
});

describe('an appendix after the plans', () => {
  it('ends them: the figures it restates are what was done', () => {
    const report = `${REPORT}\n附:2023年主要指标\n新认定高新技术企业18家;入库科技型中小企业152家。`;
    const sections = planSections(report);
    expect(sections).toHaveLength(1);
    expect(report.slice(sections[0]!.start, sections[0]!.end)).not.toContain('附');
    expect(statusOf(report)['tsme 152']).toBe('actual');
  });
});
