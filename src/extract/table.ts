// Tables: a .docx or web page's table arrives as lines of cells joined by tabs (read-report.ts):
//   指标\t2022年\t2023年\t增长
//   新认定高新技术企业(家)\t45\t61\t35.6%
// A row's first figure is read from its label cell like any figure. The figures of the cells after it
// are the same indicator's, each for what its column's heading (the table's first line) says: a year
// (2022年), the year before or this one (上年, 去年; 本年, 今年), a target (目标, 计划), what was done (完成情况,
// 实际完成), a level (自治区级, 市级: the row's things of that level), a place within the report's (岚山区, 市本级, where a
// column of the whole sums the places) or the row's total (合计, 全市). A column of growth
// (增长, 增幅, 同比) holds the indicator's growth where the catalog has one (高新技术产业产值 → its 增速).
// A column of differences (增减, 与目标差距) holds no figure of the row's; a cell may hold a fall ("-2.1").
// A column whose heading says none of these (完成率, 备注) is left alone: what it holds is not known; and a column
// of scores, weights or numbering (分值, 得分, 序号) holds no figures at all.
import { noRow, type Claim } from './claim.ts';
import type { Period } from './contract.ts';
import { periodNamed } from './context.ts';
import { LATER_QUARTER, ONE_MONTH, PART } from './period-series.ts';
import { CELL_OPENING_WORD, unitNamed, type Figure } from './figures.ts';
import { classifyName, GROWTH_OF, indicatorsNamedBy, namesOtherKind, RUNNING_TOTAL_OF } from './links.ts';
import { EACH_PLACE_WORDS, PLACE_BREAKDOWN } from './parts.ts';
import { MONEY_EXPONENT, unitFits } from './units.ts';

/** What a table column's heading says of the figures under it. */
export interface Column {
  year?: number; // 2022年
  yearBefore?: boolean; // 上年, 去年
  thisYear?: boolean; // 本年, 今年
  target?: boolean; // 目标, 计划, 指标值 (a performance table's goal)
  forecast?: boolean; // 预计, 预估: what is expected by the period's end
  growth?: boolean; // 增长, 增幅, 同比
  sameTime?: boolean; // 上年同期: the same part of a year before
  done?: boolean; // 完成情况, 实际完成: what was done against the target beside it
  period?: Period; // 全年目标, 上半年完成: the part of the year the column is for
  level?: string; // 国家级, 自治区级, 市级: the level of the things counted under it
  place?: string; // 岚山区, 市本级: the part of the report's place the figures under it are of
  total?: boolean; // 合计: the row's things of every level
  month?: boolean; // 本月, 当月, 8月, 三季度: one month's or a later quarter's, which no period of the catalog is
  removed?: boolean; // 撤销, 摘牌, 减少: what was taken off, no count of the things
  difference?: boolean; // 增减, 与目标差距: one column's figure less another's, no count ("-5", "+12")
  standing?: boolean; // 累计, 总数, 年末数: all so far (for what stands, a running total; for what is done, the year so far)
}

// a column of what was taken off ("年内撤销/摘牌", "到期减少"), and one of all so far ("年末累计", "总数")
const REMOVED_HEADING = /撤销|摘牌|取消|退出|减少|注销|移出|到期/;
// a column of differences, in the row's own unit (not 增减幅度, 增减(%) or 同比增减, a growth)
const DIFFERENCE_HEADING = /^(?:(?!同比|幅|率|%|百分).)*增减(?:(?!同比|幅|率|%|百分).)*$|差距|差额|增减量/;
const STANDING_HEADING = /累计|总数|总量|现有|年末数|期末/;

// a column of one level, or of the row's total (read like any column: the row's figure of every level)
const LEVELS = '(?:国家级|国家|省级|自治区级|市级|县级|区级)';
const LEVEL_HEADING = new RegExp(`^${LEVELS}$`);
const LEVEL_OPENING = new RegExp(`^${LEVELS}`);
const TOTAL_HEADING = /^(?:合计|小计|总计|总数|全[市县区旗盟州])$/;
// a column of a place within the report's ("指标\t岚山区\t滹泽县\t冀岚高新区\t市本级\t全市"): the row's figure there,
// where the table sums its places in a column of the whole (a table of neighbours set beside the report's own has none)
const PLACE_COLUMN = /^(?:[\u4e00-\u9fff]{1,10}?(?:县|区|旗|镇|乡|街道|苏木|高新区|开发区|园区|新区)|[市县区旗]本级)$/;
// (…or one month named, or a quarter after the first: "8月", "三季度")
const MONTH_HEADING = new RegExp(`^(?:本月|当月|单月|${ONE_MONTH}|${LATER_QUARTER})(?:完成|新增)?(?:\\([^()]*\\))?$`);

/** A row's scope at a column's level ("重点实验室" under 市级 → 市级重点实验室). */
function atLevel(level: string, scope: string): string {
  return `${level}${scope.replace(LEVEL_OPENING, '')}`;
}

