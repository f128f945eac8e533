// findFigures reads "number + unit" with a hand-written scanner (src/extract/figures.ts). It must find
// exactly the figures the regular expression it replaced found, with the same fields: that expression
// and the code around it are kept here as the specification, and both run over many texts. (One fix
// since: no place is read as two figures. The old code's later passes looked for a place taken among
// figures no longer in order, so a table cell and a bare number could both stand at one place, which
// moved every place after them in the skeleton; table cells, whose unit the row gives, now come before
// bare numbers. Since then too: a fraction masked (**.*), 条 and 份 as units, a number missing before
// 件 or 家 that ends its clause, and after 完成/实现/合计; a table cell with thousands separators; 十条 and
// 三项费用 are names, not counts; 人(次) is 人次; 户 counts firms as 家; numbers listed right before a figure
// share its unit (分别为12、15、18项, 42/17/11项); 约 that ends another word (签约) makes no figure approximate, and ≥ before it does; a fraction
// whose last digits are hidden (0.6*%) is masked, and an x after a digit hides it as a star does (4x家, 0.7X%); so is a table cell that hides its number (**, 3**, x.x); 万亿元 is
// 万 times 亿元, not 万元 then 亿元; a table cell with no unit before it takes one standing alone in the cell after
// it, "85\t家"; a table cell may open on 预计, 预估 or 约 (约 makes it approximate), and a heading's unit may have a note beside it in
// its brackets, "(总数,家)", "(家,有效期内)".)
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findFigures, lastFigureFrom, type Figure } from '../../src/extract/figures.ts';
import { readRanges } from '../../src/extract/ranges.ts';
import { readNumber } from '../../src/extract/numbers.ts';

const NUMBER = String.raw`\d{1,16}(?:,\d{3}){0,5}(?:\.\d{1,8})?|[〇零一二两三四五六七八九十百千]{1,12}`;
const MASK = String.raw`\d{1,4}[*□○_xX×]{1,8}\d{0,4}(?:\.(?=[\d*□○_xX×])\d{0,4}[*□○_xX×]{0,4}\d{0,4})?|[*□○_]{1,8}\d{0,4}(?:\.(?=[\d*□○_])\d{0,4}[*□○_]{0,4}\d{0,4})?|\d{1,4}\.\d{0,4}[*□○_xX×]{1,4}|(?<![A-Za-z])[xX×]{1,4}(?:\.[xX×]{1,3})?(?![A-Za-z])`;
const UNIT = '亿元|亿(?![人件个项家户次元美])|万元|万(?![人件个项家次元美亩吨平户台套名位册辆头只株份张篇余多场期笔千百条亿])|元|个百分点|%|人次|家次|家|户|项|个|件|人|名|位|场次|场|次|期|条|份';
const FIGURE = new RegExp(
  `(?<number>${NUMBER}|${MASK})(?<approx>余|多|\\+)?(?<multiplier>万|亿|千|百)??(?<approx2>余|多|\\+)?(?<unit>${UNIT})(?<after>左右|以上)?(?![一二三四五六七八九十])`,
  'g',
);
const UNIT_NAMES: Record<string, string> = { 亿: '亿元', 万: '万元', 家次: '家', 户: '家', 名: '人', 位: '人', 期: '次', 场次: '场' };

