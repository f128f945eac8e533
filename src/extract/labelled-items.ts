// Items of an assessment laid out as labels: the indicator named in a statement of its own, then its target and
// what was done, each after a label of its own —
//   "指标2:新增国家高新技术企业。目标值:20家。完成情况:全年通过认定27家…"
// A figure no frame, rule or link has read, in a statement that opens on such a label, is read from the name
// before and the words of its own clause.
import type { Claim } from './claim.ts';
import type { Figure } from './figures.ts';
import { classifyName } from './links.ts';
import { clauseStart, type Span } from './spans.ts';

// the labels an item's figures stand after
const LABEL = /^\s*(?:目标值|目标任务|目标|任务值|任务数|任务|计划值|完成情况|完成值|完成数|实际完成|实际值|进展情况)[:]/;
// the name of an item: a statement of its own with no figure, after its number ("指标2:", "3.", "(二)")
const ITEM_NUMBER = /^\s*(?:指标\s*\d{1,2}|\d{1,2}[.、]|[(][一二三四五六七八九十\d]{1,2}[)]|[一二三四五六七八九十]{1,2}[、.])\s*[:]?/;
const NAME = /^[\u4e00-\u9fffA-Za-z&()、“”"]{2,30}[。;]?\s*$/;
// how many statements back, past the other labels of its item, the name may stand
const MOST_BACK = 3;

/** Reads the figures of labelled items, each from its item's name. */
export function linkLabelledItems(text: string, figures: Figure[], claims: (Claim | undefined)[], sentenceOf: (at: number) => Span) {
  figures.forEach((f, i) => {
    if (claims[i]) return;
    const sentence = sentenceOf(f.start);
    const label = LABEL.exec(text.slice(sentence.start, f.start));
    if (!label) return;
    const name = nameBefore(text, sentence.start, sentenceOf);
    if (!name) return;
    // the words of the figure's own clause after the label ("全年通过认定", "预计全年达到")
    const said = text.slice(sentence.start + label[0].length, f.start).split(/[,;]/).pop()!;
    const claim = classifyName(name.words + said, f);
    // (quoted from the label where the figure's clause is the first after it, else from its own clause)
    const own = clauseStart(text, f.start, sentence.start);
    const start = own <= sentence.start + label[0].length ? sentence.start : own;
    if (claim) claims[i] = { ...claim, rule: `link.labelled_item(${claim.rule})`, start, end: f.end };
  });
}

/** The name of the item a labelled statement is of: the statement before it, past the item's other labels. */
function nameBefore(text: string, from: number, sentenceOf: (at: number) => Span): { words: string } | undefined {
  let end = from;
  for (let back = 0; back < MOST_BACK && end > 0; back++) {
    const before = sentenceOf(end - 1);
    const statement = text.slice(before.start, before.end);
    if (!LABEL.test(statement)) {
      const number = ITEM_NUMBER.exec(statement);
      const words = number ? statement.slice(number[0].length) : statement;
      if (!NAME.test(words)) return undefined;
      return { words: words.replace(/[。;\s]+$/, '') };
    }
    end = before.start;
  }
  return undefined;
}
