// A reviewed report's head: title and file, its city and year as the user sets them, what the
// extractor guessed and why, and the actions on the whole report.
import { useState, type ReactElement } from 'react';
import type { ReportRow } from '../../data/schema.ts';
import { deletedRows, notOnDashboard, setPlace, setYear, type UserReport } from './review.ts';
import { useWords } from '../i18n/lang.tsx';
import { messageText } from '../i18n/messages.ts';
import { PlaceField } from './PlaceField.tsx';

interface Props {
  report: UserReport;
  onChange: (report: UserReport) => void;
  onAdd: () => void;
  onRemove: () => void;
}

export function ReportMeta({ report, onChange, onAdd, onRemove }: Props): ReactElement {
  const words = useWords();
  const { t } = words;
  const row = report.report;
  // what the user is typing, for the year it was typed against: a new year from outside shows at once
  const [draft, setDraft] = useState<{ of: number | null; text: string } | null>(null);
  const yearText = draft && draft.of === row.year ? draft.text : row.year === null ? '' : String(row.year);
  const setYearText = (text: string) => setDraft({ of: row.year, text });
  const yearBad = yearText.trim() !== '' && !(/^\d{4}$/.test(yearText.trim()) && Number(yearText) >= 1949 && Number(yearText) <= 2100);
  const commitYear = () => {
    if (yearBad) return;
    const year = yearText.trim() === '' ? null : Number(yearText);
    if (year !== row.year) onChange(setYear(report, year));
  };
  const placeText = (r: ReportRow) => words.placeName([r.city, r.county].filter(Boolean).join('·')) || words.provinceName(r.province) || '—';
  const { guessed } = report;
  const masked = report.rows.filter((entry) => entry.row.masked).length;
  const deleted = deletedRows(report);
  const pending = notOnDashboard(report);
  return (
    <div className="review-meta">
      <div className="meta-head">
        <h3>{row.title || row.report_id}</h3>
        <p className="muted">
          {report.fileName} · {row.report_id} · {t.review.rowsCount(report.rows.length, masked)}
          {deleted > 0 && ` · ${t.review.deleted(deleted)}`}
          {' · '}<span className={`state ${report.added ? (pending ? 'changed' : 'added') : 'draft'}`} data-testid="dashboard-state">
            {report.added ? (pending ? t.review.changed : t.review.onDashboard) : t.review.notAdded}
          </span>
        </p>
      </div>
      <div className="meta-fields">
        <PlaceField place={row} onChange={(place) => onChange(setPlace(report, place))} />
        <div className="year-field">
          <label htmlFor={`year-${report.id}`}>{t.review.year}</label>
          <input id={`year-${report.id}`} type="text" inputMode="numeric" maxLength={4} value={yearText} placeholder={t.unknownYear}
            aria-invalid={yearBad} onChange={(event) => setYearText(event.target.value)} onBlur={commitYear}
            onKeyDown={(event) => event.key === 'Enter' && commitYear()} />
          {yearBad && <small className="error" role="alert">{t.review.badYear}</small>}
        </div>
        <div className="meta-actions">
          <button type="button" className="primary" disabled={!pending} onClick={onAdd}>
            {report.added ? (pending ? t.review.update : t.review.onDashboard) : t.review.add}
          </button>
          <button type="button" onClick={onRemove}>{t.review.removeReport}</button>
        </div>
      </div>
      <details className="guess">
        <summary>
          {t.review.guessed(placeText(guessed), t.review.hows[guessed.city_how], guessed.year === null ? '—' : String(guessed.year), t.review.hows[guessed.year_how])}
        </summary>
        <p className="muted">{t.review.why}</p>
        <ul>{report.notes.map((note) => <li key={note}>{messageText(note, words.lang)}</li>)}</ul>
        {report.warnings.length > 0 && (
          <>
            <p className="muted">{t.review.readWarnings}</p>
            <ul>{report.warnings.map((warning) => <li key={warning}>{messageText(warning, words.lang)}</li>)}</ul>
          </>
        )}
      </details>
    </div>
  );
}
