// The report's text with every row's clause highlighted in its category's colour (masked figures
// hatched). Clicking a clause selects its row; selecting words offers them as a new row's clause.
// The text is React text nodes only: whatever HTML or script a report contains is shown, never run.
import { memo, useEffect, useMemo, useRef, type ReactElement } from 'react';
import { CATEGORY_NAMES, indicatorById, type Category } from '../../extract/catalog.ts';
import type { IndicatorRow } from '../../data/schema.ts';
import { textRuns } from './highlights.ts';
import { useWords } from '../i18n/lang.tsx';

export interface Span {
  start: number;
  end: number;
}

interface Props {
  text: string;
  rows: readonly IndicatorRow[];
  selected: number | null;
  scrollTo: number | null; // the row whose clause to bring into view (a row chosen in the list)
  onSelect: (row: number) => void;
  onSpan: (span: Span | null) => void; // the words the user selected in the text, or none
}

export const categoryOf = (indicator: string): Category => indicatorById(indicator)?.category ?? 'services';

/** The offset in the text of a point of a DOM selection inside the <pre>, or null. */
function pointOffset(pre: HTMLElement, node: Node, offset: number): number | null {
  if (!pre.contains(node)) return null;
  if (node.nodeType === Node.TEXT_NODE) {
    const holder = node.parentElement?.closest<HTMLElement>('[data-at]');
    return holder ? Number(holder.dataset.at) + offset : null;
  }
  if (node === pre) {
    const child = pre.childNodes[offset] as HTMLElement | undefined;
    return child?.dataset?.at !== undefined ? Number(child.dataset.at) : (pre.textContent ?? '').length;
  }
  const holder = (node as Element).closest<HTMLElement>('[data-at]');
  if (!holder) return null;
  return Number(holder.dataset.at) + (offset === 0 ? 0 : (holder.textContent ?? '').length);
}

export const ReviewText = memo(function ReviewText({ text, rows, selected, scrollTo, onSelect, onSpan }: Props): ReactElement {
  const words = useWords();
  const { t } = words;
  const preRef = useRef<HTMLPreElement>(null);
  const runs = useMemo(() => textRuns(text.length, rows), [text, rows]);
  const onSpanRef = useRef(onSpan);
  onSpanRef.current = onSpan;

  useEffect(() => {
    const onChange = () => {
      const pre = preRef.current;
      const selection = document.getSelection();
      if (!pre || !selection || selection.rangeCount === 0) return;
      const range = selection.getRangeAt(0);
      if (!pre.contains(range.commonAncestorContainer)) return; // a selection elsewhere leaves the last one offered
      let start = pointOffset(pre, range.startContainer, range.startOffset);
      let end = pointOffset(pre, range.endContainer, range.endOffset);
      if (start === null || end === null) return;
      while (start < end && /\s/.test(text[start] ?? '')) start++;
      while (end > start && /\s/.test(text[end - 1] ?? '')) end--;
      onSpanRef.current(end > start ? { start, end } : null);
    };
    document.addEventListener('selectionchange', onChange);
    return () => document.removeEventListener('selectionchange', onChange);
  }, [text]);

  useEffect(() => {
    if (scrollTo === null) return;
    void preRef.current?.querySelector(`mark[data-rows~="${scrollTo}"]`)?.scrollIntoView({ block: 'center', behavior: 'smooth' });
  }, [scrollTo]);

  const label = (row: IndicatorRow) =>
    `${words.indicatorName(row.indicator)}：${row.masked || row.value === null ? t.masked : `${row.value} ${words.unitName(row.unit, row.indicator)}`}`;
  return (
    <>
      <ul className="review-legend" aria-label={t.review.text}>
        {(Object.keys(CATEGORY_NAMES) as Category[]).map((category) => (
          <li key={category}><span className={`swatch cat-${category}`} />{words.categoryName(category)}</li>
        ))}
        <li><span className="swatch cat-masked" />{t.review.legendMasked}</li>
      </ul>
      <pre className="review-text" ref={preRef} data-testid="review-text">
        {runs.map((run) => {
          const piece = text.slice(run.start, run.end);
          const first = run.rows[0];
          if (first === undefined) return <span key={run.start} data-at={run.start}>{piece}</span>;
          const row = rows[first]!;
          const classes = [`cat-${categoryOf(row.indicator)}`, row.masked ? 'masked' : '',
            run.rows.length > 1 ? 'several' : '', selected !== null && run.rows.includes(selected) ? 'current' : ''];
          return (
            <mark key={run.start} data-at={run.start} data-rows={run.rows.join(' ')} className={classes.filter(Boolean).join(' ')}
              title={run.rows.map((k) => label(rows[k]!)).join('\n')}
              onClick={() => {
                if (document.getSelection()?.isCollapsed === false) return; // the user is selecting words
                // a clause several rows share: each click goes on to the next of them
                const at = selected === null ? -1 : run.rows.indexOf(selected);
                onSelect(run.rows[(at + 1) % run.rows.length] ?? first);
              }}>
              {piece}
            </mark>
          );
        })}
      </pre>
    </>
  );
});