const EMPTY = /亿元|万元|%|家(?=企业|[,;。、])|件(?=[,;。、])|项(?=[,;。、])|(?:场次|场|期|名|人次|人|个)(?=[,;。、])/g;
const BLANK = /(?:【】|\(\))$/;
const ANNOUNCES_AMOUNT = /[值额金费入出和、及与为达长速率成现计][余多]?$/;
// (since: 高新技术企业家, 项目项, 特派员名, 培训班场次; and other counts only after a blank)
const ANNOUNCES: Record<string, RegExp> = {
  家: /[有计共]$|达到$|(?:公示|认定|入库|新增|通过|组织|推荐|术企业)$/, 件: /申请量?$|授权量?$|专利$/, 项: /(?:获批|立项|征集|解决|需求|难题|项目)$/,
  名: /(?:特派员|指导员|专家|人才)$/, 人: /(?:特派员|指导员|专家|人才)$/, 场次: /(?:班|会|活动|讲座)$/, 场: /(?:班|会|活动|讲座)$/, 期: /(?:班|会|活动|讲座)$/,
  人次: /(?!)/, 个: /(?!)/,
};
const TABLE_CELL = /(?<=\t(?:预计|预估|约)?)(?:(?:\d{1,3}(?:,\d{3})+|\d{1,12})(?:\.\d{1,6})?|\d{0,4}[*□○_]{1,8}\d{0,4}|(?:\d{1,3},)?\d{1,4}[*□○_xX×]{1,8}\d{0,4}(?:\.[\d*□○_xX×]{1,4})?|\d{1,4}\.\d{0,4}[*□○_xX×]{1,4}|[xX×]{1,4}(?:\.[xX×]{1,3})?)(?=(?:\((?:预计|预估|初步)\))?(?:\t|\n|$))/g;
// cells that hold no figure (empty, or a dash: "——") between a unit and the cell it is the unit of
const EMPTY_CELLS = '(?:\\t(?:——|—|–|-|/)?)*';
const EMPTY_CELL_BEFORE = /\t(?:——|—|–|-|\/)?$/;
const HEADER_UNIT = new RegExp(`\\((?:[^()\\t]{1,6}[,、])?(${UNIT})(?:[,、][^()\\t]{1,6})?\\)${EMPTY_CELLS}$|\\t(${UNIT})${EMPTY_CELLS}$`);
const WORD_IN_CELL = /(?:预计|预估|约)$/;
const UNIT_CELL_AFTER = new RegExp(`^\\t(${UNIT})(?=\\t|\\n|$)`);
const BARE_NUMBER = /\d(?<=[\u4e00-\u9fff\t]\d)(?<![第年月日号期级类批届条页章节]\d)\d{0,5}(?=[,;。、\t])(?!,\d{3}(?!\d))/g;
const LISTED = /(?<![\d.,])(\d{1,12}(?:\.\d{1,8})?)[、和/]$/;

