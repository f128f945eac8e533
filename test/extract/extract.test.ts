// The extractor on real reports (../shared/corpus, read in place): behaviour a user relies on.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readReport } from '../../src/data/read-report.ts';
import { indicatorsToCsv } from '../../src/data/csv.ts';
import { cleanReport, rawSpan } from '../../src/extract/clean.ts';
import { CATALOG, extractReport } from '../../src/extract/index.ts';
import { squash as squashText } from '../../src/extract/squash.ts';
import { corpusOrSkip, corpusReport, corpusReports } from '../setup/corpus.ts';
import { gbk as gbkBytes } from '../setup/gbk.ts';

const FIXTURES = path.join(import.meta.dirname, '..', 'fixtures');
const reportPaths = new Map(corpusReports().map((file) => [path.basename(file), file]));
const reportFiles = [...reportPaths.keys()];
const REPORT = (file: string) => reportPaths.get(file) ?? corpusReport(file.replace(/\.txt$/, '')) ?? file;
const withCorpus = corpusOrSkip();

// The light normalisation of the data contract (NFKC, no whitespace, no page-fragment markers, no pinyin).
const squash = (s: string) => squashText(s).squashed;

describe('every row of every corpus report', () => {
  it('has corpus reports to check', () => {
    if (withCorpus) expect(reportFiles.length).toBeGreaterThanOrEqual(190);
    else expect(reportFiles).toEqual([]);
  });

  it.each(reportFiles)('%s: quotes are the cleaned text at start..end, and map back to the raw file', (file) => {
    const raw = readFileSync(REPORT(file), 'utf8');
    const { rows, cleaned } = extractReport({ reportId: file, text: raw });
    const clean = cleanReport(raw);
    expect(clean.text).toBe(cleaned);
    for (const row of rows) {
      expect(cleaned.slice(row.start, row.end)).toBe(row.quote);
      const [rawStart, rawEnd] = rawSpan(clean, row.start, row.end);
      expect(squash(raw.slice(rawStart, rawEnd))).toBe(squash(row.quote));
    }
  });

  it.each(reportFiles)('%s: rows speak the catalog, and masked figures carry no value', (file) => {
    const { rows } = extractReport({ reportId: file, text: readFileSync(REPORT(file), 'utf8') });
    for (const row of rows) {
      const indicator = CATALOG.find((i) => i.id === row.indicator);
      expect(indicator, row.indicator).toBeDefined();
      expect(row.unit).toBe(indicator!.unit);
      if (row.masked) expect(row.value).toBeNull();
      else expect(Number.isFinite(row.value)).toBe(true);
      expect(row.rule).not.toBe('');
    }
  });

  it.each(reportFiles)('%s: extracting twice gives the same rows', (file) => {
    const text = readFileSync(REPORT(file), 'utf8');
    expect(extractReport({ reportId: 'a', text }).rows).toEqual(extractReport({ reportId: 'a', text }).rows);
  });
});

describe.skipIf(!withCorpus)('what the extractor reads in the seed reports', () => {
  // Whole outputs kept as readable files; a mismatch writes a -changed file for a person to look at.
  it.each(['seed-000', 'seed-003'])('%s gives the expected indicators.csv', (id) => {
    const text = readFileSync(REPORT(`${id}.txt`), 'utf8');
    const csv = indicatorsToCsv(extractReport({ reportId: id, text }).rows);
    const expectedFile = path.join(FIXTURES, 'expected', `${id}.indicators.csv`);
    const expected = existsSync(expectedFile) ? readFileSync(expectedFile, 'utf8') : '';
    if (csv !== expected) writeFileSync(expectedFile.replace(/\.csv$/, '-changed.csv'), csv);
    expect(csv).toBe(expected);
  });

  it('keeps masked figures as masked rows (seed-000: 增加值亿元, 增长19%和%)', () => {
    const text = readFileSync(REPORT('seed-000.txt'), 'utf8');
    const rows = extractReport({ reportId: 'seed-000', text }).rows;
    const masked = rows.filter((r) => r.masked);
    expect(masked.map((r) => r.indicator).sort()).toEqual(
      ['hitech_value_added', 'hitech_value_added', 'hitech_value_added_growth'].sort(),
    );
    expect(rows.find((r) => r.indicator === 'hitech_output' && r.value === 349)?.period).toBe('Q1');
    expect(rows.find((r) => r.indicator === 'hitech_output' && r.value === 720)?.status).toBe('forecast');
  });

  it('decides city and year from the text, and says how', () => {
    const text = readFileSync(REPORT('seed-003.txt'), 'utf8');
    const { report } = extractReport({ reportId: 'seed-003', text });
    expect(report.city).toBe('杭州市');
    expect(report.admin_code).toBe('330100');
    expect(report.city_how).toBe('text');
    expect(report.year).toBeNull(); // the page's 2017-04-22 is a posting date
  });

  it('takes city and year from a manifest over the text', () => {
    const text = readFileSync(REPORT('seed-000.txt'), 'utf8');
    const { report } = extractReport({ reportId: 'seed-000', text, manifest: { city: '襄阳市', year: 2013 } });
    expect([report.city, report.year, report.city_how, report.year_how]).toEqual(['襄阳市', 2013, 'manifest', 'manifest']);
  });
});

