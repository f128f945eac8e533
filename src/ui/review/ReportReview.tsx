// One report under review: its head (city, year, actions), its text with the clauses highlighted,
// and its rows beside it. A row selected shows its clause; a clause clicked shows its row; words
// selected in the text become a new row's clause.
import { useCallback, useMemo, useState, type ReactElement } from 'react';
import { CATALOG } from '../../extract/catalog.ts';
import { readNumber } from '../../extract/numbers.ts';
import { PERIODS, type Period } from '../../data/schema.ts';
import { addRow, addToDashboard, deleteRow, editRow, reviewedRows, type RowFields, type UserReport } from './review.ts';
import { useWords } from '../i18n/lang.tsx';
import { ReportMeta } from './ReportMeta.tsx';
import { RowEditor } from './RowEditor.tsx';
import { RowList } from './RowList.tsx';
import { ReviewText, type Span } from './ReviewText.tsx';

interface Props {
  report: UserReport;
  onChange: (report: UserReport) => void;
  onRemove: () => void;
}

const shorten = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/** The first number in a clause, as a value to start a new row with. */
function firstNumber(quote: string): number | null {
  const match = /\d[\d,]*(?:\.\d+)?/.exec(quote.normalize('NFKC'));
  const value = match ? readNumber(match[0]) : undefined;
  return value === undefined ? null : Number(value);
}

export function ReportReview({ report, onChange, onRemove }: Props): ReactElement {
  const { t } = useWords();
  // the row selected, and where the user clicked (the other side scrolls to it)
  const [focus, setFocus] = useState<{ row: number; from: 'text' | 'list' } | null>(null);
  const selected = focus?.row ?? null;
  const setSelected = (row: number | null) => setFocus(row === null ? null : { row, from: 'list' });
  const onClause = useCallback((row: number) => setFocus({ row, from: 'text' }), []);
  const [editing, setEditing] = useState<number | null>(null);
  const [span, setSpan] = useState<Span | null>(null);
  const [adding, setAdding] = useState<Span | null>(null);
  const rows = useMemo(() => reviewedRows(report), [report]);
  const onSpan = useCallback((next: Span | null) => setSpan(next), []);

  const newRow = (at: Span): RowFields => {
    const like = selected === null ? undefined : rows[selected];
    const period = (PERIODS as readonly string[]).includes(report.report.period) ? (report.report.period as Period) : 'FY';
    return {
      indicator: like?.indicator ?? CATALOG[0]!.id, value: firstNumber(report.cleaned.slice(at.start, at.end)),
      period, status: 'actual', scope: '',
    };
  };
  const saveNew = (fields: RowFields) => {
    if (!adding) return;
    const next = addRow(report, adding, fields);
    onChange(next);
    setSelected(next.rows.findIndex((entry) => entry.from === null && entry.row.start === adding.start && entry.row.end === adding.end));
    setAdding(null);
    setSpan(null);
    document.getSelection()?.removeAllRanges();
  };
  return (
    <article className="review-report">
      <ReportMeta report={report} onChange={onChange} onAdd={() => onChange(addToDashboard(report))} onRemove={onRemove} />
      <div className="review-columns">
        <section className="review-text-pane" aria-label={t.review.text}>
          <div className="selection-bar">
            {span ? (
              <>
                <q className="selection-quote">{shorten(report.cleaned.slice(span.start, span.end), 60)}</q>
                <button type="button" className="primary" onClick={() => { setAdding(span); setEditing(null); }}>{t.review.addSelected}</button>
              </>
            ) : <span className="muted">{t.review.selectHint}</span>}
          </div>
          <ReviewText text={report.cleaned} rows={rows} selected={selected} scrollTo={focus?.from === 'list' ? focus.row : null}
            onSelect={onClause} onSpan={onSpan} />
        </section>
        <section className="review-rows-pane" aria-label={t.review.rows}>
          {adding && (
            <div className="new-row">
              <h4>{t.review.newRow}</h4>
              <q className="row-quote">{report.cleaned.slice(adding.start, adding.end)}</q>
              <RowEditor initial={newRow(adding)} onSave={saveNew} onCancel={() => setAdding(null)} />
            </div>
          )}
          <RowList report={report} selected={selected} scrollTo={focus?.from === 'text' ? focus.row : null} editing={editing}
            onSelect={setSelected} onEdit={setEditing}
            onSave={(k, fields) => { onChange(editRow(report, k, fields)); setEditing(null); }}
            onDelete={(k) => { onChange(deleteRow(report, k)); setSelected(null); setEditing(null); }} />
        </section>
      </div>
    </article>
  );
}