// "完成情况", "实际完成", "目标完成值", "2023年实际": done, not its rate (完成率, 完成进度)
const DONE = /^(?:完成|实际|实绩)(?!率|比|进度)|(?:完成(?:值|数|情况)?|实际)$/;
const PROGRESS_HEADING = /完成率|完成进度|完成比例/;

// a line that says the table below it holds goals ("主要绩效目标:", "2025年目标任务")
// (…or names a table of them: "附件:2022年度科技创新主要目标任务分解表", "目标任务一览表")
const GOALS_ABOVE = /(?:目标|计划|任务)(?:分解表|分解|一览表|清单|表)?[::]?$/;

// How far up a table's first line is looked for.
const MAX_ROWS = 60;

/** Whether a table cell opens with the figure at `at` (it may follow "≥": at least). */
function opensCell(text: string, at: number): boolean {
  // (or follows a minus: "-2.1", a fall; or what is expected, or about so much: "预计1.92", "约30")
  if (text[at - 1] === '\t' || (/[≥>≧\-−]/.test(text[at - 1] ?? '') && text[at - 2] === '\t')) return true;
  const word = CELL_OPENING_WORD.exec(text.slice(Math.max(0, at - 2), at))?.[0];
  return word !== undefined && text[at - word.length - 1] === '\t';
}

/** The heading of the column the table cell at `at` stands in, if the cell is in a table with a heading line. */
export function columnOf(text: string, at: number): Column | undefined {
  if (!opensCell(text, at)) return undefined;
  const over = headingOver(text, at);
  if (!over) return undefined;
  const { heading, first } = over;
  // (a column of how much of the goal was done, whatever year heads it: "2022年" over "完成率")
  if (PROGRESS_HEADING.test(heading)) return undefined;
  const year = /((?:19|20)\d\d)\s*年?/.exec(heading)?.[1];
  // (a table under a line that says it holds goals: "主要绩效目标:")
  const underGoals = first > 0 && GOALS_ABOVE.test(text.slice(text.lastIndexOf('\n', first - 2) + 1, first - 1));
  const column: Column = {
    year: year ? Number(year) : undefined,
    yearBefore: /上年|去年|上年度/.test(heading),
    sameTime: /同期/.test(heading),
    thisYear: /本年|今年|本期/.test(heading),
    target: (/目标|计划|任务|指标值/.test(heading) || underGoals) && !DONE.test(heading),
    forecast: /预计|预估/.test(heading),
    growth: /增长|增幅|增速|同比|增减|±/.test(heading) && !DIFFERENCE_HEADING.test(heading),
    difference: DIFFERENCE_HEADING.test(heading),
    done: DONE.test(heading),
    // (read as a sentence's period words are; "年度目标" is the year's too)
    period: periodNamed(heading) ?? (heading.includes('年度') ? 'FY' : undefined),
    level: LEVEL_HEADING.exec(heading.trim())?.[0],
    total: TOTAL_HEADING.test(heading.trim()),
    place: PLACE_COLUMN.test(heading.trim()) && !TOTAL_HEADING.test(heading.trim()) && !LEVEL_HEADING.test(heading.trim()) && sumsItsPlaces(text, first) ?
      heading.trim() : undefined,
    month: MONTH_HEADING.test(heading.trim()),
    removed: REMOVED_HEADING.test(heading),
    standing: STANDING_HEADING.test(heading) && !/新增|新认定/.test(heading),
  };
  return Object.values(column).some(Boolean) ? column : undefined;
}

/** Whether the table whose first line starts at `first` has a column of the whole its places make ("合计", "全市"). */
function sumsItsPlaces(text: string, first: number): boolean {
  const end = text.indexOf('\n', first);
  return text.slice(first, end < 0 ? text.length : end).split('\t').some((cell) => TOTAL_HEADING.test(cell.trim()));
}

// a column of scores, weights or numbering: what it holds is no figure of what the row names
const SCORE_HEADING = /^(?:分值|分数|得分|自评得分|自评分|考核得分|考评得分|评分|赋分|标准分|满分|权重|序号|排名|排序|名次)(?:\([^()]*\))?$/;

/** Whether the cell at `at` stands in a column of scores, weights or numbering (a table with a heading line). */
export function inScoreColumn(text: string, at: number): boolean {
  if (at > 0 && text[at - 1] !== '\t' && text[at - 1] !== '\n') return false;
  const heading = headingOver(text, at)?.heading;
  return heading !== undefined && SCORE_HEADING.test(heading.trim());
}

// a figure in a line under a table's first: a row, no second line of headings (years may head it: "2022年")
const SUB_HEADING_FIGURE = /\d(?!\d{0,3}年)/;

// (a row longer than a table's is none: the cells are counted only in one of a table's length)
const MAX_ROW_LENGTH = 1000;

