// Tables as a .docx or web page gives them (cells joined by tabs): the cells of a row after its first
// figure, read for what their column's heading says.
import { describe, expect, it } from 'vitest';
import { extractReport } from '../../src/extract/index.ts';

/** The rows a report of the year gives. */
const rowsIn = (text: string, year: number) => extractReport({ reportId: 't', text, manifest: { year } }).rows;

const rowsOf = (text: string) =>
  rowsIn(text, 2023).map((r) => [r.indicator, r.value, r.status, r.year ?? null]);

describe('a table row', () => {
  it('gives each cell the year its column names, and the row’s unit', () => {
    const table = '主要指标完成情况\n指标名称\t2022年\t2023年\t增长\n新认定高新技术企业(家)\t45\t61\t35.6%\n研发经费投入(万元)\t32000\t35000\t9.4%\n';
    expect(rowsOf(table)).toEqual([
      ['hte_certified', 45, 'actual', 2022],
      ['hte_certified', 61, 'actual', null],
      ['rd_expenditure', 3.2, 'actual', 2022],
      ['rd_expenditure', 3.5, 'actual', null],
    ]);
  });

  it('reads 上年 as the year before, 目标 as a target, and growth only where the indicator has one', () => {
    const table = '指标\t上年\t本年\t目标\t增速\n高新技术产业产值(亿元)\t500\t560\t600\t12%\n';
    expect(rowsOf(table)).toEqual([
      ['hitech_output', 500, 'actual', 2022],
      ['hitech_output', 560, 'actual', null],
      ['hitech_output', 600, 'target', null],
      ['hitech_output_growth', 12, 'actual', null],
    ]);
  });

  it('reads a performance table: 指标值 a target (at least, after ≥), a column of months done, one 预计 a forecast', () => {
    const table = '部门整体绩效指标完成情况\n指标名称\t年度指标值\t1-6月完成值\t全年预计完成值\t偏差原因\n申报高新技术企业(家)\t≥220\t246\t250\t\n技术合同成交额(亿元)\t≥38\t17.6\t40\t受疫情影响\n';
    const rows = rowsIn(table, 2022);
    expect(rows.map((r) => [r.indicator, r.value, r.period, r.status, r.approx])).toEqual([
      ['hte_applied', 220, 'FY', 'target', true],
      ['hte_applied', 246, 'H1', 'actual', false],
      ['hte_applied', 250, 'FY', 'forecast', false],
      ['tech_contract_value', 38, 'FY', 'target', true],
      ['tech_contract_value', 17.6, 'H1', 'actual', false],
      ['tech_contract_value', 40, 'FY', 'forecast', false],
    ]);
  });

  it('reads a goals table laid out with ≥ and the unit in cells of their own, under label lines that are no heading', () => {
    const table = '部门名称\t青岭区科学技术局\n年度总体目标\t目标1:培育创新主体\n一级指标\t二级指标\t三级指标\t指标性质\t指标值\t度量单位\n产出指标\t数量指标\t新增国家高新技术企业\t≥\t85\t家\n产出指标\t数量指标\t技术合同成交额\t≥\t22\t亿元\n产出指标\t成本指标\t“三公”经费控制数\t≤\t6.5\t万元\n';
    const rows = rowsIn(table, 2025);
    expect(rows.map((r) => [r.indicator, r.value, r.status, r.approx])).toEqual([
      ['hte_certified', 85, 'target', true],
      ['tech_contract_value', 22, 'target', true],
    ]);
  });

  it('gives a row with no unit the one its name is counted in, of those a line over the table lists; a growth column keeps its own', () => {
    const table = '2020年前三季度主要科技指标\n(单位:亿元、件、家;增幅为%)\n指标名称\t2020年前三季度\t2019年前三季度\t增幅(%)\n高新技术产业产值\t1,286.4\t1,102.7\t16.7\n专利授权量\t5,218\t4,390\t18.9\n  其中:发明专利授权\t905\t760\t19.1\n新认定高新技术企业\t107\t86\t24.4\n';
    const rows = rowsIn(table, 2020);
    expect(rows.map((r) => [r.indicator, r.value, r.period, r.scope !== '', r.year ?? null])).toEqual([
      ['hitech_output', 1286.4, 'Q1-Q3', false, null],
      ['hitech_output', 1102.7, 'Q1-Q3', false, 2019],
      ['hitech_output_growth', 16.7, 'Q1-Q3', false, null],
      ['patents_granted', 5218, 'Q1-Q3', false, null],
      ['patents_granted', 4390, 'Q1-Q3', false, 2019],
      ['patents_granted', 905, 'Q1-Q3', true, null],
      ['patents_granted', 760, 'Q1-Q3', true, 2019],
      ['hte_certified', 107, 'Q1-Q3', false, null],
      ['hte_certified', 86, 'Q1-Q3', false, 2019],
    ]);
  });

  it('reads a table of platforms by level: the caption’s unit, a column of those taken off no row, one of all so far a running total', () => {
    const table = '全市科技创新平台情况如下表(单位:个)。\n平台类别\t级别\t年内新增\t年内撤销/摘牌\t年末累计\n重点实验室\t省级\t1\t0\t6\n众创空间\t市级\t4\t2\t15\n';
    const rows = rowsIn(table, 2021);
    expect(rows.map((r) => [r.indicator, r.value, r.period])).toEqual([
      ['platforms', 1, 'FY'],
      ['platforms', 6, 'CUM'],
      ['platforms', 4, 'FY'],
      ['platforms', 15, 'CUM'],
    ]);
  });

  it('reads a table written with bars between its cells as one with tabs, its ruling line left out', () => {
    const table = '主要考核指标完成情况(指标名称｜目标值｜完成值)\n|---|---|---|\n高新技术企业数(家)｜580｜612\n技术合同成交额(亿元)｜35｜41.06\n';
    expect(rowsOf(table)).toEqual([
      ['hte_total', 580, 'target', null],
      ['hte_total', 612, 'actual', null],
      ['tech_contract_value', 35, 'target', null],
      ['tech_contract_value', 41.06, 'actual', null],
    ]);
  });

  it('reads rows of places whose columns name what they count, in the first unit of a line of units each fits', () => {
    const report = '表2 2023年各县(市、区)主要科技指标\n单位:家、亿元\n地区\t高新技术企业总数\t技术合同成交额\n滨港区\t186\t21.4\n合计\t406\t39.3\n';
    const rows = rowsIn(report, 2023).map((r) => [r.indicator, r.value, r.period, r.scope]);
    expect(rows).toEqual([
      ['hte_total', 186, 'CUM', '滨港区'],
      ['tech_contract_value', 21.4, 'FY', '滨港区'],
      ['hte_total', 406, 'CUM', ''],
      ['tech_contract_value', 39.3, 'FY', ''],
    ]);
    // (each unit tried for a column's own name before the name of the column before it: 专利申请量 is in 件, though 亿元 is listed first)
    const three = '各县(区)科技主要指标完成情况表\n单位:亿元、件、家\n县区\t高新技术产业产值\t专利申请量\t新认定高新技术企业\n东河区\t128.6\t1536\t6\n';
    expect(rowsIn(three, 2011).map((r) => [r.indicator, r.value, r.scope])).toEqual([
      ['hitech_output', 128.6, '东河区'],
      ['patents_applied', 1536, '东河区'],
      ['hte_certified', 6, '东河区'],
    ]);
  });

  it('reads the cells after a column of growth in the row’s own unit, not the growth’s', () => {
    const table = '指标\t单位\t1-7月\t同比\t全年任务\n技术合同成交额\t亿元\t8.41\t19.6%\t15\n高新技术产业增加值\t亿元\t96.3\t11.4%\t170\n';
    const rows = rowsIn(table, 2017).map((r) => [r.indicator, r.value, r.status]);
    expect(rows).toEqual([
      ['tech_contract_value', 8.41, 'actual'],
      ['tech_contract_value', 15, 'target'],
      ['hitech_value_added', 96.3, 'actual'],
      ['hitech_value_added_growth', 11.4, 'actual'],
      ['hitech_value_added', 170, 'target'],
    ]);
  });

  it('gives one month’s column (本月) no row, beside the year so far; 1-12月 is the whole year', () => {
    const table = '指标名称\t单位\t本月\t1-5月累计\t全年目标\n技术合同成交额\t亿元\t3.62\t14.85\t38\n';
    const rows = rowsIn(table, 2024).map((r) => [r.indicator, r.value, r.period, r.status]);
    expect(rows).toEqual([
      ['tech_contract_value', 14.85, 'YTD', 'actual'],
      ['tech_contract_value', 38, 'FY', 'target'],
    ]);
    const year = '指标\t本月\t1-12月\t全年目标\n技术合同成交额(亿元)\t0.61\t3.28\t3\n';
    expect(rowsIn(year, 2023).map((r) => [r.value, r.period, r.status])).toEqual([[3.28, 'FY', 'actual'], [3, 'FY', 'target']]);
  });

  it('reads a cell whose digits are partly hidden (6XX, 1,4XX, 1.4X) as a masked figure, never as its first digits', () => {
    const table = '指标名称\t单位\t2017年\t2018年\n专利申请量\t件\t1,208\t1,4XX\n专利授权量\t件\t6XX\t733\n';
    const rows = rowsIn(table, 2018).map((r) => [r.indicator, r.value, r.masked, r.year ?? null]);
    expect(rows).toEqual([
      ['patents_applied', 1208, false, 2017],
      ['patents_applied', null, true, null],
      ['patents_granted', null, true, 2017],
      ['patents_granted', 733, false, null],
    ]);
  });

  it('reads a table whose columns are indicators by the row: a part of the year its period, a goal its status, a month none', () => {
    const table = '月份\t专利申请(件)\t其中发明专利授权(件)\t技术合同成交额(万元)\n1月\t312\t38\t4186\n1-2月合计\t499\t67\t7121\n全年目标\t4200\t520\t100000\n';
    const rows = rowsIn(table, 2024).map((r) => [r.indicator, r.value, r.period, r.status, r.scope]);
    expect(rows).toEqual([
      ['patents_applied', 499, 'YTD', 'actual', ''],
      ['patents_granted', 67, 'YTD', 'actual', '发明专利授权'],
      ['tech_contract_value', 0.7121, 'YTD', 'actual', ''],
      ['patents_applied', 4200, 'FY', 'target', ''],
      ['patents_granted', 520, 'FY', 'target', '发明专利授权'],
      ['tech_contract_value', 10, 'FY', 'target', ''],
    ]);
  });

  it('reads a table of places whose units the sentence above it lists, under a heading such as 镇(区)', () => {
    const table = '现将主要指标完成情况通报如下(单位:家、项、件):\n镇(区)\t新认定高新技术企业\t专利授权量\n城南镇\t2\t95\n';
    const rows = rowsIn(table, 2011).map((r) => [r.indicator, r.value, r.scope]);
    expect(rows).toEqual([['hte_certified', 2, '城南镇'], ['patents_granted', 95, '城南镇']]);
  });

  it('reads rows of years and a goal’s row, a growth column of the thing before it, and no completion rate', () => {
    const years = '年份\t研发投入(亿元)\t高新技术企业(家)\n2018\t29.04\t157\n2019\t33.62\t203\n“十四五”末(2025年)目标\t65\t500\n';
    const rows = rowsIn(years, 2019).map((r) => [r.indicator, r.value, r.status, r.year ?? null]);
    expect(rows).toEqual([
      ['rd_expenditure', 29.04, 'actual', 2018],
      ['hte_total', 157, 'actual', 2018],
      ['rd_expenditure', 33.62, 'actual', null],
      ['hte_total', 203, 'actual', null],
      ['rd_expenditure', 65, 'target', 2025],
      ['hte_total', 500, 'target', 2025],
    ]);
    const quarters = '时段\t高新技术产业增加值(亿元)\t增速(%)\n一季度\t18.36\t9.2\n';
    expect(rowsIn(quarters, 2023).map((r) => [r.indicator, r.value, r.period]))
      .toEqual([['hitech_value_added', 18.36, 'Q1'], ['hitech_value_added_growth', 9.2, 'Q1']]);
    const done = '单位:件、%\n县(市、区)\t1-6月专利申请\t全年目标\t完成率\n城关区\t2105\t3500\t60.1\n';
    expect(rowsIn(done, 2019).map((r) => r.value)).toEqual([2105, 3500]);
  });

  it('reads a column of money in the money its units line lists, and a column in a unit of its own as none', () => {
    const table = '(单位:项、万元)\n县(区)\t获批立项\t争取经费\t科研团队(支)\n章溪区\t17\t745\t12\n';
    const rows = rowsIn(table, 2022).map((r) => [r.indicator, r.value, r.scope]);
    expect(rows).toEqual([['projects_approved', 17, '章溪区'], ['project_funding', 745, '章溪区']]);
  });

  it('reads a table under a line that names it a table of goals (目标任务分解表) as targets', () => {
    const table = '附件:2022年度科技创新主要目标任务分解表\n县(市、区)\t新认定高新技术企业(家)\n鹤川县\t22\n';
    const rows = rowsIn(table, 2022).map((r) => [r.indicator, r.value, r.status, r.scope]);
    expect(rows).toEqual([['hte_certified', 22, 'target', '鹤川县']]);
  });

  it('gives a quarter after the first (三季度) no row, as it gives one month none', () => {
    const table = '指标\t一季度\t二季度\t三季度\t前三季度合计\t全年目标\n专利授权(件)\t96\t131\t140\t367\t500\n';
    const rows = rowsIn(table, 2024).map((r) => [r.indicator, r.value, r.period, r.status]);
    expect(rows).toEqual([
      ['patents_granted', 96, 'Q1', 'actual'],
      ['patents_granted', 367, 'Q1-Q3', 'actual'],
      ['patents_granted', 500, 'FY', 'target'],
    ]);
  });

  it('reads a column of places that names no thing as of the thing the column before it names', () => {
    const report = '镇(街道)\t科技型中小企业全年任务(家)\t上半年入库(家)\n城关街道\t35\t24\n';
    const rows = rowsIn(report, 2023).map((r) => [r.indicator, r.value, r.period, r.status, r.scope]);
    expect(rows).toEqual([
      ['tsme', 35, 'FY', 'target', '城关街道'],
      ['tsme', 24, 'H1', 'actual', '城关街道'],
    ]);
  });

  it('reads a table whose columns are the places of the report’s and their whole: each cell the place’s, the whole’s unscoped', () => {
    const report = '指标\t岚山区\t滹泽县\t冀岚高新区\t全市\n科技型中小企业入库(家)\t86\t74\t118\t278\n技术合同成交额(亿元)\t0.82\t0.46\t1.37\t2.65\n';
    const rows = rowsIn(report, 2022).map((r) => [r.indicator, r.value, r.scope]);
    expect(rows).toEqual([
      ['tsme', 86, '岚山区'], ['tsme', 74, '滹泽县'], ['tsme', 118, '冀岚高新区'], ['tsme', 278, ''],
      ['tech_contract_value', 0.82, '岚山区'], ['tech_contract_value', 0.46, '滹泽县'], ['tech_contract_value', 1.37, '冀岚高新区'], ['tech_contract_value', 2.65, ''],
    ]);
    // (…not a table that sets the report's own beside its neighbours, with no column of a whole)
    const neighbours = '指标\t沙源县\t红柳区\t黄渠县\t全市平均\n高新技术企业(家)\t17\t43\t26\t29\n';
    expect(rowsIn(neighbours, 2023).map((r) => [r.indicator, r.value, r.scope])).toEqual([['hte_total', 17, '']]);
  });

  it('reads a heading’s unit with a note beside it in its brackets, the note kept as what the column counts', () => {
    const report = '单位\t高新技术企业(家,有效期内)\t当年新认定高企(家)\t省级研发机构(个,累计)\n佛岭街道\t86\t21\t18\n合计\t181\t45\t33\n';
    const rows = rowsIn(report, 2022).map((r) => [r.indicator, r.value, r.unit, r.period, r.scope]);
    expect(rows).toEqual([
      ['hte_total', 86, '家', 'CUM', '佛岭街道'], ['hte_certified', 21, '家', 'FY', '佛岭街道'], ['platforms', 18, '个', 'CUM', '佛岭街道'],
      ['hte_total', 181, '家', 'CUM', ''], ['hte_certified', 45, '家', 'FY', ''], ['platforms', 33, '个', 'CUM', ''],
    ]);
  });

  it('reads a fall written with a minus in its cell, and no figure of a column of differences', () => {
    const report = '指标名称\t单位\t2013年\t2014年\t增减\t增减幅度(%)\n高新技术产业产值\t亿元\t284.5\t271.3\t-13.2\t-4.6\n高新技术产业增加值\t亿元\t76.8\t79.1\t2.3\t3.0\n';
    const rows = rowsIn(report, 2014).map((r) => [r.indicator, r.value, r.year ?? null]);
    expect(rows).toEqual([
      ['hitech_output', 284.5, 2013], ['hitech_output', 271.3, null], ['hitech_output_growth', -4.6, null],
      ['hitech_value_added', 76.8, 2013], ['hitech_value_added', 79.1, null], ['hitech_value_added_growth', 3, null],
    ]);
  });

  it('reads no column of the households a thing reached as that thing, whatever the column before counts', () => {
    const report = '乡镇\t选派科技特派员(名)\t示范基地(个)\t带动农户(户)\n城厢镇\t14\t3\t420\n';
    expect(rowsIn(report, 2023).map((r) => [r.indicator, r.value, r.scope])).toEqual([
      ['tech_commissioners', 14, '城厢镇'], ['platforms', 3, '城厢镇'],
    ]);
  });

  it('reads a caption that sums up a thing’s cultivation (培育情况) as naming the thing, the columns its acts', () => {
    const report = '表3 2018年各区县高新技术企业培育情况\n区县\t申报数(家)\t认定数(家)\t有效期内总数(家)\n岚江区\t146\t102\t528\n';
    expect(rowsIn(report, 2018).map((r) => [r.indicator, r.value, r.scope])).toEqual([
      ['hte_applied', 146, '岚江区'], ['hte_certified', 102, '岚江区'], ['hte_total', 528, '岚江区'],
    ]);
  });

  it('reads rows headed 街镇 as places, and a column that names only the act as of the thing before it', () => {
    const report = '街镇(园区)\t有效期内高新技术企业(家)\t当年新认定(家)\n青岚镇\t46\t9\n合计\t302\t65\n';
    const rows = rowsIn(report, 2017).map((r) => [r.indicator, r.value, r.period, r.scope]);
    expect(rows).toEqual([
      ['hte_total', 46, 'CUM', '青岚镇'],
      ['hte_certified', 9, 'FY', '青岚镇'],
      ['hte_total', 302, 'CUM', ''],
      ['hte_certified', 65, 'FY', ''],
    ]);
  });

  it('reads a place whose name holds a thing (高新区, 高新园区) as a place in a table of places', () => {
    const report = '镇(街道)\t科技型中小企业全年任务(家)\t上半年入库(家)\n城关街道\t35\t24\n高新区\t18\t9\n高新园区\t12\t7\n';
    const rows = rowsIn(report, 2023).map((r) => [r.indicator, r.value, r.period, r.scope]);
    expect(rows).toEqual([
      ['tsme', 35, 'FY', '城关街道'],
      ['tsme', 24, 'H1', '城关街道'],
      ['tsme', 18, 'FY', '高新区'],
      ['tsme', 9, 'H1', '高新区'],
      ['tsme', 12, 'FY', '高新园区'],
      ['tsme', 7, 'H1', '高新园区'],
    ]);
  });

  it('reads a table of places in the unit a line over it names, each column its own thing, a growth column as its growth', () => {
    const table = '表2 2021年各园区高新技术产业发展情况\n单位:万元\n园区\t高新技术产业产值\t高新技术产业增加值\t增加值增速\n澧阳高新区\t3864200\t926500\t14.2%\n';
    const rows = rowsIn(table, 2021).map((r) => [r.indicator, r.value, r.scope]);
    expect(rows).toEqual([
      ['hitech_output', 386.42, '澧阳高新区'],
      ['hitech_value_added', 92.65, '澧阳高新区'],
      ['hitech_value_added_growth', 14.2, '澧阳高新区'],
    ]);
  });

  it('reads a table of places under a caption of running totals as all so far', () => {
    const table = '表4 截至2022年底各县区省级以上科技创新平台累计情况(单位:个)\n县区\t省级重点实验室\t省级工程技术研究中心\n琅东区\t2\t14\n';
    expect(rowsIn(table, 2022).map((r) => [r.indicator, r.value, r.period, r.scope])).toEqual([
      ['platforms', 2, 'CUM', '琅东区'],
      ['platforms', 14, 'CUM', '琅东区'],
    ]);
  });

  it('reads a caption whose number stands in a cell of its own (表1\t…) as the caption of a table of places', () => {
    const table = '表1\t各县区高新技术企业发展情况(单位:家)\n县区\t新认定\t年末总数\n东城区\t14\t52\n西山县\t6\t23\n合计\t20\t75\n';
    expect(rowsIn(table, 2023).map((r) => [r.indicator, r.value, r.period, r.scope])).toEqual([
      ['hte_certified', 14, 'FY', '东城区'],
      ['hte_total', 52, 'CUM', '东城区'],
      ['hte_certified', 6, 'FY', '西山县'],
      ['hte_total', 23, 'CUM', '西山县'],
      ['hte_certified', 20, 'FY', ''],
      ['hte_total', 75, 'CUM', ''],
    ]);
  });

  it('gives the cells the one unit the table’s caption names (单位:亿元)', () => {
    const table = '表2 2023年主要指标(单位:亿元)\n项目\t2022年\t2023年\n技术合同成交额\t2.1\t3.4\n';
    expect(rowsOf(table)).toEqual([
      ['tech_contract_value', 2.1, 'actual', 2022],
      ['tech_contract_value', 3.4, 'actual', null],
    ]);
  });

  it('leaves a column of progress against the target alone (完成进度, 完成率), and a cell in a unit its row is never stated in', () => {
    const table = '指标名称\t单位\t上半年完成\t全年目标\t完成进度\n科技型中小企业入库数\t家\t138\t150\t92.0%\n技术合同成交额\t亿元\t6.8\t12\t56.7%\n';
    expect(rowsOf(table)).toEqual([
      ['tsme', 138, 'actual', null],
      ['tsme', 150, 'target', null],
      ['tech_contract_value', 6.8, 'actual', null],
      ['tech_contract_value', 12, 'target', null],
    ]);
  });

  it('reads rows of places under a caption that names what they count, each place a part', () => {
    const report = '附表:2011年各镇(开发区)高新技术企业认定情况\n单位\t新认定(家)\t累计(家)\n武进高新区\t28\t96\n全区合计\t62\t232\n';
    const rows = rowsIn(report, 2011).map((r) => [r.indicator, r.value, r.period, r.scope]);
    expect(rows).toEqual([
      ['hte_certified', 28, 'FY', '武进高新区'],
      ['hte_total', 96, 'CUM', '武进高新区'],
      ['hte_certified', 62, 'FY', ''],
      ['hte_total', 232, 'CUM', ''],
    ]);
  });

  it('reads a second line of headings under a merged one (2022年 over 目标, 完成, 完成率), its empty cells kept or not', () => {
    for (const second of ['目标\t完成\t完成率', '\t\t目标\t完成\t完成率']) {
      const report = `指标\t单位\t2022年\n${second}\n科技型中小企业\t家\t150\t188\t125.3%\n技术合同成交额\t亿元\t5\t6.27\t125.4%\n`;
      expect(rowsIn(report, 2022).map((r) => [r.indicator, r.value, r.status]), second).toEqual([
        ['tsme', 150, 'target'],
        ['tsme', 188, 'actual'],
        ['tech_contract_value', 5, 'target'],
        ['tech_contract_value', 6.27, 'actual'],
      ]);
    }
  });

  it('reads rows of levels or kinds under a caption that names what they count, a column that names no thing of it', () => {
    const report = '表2 2015年锦源县争取上级科技项目情况\n级别\t申报数(项)\t立项数(项)\n国家级\t6\t2\n省级\t23\t9\n合计\t29\t11\n';
    const rows = rowsIn(report, 2015).map((r) => [r.indicator, r.value, r.scope]);
    expect(rows).toEqual([
      ['projects_applied', 6, '国家级'],
      ['projects_approved', 2, '国家级'],
      ['projects_applied', 23, '省级'],
      ['projects_approved', 9, '省级'],
      ['projects_applied', 29, ''],
      ['projects_approved', 11, ''],
    ]);
    const patents = '附表:2014年专利情况\n类别\t申请(件)\t授权(件)\n发明\t58\t9\n合计\t312\t157\n';
    expect(rowsIn(patents, 2014).map((r) => [r.indicator, r.value, r.scope])).toEqual([
      ['patents_applied', 58, '发明'],
      ['patents_granted', 9, '发明'],
      ['patents_applied', 312, ''],
      ['patents_granted', 157, ''],
    ]);
  });

  it('gives the cells the part of the year a caption names', () => {
    const report = '县科技局2015年工作总结\n表2 2015年上半年科技项目申报立项情况\n级别\t申报(项)\t立项(项)\n省级\t14\t4\n合计\t25\t10\n';
    expect(rowsIn(report, 2015).map((r) => [r.indicator, r.value, r.period])).toEqual([
      ['projects_applied', 14, 'H1'],
      ['projects_approved', 4, 'H1'],
      ['projects_applied', 25, 'H1'],
      ['projects_approved', 10, 'H1'],
    ]);
  });

  it('reads a column that names no thing under a caption of two things as of the thing the column before names', () => {
    const report = '表3 2024年各县(市、区)高新技术企业和科技型中小企业情况\n地区\t高企申报数(家)\t通过认定数(家)\t科技型中小企业入库数(家)\n沭东区\t186\t121\t932\n';
    expect(rowsIn(report, 2024).map((r) => [r.indicator, r.value])).toEqual([['hte_applied', 186], ['hte_certified', 121], ['tsme', 932]]);
  });

  it('reads a unit a heading names in its word (申报家数), and a column of a part as that part on the total row too', () => {
    const report = '2023年上半年各县(市、区)高新技术企业申报情况\n县市区\t申报家数\t其中:首次申报\n雨潭区\t46\t29\n合计\t84\t56\n';
    const rows = extractReport({ reportId: 't', text: report }).rows.map((r) => [r.indicator, r.value, r.period, r.scope]);
    expect(rows).toEqual([
      ['hte_applied', 46, 'H1', '雨潭区'],
      ['hte_applied', 29, 'H1', '雨潭区'],
      ['hte_applied', 84, 'H1', ''],
      ['hte_applied', 56, 'H1', '首次申报'],
    ]);
  });

  it('reads 上年同期 as the same part of the year before', () => {
    const report = '柘原县科技局2023年上半年工作总结\n指标\t1-6月\t上年同期\t同比增长\n高新技术产业产值(亿元)\t38.6\t31.2\t23.7%\n';
    const rows = extractReport({ reportId: 't', text: report }).rows.map((r) => [r.indicator, r.value, r.period, r.year ?? null]);
    expect(rows).toEqual([
      ['hitech_output', 38.6, 'H1', null],
      ['hitech_output', 31.2, 'H1', 2022],
      ['hitech_output_growth', 23.7, 'H1', null],
    ]);
  });

  it('gives each cell of a column of one level the row’s things of that level, and a 合计 column their total', () => {
    const table = '截至年底,全区共有各类科技创新平台42个,具体如下:\n类别\t自治区级\t市级\t合计\n重点实验室\t2\t5\t7\n';
    expect(extractReport({ reportId: 't', text: table }).rows.map((r) => [r.value, r.period, r.scope])).toEqual([
      [42, 'CUM', ''],
      [2, 'CUM', '自治区级重点实验室'],
      [5, 'CUM', '市级重点实验室'],
      [7, 'CUM', '重点实验室'],
    ]);
  });

  it('leaves a column whose heading says nothing of its figures alone', () => {
    expect(rowsOf('指标\t完成值\t排名\n高新技术企业(家)\t913\t3\n')).toEqual([['hte_total', 913, 'actual', null]]);
  });

  it('reads a column whose unit is written otherwise (期), and leaves one of a unit no indicator takes (份) alone', () => {
    const table = '2024年各镇科技活动情况\n镇别\t举办培训班（期）\t出动科技人员（人次）\t发放资料（份）\n东坪镇\t7\t35\t1800\n';
    expect(extractReport({ reportId: 't', text: table }).rows.map((r) => [r.indicator, r.value, r.unit, r.scope])).toEqual([
      ['matchmaking_events', 7, '场', '东坪镇'],
      ['experts_dispatched', 35, '人次', '东坪镇'],
    ]);
  });
});

