// Figures: every "number + unit" a report states, found once, before any rule looks at the text.
// A figure may be masked (**家, xx项, x.xx亿元, 1*家) or empty where the sentence clearly states one
// but the number is missing ("增加值亿元", "增长19%和%").
import { readNumber } from './numbers.ts';
import { marksOf } from './spans.ts';
import { nextStated, UNIT } from './stated-figures.ts';

export interface Figure {
  start: number; // span of number + unit in the cleaned text
  end: number;
  value: string | null; // plain decimal in `unit`; null when masked
  unit: string; // as stated, normalised (户 is 家): 亿元 万元 元 % 家 项 个 件 人 人次 场 次; '' where no unit is stated
  approx: boolean;
  masked: boolean;
}

// A missing number: the unit follows a word that announces it ("增加值亿元", "完成亿元", "19%和%",
// "共有家企业", "总数达到家。", "通过省级评审公示家。", "组织家企业", "获批项,", "专利申请件,", "授权专利件,"). A count's unit must end its clause or name what it counts
// (企业家 is a person, 申请件数 a noun).
// (…and "申报高新技术企业家,", "争取上级科技项目项、", "选派科技特派员名,", "举办科技培训班场次,"). A blank left to
// fill in before a unit is one too ("申报高新技术企业【 】家", "选派科技特派员( )名"), of any count.
// A unit announces a missing number only after the last character of such a word, or of a blank; the unit is
// looked for first, that character before it after (units stand in fewer places, and most follow a number).
const ANNOUNCE_ENDS = '值额金费入出和、及与为达长速率成现计余多有共到示定库增过织荐业批项集决求题目请量权利员家才班会动座】)';
const EMPTY = new RegExp(`(亿元|万元|%|家(?=企业|[,;。、])|件(?=[,;。、])|项(?=[,;。、])|(?:场次|场|期|名|人次|人|个)(?=[,;。、]))(?<=[${ANNOUNCE_ENDS}]\\1)`, 'g');
const BLANK = /(?:【】|\(\))$/;
const ANNOUNCES_AMOUNT = /[值额金费入出和、及与为达长速率成现计][余多]?$/;
const PEOPLE = /(?:特派员|指导员|专家|人才)$/;
const EVENTS = /(?:班|会|活动|讲座)$/;
const ONLY_BLANK = /(?!)/;
const ANNOUNCES = new Map([
  ['家', /[有计共]$|达到$|(?:公示|认定|入库|新增|通过|组织|推荐|术企业)$/],
  ['项', /(?:获批|立项|征集|解决|需求|难题|项目)$/],
  ['件', /申请量?$|授权量?$|专利$/],
  ['名', PEOPLE],
  ['人', PEOPLE],
  ['场次', EVENTS],
  ['场', EVENTS],
  ['期', EVENTS],
  ['人次', ONLY_BLANK],
  ['个', ONLY_BLANK],
]);
// (and no fewer than, as 以上 says after it: "不少于30名", "不低于2.5%")
// (≥ and ≧, at least, as a table writes 不少于: "新认定高新技术企业数\t≥15家")
const APPROX_BEFORE = ['近', '约', '超过', '超', '逾', '突破', '不少于', '不低于', '≥', '≧'];
const APPROX_BEFORE_ENDS = marksOf(APPROX_BEFORE.map((word) => word.at(-1)).join(''));

const NOT_BEFORE_A_FIGURE = marksOf('第0123456789.*□○_');
const NUMERALS_WRITTEN = marksOf('〇零一二两三四五六七八九十百千');
// (a map: a unit is a new string cut from the text each time, which an object's keys look up slowly)
const UNIT_NAMES = new Map(Object.entries({ 亿: '亿元', 万: '万元', 家次: '家', 户: '家', 名: '人', 位: '人', 期: '次', 场次: '场' }));

