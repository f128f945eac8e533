// Tables a page or a converter flattened: one cell to a line ("指标名称\n单位\n全年目标\n完成值\n完成率\n
// 高新技术产业产值\n亿元\n88\n46.3\n52.6%…"), or every row run together on one line, the cells parted by tabs
// ("序号\t指标名称\t单位\t2013年目标\t2013年完成\t1\t高新技术企业总数\t家\t85\t91\t2\t…"). A heading's cells,
// then rows of as many, each a name (or a row number and a name) and its figures: cleaning (clean.ts) puts a
// tab between a row's cells and a line break between rows where the page had lost them, so that the table
// reads as one laid out with tabs (table.ts), and nothing moves.

// what a heading opens on (and a line of it alone, looked for before any line is read)
const HEADING_OPENERS = '序号|编号|指标|指标名称|主要指标|项目|项目名称|名称|类别|目标任务|活动名称|级别|县\\(区\\)|县区|县\\(市、区\\)|地区|单位名称|街道\\(园区\\)|乡镇';
const OPENS_HEADING = new RegExp(`^(?:${HEADING_OPENERS})$`);
const LONGEST_OPENER = Math.max(...HEADING_OPENERS.replace(/\\/g, '').split('|').map((opener) => opener.length));
/** A table cell that holds a figure: a number, a share, a mask ("**", "6*", "1**%"). */
export const FIGURE_CELL = /^(?:[-+]?\d[\d.,]*%?|[*xX×]+(?:\.[*xX×]+)?%?|\d*[*xX×]+\d*%?)$/;
// a cell that says there is no figure: a dash, a slash
const NO_FIGURE = /^(?:[—–-]{1,2}|\/)$/;
/** Whether a cell stands where a figure would: one, or a dash for none. */
const figureOrDash = (cell: string): boolean => FIGURE_CELL.test(cell) || NO_FIGURE.test(cell);
const DIGIT = /\d/;
const UNIT_HEADING = /^(?:计量)?单位$/;
/** A table cell that holds only a unit. */
export const UNIT_CELL = /^(?:家|个|项|件|人|人次|名|场|场次|次|期|亿元|万元|元|%|份|户|万人次)$/;
const SENTENCE_MARK = /[,;。!?]/;
const MAX_CELL = 24;
const MAX_WIDTH = 10;
const MIN_ROWS = 2;

/** Whether a cell may open a table's heading ("序号", "指标名称", "县(区)"). */
export const opensHeading = (cell: string): boolean => OPENS_HEADING.test(cell.trim());

const GLUED_HEADING = new RegExp(`:(?:${HEADING_OPENERS})$`);
/** Where the colon stands that a heading's first cell is glued to ("…如下(单位:万元):序号"), or -1. */
export const gluedHeadingAt = (cell: string): number => GLUED_HEADING.exec(cell)?.index ?? -1;

const isCell = (cell: string): boolean => cell.length <= MAX_CELL && !SENTENCE_MARK.test(cell);

/**
 * The line breaks that stand between the cells of a row, in every table laid out a cell to a line, each with what
 * stands for it: a tab, or two where the row's unit cell was merged with the one above and left out.
 */
export function cellLineBreaks(text: string): [number, string][] {
  if (!someOpenerLine(text)) return [];
  const lines = text.split('\n');
  const breaks: [number, string][] = [];
  let at = 0;
  for (let k = 0; k < lines.length; k++) {
    const table = opensHeading(lines[k]!) ? tableAt(lines, k, true) : undefined;
    if (!table) {
      at += lines[k]!.length + 1;
      continue;
    }
    let line = k;
    for (const row of [{ cells: table.width, merged: -1 }, ...table.rows]) {
      for (let c = 0; c < row.cells; c++) {
        at += lines[line++]!.length + 1;
        if (c < row.cells - 1) breaks.push([at - 1, c === row.merged - 1 ? '\t\t' : '\t']);
      }
    }
    k = line - 1;
  }
  return breaks;
}

/** Whether a line before the last holds a heading's opener alone, between spaces or tabs ("序号", " 指标名称\t"). */
function someOpenerLine(text: string): boolean {
  for (let start = 0, end = text.indexOf('\n'); end >= 0; start = end + 1, end = text.indexOf('\n', start)) {
    let from = start, to = end;
    while (from < to && isSpaceOrTab(text.charCodeAt(from))) from++;
    while (to > from && isSpaceOrTab(text.charCodeAt(to - 1))) to--;
    if (to - from <= LONGEST_OPENER && OPENS_HEADING.test(text.slice(from, to))) return true;
  }
  return false;
}