/** The heading of the column the cell at `at` stands in, and where its table's first line starts. */
function headingOver(text: string, at: number): { heading: string; first: number } | undefined {
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  if (at - lineStart > MAX_ROW_LENGTH) return undefined;
  const first = tableFirstLine(text, lineStart);
  if (first === lineStart) return undefined;
  let cell = 0;
  for (let k = text.indexOf('\t', lineStart); k >= 0 && k < at; k = text.indexOf('\t', k + 1)) cell++;
  const top = text.slice(first, text.indexOf('\n', first)).split('\t');
  const heading = top[cell];
  // a second line of headings under the first, over the columns at the right ("指标\t单位\t2022年" over "目标\t完成\t完成率",
  // its empty cells left out or kept): each cell's heading is the one above it (a merged one over all the columns
  // past the first line's end) and its own
  const secondStart = text.indexOf('\n', first) + 1;
  if (secondStart > 0 && secondStart < lineStart) {
    const second = text.slice(secondStart, text.indexOf('\n', secondStart)).split('\t');
    const rowCells = text.slice(lineStart, (text.indexOf('\n', lineStart) + 1 || text.length + 1) - 1).split('\t').length;
    if ((second.length < rowCells || second[0]!.trim() === '') && !SUB_HEADING_FIGURE.test(second.join(''))) {
      const above = top[Math.min(cell, top.length - 1)]!;
      const own = second[cell - (rowCells - second.length)] ?? '';
      const merged = `${heading?.trim() ? heading : above}${own}`;
      return merged ? { heading: merged, first } : undefined;
    }
  }
  return heading ? { heading, first } : undefined;
}

/**
 * The cells after a claimed figure in a table row take its indicator (or, in a column of growth, the
 * indicator's growth), each for what its column's heading says.
 */
export function linkTableRows(text: string, figures: Figure[], claims: (Claim | undefined)[]) {
  figures.forEach((f, i) => {
    const claim = claims[i];
    if (!claim || claim.indicator === '' || !opensCell(text, f.start) || rowOfPlace(text, f.start)) return;
    const own = columnOf(text, f.start);
    if (own?.level) claims[i] = { ...claim, scope: atLevel(own.level, claim.scope) };
    if (own?.place) claims[i] = { ...claim, scope: own.place };
    const newline = text.indexOf('\n', f.end);
    const lineEnd = newline < 0 ? text.length : newline;
    for (let j = i + 1; j < figures.length && figures[j]!.start < lineEnd; j++) {
      const cell = figures[j]!;
      // (past a cell a link read as the row's growth: "…\t8.41\t19.6%\t15")
      if (claims[j]) {
        if (claims[j]!.indicator !== '' && claims[j]!.indicator === GROWTH_OF[claim.indicator]) continue;
        break;
      }
      const column = columnOf(text, cell.start);
      if (!column) continue;
      if (column.removed || column.difference) {
        claims[j] = noRow(cell.start, cell.end, column.removed ? 'table.removed' : 'table.difference');
        continue;
      }
      const indicator = column.growth ? GROWTH_OF[claim.indicator] : claim.indicator;
      // (a cell in a unit the indicator is never stated in holds something else: "完成进度 91.4%" in a row of 家;
      // a column of growth holds percentages whatever unit the row's cells take from its label)
      if (!indicator || (!column.growth && cell.unit !== '' && !unitFits(indicator, cell.unit))) continue;
      // quoted from the row's label to the cell; a column of one level holds the row's things of that level
      // ("类别\t自治区级\t市级\t合计" over "重点实验室\t2\t5\t7")
      const scope = column.level ? atLevel(column.level, claim.scope) : column.place ?? (column.total && own?.place ? '' : claim.scope);
      claims[j] = { ...claim, indicator, rule: 'link.table_row', end: cell.end, partOf: undefined, scope };
    }
  });
}

/**
 * Whether the cell at `at` stands in a row of a table of places ("镇(街道)" over "高新区\t18\t9"): its label is a
 * place, whatever thing its name holds, and its cells are what each column's heading names.
 */
function rowOfPlace(text: string, at: number): boolean {
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  const first = tableFirstLine(text, lineStart);
  return first !== lineStart && rowsArePlaces(text.slice(first, text.indexOf('\n', first)).split('\t'));
}

/** The column a table's rows are labelled in: the second, after a first of serial numbers (序号), else the first. */
function labelColumn(headings: string[]): number {
  return /^(?:序号|编号)$/.test(headings[0]!.trim()) ? 1 : 0;
}

/** Whether a table's label column is headed as one of places (镇(街道), 县区, 园区, 地区…). */
function rowsArePlaces(headings: string[]): boolean {
  return PLACE_HEADING.test(headings[labelColumn(headings)]?.trim() ?? '');
}

/** The year a table cell's column names, other than the report's, and whether it is gone by; undefined where it names none. */
export function columnYear(column: Column | undefined, reportYear: number | null): { year: number | null; past: boolean } | undefined {
  if (!column) return undefined;
  if (column.yearBefore) return { year: reportYear === null ? null : reportYear - 1, past: true };
  if (column.thisYear) return { year: null, past: false };
  if (column.year === undefined) return undefined;
  if (column.year === reportYear) return { year: null, past: false };
  return { year: column.year, past: reportYear !== null && column.year < reportYear };
}

