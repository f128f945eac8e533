// What became of one loaded file: rows in, rows loaded, and each rejected row with its reason.
import type { ReactElement } from 'react';
import type { Upload } from '../data/use-dataset.ts';
import { useWords } from '../i18n/lang.tsx';

const SHOWN_ERRORS = 100;

export function UploadReport({ upload, onRemove }: { upload: Upload; onRemove: () => void }): ReactElement {
  const { t } = useWords();
  const { file } = upload;
  const loaded = file.kind === 'reports' ? file.rows.length : file.figures.length;
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
    </div>
  );
}