describe('the period of 今年以来', () => {
  it('is the period the report covers: its year, its first half, or so far in a news piece with no title', () => {
    const periodIn = (text: string) => extractReport({ reportId: 'x', text }).rows.map((r) => r.period);
    expect(periodIn('市科技局2023年工作总结\n今年以来,全市新认定高新技术企业56家。')).toEqual(['FY']);
    expect(periodIn('市科技局2023年上半年工作总结\n今年以来,全市新认定高新技术企业56家。')).toEqual(['H1']);
    expect(periodIn('今年以来,全市新认定高新技术企业56家。')).toEqual(['YTD']);
    // …and in a piece whose period nothing states, wherever 今年以来 stands
    const story = '近日,笔者来到耒阳市一家科技型企业,只见施工场地车来车往,机声轰鸣。'.repeat(12);
    expect(periodIn(`耒阳:科技创新助力经济转型\n${story}据统计,今年以来,该市共申请专利195件。`)).toEqual(['YTD']);
  });
});

describe('approximate figures', () => {
  it('reads 约 before a figure as approximate, but not where it ends another word (签约, 节约)', () => {
    const approx = (text: string) => extractReport({ reportId: 'x', text }).rows.map((r) => r.approx);
    expect(approx('达成合作意向约47项。')).toEqual([true]);
    expect(approx('达成合作意向47项,其中现场签约12项。')).toEqual([false, false]);
  });
});

describe('encodings and empty input', () => {
  it('reads no year or date as an indicator', () => {
    const rows = extractReport({ reportId: 'x', text: '2019年上半年,3月15日科技部正式下文(国科发社[2013]407号),20XX年度第一批。' }).rows;
    expect(rows).toEqual([]);
  });

  it.skipIf(!withCorpus)('a GBK copy of a report gives the same rows as the UTF-8 one', async () => {
    const bytes = readFileSync(REPORT('seed-003.txt'));
    const utf8 = await readReport('seed-003.txt', bytes);
    const gbk = await readReport('seed-003-gbk.txt', utf8.ok ? gbkBytes(utf8.text) : bytes);
    if (!utf8.ok || !gbk.ok) throw new Error('fixture unreadable');
    const rows = extractReport({ reportId: 'seed-003', text: utf8.text }).rows;
    expect(rows.length).toBeGreaterThan(5);
    expect(extractReport({ reportId: 'seed-003', text: gbk.text }).rows).toEqual(rows);
  });

  it('an empty or blank text gives no rows and no error', () => {
    expect(extractReport({ reportId: 'empty', text: '' }).rows).toEqual([]);
    expect(extractReport({ reportId: 'blank', text: ' \n\n  ' }).rows).toEqual([]);
  });

  it('text with HTML in it is read as text: tags and scripts go, the figures they cut stay', () => {
    const text = '<p>全年新增高新技术企业<b>28</b>家</p><script>alert("申报高新技术企业99家")</script><!-- 组织申报项目7项 -->';
    const { rows, cleaned } = extractReport({ reportId: 'h', text });
    expect(rows.map((r) => [r.indicator, r.value])).toEqual([['hte_certified', 28]]);
    expect(rows[0]!.quote).toBe('新增高新技术企业28家');
    expect(cleaned).not.toMatch(/[<>]|alert/);
  });
});