describe('a table counted in 千元 or 百万元', () => {
  it('reads the money its line of units names, converted exactly', () => {
    const table = '表2 2016年全市科技投入情况\n单位:千元\n指标\t2016年\t2015年\nR&D经费内部支出\t3,865,420\t3,412,870\n';
    expect(rowsOf(table)).toEqual([
      ['rd_expenditure', 38.6542, 'actual', 2016],
      ['rd_expenditure', 34.1287, 'actual', 2015],
    ]);
    const millions = '单位:百万元,%\n指标\t1-9月\t同比增长\n高新技术产业产值\t483,620\t9.8\n';
    expect(rowsOf(millions)).toEqual([
      ['hitech_output', 4836.2, 'actual', null],
      ['hitech_output_growth', 9.8, 'actual', null],
    ]);
  });
});

describe('a table a page flattened', () => {
  it('reads a table laid out one cell to a line as one with tabs, the prose after it left alone', () => {
    const table = '表1 主要科技指标完成情况\n指标名称\n单位\n全年目标\n完成值\n完成率\n专利申请量\n件\n900\n517\n57.4%\n技术合同成交额\n亿元\n1.5\n0.62\n41.3%\n注:数据来源于县统计局。';
    expect(rowsOf(table)).toEqual([
      ['patents_applied', 900, 'target', null],
      ['patents_applied', 517, 'actual', null],
      ['tech_contract_value', 1.5, 'target', null],
      ['tech_contract_value', 0.62, 'actual', null],
    ]);
  });

  it('reads rows run together on one line with spaces, a serial number opening each and a caption before them', () => {
    const table = '表2 2023年科技主要指标完成情况表 序号 指标名称 单位 目标 完成 完成率 1 高新技术企业总数 家 85 91 107.1% 2 专利授权量 件 1500 1628 108.5% 从上表看,各项指标全部完成。';
    expect(rowsOf(table)).toEqual([
      ['hte_total', 85, 'target', null],
      ['hte_total', 91, 'actual', null],
      ['patents_granted', 1500, 'target', null],
      ['patents_granted', 1628, 'actual', null],
    ]);
  });

  it('reads a heading glued to the sentence that introduces it, the unit that sentence names', () => {
    const table = '1-11月主要指标完成情况如下(单位:万元):序号 指标 年度目标 1-11月完成 1 技术合同成交额 30000 27460 2 争取上级科技项目资金 1500 1382 以上指标预计均可完成。';
    expect(rowsIn(table, 2019).map((r) => [r.indicator, r.value, r.period, r.status])).toEqual([
      ['tech_contract_value', 3, 'FY', 'target'],
      ['tech_contract_value', 2.746, 'YTD', 'actual'],
      ['project_funding', 1500, 'FY', 'target'],
      ['project_funding', 1382, 'YTD', 'actual'],
    ]);
  });

  it('reads a row whose unit cell was merged with the one above, in tabs or a cell to a line', () => {
    const expected = [
      ['patents_applied', 1320, 'actual', 2019],
      ['patents_applied', 1574, 'actual', 2020],
      ['patents_granted', 802, 'actual', 2019],
      ['patents_granted', 1011, 'actual', 2020],
    ];
    expect(rowsOf('指标\t单位\t2019年\t2020年\n专利申请量\t件\t1320\t1574\n专利授权量\t\t802\t1011\n')).toEqual(expected);
    expect(rowsOf('指标\n单位\n2019年\n2020年\n专利申请量\n件\n1320\n1574\n专利授权量\n802\n1011\n')).toEqual(expected);
  });

  it('leaves short lines that are no table as they are', () => {
    const text = '项目\n争取\n全年申报项目\n32项\n获批\n12项';
    const cleaned = extractReport({ reportId: 't', text }).cleaned;
    expect(cleaned).not.toContain('\t');
  });
});