// a heading cell's unit in brackets: "申报数(项)", "争取资金(万元)"
// (units no indicator takes too, 份 and 亩: a column of them borrows no other column's unit)
// (…with a note after it that says what is counted: "高新技术企业(家,有效期内)", "省级研发机构(个,累计)")
// (…or before it: "高新技术企业(总数,家)")
const UNIT_IN_BRACKETS = /\((?:([^()]{1,8})[,、])?(项|个|家|件|人|人次|场|次|万元|亿元|元|%|期|场次|名|位|户|家次|份|册|亩|套|台|篇|批|条|平方米|支|吨|辆|株|头)(?:[,、]([^()]{1,8}))?\)\s*$/;
/** A heading without the unit in its brackets, the note beside the unit kept ("高新技术企业(家,有效期内)" → "高新技术企业有效期内"). */
const withoutUnit = (heading: string): string =>
  heading.replace(UNIT_IN_BRACKETS, (_, noteBefore: string | undefined, _unit: string, note?: string) => `${noteBefore ?? ''}${note ?? ''}`);
/** The unit a heading names in its brackets, as the figures name it ("培训班(期)" → 次). */
function unitInBrackets(heading: string): string | undefined {
  const bracketed = UNIT_IN_BRACKETS.exec(heading)?.[2];
  return bracketed === undefined ? undefined : unitNamed(bracketed);
}
// a row that names a part of the year, a year, or a goal (its first cell); one month's row, or a later quarter's
// (a year's row may name a part of it: "2018年1-9月"; a goal's row its year or plan: "“十四五”末(2025年)目标")
const TIME_ROW = new RegExp(`^(?:((?:19|20)\\d\\d)(?:年(?:度)?(${PART})?)?|${PART}|截至\\d{1,2}月(?:底|末)?|年度)(?:合计|累计|小计|完成|实际|目标|计划|任务)?$|^[^\\t]{0,12}?(?:\\(((?:19|20)\\d\\d)年?\\))?(?:目标|目标任务|年度计划|全年计划|计划数|任务数)$`);
const ONE_MONTH_ROW = new RegExp(`^(?:${ONE_MONTH}|${LATER_QUARTER})(?:当月|单月)?$`);
// a column of how much of a goal was done, or of a share: no figure of the thing ("完成率", "占比"; not R&D over GDP)
const SHARE_COLUMN = /完成率|完成进度|进度|占比|比重|比例/;
// a column of money ("争取经费")
const MONEY_COLUMN = /经费|资金|金额|额|投入|产值|增加值|支出/;
const isMoney = (unit: string): boolean => MONEY_EXPONENT[unit] !== undefined;
// a column of growth names no thing: it is the growth of the column before it ("高新技术产业增加值(亿元)\t增速(%)")
const GROWTH_COLUMN = /^(?:增速|增长|增幅|同比增长|同比)(?:率)?$/;
// (…or a heading that ends on growth, its thing before: "增加值增速")
const GROWTH_HEADING = /(?:增速|增长|增幅|同比)(?:率)?$/;
// a column of ranks ("位次"): no figure of the thing
const RANK_COLUMN = /^(?:位次|排名|排位|名次)$/;
// a heading or caption of what stands, running totals ("累计(家)", "…平台累计情况")
const STANDING = /累计|总数|总量|现有/;
// (…with a note of what it holds: "合计(含其他县区)")
const TOTAL_ROW = /^(?:全[市县区州旗])?(?:合计|总计|小计)(?:\([^()]{1,10}\))?$|^(?:全市|全县|全区|总数|共计)$/;

/**
 * A table whose columns name what their cells count, each with its unit, and whose rows name the
 * parts (levels, kinds, places):
 *   项目类别\t申报数(项)\t立项数(项)\t争取资金(万元)
 *   国家级\t48\t12\t2860
 * Each bare number in such a row is read from the table's first heading cell, the row's label and its
 * column's heading together ("项目类别 国家级 申报数" → projects applied), in its column's unit, with the
 * row's label as its scope (none on a 合计 row). Runs once frames have read what they could: a bare
 * number a frame read from the row's label alone is read again.
 */
