// The rows of the report under review, beside its text: each with its figure, period, status and
// scope, whether the user changed or added it; edit and delete. Clicking a row shows its clause.
import { useEffect, useRef, type ReactElement } from 'react';
import type { IndicatorRow } from '../../data/schema.ts';
import type { RowFields, UserReport } from './review.ts';
import { rowState } from './review.ts';
import { useWords } from '../i18n/lang.tsx';
import { RowEditor } from './RowEditor.tsx';
import { categoryOf } from './ReviewText.tsx';

interface Props {
  report: UserReport;
  selected: number | null;
  scrollTo: number | null; // the row to bring into view (its clause was clicked in the text)
  editing: number | null;
  onSelect: (row: number) => void;
  onEdit: (row: number | null) => void;
  onSave: (row: number, fields: RowFields) => void;
  onDelete: (row: number) => void;
}

export const fieldsOf = (row: IndicatorRow): RowFields => ({
  indicator: row.indicator, value: row.value, period: row.period, status: row.status, scope: row.scope,
});

export function RowList({ report, selected, scrollTo, editing, onSelect, onEdit, onSave, onDelete }: Props): ReactElement {
  const words = useWords();
  const { t } = words;
  const listRef = useRef<HTMLOListElement>(null);
  useEffect(() => {
    if (scrollTo === null) return;
    void listRef.current?.querySelector(`[data-row="${scrollTo}"]`)?.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
  }, [scrollTo]);
  return (
    <ol className="review-rows" ref={listRef} aria-label={t.review.rows}>
      {report.rows.map((entry, k) => {
        const { row } = entry;
        const state = rowState(report, entry);
        const details = [t.periods[row.period], row.approx ? `${t.statuses[row.status]} · ${t.approx}` : t.statuses[row.status], row.scope || t.total];
        return (
          <li key={`${row.start}-${k}`} data-row={k} data-state={state}
            className={['review-row', `cat-${categoryOf(row.indicator)}`, row.masked ? 'masked' : '', selected === k ? 'current' : ''].filter(Boolean).join(' ')}>
            <button type="button" className="row-main" aria-pressed={selected === k} onClick={() => onSelect(k)}>
              <span className="row-head">
                <span className={`swatch cat-${categoryOf(row.indicator)}`} />
                <span className="row-indicator">{words.indicatorName(row.indicator)}</span>
                <span className="row-value">{row.masked || row.value === null ? t.masked : `${row.value} ${words.unitName(row.unit, row.indicator)}`}</span>
              </span>
              <span className="row-details">{details.join(' · ')}</span>
              <span className="row-quote">{row.quote}</span>
              {state !== 'extracted' && <span className={`badge ${state}`}>{state === 'edited' ? t.review.edited : t.review.added}</span>}
            </button>
            <span className="row-actions">
              <button type="button" onClick={() => onEdit(editing === k ? null : k)} aria-expanded={editing === k}>{t.review.edit}</button>
              <button type="button" onClick={() => onDelete(k)}>{t.review.remove}</button>
            </span>
            {editing === k && (
              <RowEditor initial={fieldsOf(row)} onCancel={() => onEdit(null)} onSave={(fields) => onSave(k, fields)} />
            )}
          </li>
        );
      })}
    </ol>
  );
}