/** The name a unit as written goes by among the figures (期 → 次, 名 → 人, 亿 → 亿元). */
export function unitNamed(unit: string): string {
  return UNIT_NAMES.get(unit) ?? unit;
}

/** Finds the figures of a text (simplified script), in order. */
export function findFigures(text: string): Figure[] {
  const figures: Figure[] = [];
  for (let stated = nextStated(text, 0); stated; stated = nextStated(text, stated.end + stated.after)) {
    const { start, numberEnd, masked, multiplier, unit, end } = stated;
    // not a figure: "第3批", or the tail of a longer number ("2019" from "12019")
    if (NOT_BEFORE_A_FIGURE.has(text.charCodeAt(start - 1)) || unit === '个百分点') continue;
    // "科技创新政策十条", "人才新政二十条": a policy's name, not a count; so is "科技三项费用"
    if (unit === '条' && NUMERALS_WRITTEN.has(text.charCodeAt(start))) continue;
    if (unit === '项' && (text.startsWith('费用', end) || text.startsWith('经费', end))) continue;
    // "300人(次)": persons counted each time, 人次 (the labelling guide)
    const perVisit = unit === '人' && text.startsWith('(次)', end);
    const value = masked ? null : readNumber(text.slice(start, numberEnd) + multiplier);
    if (value === undefined) continue;
    // "分别为29.92、29.64、33.57亿元": the numbers listed right before a figure share its unit
    const unitName = perVisit ? '人次' : unitNamed(unit);
    if (!masked && multiplier === '' && !stated.approx) listedBefore(text, start, unitName, figures);
    figures.push({
      start,
      end: perVisit ? end + 3 : end,
      value,
      unit: unitName,
      approx: stated.approx || approxBefore(text, start),
      masked,
    });
  }
  // Each pass below finds its figures in text order, and none where one found before stands.
  const passes: Figure[][] = [figures];
  const taken = (at: number) => passes.some((found) => holds(found, at));
  const empty: Figure[] = [];
  for (const m of text.matchAll(EMPTY)) {
    if (taken(m.index)) continue;
    const before = text.slice(Math.max(0, m.index - 3), m.index);
    const blank = BLANK.test(before);
    if (!blank && !(ANNOUNCES.get(m[0]) ?? ANNOUNCES_AMOUNT).test(before)) continue;
    const approx = !blank && /[余多]$/.test(before);
    empty.push({
      start: m.index - (blank ? 2 : approx ? 1 : 0),
      end: m.index + m[0].length,
      value: null,
      unit: unitNamed(m[0]),
      approx,
      masked: true,
    });
  }
  passes.push(empty);
  // A table cell that is only a number, its unit in the cell or heading before it.
  const cells: Figure[] = [];
  for (const m of text.includes('\t') ? text.matchAll(TABLE_CELL) : []) {
    if (taken(m.index)) continue;
    // ("≥120": at least, a figure stated with 以上; or "≥" in a cell of its own before it: "新增高新技术企业\t≥\t85\t家")
    // (…or "预计1.92", "约30": what is expected, or about so much, written in the cell before the number)
    const word = CELL_OPENING_WORD.exec(text.slice(Math.max(0, m.index - 2), m.index))?.[0] ?? '';
    const afterMark = word === '' && text[m.index - 1] !== '\t'; // "≥120" in one cell, or "-2.1": a fall (its sign read with its indicator)
    const minus = text[m.index - 1] === '-' || text[m.index - 1] === '−';
    const atLeast = (afterMark && !minus) || AT_LEAST_CELL_BEFORE.test(text.slice(Math.max(0, m.index - 3), m.index));
    const cellStart = afterMark ? m.index - 1 : m.index - word.length;
    const cellBefore = HEADER_UNIT.exec(text.slice(Math.max(0, cellStart - 12), cellStart - 1));
    const header = cellBefore?.[1] ?? cellBefore?.[2];
    // after a figure's cell in the row, that figure's unit ("技术合同成交额(亿元)\t12.5\t13.1")
    // (empty cells between stand for nothing: "高新技术企业\t家\t\t913")
    let cellEnd = cellStart - 1;
    for (let empty = EMPTY_CELL_BEFORE.exec(text.slice(Math.max(0, cellEnd - 3), cellEnd)); empty; ) {
      cellEnd -= empty[0].length;
      empty = EMPTY_CELL_BEFORE.exec(text.slice(Math.max(0, cellEnd - 3), cellEnd));
    }
    let before = header ? undefined : cellEndingAt(figures, cellEnd) ?? cellEndingAt(empty, cellEnd) ?? cellEndingAt(cells, cellEnd);
    // (a percentage written in its own cell is that cell's, a growth or a rate: the cell after it takes the unit
    // of the one before it, "技术合同成交额\t亿元\t8.41\t19.6%\t15")
    if (before?.unit === '%' && figures.includes(before) && text[before.end - 1] === '%') before = cellEndingAt(figures, before.start - 1) ?? cellEndingAt(cells, before.start - 1);
    // (…or in the cell after it, under a heading of units: "指标值\t度量单位" over "85\t家")
    const after = header || before ? undefined : UNIT_CELL_AFTER.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 6))?.[1];
    // (…or, where the row's unit cell is empty, merged with the one above it: "专利申请量\t件\t1320" over "专利授权量\t\t802")
    const merged = header || before || after !== undefined || cellEnd === cellStart - 1 ? undefined : unitAbove(text, cellEnd);
    const unit = header ? unitNamed(header) : before !== undefined ? before.unit : after !== undefined ? unitNamed(after) : merged ?? captionUnit(text, m.index);
    const masked = MASKED_CELL.test(m[0]);
    cells.push({ start: m.index, end: m.index + m[0].length, value: masked ? null : readNumber(m[0]) ?? null, unit, approx: atLeast || word === '约', masked });
  }
  passes.push(cells);
  // A share or a growth whose % the writer left out ("占GDP比重为2.13,", "同比增长14,"): a percentage.
  const unsigned: Figure[] = [];
  for (const m of text.matchAll(UNSIGNED_PERCENT)) {
    const number = m[1]!;
    const at = m.index + m[0].length - number.length;
    if (taken(at)) continue;
    unsigned.push({ start: at, end: at + number.length, value: readNumber(number) ?? null, unit: '%', approx: false, masked: false });
  }
  passes.push(unsigned);
  // A number with no unit, where a list or a table leaves it to the heading ("市级重点实验室20,").
  // Only a frame whose thing stands right before it reads it (frame-match.ts). A number the end of an
  // excerpt cuts from its unit ("高新技术企业444" at the end of a line) is none.
  const bare: Figure[] = [];
  for (const m of text.matchAll(BARE_NUMBER)) {
    if (taken(m.index) || /^(19|20)\d\d$/.test(m[0])) continue;
    bare.push({ start: m.index, end: m.index + m[0].length, value: readNumber(m[0]) ?? null, unit: '', approx: false, masked: false });
  }
  passes.push(bare);
  // the figures found after the stated ones go in their places
  if (empty.length + cells.length + bare.length + unsigned.length === 0) return figures;
  return passes.flat().sort((a, b) => a.start - b.start);
}