export function linkTableColumns(text: string, figures: Figure[], claims: (Claim | undefined)[]) {
  let headingsAt = -1;
  let headings: string[] = [];
  figures.forEach((f, i) => {
    // (in a table of places, a cell's unit from a line of units over the table, "单位:万元", is not written in the
    // cell: its column names the thing; nor is a growth cell's %, in a column of growth: "增加值增速" over "14.2%")
    const written = f.unit !== '' && text.slice(f.start, f.end).includes(f.unit);
    if ((written && f.unit !== '%') || text[f.start - 1] !== '\t') return;
    if (claims[i]?.indicator && !claims[i]!.rule.startsWith('frame.')) return;
    const lineStart = text.lastIndexOf('\n', f.start - 1) + 1;
    let first = tableFirstLine(text, lineStart);
    // a caption above the heading ("表1\t2021年各镇街科技创新指标统计") has fewer cells than it
    const second = text.indexOf('\n', first) + 1;
    if (second > 0 && second < lineStart && cellCount(text, first) < cellCount(text, second)) first = second;
    if (first === lineStart) return;
    if (first !== headingsAt) {
      headingsAt = first;
      headings = text.slice(first, text.indexOf('\n', first)).split('\t');
    }
    const line = text.slice(lineStart, f.start);
    const cells = line.split('\t');
    // a first column of serial numbers (序号) leaves the row's label to the second; a row whose serial cell
    // is empty ("\t合计\t18") lost that cell with its spaces
    const serial = labelColumn(headings);
    const shifted = serial && !/^\d{1,3}$/.test(cells[0]!) ? 1 : 0;
    const cell = cells.length - 1 + shifted;
    const heading = headings[cell];
    // (rows of places under a caption may name their unit in a heading's word, "申报家数", or in the column before)
    const byPlace = rowsArePlaces(headings);
    if (f.unit !== '' && !byPlace) return;
    if (written && !(heading && GROWTH_HEADING.test(withoutUnit(heading).trim()))) return;
    const unit = written ? f.unit : heading && (unitInBrackets(heading) ??
      (byPlace ? UNIT_IN_WORD[UNIT_WORD.exec(heading)?.[0] ?? ''] ?? unitBefore(headings, cell) : undefined));
    const label = cells[serial - shifted] ?? '';
    // (…or in a line of units over the table, "单位:家、亿元": the first of them its column's name can be in)
    // (…or, named nowhere, the count the column's thing is counted in: "有效期内高企" over "41")
    const listedBefore = !unit && byPlace && heading ? unitsListedBefore(text, first) : [];
    const listed = listedBefore.length === 0 && !unit && byPlace && heading && !f.value?.includes('.') &&
      indicatorsNamedBy(withoutUnit(heading)).size > 0 && !namesOtherKind(heading) ? COUNTS : listedBefore;
    // a row of a part of the year or of a year ("1-8月合计", "上半年", "2022年"), or of a goal ("全年目标"): its
    // period, year or status, no part of the things; a month's own row is no row
    const time = TIME_ROW.exec(label.trim());
    if (ONE_MONTH_ROW.test(label.trim())) return;
    if ((!unit && listed.length === 0) || cell <= serial || (/\d/.test(label) && !time && !(byPlace && OTHER_PLACES.test(label.trim())))) return;
    const column = withoutUnit(heading!).replace(/(?:19|20)\d\d年?/, '');
    if ((SHARE_COLUMN.test(column) && !/GDP|生产总值|强度/.test(column)) || RANK_COLUMN.test(column.trim())) return;
    // rows of places under a first heading that only says so (单位, 地区), the table's caption naming what they
    // count ("2011年各镇(开发区)高新技术企业认定情况" over "单位\t新认定(家)"): read from the caption, not the place
    // (past a line of only units; a caption that ends on its units, "…累计情况(单位:个)", is the caption)
    const unitsLine = text.lastIndexOf('\n', first - 2) + 1;
    const unitsAlone = listed.length > 0 && UNITS_ALONE.test(text.slice(unitsLine, first - 1));
    const caption = byPlace ? captionBefore(text, unitsAlone ? unitsLine : first) : '';
    // (…and a place's name, "高新园区", says nothing of what its cells count)
    const name = caption !== '' ? `${caption}${column}` : byPlace ? column : `${withoutUnit(headings[serial]!)}${label}${column}`;
    let claim: Claim | undefined;
    let unitRead = unit;
    // (a column that names no thing, "上半年入库(家)", is of the thing the column before it names: "科技型中小企业全年任务(家)")
    const thingBefore = cell > serial + 1 ? withoutUnit(headings[cell - 1]!) : '';
    // (each unit for the column's own name first: "专利申请量" after "高新技术产业产值" is in 件, not the 亿元 listed first)
    // (…and rows of levels, or of kinds, under a caption naming what they count: "争取上级科技项目情况" over "级别\t申报数(项)")
    const captioned = byPlace ? '' : captionBefore(text, first);
    // (…but one that names people or households counts them, whatever the column before counts: "示范基地(个)\t带动农户(户)")
    // (…nor one that names a kind no frame counts: "瞪羚企业(家)" after "有效高新技术企业(家)")
    const ofThingBefore = thingBefore && (byPlace || GROWTH_COLUMN.test(column.trim())) && !PEOPLE_COUNTED.test(column) && !namesOtherKind(column) ? [`${thingBefore}${column}`] : [];
    // (a caption that names two things says nothing of which a column that names none counts: "高新技术企业和科技型中小企业情况"
    // over "高企申报数(家)\t通过认定数(家)" — the column before does)
    const reads = caption !== '' && indicatorsNamedBy(caption).size > 1 && indicatorsNamedBy(column).size === 0 ?
      [...ofThingBefore, name] : [name, ...ofThingBefore];
    if (captioned) reads.push(`${captioned}${label}${column}`);
    // (a column of money tries the money units the line lists before its counts: "争取经费" under "单位:项、万元")
    // (…and a column of growth its shares: "产值\t增幅" under "单位:亿元、%")
    const inOrder = MONEY_COLUMN.test(column) ? [...listed].sort((a, b) => Number(isMoney(b)) - Number(isMoney(a))) :
      GROWTH_COLUMN.test(column.trim()) ? [...listed].sort((a, b) => Number(b === '%') - Number(a === '%')) : listed;
    for (const read of reads) {
      for (const candidate of unit ? [unit] : inOrder) {
        claim = classifyName(read, { ...f, unit: candidate });
        if (claim && unitFits(claim.indicator, candidate)) {
          unitRead = candidate;
          break;
        }
        claim = undefined;
      }
      if (claim) break;
    }
    // (…or, in a table of places whose caption names nothing, the indicator of the figure the paragraph that
    // introduces it closes on: "全年全市技术合同登记额完成36.52亿元。各县市区完成情况如下:" over "县市区\t目标任务(亿元)\t完成额(亿元)")
    // (a column that only says what was set or done is of the paragraph's last figure in its unit; one that names part
    // of a thing, of the paragraph's figure whose words hold that part: "增加值(亿元)" of "高新技术产业增加值8.07亿元";
    // and a column of growth, of the growth of the cell before it)
    const named = column.trim();
    if (!claim && byPlace && unit && !GROWTH_COLUMN.test(named)) {
      const goalOrDone = GOAL_OR_DONE_COLUMN.test(named);
      const introduced = introducedBefore(text, figures, claims, i, first, (c) =>
        unitFits(c.indicator, unit) && (goalOrDone || (named.length >= 2 && text.slice(c.start, c.end).includes(named))));
      if (introduced) claim = { ...introduced, start: f.start, end: f.end, scope: '', period: undefined, year: undefined };
    } else if (!claim && byPlace && GROWTH_COLUMN.test(named) && i > 0 && figures[i - 1]!.start > lineStart) {
      const before = claims[i - 1];
      const growth = before?.indicator ? GROWTH_OF[before.indicator] : undefined;
      if (before && growth && before.rule === 'link.table_column') {
        claim = { ...before, indicator: growth, start: f.start, end: f.end, scope: '' };
        unitRead = '%';
      }
    } else if (!claim && !byPlace && unit && KINDS_HEADING.test(headings[serial]!.trim())) {
      // (…and a table of the programmes the money it names went to, their projects and money: "下达市级科技三项经费327万元,具体安排
      // 如下:" over "类别\t项目数(项)\t经费(万元)")
      const money = introducedBefore(text, figures, claims, i, first, (c) => c.indicator === 'project_funding');
      const indicator = unitFits('project_funding', unit) ? 'project_funding' : PROJECTS_COLUMN.test(named) && unitFits('projects_approved', unit) ? 'projects_approved' : undefined;
      if (money && indicator) claim = { ...money, indicator, start: f.start, end: f.end, scope: '', period: undefined, year: undefined };
    }
    // (a row of the whole, its cells of what the rows above count in their columns: "合计\t395\t5989" under
    // "县级科技特派员\t150\t2305")
    if (!claim && TOTAL_ROW.test(label.trim())) {
      const above = sameColumnAbove(text, figures, claims, i, first, cells.length - 1);
      if (above) {
        claim = claims[above]!;
        unitRead = figures[above]!.unit;
      }
    }
    if (!claim || !unitRead) return;
    // a 合计 row that repeats the totals the sentence before the table gave is no new row
    if (TOTAL_ROW.test(label) && statedBefore(figures, claims, i, first, claim.indicator)) return;
    f.unit = unitRead;
    // (…or a caption over a table of places that says so: "截至2022年底各县区…平台累计情况")
    const standing = STANDING.test(heading!) || STANDING.test(caption);
    claims[i] = {
      ...claim, rule: 'link.table_column', start: lineStart, end: f.end, partOf: undefined,
      // (a column of what stands holds the running total: "累计(家)" of 高新技术企业认定 is the firms so far)
      indicator: standing ? RUNNING_TOTAL_OF[claim.indicator] ?? claim.indicator : claim.indicator,
      // (a column of a part, "其中:首次申报", is that part even on the total's row)
      scope: TOTAL_ROW.test(label) || time ? /^其中[::]?(.*)$/.exec(withoutUnit(heading!).trim())?.[1] ?? '' : label,
      // (…and a caption that names a part of the year, the cells are of it: "表2 2015年上半年科技项目申报立项情况")
      period: standing ? 'CUM' : time ? (time[2] ? periodNamed(time[2]) : time[1] || time[3] ? 'FY' : periodNamed(time[0])) : periodNamed(caption || captioned),
      ...(time?.[1] || time?.[3] ? { year: Number(time[1] ?? time[3]) } : {}),
    };
  });
}