/** findFigures as it was, with the regular expression. */
function figuresByRegex(text: string): Figure[] {
  const figures: Figure[] = [];
  for (const m of text.matchAll(FIGURE)) {
    if (/[第0-9.*□○_]/.test(text[m.index - 1] ?? '')) continue;
    const g = m.groups!;
    if (g.unit === '个百分点') continue;
    if (g.unit === '条' && /^[〇零一二两三四五六七八九十百千]/.test(g.number!)) continue;
    if (g.unit === '项' && /^(?:费用|经费)/.test(text.slice(m.index + m[0].length - (g.after?.length ?? 0)))) continue;
    const masked = /[*□○_xX×]/.test(g.number!);
    const value = masked ? null : readNumber(g.number! + (g.multiplier ?? ''));
    if (!masked && value === undefined) continue;
    const end = m.index + m[0].length - (g.after?.length ?? 0);
    const perVisit = g.unit === '人' && text.startsWith('(次)', end);
    const unit = perVisit ? '人次' : UNIT_NAMES[g.unit!] ?? g.unit!;
    if (!masked && !g.multiplier && !(g.approx || g.approx2 || g.after)) {
      // (since: the numbers listed right before it, each with its unit)
      const listed: Figure[] = [];
      const floor = figures.at(-1)?.end ?? 0;
      for (let at = m.index, l = LISTED.exec(text.slice(0, at)); l && l.index >= floor; at = l.index, l = LISTED.exec(text.slice(0, at))) {
        listed.unshift({ start: l.index, end: l.index + l[1]!.length, value: readNumber(l[1]!) ?? null, unit, approx: false, masked: false });
      }
      figures.push(...listed);
    }
    figures.push({
      start: m.index,
      end: perVisit ? end + 3 : end,
      value: value ?? null,
      unit,
      approx: Boolean(g.approx || g.approx2 || g.after || /(近|(?<![签合节预公条制邀履违])约|超过|超|逾|突破|不少于|不低于|≥|≧)$/.test(text.slice(Math.max(0, m.index - 3), m.index))),
      masked,
    });
  }
  const taken = (at: number) => {
    const last = lastFigureFrom(figures, at);
    return last >= 0 && at < figures[last]!.end;
  };
  // each pass adds its figures where none stands, looked for among those of the passes before it
  const stated = new Set(figures);
  const added: Figure[] = [];
  const inOrder = () => {
    figures.push(...added.splice(0));
    figures.sort((a, b) => a.start - b.start);
  };
  for (const m of text.matchAll(EMPTY)) {
    if (taken(m.index)) continue;
    const before = text.slice(Math.max(0, m.index - 3), m.index);
    // (since: a blank left to fill in, "【】家", "()名")
    const blank = BLANK.test(before);
    if (!blank && !(ANNOUNCES[m[0]] ?? ANNOUNCES_AMOUNT).test(before)) continue;
    const approx = !blank && /[余多]$/.test(before);
    added.push({ start: m.index - (blank ? 2 : approx ? 1 : 0), end: m.index + m[0].length, value: null, unit: UNIT_NAMES[m[0]] ?? m[0], approx, masked: true });
  }
  inOrder();
  for (const m of text.includes('\t') ? text.matchAll(TABLE_CELL) : []) {
    if (taken(m.index)) continue;
    const word = WORD_IN_CELL.exec(text.slice(Math.max(0, m.index - 2), m.index))?.[0] ?? '';
    const cellStart = m.index - word.length;
    const cellBefore = HEADER_UNIT.exec(text.slice(Math.max(0, cellStart - 12), cellStart - 1));
    const header = cellBefore?.[1] ?? cellBefore?.[2];
    // (since: after a figure's cell in the row, that figure's unit)
    let cellEnd = cellStart - 1;
    for (let empty = EMPTY_CELL_BEFORE.exec(text.slice(Math.max(0, cellEnd - 3), cellEnd)); empty; ) {
      cellEnd -= empty[0].length;
      empty = EMPTY_CELL_BEFORE.exec(text.slice(Math.max(0, cellEnd - 3), cellEnd));
    }
    let before = header ? undefined : [...figures, ...added].find((f) => f.end === cellEnd);
    // (a percentage stated in its own cell is that cell's: the cell after it takes the unit of the one before it)
    if (before?.unit === '%' && stated.has(before) && text[before.end - 1] === '%') {
      const at = before.start - 1;
      before = [...figures, ...added].find((f) => f.end === at && (stated.has(f) || added.includes(f)));
    }
    const after = header || before ? undefined : UNIT_CELL_AFTER.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 6))?.[1];
    const unit = header ? UNIT_NAMES[header] ?? header : before?.unit ?? (after !== undefined ? UNIT_NAMES[after] ?? after : '');
    const masked = /[*□○_xX×]/.test(m[0]);
    added.push({ start: m.index, end: m.index + m[0].length, value: masked ? null : readNumber(m[0]) ?? null, unit, approx: word === '约', masked });
  }
  inOrder();
  for (const m of text.matchAll(BARE_NUMBER)) {
    if (taken(m.index) || /^(19|20)\d\d$/.test(m[0])) continue;
    added.push({ start: m.index, end: m.index + m[0].length, value: readNumber(m[0]) ?? null, unit: '', approx: false, masked: false });
  }
  inOrder();
  return figures;
}

const PIECES = [
  ...'0123456789', '12', '2019', '1,234', ',', ',000', '.', '.5', '*', '**', '□□', '○', '__', 'x', 'X', '×', 'xx', 'x.xx', 'a', 'R', '.x',
  ...'〇零一二两三四五六七八九十百千', '一百四十三', '两千三百',
  ...'余多+万亿千百', '左右', '以上', '近', '约', '超过', '超', '逾', '突破', '不少于', '不低于', '第',
  '亿元', '万元', '元', '个百分点', '%', '人次', '家次', '家', '户', '项', '个', '件', '人', '名', '位', '场次', '场', '次', '期', '美', '企业',
  '新增', '高新技术企业', '增加值', ',', '。', '\t', '\n', '(', ')', '【】', '()', '项目', '特派员', '培训班', ' ', '、', '和', '/', '签约', '节约', '户', '预计', '总数,', ',有效期内',
];
const piecesText = fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }).map((pieces) => pieces.join(''));
const charsText = fc.array(fc.constantFrom(...'0123456789,.*□○_xX×a〇一二十百千万亿余多+元家人次场个百分点%左右以上第条份件成费用申请企\t。()、和户签约'), { maxLength: 40 }).map((cs) => cs.join(''));