// a number listed before another, and what joins them
const LIST_MARKS = marksOf('、和/');
const LISTED_NUMBER = /(?<![\d.,])\d{1,12}(?:\.\d{1,8})?([、和/])$/;

/** Pushes to `figures` the numbers listed right before the figure at `at` ("12、15、18项"), in text order, with its unit. */
function listedBefore(text: string, at: number, unit: string, figures: Figure[]): void {
  if (!LIST_MARKS.has(text.charCodeAt(at - 1))) return; // (most figures follow no list)
  const listed: Figure[] = [];
  const floor = figures.length > 0 ? figures[figures.length - 1]!.end : 0;
  for (let m = LISTED_NUMBER.exec(text.slice(Math.max(floor, at - 24), at)); m; m = LISTED_NUMBER.exec(text.slice(Math.max(floor, at - 24), at))) {
    const start = at - m[0].length;
    if (/[\d.,]/.test(text[start - 1] ?? '')) break; // (the slice may have cut a longer number)
    const number = m[0].slice(0, -1);
    listed.unshift({ start, end: start + number.length, value: readNumber(number) ?? null, unit, approx: false, masked: false });
    at = start;
  }
  figures.push(...listed);
}

/** The one of these figures (in text order) that ends at `at`, if one does. */
function cellEndingAt(figures: readonly Figure[], at: number): Figure | undefined {
  const last = lastFigureFrom(figures, at);
  return last >= 0 && figures[last]!.end === at ? figures[last] : undefined;
}