// the units counts are stated in, for a column of places' counts that names none
const COUNTS = ['家', '个', '项', '件', '人', '场'];

// a row of the places the rows above leave out, counted: "其余10县区", "其他8县"
const OTHER_PLACES = /^(?:其余|其他)\d{1,2}个?(?:县市区|县区|县市|县|区|市|乡镇|镇|乡|旗|园区)$/;

// a column of the people or households something reached ("带动农户", "培训农民"): no thing of the column before's
const PEOPLE_COUNTED = /农户|农民|群众|贫困户|脱贫户|就业|学员/;

// a unit a heading's word names: 申报家数, 立项项数, 授权件数, 培训人次
const UNIT_WORD = /家数|户数|项数|件数|人数|个数|人次/;
const UNIT_IN_WORD: Record<string, string> = { 家数: '家', 户数: '家', 项数: '项', 件数: '件', 人数: '人', 个数: '个', 人次: '人次' };

/** The unit of the nearest heading before column `cell` that names one ("申报家数\t其中:首次申报"). */
function unitBefore(headings: string[], cell: number): string | undefined {
  for (let k = cell - 1; k > 0; k--) {
    const unit = unitInBrackets(headings[k]!) ?? UNIT_IN_WORD[UNIT_WORD.exec(headings[k]!)?.[0] ?? ''];
    if (unit) return unit;
  }
  return undefined;
}