describe('a table of places', () => {
  it('reads the places under a heading of streets or parks, and a column of 人次 as no count of the people before it', () => {
    const table = '表2 各街道(园区)科技服务情况\n单位:家、人\n街道(园区)\t走访企业(家)\t选派科技特派员(人)\t培训人次\n东湖街道\t46\t6\t520\n白洋镇\t12\t11\t1340\n';
    expect(rowsIn(table, 2019).map((r) => [r.indicator, r.value, r.scope])).toEqual([
      ['enterprises_served', 46, '东湖街道'],
      ['tech_commissioners', 6, '东湖街道'],
      ['enterprises_served', 12, '白洋镇'],
      ['tech_commissioners', 11, '白洋镇'],
    ]);
  });

  it('reads a column of growth in the share the units line gives, and a column of ranks as no figure', () => {
    const table = '表4 2014年上半年各县(区)高新技术产业产值情况\n单位:亿元、%\n县(区)\t产值\t增幅\t位次\n东城区\t52.7\t9.6\t2\n临湍县\t38.9\t12.5\t1\n';
    expect(rowsIn(table, 2014).map((r) => [r.indicator, r.value, r.scope])).toEqual([
      ['hitech_output', 52.7, '东城区'],
      ['hitech_output_growth', 9.6, '东城区'],
      ['hitech_output', 38.9, '临湍县'],
      ['hitech_output_growth', 12.5, '临湍县'],
    ]);
  });

  it('reads a table of places the paragraph before introduces ("如下:"), its columns only a target and what was done', () => {
    const table = '全年全市技术合同登记额完成18.6亿元,超额完成省下达的16亿元目标。各县区完成情况如下:\n县区\t目标任务(亿元)\t完成额(亿元)\t完成率\n青川区\t7\t8.2\t117%\n白水县\t3\t2.6\t87%\n';
    expect(rowsIn(table, 2024).filter((r) => r.scope).map((r) => [r.indicator, r.value, r.status, r.scope])).toEqual([
      ['tech_contract_value', 7, 'target', '青川区'],
      ['tech_contract_value', 8.2, 'actual', '青川区'],
      ['tech_contract_value', 3, 'target', '白水县'],
      ['tech_contract_value', 2.6, 'actual', '白水县'],
    ]);
  });

  it('reads a column naming part of the thing the introducing paragraph names, and the growth beside it', () => {
    const table = '全县完成高新技术产业增加值6.3亿元,同比增长21.4%。各乡镇完成情况如下:\n单位\t增加值(亿元)\t增长(%)\n城关镇\t3.1\t25.2\n河口乡\t0.9\t12.6\n';
    expect(rowsIn(table, 2012).filter((r) => r.scope).map((r) => [r.indicator, r.value, r.scope])).toEqual([
      ['hitech_value_added', 3.1, '城关镇'],
      ['hitech_value_added_growth', 25.2, '城关镇'],
      ['hitech_value_added', 0.9, '河口乡'],
      ['hitech_value_added_growth', 12.6, '河口乡'],
    ]);
  });

  it('reads a 合计 row as what the rows above count in each column, with no scope', () => {
    const table = '类别\t年度选派目标(人)\t已选派(人)\t下基层服务(人次)\n省级科技特派员\t30\t32\t410\n县级科技特派员\t60\t57\t980\n合计(含其他)\t90\t89\t1390\n';
    expect(rowsIn(table, 2022).filter((r) => !r.scope).map((r) => [r.indicator, r.value, r.status])).toEqual([
      ['tech_commissioners', 90, 'target'],
      ['tech_commissioners', 89, 'actual'],
      ['experts_dispatched', 1390, 'actual'],
    ]);
  });

  it('reads a cell that says 预计 or 约 before its number, and a heading with a note beside its unit', () => {
    const table = '指标名称\t年度目标\t完成值\n研发投入强度(%)\t1.6\t预计1.58\n高新技术企业(总数,家)\t120\t约130\n';
    expect(rowsIn(table, 2024).map((r) => [r.indicator, r.value, r.period, r.status, r.approx])).toEqual([
      ['rd_intensity', 1.6, 'FY', 'target', false],
      ['rd_intensity', 1.58, 'FY', 'forecast', false],
      ['hte_total', 120, 'CUM', 'target', false],
      ['hte_total', 130, 'CUM', 'actual', true],
    ]);
  });

  it('reads a row of the places the rows above leave out ("其余6县")', () => {
    const table = '县区\t科技特派员(名)\n江北区\t52\n其余6县\t188\n合计\t240\n';
    expect(rowsIn(table, 2018).map((r) => [r.indicator, r.value, r.scope])).toEqual([
      ['tech_commissioners', 52, '江北区'],
      ['tech_commissioners', 188, '其余6县'],
      ['tech_commissioners', 240, ''],
    ]);
  });

  it('reads a table of the programmes the money the paragraph before names went to, their projects and money', () => {
    const table = '全年下达市级科技三项经费210万元,具体安排如下:\n类别\t项目数(项)\t经费(万元)\n工业科技攻关\t12\t96\n农业科技攻关\t10\t74\n';
    expect(rowsIn(table, 2015).map((r) => [r.indicator, r.value, r.scope])).toEqual([
      ['project_funding', 210, '市级科技三项'],
      ['projects_approved', 12, '工业科技攻关'],
      ['project_funding', 96, '工业科技攻关'],
      ['projects_approved', 10, '农业科技攻关'],
      ['project_funding', 74, '农业科技攻关'],
    ]);
  });

  it('reads the caption of a table of places from the sentence that introduces it, its units in brackets', () => {
    const table = '全县高新技术产业保持较快增长。各乡镇高新技术产业增加值完成情况如下(单位:万元、%):\n区域\t增加值\t增速\n城关镇\t52300\t18.6\n新安乡\t8100\t9.2\n';
    expect(rowsIn(table, 2012).map((r) => [r.indicator, r.value, r.scope])).toEqual([
      ['hitech_value_added', 5.23, '城关镇'],
      ['hitech_value_added_growth', 18.6, '城关镇'],
      ['hitech_value_added', 0.81, '新安乡'],
      ['hitech_value_added_growth', 9.2, '新安乡'],
    ]);
  });

  it('reads the words after a figure in a cell of words only to the cell’s end', () => {
    const table = '序号\t任务\t推进情况\n1\t高新技术企业培育\t有效期内高企总数达到300家\t两批共申报高企97家\n';
    expect(rowsIn(table, 2021).map((r) => [r.indicator, r.value])).toEqual([
      ['hte_total', 300],
      ['hte_applied', 97],
    ]);
  });

  it('reads a column of places that names its thing and no unit in the count it is counted in, and no column of a kind no frame counts', () => {
    const table = '各街镇有效期内高新技术企业分布\n街镇\t有效期内高企\t瞪羚企业\n城北街道\t41\t4\n南翔镇\t35\t3\n';
    expect(rowsIn(table, 2022).map((r) => [r.indicator, r.value, r.unit, r.scope])).toEqual([
      ['hte_total', 41, '家', '城北街道'],
      ['hte_total', 35, '家', '南翔镇'],
    ]);
  });

  it('reads a table of places under a line that only opens the breakdown, of the paragraph above it', () => {
    const table = '全市吸纳技术合同成交额41.6亿元,同比增长22.4%。\n分县区看:\n县区\t成交额(亿元)\t同比增长\n经开区\t18.2\t41.3%\n城南区\t9.7\t28.9%\n';
    expect(rowsIn(table, 2020).filter((r) => r.rule === 'link.table_column').map((r) => [r.indicator, r.value, r.scope])).toEqual([
      ['tech_contract_value', 18.2, '经开区'],
      ['tech_contract_value', 9.7, '城南区'],
    ]);
  });
});
