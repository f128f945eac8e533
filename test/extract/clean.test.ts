import { describe, expect, it } from 'vitest';
import { cleanReport } from '../../src/extract/clean.ts';
import { extractReport } from '../../src/extract/index.ts';
import { wrappedLineBreaks } from '../../src/extract/wrapped-lines.ts';

describe('cleanReport', () => {
  it('remembers the raw offset of every cleaned character, after characters NFKC makes longer', () => {
    const raw = '…'.repeat(20) + '中'.repeat(100); // each … is three dots
    const clean = cleanReport(raw);
    expect(clean.text).toBe('...'.repeat(20) + '中'.repeat(100));
    expect(clean.rawOffsets.length).toBe(clean.text.length + 1);
    expect(clean.rawOffsets[59]).toBe(19);
    expect(clean.rawOffsets[60]).toBe(20);
    expect(clean.rawOffsets[clean.text.length]).toBe(raw.length);
  });

  it('drops the list of other articles a page ends on (相关信息, 热点信息) and the next one’s title', () => {
    const page = '县科技局开展科技项目督查\n督查中了解到,今年全县共有23个项目列入省、市科技计划,获得上级科技经费支持615万元。县科技局要加强跟踪服务,确保项目按期完成。\n【打印】【关闭】\n下一条:我县新增2个省级星创天地\n相关信息\n· 我市2017年新增高新技术企业38家 总数达到186家\n';
    const rows = extractReport({ reportId: 'p', text: page }).rows.map((r) => [r.indicator, r.value]);
    expect(rows).toEqual([['projects_approved', 23], ['project_funding', 615]]);
    // (…and the documents a sharing site recommends after its preview)
    const shared = '县科技局2014年工作总结\n_第1页\n全年申请专利312件。\n当前文档最多预览五页,下载文档查看全文\n相关文档推荐\n我县新增高新技术企业3家 科技创新再结硕果\n';
    expect(extractReport({ reportId: 'p', text: shared }).rows.map((r) => [r.indicator, r.value])).toEqual([['patents_applied', 312]]);
    // (…and the links a government page closes on, a headline each)
    const linked = '岚溪区科委2014年工作总结\n2014年,全区新认定高新技术企业41家,技术合同成交额12.6亿元。区科委坚持服务企业、服务基层,组织专家深入园区开展政策宣讲和技术指导,全年各项工作进展顺利,较好地完成了年初确定的目标任务。\n相关链接:\n岚溪区2014年新增国家高新技术企业23家\n岚溪区新增5家市级重点实验室\n【关闭】\n';
    expect(extractReport({ reportId: 'p', text: linked }).rows.map((r) => [r.indicator, r.value])).toEqual([['hte_certified', 41], ['tech_contract_value', 12.6]]);
    // (…its heading in brackets too: "【相关新闻】")
    const bracketed = linked.replace('相关链接:', '【相关新闻】');
    expect(extractReport({ reportId: 'p', text: bracketed }).rows.map((r) => [r.indicator, r.value])).toEqual([['hte_certified', 41], ['tech_contract_value', 12.6]]);
  });

  it('takes a sharing site’s page mark off the line it ends, and keeps the line: the first is the title', () => {
    const page = '淇溪县科技局2018年工作总结_第1页\n全年申请专利312件。\n淇溪县科技局2018年工作总结_第2页\n授权专利158件。';
    expect(cleanReport(page).text).toBe('淇溪县科技局2018年工作总结\n全年申请专利312件。\n授权专利158件。');
    expect(extractReport({ reportId: 'p', text: page }).report).toMatchObject({ title: '淇溪县科技局2018年工作总结', year: 2018 });
  });

  it('drops a running header met again with its page number, and joins the sentence it cut', () => {
    const text = cleanReport('涢阳县科技局2019年上半年工作总结\n上半年,组织申报高新技术企业\n涢阳县科技局2019年上半年工作总结　　第2页\n16家,预计全年认定10家。').text;
    expect(text).toContain('组织申报高新技术企业16家');
  });

  it('breaks a table pasted onto one line into its rows, a caption that opens it onto a line of its own', () => {
    expect(cleanReport('区县\t新增高企(家)\t高企总数(家)\t东湖区\t21\t96\t青山县\t9\t37\t合计\t30\t133').text)
      .toBe('区县\t新增高企(家)\t高企总数(家)\n东湖区\t21\t96\n青山县\t9\t37\n合计\t30\t133');
    expect(cleanReport('上半年指标进展\t指标\t单位\t1-6月\t同比增长\t高新技术产业产值\t亿元\t214.3\t15.6%\t高新技术产业增加值\t亿元\t58.7\t13.2%').text)
      .toBe('上半年指标进展\n指标\t单位\t1-6月\t同比增长\n高新技术产业产值\t亿元\t214.3\t15.6%\n高新技术产业增加值\t亿元\t58.7\t13.2%');
    // (a row of figures that runs on as a table does not: its rows would not come out even)
    expect(cleanReport('指标\t2021\t2022\t2023\t2024\t2025\t2026\t2027\t2028').text).toBe('指标\t2021\t2022\t2023\t2024\t2025\t2026\t2027\t2028');
  });

  it('reads a table laid out with spaces on one line as one with tabs, and breaks it into its rows (a caption glued to its heading on a line of its own)', () => {
    expect(cleanReport('重点指标(截至7月底):指标 单位 1-7月 全年任务 技术合同成交额 亿元 8.41 15 专利申请 件 3325 5600').text)
      .toBe('重点指标(截至7月底)\n指标\t单位\t1-7月\t全年任务\n技术合同成交额\t亿元\t8.41\t15\n专利申请\t件\t3325\t5600');
    // (a sentence with spaces in it is none: "1 47件" is 147)
    expect(cleanReport('全年 新认定 高新技术企业 1 47件, 授权 专利 2 3 件。').text).toBe('全年新认定高新技术企业147件,授权专利23件。');
  });

  it('keeps the empty cells of a table, each tab a cell, and the spaces beside them out', () => {
    expect(cleanReport('指标\t单位\t2023年\t2024年目标\n科技特派员\t人\t\t100\n研发投入\t亿元\t 2.6 \t3').text)
      .toBe('指标\t单位\t2023年\t2024年目标\n科技特派员\t人\t\t100\n研发投入\t亿元\t2.6\t3');
  });
});