const PLACE_HEADING = /^(?:单位|地区|区域|名称|县市区名称|(?:乡镇|镇街|街镇|街道|县区|县市区|区县|园区|[镇乡县市区])(?:\([^()]{1,8}\))?)$/;

// a line that only lists the units of a table's cells ("单位:家、亿元", "(单位:万元)")
// (…or ending the sentence that introduces the table: "现将主要指标完成情况通报如下(单位:家、项、件):")
const UNITS_ALONE = /^\(?单位[:]([^()]{1,20})\)?$/;
const UNITS_LINE = new RegExp(`${UNITS_ALONE.source}|\\(单位[:]([^()]{1,20})\\)[:]?$`);

/** The units the line right before a table's heading (`at`) lists, in order; none where it lists none. */
function unitsListedBefore(text: string, at: number): string[] {
  if (at < 2) return [];
  const line = text.slice(text.lastIndexOf('\n', at - 2) + 1, at - 1);
  const units = UNITS_LINE.exec(line);
  const listed = units?.[1] ?? units?.[2];
  return listed ? listed.split(/[、,/和;]/).map((unit) => unit.trim()).filter((unit) => UNIT_OF_CELLS.has(unit)) : [];
}
const UNIT_OF_CELLS = new Set(['项', '个', '家', '件', '人', '人次', '场', '万元', '亿元', '元', '千元', '百万元', '%']);

/**
 * "(单位:亿元、件、家)" over "指标名称\t2020年前三季度\t2019年前三季度" and "高新技术产业产值\t1,286.4\t1,102.7":
 * a cell with no unit, under a line that lists several, takes the one of them its row's name is counted in.
 */
export function unitsOfRows(text: string, figures: Figure[]): Figure[] {
  if (!text.includes('单位')) return figures;
  const unitOfRow = new Map<number, string>(); // by the row's start: the unit found for it ('' for none)
  return figures.map((f) => {
    if (f.unit !== '' || !opensCell(text, f.start) || columnOf(text, f.start)?.growth) return f;
    const lineStart = text.lastIndexOf('\n', f.start - 1) + 1;
    let unit = unitOfRow.get(lineStart);
    if (unit === undefined) {
      const units = unitsListedBefore(text, tableFirstLine(text, lineStart));
      const label = text.slice(lineStart, text.indexOf('\t', lineStart)).trim().replace(/^其中[:]?/, '');
      unit = units.length > 1 ? units.find((u) => classifyName(label, { ...f, unit: u })?.indicator) ?? '' : '';
      unitOfRow.set(lineStart, unit);
    }
    return unit ? { ...f, unit } : f;
  });
}

/**
 * The claim of the last figure read, that `fits`, in the paragraph right before a table's heading (`first`), where that
 * paragraph ends by saying the table follows ("…情况如下:"); undefined where it does not.
 */
function introducedBefore(text: string, figures: Figure[], claims: (Claim | undefined)[], i: number, first: number, fits: (claim: Claim) => boolean): Claim | undefined {
  if (first < 2) return undefined;
  let lineStart = text.lastIndexOf('\n', first - 2) + 1;
  const line = text.slice(lineStart, first - 1);
  // (…or the paragraph above a line that only opens the breakdown: "…成交额98.6亿元。\n分县区看:")
  if (BREAKDOWN_LINE.test(line.trim())) {
    let end = lineStart - 1;
    while (end > 0 && text[end - 1] === '\n') end--;
    lineStart = text.lastIndexOf('\n', end - 1) + 1;
  } else if (!INTRODUCES_TABLE.test(line.slice(-INTRODUCTION_END))) return undefined;
  for (let k = i - 1; k >= 0 && figures[k]!.start >= lineStart; k--) {
    const claim = claims[k];
    if (figures[k]!.start < first && claim?.indicator && fits(claim)) return claim;
  }
  return undefined;
}
// a line that only opens a breakdown by place: "分县区看:", "各县(市、区)情况:"
const BREAKDOWN_LINE = new RegExp(`^(?:${PLACE_BREAKDOWN}|${EACH_PLACE_WORDS}):$`);
const INTRODUCTION_END = 40;
const INTRODUCES_TABLE = /(?:如下表?|见下表)(?:\(单位[:][^()]{1,20}\))?[:]\s*$/;
// the heading of a table's rows of kinds ("类别"), and a column of the projects of each
const KINDS_HEADING = /^(?:类别|项目类别|计划类别|类型|项目类型|计划名称)$/;
const PROJECTS_COLUMN = /^(?:项目数|项目|项数|立项数|支持项目)$/;
// a column that says only what was set or what was done ("目标任务", "完成额"), no thing of its own
const GOAL_OR_DONE_COLUMN = /^(?:年度|全年)?(?:目标任务|目标|任务|计划|完成额|完成值|完成数|完成情况|实际完成|完成|实绩)$/;

