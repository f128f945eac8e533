// What became of one loaded file: rows in, rows loaded, each rejected row with its reason, and the
// reports it names that no reports.csv describes — each with a place (the gazetteer's type-ahead,
// loaded when asked) and a year the user can give it.
import { lazy, Suspense, useState, type ReactElement } from 'react';
import type { ReportRow } from '../../data/schema.ts';
import { reportOf, type Dataset } from '../../query/dataset.ts';
import type { Place } from '../../extract/place.ts';
import type { Upload } from '../dataset/use-dataset.ts';
import { useWords } from '../i18n/lang.tsx';

const PlaceField = lazy(() => import('../review/PlaceField.tsx').then((module) => ({ default: module.PlaceField })));

const SHOWN_ERRORS = 100;
const SHOWN_UNNAMED = 20;

interface Props {
  upload: Upload;
  dataset: Dataset;
  onRemove: () => void;
  onNameReport: (report: ReportRow) => void;
}

const EMPTY_PLACE: Place = { city: '', county: '', province: '', admin_code: '', level: '' };

function UnnamedReport({ id, named, fileName, onName }: { id: string; named: ReportRow | undefined; fileName: string; onName: (report: ReportRow) => void }): ReactElement {
  const { t } = useWords();
  const base: ReportRow = named ?? {
    report_id: id, title: '', ...EMPTY_PLACE, year: null, period: '', source: fileName, city_how: 'unknown', year_how: 'unknown',
  };
  const [draft, setDraft] = useState<string | null>(null);
  const yearText = draft ?? (base.year === null ? '' : String(base.year));
  const yearBad = yearText.trim() !== '' && !(/^\d{4}$/.test(yearText.trim()) && Number(yearText) >= 1949 && Number(yearText) <= 2100);
  const commitYear = () => {
    if (yearBad) return;
    const year = yearText.trim() === '' ? null : Number(yearText);
    setDraft(null);
    if (year !== base.year) onName({ ...base, year, year_how: year === null ? 'unknown' : 'manifest' });
  };
  return (
    <li className="unnamed-report" data-report={id}>
      <span className="unnamed-id">{t.unnamed.report(id)}</span>
      <Suspense fallback={<span className="muted">{t.empty.loading}</span>}>
        <PlaceField place={base} onChange={(place) => onName({ ...base, ...(place ?? EMPTY_PLACE), city_how: place ? 'manifest' : 'unknown' })} />
      </Suspense>
      <div className="year-field">
        <label htmlFor={`upload-year-${fileName}-${id}`}>{t.review.year}</label>
        <input id={`upload-year-${fileName}-${id}`} type="text" inputMode="numeric" maxLength={4} value={yearText} placeholder={t.unknownYear}
          aria-invalid={yearBad} onChange={(event) => setDraft(event.target.value)} onBlur={commitYear}
          onKeyDown={(event) => event.key === 'Enter' && commitYear()} />
        {yearBad && <small className="error" role="alert">{t.review.badYear}</small>}
      </div>
    </li>
  );
}

export function UploadReport({ upload, dataset, onRemove, onNameReport }: Props): ReactElement {
  const { t } = useWords();
  const { file } = upload;
  const loaded = file.kind === 'reports' ? file.rows.length : file.figures.length;
  // the reports of this file that no reports.csv describes (or that the user named here)
  const named = new Map(upload.places.map((row) => [row.report_id, row]));
  const unnamed = file.kind === 'indicators'
    ? file.figures.reportIds.filter((id) => named.has(id) || reportOf(dataset, id, 'embedded') === undefined)
    : [];
  return (
    <div className="upload-report" data-file={upload.name}>
      <p role="status">
        <strong>{t.uploadResult(upload.name, loaded, file.rejected, file.records)}</strong>
        {' '}<button type="button" className="link" onClick={onRemove}>{t.removeUpload}</button>
      </p>
      {file.errors.length > 0 && (
        <ol className="row-errors">
          {file.errors.slice(0, SHOWN_ERRORS).map((error) => (
            <li key={error.row} data-row={error.row}>
              {t.rowError(error.row)}{t.rejects[error.code](error.column, error.value)}
            </li>
          ))}
          {file.rejected > SHOWN_ERRORS && <li>{t.moreErrors(file.rejected - SHOWN_ERRORS)}</li>}
        </ol>
      )}
      {unnamed.length > 0 && (
        <div className="unnamed">
          <p className="unnamed-title">{t.unnamed.title(unnamed.filter((id) => !named.has(id)).length)}</p>
          <ul>
            {unnamed.slice(0, SHOWN_UNNAMED).map((id) => (
              <UnnamedReport key={id} id={id} named={named.get(id)} fileName={upload.name} onName={onNameReport} />
            ))}
          </ul>
          {unnamed.length > SHOWN_UNNAMED && <p className="muted">{t.moreErrors(unnamed.length - SHOWN_UNNAMED)}</p>}
        </div>
      )}
    </div>
  );
}