// A page in the manner of a printed yearbook, written for this test and wrapped at 48 print columns
// (a Chinese character or mark two, a digit or Latin letter one).
const printWidth = (text: string) => [...text].reduce((sum, c) => sum + (/[0-9A-Za-z.%]/.test(c) ? 1 : 2), 0);
const PRINTED_PAGE = (() => {
  const paragraphs = [
    '【概况】2019年,全市科技系统围绕创新驱动发展战略,强化企业创新主体地位,推动科技成果转化。全年高新技术产业实现产值512.6亿元,同比增长12.4%,占规模以上工业总产值的比重为38.2%。',
    '全年认定高新技术企业45家,全市高新技术企业总数达到286家(其中新认定企业占比较上年明显提高)。全年申请专利3204件,授权专利1876件,推荐申报省级科技计划项目X项。',
  ];
  const lines: string[] = [];
  for (const paragraph of paragraphs) {
    let line = '';
    for (const char of paragraph) {
      if (printWidth(line + char) > 48) {
        lines.push(line);
        line = '';
      }
      line += char;
    }
    lines.push(line);
  }
  return lines.join('\n');
})();

it('reads a post’s keycap digits as the digits (their emoji marks out), each cleaned character at its raw offset', () => {
  const raw = '新认定 3\ufe0f\u20e31\ufe0f\u20e38\ufe0f\u20e3 家';
  const clean = cleanReport(raw);
  expect(clean.text.replace(/ /g, '')).toBe('新认定318家');
  const at = clean.text.indexOf('8');
  expect(raw[clean.rawOffsets[at]!]).toBe('8');
});

it('takes a forum page’s tags out, as it takes HTML tags out', () => {
  const clean = cleanReport('[size=1em]一、2023年工作总结[/size] [b]全年新增高新技术企业[color=#333]28[/color]家[/b]');
  expect(clean.text).toBe('一、2023年工作总结全年新增高新技术企业28家');
});

it('keeps what HTML tags meant for the layout: the cells of a table joined by tabs, its rows and paragraphs on lines', () => {
  expect(cleanReport('<table><tr><td>新增省级以上研发平台</td><td>12个</td></tr><tr><td>引进科技人才</td><td>85人</td></tr></table>').text)
    .toBe('新增省级以上研发平台\t12个\n引进科技人才\t85人\n');
  expect(cleanReport('<p>全市新认定高新技术企业<b>56</b>家。</p><p>总数达到312家。</p>').text).toBe('全市新认定高新技术企业56家。\n总数达到312家。\n');
  // (a stray cell tag in a sentence joins nothing)
  expect(cleanReport('新认定高新技术企业:<td>41</td>家').text).toBe('新认定高新技术企业:41家');
});

