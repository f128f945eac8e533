// The user's own indicators.csv (or reports.csv): a file picker and a drop zone. Each file is
// parsed in the worker, merged into the dataset, and its rejected rows listed by row number.
// Any other file dropped here (a report: .txt, .docx, .html …) goes to the review to be extracted.
import { useState, type DragEvent, type ReactElement } from 'react';
import { parseCsv } from '../../query/parse-client.ts';
import type { Upload as Loaded } from '../data/use-dataset.ts';
import { useWords } from '../i18n/lang.tsx';
import { UploadReport } from './UploadReport.tsx';

interface Props {
  uploads: Loaded[];
  onLoaded: (upload: Loaded) => void;
  onRemove: (name: string) => void;
  onReports: (files: File[]) => void; // files that are not CSV: reports to extract
}

const isCsv = (file: File) => /\.csv$/i.test(file.name);

export function Upload({ uploads, onLoaded, onRemove, onReports }: Props): ReactElement {
  const { t } = useWords();
  const [busy, setBusy] = useState<string[]>([]);
  const [rows, setRows] = useState<Record<string, number>>({}); // read so far, of the files being read
  const [failures, setFailures] = useState<{ name: string; message: string }[]>([]);
  const [over, setOver] = useState(false);

  const load = async (files: File[]) => {
    for (const file of files) {
      setBusy((names) => [...names, file.name]);
      try {
        onLoaded({ name: file.name, file: await parseCsv({ file }, (progress) => setRows((rows) => ({ ...rows, [file.name]: progress.records }))) });
        setFailures((list) => list.filter((failure) => failure.name !== file.name));
      } catch (error) {
        setFailures((list) => [...list, { name: file.name, message: error instanceof Error ? error.message : String(error) }]);
      } finally {
        setBusy((names) => names.filter((name) => name !== file.name));
      }
    }
  };
  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setOver(false);
    const files = Array.from(event.dataTransfer.files);
    const reports = files.filter((file) => !isCsv(file));
    if (reports.length > 0) onReports(reports);
    void load(files.filter(isCsv));
  };
  return (
    <section className="upload">
      <div className={`dropzone${over ? ' over' : ''}`} data-testid="dropzone"
        onDragOver={(event) => { event.preventDefault(); setOver(true); }} onDragLeave={() => setOver(false)} onDrop={onDrop}>
        <label className="button">
          {t.upload}
          <input type="file" accept=".csv,text/csv" multiple className="visually-hidden"
            onChange={(event) => { void load(Array.from(event.target.files ?? [])); event.target.value = ''; }} />
        </label>
        <span className="muted">{over ? t.dropHere : t.uploadHint}</span>
      </div>
      {busy.map((name) => <p key={name} className="muted" role="status">{t.uploading(name, rows[name] ?? 0)}</p>)}
      {failures.map(({ name, message }) => <p key={name} className="error" role="alert">{t.uploadFailed(name, message)}</p>)}
      {uploads.map((upload) => <UploadReport key={upload.name} upload={upload} onRemove={() => onRemove(upload.name)} />)}
    </section>
  );
}