/** Whether one of these figures (in text order) holds the place `at`: only the last that starts at or before it may. */
function holds(figures: readonly Figure[], at: number): boolean {
  const last = lastFigureFrom(figures, at);
  return last >= 0 && at < figures[last]!.end;
}

/** The number of the last of these figures (in text order) that starts at or before `at`, or -1. */
export function lastFigureFrom(figures: readonly Figure[], at: number): number {
  let low = 0;
  let high = figures.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (figures[mid]!.start <= at) low = mid + 1;
    else high = mid - 1;
  }
  return high;
}

/** Whether the words before a figure make it approximate ("近30项", "超过30项"). */
function approxBefore(text: string, at: number): boolean {
  if (!APPROX_BEFORE_ENDS.has(text.charCodeAt(at - 1))) return false;
  // ("签约12项", "节约30万元": 约 ends another word)
  if (text.charCodeAt(at - 1) === YUE && WORDS_ENDING_IN_YUE.has(text.charCodeAt(at - 2))) return false;
  return APPROX_BEFORE.some((word) => at >= word.length && text.startsWith(word, at - word.length));
}
const YUE = '约'.charCodeAt(0);
const WORDS_ENDING_IN_YUE = marksOf('签合节预公条制邀履违');

// (a cell that hides its number is a masked figure: "**", "3**", "x.x", "6XX", "1,4XX", "1.4X")
const MASKED_CELL = /[*□○_xX×]/;
const TABLE_CELL = /(?<=\t(?:[≥>≧\-−]|预计|预估|约)?)(?:(?:\d{1,3}(?:,\d{3})+|\d{1,12})(?:\.\d{1,6})?|\d{0,4}[*□○_]{1,8}\d{0,4}|(?:\d{1,3},)?\d{1,4}[*□○_xX×]{1,8}\d{0,4}(?:\.[\d*□○_xX×]{1,4})?|\d{1,4}\.\d{0,4}[*□○_xX×]{1,4}|[xX×]{1,4}(?:\.[xX×]{1,3})?)(?=(?:\((?:预计|预估|初步)\))?(?:\t|\n|$))/g;
// "高新技术企业(家)\t913" (a note beside the unit: "高新技术企业(总数,家)", "(家,有效期内)"), or the unit in a cell of its own: "高新技术企业\t家\t913"
// cells that hold no figure (empty, or a dash: "——") between a unit and the cell it is the unit of
const EMPTY_CELLS = '(?:\\t(?:——|—|–|-|/)?)*';
const EMPTY_CELL_BEFORE = /\t(?:——|—|–|-|\/)?$/;
const UNIT_CELL_AFTER = new RegExp(`^\\t(${UNIT})(?=\\t|\\n|$)`);
const AT_LEAST_CELL_BEFORE = /\t[≥>≧]\t$/;
// what is expected, or about so much, written in a cell before its number: "预计1.92", "约30"
export const CELL_OPENING_WORD = /(?:预计|预估|约)$/;
// (a unit cell may say what else it counts in brackets: "家(次)")
const HEADER_UNIT = new RegExp(`\\((?:[^()\\t]{1,6}[,、])?(${UNIT})(?:[,、][^()\\t]{1,6})?\\)${EMPTY_CELLS}$|\\t(${UNIT})(?:\\([次个项人]\\))?${EMPTY_CELLS}$`);