describe('figures of somewhere else', () => {
  it('drops a clause whose subject is another city, and keeps the city above a county named before a thing', () => {
    const city = extractReport({
      reportId: 'q',
      text: '衢州市科技局2023年工作总结\n2023年,全市技术合同成交额36.5亿元。北京市全年技术合同成交额接近4000亿元,天津市技术合同成交额也超过500亿元。',
    });
    expect(city.report.city).toBe('衢州市');
    expect(city.rows.map((r) => r.value)).toEqual([36.5]);
    const county = extractReport({ reportId: 'k', text: '开化县科技局2023年工作总结\n2023年,全县新认定高新技术企业12家,衢州市众创空间6家。' });
    expect(county.rows.map((r) => [r.indicator, r.value])).toEqual([['hte_certified', 12], ['platforms', 6]]);
  });

  it('drops the clauses after another city named as the subject, until the sentence turns back, and a peer named so', () => {
    const named = extractReport({ reportId: 'y', text: '宜昌市科技局2016年工作总结\n2016年,襄阳市研发投入强度已达2.3%,高新技术企业总数286家,当年新认定43家;而我市研发投入强度仅为1.1%。' });
    expect(named.rows.map((r) => [r.indicator, r.value])).toEqual([['rd_intensity', 1.1]]);
    const peer = extractReport({ reportId: 'p', text: '2016年,同为省域副中心城市的江陵市研发投入强度已达2.3%,高新技术企业总数286家;而我市研发投入强度仅为1.1%。' });
    expect(peer.rows.map((r) => [r.indicator, r.value])).toEqual([['rd_intensity', 1.1]]);
    const neighbours = extractReport({ reportId: 'n', text: '全市高新技术企业总数达到347家。同处沿江片区的港川市今年新认定高企142家,总数已突破700家。' });
    expect(neighbours.rows.map((r) => [r.indicator, r.value])).toEqual([['hte_total', 347]]);
  });

  it('drops the province’s figures named with the province before 全省 (甘肃全省…)', () => {
    const news = extractReport({ reportId: 'g', text: '全市专利申请量、授权量分别为1460件和843件。甘肃全省专利申请量、授权量分别为12460件和6843件。' });
    expect(news.rows.map((r) => [r.indicator, r.value])).toEqual([['patents_applied', 1460], ['patents_granted', 843]]);
  });

  it('drops one firm’s own figures in a news piece, told by its head or in a statement that opens on the firm', () => {
    const news = extractReport({
      reportId: 'f',
      text: '全县新认定高新技术企业21家,专利授权量达到860件。企业负责人介绍,公司今年已申请发明专利12件,全年研发投入预计超过3000万元。位于经开区的一家电池材料企业,去年研发投入超过1亿元,新获授权专利36件。',
    });
    expect(news.rows.map((r) => [r.indicator, r.value])).toEqual([['hte_certified', 21], ['patents_granted', 860]]);
  });

  it('drops the figures of other counties in a county’s report, but not a level named so (新建区级) nor its own towns', () => {
    const county = extractReport({ reportId: 'c', text: '义乌市科学技术局2025年工作总结\n2025年全市新认定高新技术企业137家;同期东阳市、永康市分别新认定121家、109家。新建区级众创空间2个,佛堂镇新认定高新技术企业8家。' });
    expect(county.report.county).toBe('义乌市');
    expect(county.rows.map((r) => [r.indicator, r.value])).toEqual([['hte_certified', 137], ['platforms', 2], ['hte_certified', 8]]);
  });
});

describe('各 after things listed', () => {
  it('gives things of different indicators each its own row, and things of one indicator each a part', () => {
    const rows = (text: string) => extractReport({ reportId: 'g', text }).rows.map((r) => [r.indicator, r.value, r.scope]);
    expect(rows('全年新认定高新技术企业和科技型中小企业各5家。')).toEqual([['hte_certified', 5, ''], ['tsme', 5, '']]);
    expect(rows('新认定市级重点实验室、工程技术中心各5家。').map(([indicator, , scope]) => [indicator, scope !== ''])).toEqual([['platforms', true], ['platforms', true]]);
  });
});