it('reads the character references of markup pasted into a text as what they stand for', () => {
  const clean = cleanReport('全年举办&nbsp;科技对接会&nbsp;9&nbsp;场,R&amp;D经费1.2亿元&#12290;A &bogus; B');
  expect(clean.text).toBe('全年举办科技对接会9场,R&D经费1.2亿元。A&bogus;B');
  // the figure still maps back to its place in the raw text
  const at = clean.text.indexOf('9场');
  expect(clean.rawOffsets[at]).toBe('全年举办&nbsp;科技对接会&nbsp;'.length);
});

describe('a pasted page of a PDF, however few its lines', () => {
  const page = [
    'XX县科学技术局2021年工作总结',
    '全年组织申报高新技术企业46家，',
    '通过认定31家，全县高新技术企业总数达到',
    '152家；实现高新技术产业产值218.6',
    '- 2 -',
    'XX县科学技术局2021年工作总结',
    '亿元，同比',
    '增长14.3%。专利授权量2036件，其中发明专利授',
    '权217件。',
    '一、下一步工作打算',
    '力争新增高新技术企业50家。',
  ].join('\n');
  const text = cleanReport(page).text;

  it('drops its page numbers and the running header met again', () => {
    expect(text).not.toContain('- 2 -');
    expect(text.indexOf('XX县科学技术局2021年工作总结')).toBe(text.lastIndexOf('XX县科学技术局2021年工作总结'));
  });

  it('joins a sentence its lines cut: after a comma or a word that wants more, between a number and its unit, inside a word', () => {
    expect(text).toContain('全年组织申报高新技术企业46家,通过认定31家,全县高新技术企业总数达到152家;');
    expect(text).toContain('产值218.6亿元,同比增长14.3%。');
    expect(text).toContain('授权217件');
  });

  it('keeps the breaks before a heading and after a finished sentence', () => {
    expect(text).toContain('权217件。\n一、下一步工作打算\n力争');
  });
});

it('keeps a table’s heading met again over another table (no running header)', () => {
  const text = '表3专利情况\n指标\t2022年\t2023年\n专利申请(件)\t8732\t9015\n表4高新技术企业\n指标\t2022年\t2023年\n高新技术企业数(家)\t1204\t1387';
  expect(cleanReport(text).text).toBe(text);
});

it('keeps a table’s rows on lines of their own, however like a printed page’s its lines are', () => {
  const rows = Array.from({ length: 8 }, (_, k) => `${k + 1}\t新认定高新技术企业第${k + 1}批\t家\t15\t18\t120%\t另有3家企业通过复审`);
  const table = ['序号\t指标名称\t单位\t目标任务\t完成情况\t完成率\t备注', ...rows].join('\n');
  expect(cleanReport(table).text.split('\n')).toHaveLength(9);
});

it('keeps a numbered heading on a line of its own, though it ends on a word that wants more', () => {
  expect(cleanReport('一、科技创新主要指标稳步增长\n全年实现高新技术产业产值186.3亿元。').text).toBe('一、科技创新主要指标稳步增长\n全年实现高新技术产业产值186.3亿元。');
  expect(cleanReport('(二)研发投入\n达到3.2亿元。').text).toBe('(二)研发投入\n达到3.2亿元。');
});

describe('a page-fragment marker', () => {
  it('goes with its line break where it cuts a sentence before its figure, however short the lines', () => {
    expect(cleanReport('组织申报省级科技计划项目\n3、27项，获批立项11项。').text).toBe('组织申报省级科技计划项目27项,获批立项11项。');
    expect(cleanReport('全市高新技术企业总数达到 2、 318家。').text).toBe('全市高新技术企业总数达到318家。');
  });

  it('stays where it opens a list item, on a year or after a finished sentence', () => {
    expect(cleanReport('主要工作\n1、2023年新认定高企12家\n2、2024年计划新增15家').text).toBe('主要工作\n1、2023年新认定高企12家\n2、2024年计划新增15家');
    expect(cleanReport('新认定高企12家。\n2、12家企业入库。').text).toBe('新认定高企12家。\n2、12家企业入库。');
  });
});

