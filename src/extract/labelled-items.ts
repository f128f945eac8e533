// Items of an assessment laid out as labels: the indicator named on its own, then its target and what was done,
// each after a label of its own —
//   "指标2:新增国家高新技术企业。目标值:20家。完成情况:全年通过认定27家…" (a statement each)
//   "专利申请(10分),目标1500件,实际完成1623件,自评10分" (a clause each)
// A figure no frame, rule or link has read, after such a label, is read from the name before and the words of its
// own clause.
import type { Claim } from './claim.ts';
import type { Figure } from './figures.ts';
import { classifyName, GROWTH_OF } from './links.ts';
import { clauseStart, indexOrEnd, type Span } from './spans.ts';
import { wordsOf } from './words.ts';
import { lineStartBefore, opensOnFigure } from './wrapped-lines.ts';

// the labels an item's figures stand after: opening a statement, with a colon
const LABEL = /^\s*(?:目标值|目标任务|目标|任务值|任务数|任务|计划值|完成情况|完成值|完成数|实际完成|实际值|进展情况)[:]/;
// …or opening a clause, right before the figure or the act done ("目标6家", "实际通过认定9家")
// (…or after the item's name and a colon: "4.技术合同成交额:年度目标20亿元,已登记17.8亿元")
const CLAUSE_LABEL = /^(?:(?:年度|全年)?目标(?:值|任务)?|(?:年度|全年)?任务数?|计划数?|实际完成|实际|已完成|完成|已登记|已实现|已达到)(?:为|:)?/;
const TARGET_LABEL = /^(?:年度|全年)?(?:目标|任务|计划)/;
const LABEL_NEAR = /目标|任务|计划|实际|完成|已登记|已实现|已达到/;
// the next clause, what was done: its words between the label and its figure
const DONE_AFTER = /^[^,;。]{0,4}[,;](?:实际完成|实际|已完成|完成|已登记|已实现|已达到)(?:为|:)?([^,;。\d]{0,12})\d/;
// an item's name and a colon opening the clause a label follows
const NAME_AND_COLON = /^([^,;。:]{2,40})[:]/;
// the name of an item: a statement or clause of its own with no figure, after its number ("指标2:", "3.", "(二)")
// and before the points it scores ("专利申请(10分)")
const ITEM_NUMBER = /^\s*(?:其中:?)?(?:指标\s*\d{1,2}|\d{1,2}[.、]|[(][一二三四五六七八九十\d]{1,2}[)]|[一二三四五六七八九十]{1,2}[、.])?\s*[:]?/;
const POINTS = /[(]\d{1,3}(?:\.\d)?分[)]\s*$/;
const NAME = /^[\u4e00-\u9fffA-Za-z&()、“”"]{2,30}[。;]?\s*$/;
// how many statements or clauses back, past the other labels of its item, the name may stand
const MOST_BACK = 3;

/** Reads the figures of labelled items, each from its item's name. */
export function linkLabelledItems(text: string, figures: Figure[], claims: (Claim | undefined)[], sentenceOf: (at: number) => Span) {
  figures.forEach((f, i) => {
    if (claims[i]) return;
    const sentence = sentenceOf(f.start);
    const label = LABEL.exec(text.slice(sentence.start, f.start));
    // (a clause's label stands close before its figure: looked for only where one of its words may)
    if (!label && !LABEL_NEAR.test(text.slice(Math.max(sentence.start, f.start - 16), f.start))) return;
    const own = clauseStart(text, f.start, sentence.start);
    if (label) {
      const name = statementNameBefore(text, sentence.start, sentenceOf);
      // the words of the figure's own clause after the label ("全年通过认定", "预计全年达到")
      const said = text.slice(sentence.start + label[0].length, f.start).split(/[,;]/).pop()!;
      // (quoted from the label where the figure's clause is the first after it, else from its own clause)
      const start = own <= sentence.start + label[0].length ? sentence.start : own;
      if (name) claim(i, name + said, start);
      return;
    }
    // ("4.技术合同成交额:年度目标20亿元": the item's name before a colon, the label after it, in the figure's own clause)
    const named = NAME_AND_COLON.exec(text.slice(own, f.start));
    const itemName = named ? nameIn(named[1]!) : undefined;
    const labelFrom = itemName ? own + named![0].length : own;
    const clauseLabel = CLAUSE_LABEL.exec(text.slice(labelFrom, f.start));
    if (!clauseLabel || (!itemName && own <= sentence.start)) return;
    const name = itemName ?? clauseNameBefore(text, own, sentence.start);
    if (!name) return;
    // (a target reads the act its item says was done: "高新技术企业:目标任务3家,实际新增高新技术企业4家" is of the new ones)
    const done = TARGET_LABEL.test(clauseLabel[0]) ? DONE_AFTER.exec(text.slice(f.end, f.end + 40))?.[1] ?? '' : '';
    claim(i, name + text.slice(labelFrom + clauseLabel[0].length, f.start) + done, own);
  });

  function claim(i: number, words: string, start: number) {
    const read = classifyName(words, figures[i]!);
    if (read) claims[i] = { ...read, rule: `link.labelled_item(${read.rule})`, start, end: figures[i]!.end };
  }
}

/** An item's name, where a statement or clause holds nothing else: its words, without number or points. */
function nameIn(words: string): string | undefined {
  const name = words.slice(ITEM_NUMBER.exec(words)?.[0].length ?? 0).replace(POINTS, '');
  return NAME.test(name) ? name.replace(/[。;\s]+$/, '') : undefined;
}

/** The name of the item a labelled statement is of: the statement before it, past the item's other labels. */
function statementNameBefore(text: string, from: number, sentenceOf: (at: number) => Span): string | undefined {
  let end = from;
  for (let back = 0; back < MOST_BACK && end > 0; back++) {
    const before = sentenceOf(end - 1);
    const statement = text.slice(before.start, before.end);
    if (!LABEL.test(statement)) return nameIn(statement);
    end = before.start;
  }
  return undefined;
}

/** The name of the item a labelled clause is of: the clause before it in its sentence, past the item's other labels. */
function clauseNameBefore(text: string, from: number, floor: number): string | undefined {
  let end = from - 1; // the mark that ends the clause before
  for (let back = 0; back < MOST_BACK && end > floor; back++) {
    const start = clauseStart(text, end, floor);
    const clause = text.slice(start, end);
    // (the clause that names the item and, after a colon, its first label: "4.技术合同成交额:年度目标20亿元")
    const named = NAME_AND_COLON.exec(clause);
    if (named && CLAUSE_LABEL.test(clause.slice(named[0].length))) return nameIn(named[1]!);
    if (!CLAUSE_LABEL.test(clause)) return nameIn(clause);
    end = start - 1;
  }
  return undefined;
}

// A figure on a line of its own, or after a few words, under the label on the line above it, as a post lays
// a digest out — "全年组织申报高新技术企业\n96家\n通过认定\n71家", "高新技术产业产值\n▶ 263.58亿元\n▶ 同比+6.2%".
// What stands on the figure's line besides it: marks, bullets and a few words ("新认定", "同比+").
const LINE_AROUND = /^[^\d,;。:]{0,12}$/;
// …and after it, a short clause of its own past a comma ("净增 39家,增量居全市第2"), on a short line
const LINE_AFTER = /^[^\d,;。:]{0,12}(?:[,;].{0,16})?$/;
const MAX_DIGEST_LINE = 30;
// a label's item number or bullet ("1 高企数量再创新高" once a keycap's marks are out, "3.平台建设", "一、")
const LABEL_NUMBER = /^[^\u4e00-\u9fffA-Za-z&\d]*(?:\d{1,2}(?:[\s.、．]+|(?=[\u4e00-\u9fff]))|[一二三四五六七八九十]+、)/;
// a label: a short line with no figure and no sentence in it (its heading's number and colon left out)
const LABEL_LINE = /^[^\d,;。!?]{2,30}$/;
const LABEL_OPENS = /^.*[:]/;
const GROWTH_LEAD = new RegExp(`^(?:${wordsOf(['growth', 'decline']).source})$`);
// how many lines up, past the figures under the same label, its label may stand
const MOST_LINES_UP = 6;

/** Reads the figures laid out under a label on the line above, each from the labels over it and its own line's words. */
export function linkLineLabels(text: string, figures: Figure[], claims: (Claim | undefined)[]) {
  // the line each figure stands on, found going forward (figures come in order)
  let lineStart = 0;
  let lineEnd = indexOrEnd(text, '\n', 0);
  figures.forEach((f, i) => {
    while (lineEnd < f.start) {
      lineStart = lineEnd + 1;
      lineEnd = indexOrEnd(text, '\n', lineStart);
    }
    if (claims[i] || lineStart === 0 || lineEnd < f.end) return;
    const before = text.slice(lineStart, f.start);
    const after = text.slice(f.end, lineEnd);
    // (a clause after the figure only in a digest's own way of writing, digits: not "取得“四个明显成效”,…")
    if (!LINE_AROUND.test(before) || !(LINE_AROUND.test(after) || (LINE_AFTER.test(after) && lineEnd - lineStart <= MAX_DIGEST_LINE && /\d/.test(text[f.start]!)))) return;
    // the labels over it, nearest first: lines with no figure, past the lines of figures under the same label
    const labels: string[] = [];
    let end = lineStart - 1;
    for (let up = 0; up < MOST_LINES_UP && end > 0 && labels.length < 2; up++) {
      const start = text.lastIndexOf('\n', end - 1) + 1;
      const line = text.slice(start, end).trim();
      end = start - 1;
      const label = line.replace(LABEL_OPENS, '').replace(LABEL_NUMBER, '');
      if (/\d/.test(label)) continue;
      if (!LABEL_LINE.test(label)) break;
      labels.push(label);
    }
    const own = before.replace(/^[^\u4e00-\u9fffA-Za-z&]+/, '');
    // (a growth on the line under a figure is that figure's: "高新技术产业产值1,215.6亿元\n增长16.2%")
    const above = i > 0 && figures[i - 1]!.end > text.lastIndexOf('\n', lineStart - 2) ? claims[i - 1] : undefined;
    const growth = f.unit === '%' && above && GROWTH_LEAD.test(own) ? GROWTH_OF[above.indicator] : undefined;
    if (growth) {
      claims[i] = { ...above!, indicator: growth, rule: 'link.line_growth', start: lineStart + before.length - own.length, end: f.end, period: undefined, partOf: undefined };
      return;
    }
    // (a digest that puts each label under its figure: the line above is the figure above's label, or a section's)
    const aboveStart = lineStartBefore(text, lineStart);
    const lineAbove = text.slice(aboveStart, lineStart - 1);
    const twoAbove = aboveStart > 0 ? text.slice(lineStartBefore(text, aboveStart), aboveStart - 1) : '';
    // (…or, with no bullet, where the figures and their labels open on a figure under the post's introduction:
    // "一起来看这些数字——\n1145家\n全市通过评价的科技型中小企业数量\n62家\n…")
    const underIntroduction = before.trim() === '' && after.trim() === '' && opensOnFigure(text, lineStart);
    const labelsBelow = (own === '' && BULLET_ONLY.test(before) && (SECTION_LINE.test(lineAbove.trim()) || BULLET_FIGURE.test(twoAbove))) || underIntroduction;
    for (const label of labelsBelow ? [] : [labels[0], labels[1] !== undefined ? labels[1] + labels[0] : undefined]) {
      if (label === undefined) continue;
      const read = classifyName(label + own, f);
      if (read) {
        claims[i] = { ...read, rule: `link.line_label(${read.rule})`, start: lineStart + before.length - own.length, end: f.end };
        return;
      }
    }
    // (…or under it: a digest's bold figure, then the line that says what it counts, "▶ 467家\n入库国家科技型中小企业")
    if (own !== '' || !(BULLET_ONLY.test(before) || underIntroduction) || after.trim() !== '') return;
    const below = text.slice(lineEnd + 1, indexOrEnd(text, '\n', lineEnd + 1));
    const labelled = LABEL_BELOW.exec(below)?.[0];
    // (a label may open on the year its figure is of: "3.46%\n2022年R&D经费投入强度", the year R&D figures come a year behind)
    const year = labelled === undefined ? undefined : LABEL_YEAR.exec(labelled)?.[1];
    const label = year === undefined ? labelled : labelled!.replace(LABEL_YEAR, '');
    if (!label || /\d/.test(label)) return;
    const read = classifyName(label, f);
    if (read) claims[i] = { ...read, rule: `link.label_below(${read.rule})`, start: lineStart + before.length, end: f.end, ...(year ? { year: Number(year) } : {}) };
  });
}

// a figure's line that holds only a bullet before it, and the label under it up to its first stop
const BULLET_ONLY = /^[\s▶►▸●•■◆★☆→➤·\-—*]+$/;
const BULLET_FIGURE = /^[\s▶►▸●•■◆★☆→➤·\-—*]+[\d第]/;
const SECTION_LINE = /^【[^】]{1,8}】$/;
const LABEL_BELOW = /^[^,;。:(\n]{2,30}/;
const LABEL_YEAR = /^((?:19|20)\d\d)年(?:度)?/;