// "表2 2016年主要指标(单位:亿元)": the one unit a table's caption gives its cells (a table may count money in
// 千元 or 百万元, which no sentence does)
const CAPTION_UNIT = new RegExp(`单位[:]\\s*(千元|百万元|${UNIT})\\s*\\)?[。:]?\\s*$`);
const MAX_TABLE_ROWS = 60;
const MAX_TABLE_LINE = 2000;

const UNIT_CELL = new RegExp(`^(?:${UNIT})$`);

/**
 * The unit of the cell right after `at` (a tab that ends a row's first cell, an empty cell after it), read from the
 * nearest row above whose cell in that column is not empty, where that cell is a unit; undefined where none is.
 */
function unitAbove(text: string, at: number): string | undefined {
  let lineStart = text.lastIndexOf('\n', at - 1) + 1;
  // (only the cell right after a row's name: the unit column of a table of indicators)
  if (text.indexOf('\t', lineStart) !== at) return undefined;
  for (let rows = 0; rows < MAX_TABLE_ROWS && lineStart > 0; rows++) {
    lineStart = text.lastIndexOf('\n', lineStart - 2) + 1;
    const line = text.slice(lineStart, text.indexOf('\n', lineStart));
    const cells = line.split('\t');
    if (cells.length < 3) return undefined;
    const cell = cells[1]!.trim();
    if (cell !== '') return UNIT_CELL.test(cell) ? unitNamed(cell) : undefined;
  }
  return undefined;
}

/** The unit the caption above the table that holds `at` gives, where it gives one ('' where none). */
function captionUnit(text: string, at: number): string {
  // (looked for a bounded way up: a table's lines are short, and a long line holds no table)
  let lineStart = text.lastIndexOf('\n', at - 1) + 1;
  if (at - lineStart > MAX_TABLE_LINE) return '';
  for (let rows = 0; rows < MAX_TABLE_ROWS && lineStart > 0; rows++) {
    const above = text.lastIndexOf('\n', lineStart - 2) + 1;
    const line = text.slice(above, lineStart - 1);
    if (!line.includes('\t')) {
      const unit = CAPTION_UNIT.exec(line)?.[1];
      return unit === undefined ? '' : unitNamed(unit);
    }
    lineStart = above;
  }
  return '';
}

// Its first digit, then what stands before it: a pattern that starts with a lookbehind is tried at
// every place of the text, one that starts with a digit only where a digit stands.
// (not the first digits of a number with thousands separators: "3,800+家")
const BARE_NUMBER = /\d(?<=[\u4e00-\u9fff\t]\d)(?<![第年月日号期级类批届条页章节]\d)\d{0,5}(?=[,;。、\t])(?!,\d{3}(?!\d))/g;

// (the share or growth first: its words stand in few places, digits in many)
const UNSIGNED_PERCENT = /(?:比重|占比|强度|增速|增幅|增长|提高|下降)(?:为|达到?|是)?(\d{1,3}(?:\.\d{1,3})?)(?=[,;。、])/g;

/** The figure marks used in the skeleton text the rules run over. */
export const FIGURE_MARK = '\uE000';
export const FIGURE_FILL = '\uE001';

// The mark and fill that stand for a figure of each length, made once.
const MARKED: string[] = [];

/** The text with each figure replaced by one mark and fill of the same length, so offsets hold. */
export function skeleton(text: string, figures: readonly Figure[]): string {
  let skel = '';
  let at = 0;
  for (const f of figures) {
    const length = f.end - f.start;
    skel += text.slice(at, f.start) + (MARKED[length] ??= FIGURE_MARK + FIGURE_FILL.repeat(length - 1));
    at = f.end;
  }
  return skel + text.slice(at);
}