/** The nearest figure above figure i, in its table (from `first`), that stands in its column (`cell`) and a column read it. */
function sameColumnAbove(text: string, figures: Figure[], claims: (Claim | undefined)[], i: number, first: number, cell: number): number | undefined {
  const lineStart = text.lastIndexOf('\n', figures[i]!.start - 1) + 1;
  for (let k = i - 1; k >= 0 && figures[k]!.start >= first; k--) {
    const start = figures[k]!.start;
    if (start >= lineStart || claims[k]?.rule !== 'link.table_column') continue;
    const rowStart = text.lastIndexOf('\n', start - 1) + 1;
    if (text.slice(rowStart, start).split('\t').length - 1 === cell) return k;
  }
  return undefined;
}

/** The caption line right before a table's heading (`at`), its year and furniture out; '' where there is none. */
function captionBefore(text: string, at: number): string {
  if (at < 2) return '';
  let line = text.slice(text.lastIndexOf('\n', at - 2) + 1, at - 1);
  // (its number in a cell of its own: "表1\t各县市区高新技术企业发展情况(单位:家)")
  if (CAPTION.test(line)) line = line.slice(line.indexOf('\t') + 1);
  // (a paragraph that ends by introducing the table captions it with its last sentence: "…,各乡镇高新技术产业增加值完成情况如下(单位:万元、%):")
  // (its end looked at only: a paragraph may be long)
  if (line.length > 40 && INTRODUCES_TABLE.test(line.slice(-INTRODUCTION_END))) line = line.slice(line.lastIndexOf('。') + 1).replace(INTRODUCED_AS, '');
  if (line.includes('\t') || line.length > 40) return '';
  return line.replace(/^(?:附表|表\s*\d*)[::]?/, '').replace(/(?:19|20)\d\d年(?:度)?/g, '').replace(/\([^()]*\)/g, '').replace(TOPIC_OF_CAPTION, '');
}
// how a sentence says the table follows it, and what its figures are ("完成情况如下(单位:万元、%):")
const INTRODUCED_AS = new RegExp(`(?:完成|发展|开展)?(?:情况)?${INTRODUCES_TABLE.source}`);
// what a caption says it sums up of its thing, no act of the thing's own ("各区县高新技术企业培育情况": its columns say 申报, 认定)
const TOPIC_OF_CAPTION = /(?:培育|发展|工作)(?:情况|统计表?|一览表)$/;

/** Whether a figure of the same value and indicator stands in the few lines before the table (at `tableStart`). */
function statedBefore(figures: Figure[], claims: (Claim | undefined)[], i: number, tableStart: number, indicator: string): boolean {
  for (let k = i - 1; k >= 0 && figures[k]!.start >= tableStart - 300; k--) {
    if (figures[k]!.start < tableStart && claims[k]?.indicator === indicator && Number(figures[k]!.value) === Number(figures[i]!.value)) return true;
  }
  return false;
}

/** How many cells the line at `at` has. */
function cellCount(text: string, at: number): number {
  const end = text.indexOf('\n', at);
  return text.slice(at, end < 0 ? text.length : end).split('\t').length;
}

/** The first line of the table the line at `lineStart` is in: up over the lines that have cells. */
function tableFirstLine(text: string, lineStart: number): number {
  let first = lineStart;
  let wide: boolean | undefined; // whether the row has four cells or more (counted when a line of two asks)
  for (let rows = 0; rows < MAX_ROWS && first > 0; rows++) {
    const above = text.lastIndexOf('\n', first - 2) + 1;
    const line = text.slice(above, first - 1);
    // (a caption is no heading: "表1\t2022年1-9月主要科技指标完成情况")
    if (!line.includes('\t') || CAPTION.test(line)) break;
    // (nor a label and its value above a wider table: "年度总体目标\t目标1:…" over "一级指标\t二级指标\t三级指标\t指标值")
    if (LABEL_AND_VALUE.test(line) && (wide ??= cellCount(text, lineStart) >= 4)) break;
    first = above;
  }
  return first;
}

// a line of two cells, the second no number ("部门名称\t…科学技术局"; not a row whose other cells were left empty, "研发经费投入\t21.6")
const LABEL_AND_VALUE = /^[^\t]*\t(?![-—–/≥>≧\d.,%()*xX×□]*$)[^\t]*$/;
const CAPTION = /^(?:附)?表\s*[\d一二三四五六七八九十]+\t[^\t]*$/;