describe('a target set beside what was done', () => {
  it('reads the target in brackets a figure is compared with as the same indicator’s target', () => {
    const rows = (text: string) => extractReport({ reportId: 't', text }).rows.map((r) => [r.indicator, r.value, r.status]);
    expect(rows('全年评价入库科技型中小企业812家,较年度目标(700家)超额完成。')).toEqual([['tsme', 812, 'actual'], ['tsme', 700, 'target']]);
    expect(rows('全年高新技术产业产值增长8.2%,低于年度目标(12%)3.8个百分点。')).toEqual([['hitech_output_growth', 8.2, 'actual'], ['hitech_output_growth', 12, 'target']]);
    expect(rows('全市评价入库科技型中小企业52家,完成省科技厅下达任务(45家)的116%。')).toEqual([['tsme', 52, 'actual'], ['tsme', 45, 'target']]);
  });
});

describe('a ledger of tasks', () => {
  it('reads each task’s goal and progress lines as of the thing its numbered heading names', () => {
    const ledger = '市科技局2019年重点工作推进台账(1-6月)\n1.高新技术产业产值\n年度目标:380亿元\n进展:1-6月完成171.4亿元,同比增长13.5%\n完成率:45.1%\n责任科室:高新科\n';
    expect(extractReport({ reportId: 'l', text: ledger }).rows.map((r) => [r.indicator, r.value, r.period, r.status])).toEqual([
      ['hitech_output', 380, 'FY', 'target'],
      ['hitech_output', 171.4, 'H1', 'actual'],
      ['hitech_output_growth', 13.5, 'H1', 'actual'],
    ]);
  });

  it('reads no row from how a count is counted ("每次…计1人次")', () => {
    const note = '说明:下基层服务按特派员每次到服务对象现场开展指导计1人次。全年科技特派员开展服务860人次。';
    expect(extractReport({ reportId: 'n', text: note }).rows.map((r) => [r.indicator, r.value])).toEqual([['experts_dispatched', 860]]);
  });
});

describe('a plan for the rest of the year', () => {
  it('reads a goal its own words set, naming no part of the year, as the whole year’s', () => {
    const report = '青岭县科学技术局2022年前三季度工作总结和四季度工作思路\n一、前三季度工作\n前三季度,全县完成技术交易额6.4亿元。\n二、四季度工作思路\n确保规上工业企业研发费用完成12.5亿元。\n';
    expect(extractReport({ reportId: 'r', text: report }).rows.map((r) => [r.indicator, r.value, r.period, r.status, r.scope])).toEqual([
      ['tech_contract_value', 6.4, 'Q1-Q3', 'actual', ''],
      ['rd_expenditure', 12.5, 'FY', 'target', '规上工业企业'],
    ]);
  });
});

describe('figures that count no indicator', () => {
  it('reads no row from another industry listed after 其中, nor from a threshold the firms counted pass', () => {
    const rows = (text: string) => extractReport({ reportId: 't', text }).rows.map((r) => [r.indicator, r.value]);
    expect(rows('全区高新技术产业产值216.5亿元,同比增长11.8%。其中,高技术制造业增加值同比增长14.2%。')).toEqual([['hitech_output', 216.5], ['hitech_output_growth', 11.8]]);
    expect(rows('研发投入超过1000万元的企业达到12家。')).toEqual([]);
    expect(rows('县里一家葡萄酒企业今年首次通过高企认定。')).toEqual([]);
    expect(rows('全年新认定一家高新技术企业。')).toEqual([['hte_certified', 1]]);
    expect(rows('深入实施研发投入“百亿工程”,开展“百名专家进百村”结对服务。')).toEqual([]);
    expect(rows('按照“成熟一家、申报一家”的原则,全年申报高新技术企业12家。')).toEqual([['hte_applied', 12]]);
    expect(rows('做到“申报一个、储备一个、争取一个”,全年获批立项9项。')).toEqual([['projects_approved', 9]]);
  });
});

describe('分别 after places alone', () => {
  it('reads what was done after 分别 as of the thing the figure before names, each place a part; not what places only have', () => {
    const rows = (text: string) => extractReport({ reportId: 'p', text }).rows.map((r) => [r.indicator, r.value, r.scope]);
    expect(rows('组织96家企业申报高新技术企业,通过认定64家。从县域看,青川县、白水县分别新认定15家、9家。')).toEqual([
      ['hte_applied', 96, ''],
      ['hte_certified', 64, ''],
      ['hte_certified', 15, '青川县'],
      ['hte_certified', 9, '白水县'],
    ]);
    expect(rows('全县有高新技术企业18家,邻近的舒山县、白埠区分别为46家和39家。')).toEqual([['hte_total', 18, '']]);
  });
});