describe('a printed page’s line breaks', () => {
  it('joins a sentence the page wrapped, so that its figures are read across the break', () => {
    const clean = cleanReport(PRINTED_PAGE);
    expect(clean.text).toContain('同比增长12.4%');
    expect(clean.text).toContain('推荐申报省级科技计划项目X项');
    const rows = extractReport({ reportId: 'printed', text: PRINTED_PAGE }).rows;
    const read = rows.map((row) => `${row.indicator} ${row.masked ? 'masked' : row.value}`);
    expect(read).toContain('hitech_output_growth 12.4');
    expect(read).toContain('patents_granted 1876');
    expect(read).toContain('projects_applied masked');
  });

  it('keeps the break after a line that a sentence cannot run on from (a web address) and before a heading', () => {
    // seven lines of the page's width, 24 Chinese characters each; the second a web address as wide
    const full = (k: number) => '科技创新'.repeat(6).slice(0, 23) + '一二三四五六七'[k];
    let address = '网址:http://example.org/entry?id=';
    while (printWidth(address) < 48) address += '1';
    const lines = [full(0), address, full(1), full(2), `【专利】${full(3).slice(4)}`, full(4), full(5), full(6)];
    const breaks = wrappedLineBreaks(lines.join('\n'));
    const at = (k: number) => lines.slice(0, k + 1).join('\n').length; // the break after line k
    expect(breaks).toContain(at(0));
    expect(breaks).not.toContain(at(1)); // after the address
    expect(breaks).toContain(at(2));
    expect(breaks).not.toContain(at(3)); // before 【专利】
    expect(breaks).toContain(at(4));
  });

  it('keeps the line breaks of a report written one paragraph to a line', () => {
    const report = [
      '一、工作开展情况',
      '全年认定高新技术企业45家,全市高新技术企业总数达到286家,比上年增长18%',
      '全年申请专利3204件,授权专利1876件',
      '推荐申报省级科技计划项目32项,获批立项14项,争取上级资金2600万元',
      '新增省级工程技术研究中心6家,市级重点实验室4家',
      '举办科技活动周等活动30场次,参与群众2万人次',
      '技术合同成交额达到18.6亿元,同比增长21%',
    ].join('\n');
    expect(cleanReport(report).text).toBe(report);
  });

  it('takes a post’s bold marks off a number, and keeps a mask of stars a mask', () => {
    expect(cleanReport('全年新认定高新技术企业 **71**家,总数**338**家').text).toBe('全年新认定高新技术企业71家,总数338家');
    expect(cleanReport('新认定**家,入库1**家').text).toBe('新认定**家,入库1**家');
    const rows = extractReport({ reportId: 'b', text: '全年新认定高新技术企业**71**家。' }).rows;
    expect(rows.map((r) => [r.value, r.masked])).toEqual([[71, false]]);
  });

  it('reads a table a PDF lays out a row a line, its cells parted by spaces, as one with tabs', () => {
    const page = '附表 主要指标完成情况\n序号 指标名称 单位 2021年 2022年目标 2022年完成\n1 高新技术企业总数 家 33 40 44\n2 专利授权量 件 512 560 601\n注:2022年数据为快报数。';
    expect(cleanReport(page).text.split('\n').slice(1, 4)).toEqual([
      '序号\t指标名称\t单位\t2021年\t2022年目标\t2022年完成',
      '1\t高新技术企业总数\t家\t33\t40\t44',
      '2\t专利授权量\t件\t512\t560\t601',
    ]);
    // (a heading whose brackets hold a comma is a heading still: "高新技术企业(家,年末数)")
    expect(cleanReport('县(市、区)    高新技术企业(家,年末数)    科技型中小企业入库(家)    技术合同成交额(亿元)\n岚北区    126    312    18.42\n安河县    38    97    3.15\n全市合计    164    409    21.57').text.split('\n')[0])
      .toBe('县(市、区)\t高新技术企业(家,年末数)\t科技型中小企业入库(家)\t技术合同成交额(亿元)');
    // (a number's thousands parted by a comma, and a row's long name, keep a line a row)
    expect(cleanReport('区 综合指数 高新技术企业(家) 技术合同成交额(亿元)\n东湖区 86.4 1,286 38.27\n西岸区 79.1 947 21.06\n全市 — 3,650 90.71').text.split('\n')[1])
      .toBe('东湖区\t86.4\t1,286\t38.27');
    const rows = extractReport({ reportId: 't', text: page, manifest: { year: 2022 } }).rows.filter((r) => r.indicator === 'hte_total');
    expect(rows.map((r) => [r.value, r.status, r.scope])).toEqual([[33, 'actual', ''], [40, 'target', ''], [44, 'actual', '']]);
  });
});