const isSpaceOrTab = (code: number): boolean => code === 0x20 || code === 0x09;

/**
 * In a line of cells parted by tabs, the cells that open a heading or a row of a table run together on it
 * (where the tab before them should be a line break, but before the line's first cell), and the cell after its
 * last row; none where the line holds no such table.
 */
export function rowStartsInCells(cells: readonly string[]): number[] {
  for (let k = 0; k < cells.length; k++) {
    if (!opensHeading(cells[k]!)) continue;
    const table = tableAt(cells, k, false);
    if (!table) continue;
    const starts: number[] = [k];
    let at = k + table.width;
    for (const row of table.rows) {
      starts.push(at);
      at += row.cells;
    }
    if (at < cells.length) starts.push(at);
    return starts;
  }
  return [];
}

/** A row of a table: how many cells it has, and which one was merged with the one above and left out (-1: none). */
interface Row {
  cells: number;
  merged: number;
}

/** The width of the table whose heading opens at cell k, and the rows that follow it, if one does. */
function tableAt(cells: readonly string[], k: number, mergedUnits: boolean): { width: number; rows: Row[] } | undefined {
  // the heading's cells hold no figure (a row's name and unit hold none either: every width up to them is tried)
  let named = 0;
  while (named < MAX_WIDTH + 2 && k + named < cells.length) {
    const cell = cells[k + named]!.trim();
    if (!isCell(cell) || cell === '' || figureOrDash(cell)) break;
    named++;
  }
  let best: { width: number; rows: Row[]; covered: number } | undefined;
  for (let width = 2; width <= Math.min(named, MAX_WIDTH); width++) {
    const rows = rowsAfter(cells, k, width, mergedUnits);
    const covered = rows.reduce((sum, row) => sum + row.cells, 0);
    if (rows.length >= MIN_ROWS && (!best || covered > best.covered)) best = { width, rows, covered };
  }
  return best;
}

/**
 * The rows of `width` cells that follow the heading at cell k, each like the first; where `mergedUnits`, a row may
 * leave its unit cell out, merged with the one above ("专利申请量\n件\n1320" then "专利授权量\n802").
 */
function rowsAfter(cells: readonly string[], k: number, width: number, mergedUnits: boolean): Row[] {
  const heading = cells.slice(k, k + width).map((cell) => cell.trim());
  const numbered = heading[0] === '序号' || heading[0] === '编号';
  const unitColumn = mergedUnits ? heading.findIndex((cell) => UNIT_HEADING.test(cell)) : -1;
  const figureColumns: boolean[] = [];
  const rows: Row[] = [];
  for (let from = k + width; from + width - 1 <= cells.length; ) {
    let row = cells.slice(from, from + width).map((cell) => cell.trim());
    let merged = -1;
    // (a figure where the unit should stand: the unit left out, after a row that had one)
    if (unitColumn > 0 && rows.length > 0 && figureOrDash(row[unitColumn] ?? '')) {
      merged = unitColumn;
      row = [...row.slice(0, unitColumn), '', ...row.slice(unitColumn, width - 1)];
    } else if (from + width > cells.length) break;
    if (!row.every(isCell)) break;
    const first = row[0]!;
    if (numbered ? first !== String(rows.length + 1) : first === '' || figureOrDash(first)) break;
    if (!row.slice(1).some((cell) => FIGURE_CELL.test(cell))) break;
    const fits = row.every((cell, j) => {
      if (j === 0 || cell === '') return true;
      if (UNIT_HEADING.test(heading[j]!)) return UNIT_CELL.test(cell);
      // a column of figures in the first row holds figures in every row (or words with one: "提高2.3个百分点")
      if (rows.length === 0) figureColumns[j] = figureOrDash(cell);
      return !figureColumns[j] || figureOrDash(cell) || DIGIT.test(cell);
    });
    if (!fits) break;
    rows.push({ cells: merged < 0 ? width : width - 1, merged });
    from += merged < 0 ? width : width - 1;
  }
  return rows;
}