const ADVERSARIAL = [
  '1家'.repeat(2000), '1家1家1家一', '1'.repeat(40) + '家', '1'.repeat(17) + '家', '1'.repeat(16) + '家', '1'.repeat(40) + '**家', '1'.repeat(40) + ',123.5万元', '1'.repeat(20) + '.5亿元', '12' + '*'.repeat(20) + '家', '*'.repeat(20) + '12家', '一二三'.repeat(50) + '家',
  '一二三四五六七八九十一二百家', '一二三四五六七八九十一二三百家', '*'.repeat(9) + '家', '*'.repeat(8) + '家', '12345*家', '1234*12345家',
  '1,234.5万元', '1,234,567,890,123,456家', '1,2345家', '1.123456789家', '12.5亿', '12.5亿人次', '5亿美元', '5千万元', '3千余家', '4000余万元',
  '1700多万元', '200家左右', '200家左右一', '200家以上三', '5人次一', '10个百分点', 'x.xx亿元', 'xxxxx家', '×××××家', 'ax家', 'xa家', 'xx.xxxx家',
  '1,'.repeat(50_000) + '1家', '一'.repeat(100_000) + '家', '*'.repeat(100_000) + '家', 'x'.repeat(100_000) + '家', '×'.repeat(100_000) + '家',
  '高新技术企业(家)\t45\t61\n', '\t约0', '指标\t预计1.92\t预估3', '高企(总数,家)\t28\t约31\n', '高企(家,有效期内)\t28\n', '产值\t12.5亿元\t13.1\t8%', '\t1\t2\t3', '近30项', '超过30项', '突破1万家', '第3批', '**.*亿元', '**.5%', '**.家', '12019家', '.5家', '*5家', '二〇一九家', '三四家', '十二个', '1余多家', '5万余家', '5余万余元', '0.6*%', '12345.6*%', '1.*家', '2.03*亿元', '企业(家)\t**\t3**\tx.x\n', '\t**\t', '、%\t0', '成交额4.78万亿元', '1.2万亿', '0%\t0', '技术合同成交额\t亿元\t8.41\t19.6%\t15', '\t3亿元\t2%\t5%\t6', '通过省级评审公示家。', '授权专利件,', '组织家企业申报,获批项,征集技术需求项。',
];

describe('the figure scanner', () => {
  it('finds what the regular expression found, on adversarial texts', () => {
    for (const text of ADVERSARIAL) expect(findFigures(text), text).toEqual(figuresByRegex(text));
  });

  it('finds what the regular expression found, on generated texts', () => {
    fc.assert(fc.property(fc.oneof(piecesText, charsText), (text) => {
      expect(findFigures(text)).toEqual(figuresByRegex(text));
    }), { numRuns: 20_000 });
  }, 60_000); // (twenty thousand texts: seconds on a loaded machine)

  it('reads no place as two figures (a table cell is not also a bare number)', () => {
    expect(findFigures('高新技术企业数\t家\t156\t12%\n')).toEqual([
      { start: 10, end: 13, value: '156', unit: '家', approx: false, masked: false },
      { start: 14, end: 17, value: '12', unit: '%', approx: false, masked: false },
    ]);
    fc.assert(fc.property(fc.oneof(piecesText, charsText), (text) => {
      const figures = findFigures(text);
      figures.slice(1).forEach((f, k) => expect(f.start).toBeGreaterThanOrEqual(figures[k]!.end));
    }), { numRuns: 5_000 });
  });

  it('reads a figure as approximate after 约, 超过, 不少于 or ≥ and before 以上 or +, and as exact otherwise', () => {
    const approx = (text: string) => findFigures(text).map((f) => [f.value, f.approx]);
    expect(approx('选派科技特派员不少于30名,举办培训30+场,走访企业120家。')).toEqual([['30', true], ['30', true], ['120', false]]);
    expect(approx('研发投入强度不低于2.5%,签约12项。')).toEqual([['2.5', true], ['12', false]]);
    expect(approx('新认定高新技术企业数\t≥15家\t21家')).toEqual([['15', true], ['21', false]]);
  });

  it('reads a range as its lower bound, at least that many, and leaves a table’s dash cell and a span of months alone', () => {
    const read = (text: string) => readRanges(text, findFigures(text)).map((f) => [f.value, f.unit, f.approx]);
    expect(read('新认定高新技术企业150-180家,增长10%~12%,新增平台20至25个。')).toEqual([['150', '家', true], ['10', '%', true], ['20', '个', true]]);
    expect(read('专利授权量(件)\t38,420\t—\t61,237\n')).toEqual([['38420', '件', false], ['61237', '件', false]]);
    expect(read('1-6月,技术合同成交额8.2亿元。')).toEqual([['8.2', '亿元', false]]);
  });
});
