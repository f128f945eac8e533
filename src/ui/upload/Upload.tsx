// The user's own files, whichever control or drop zone receives them: the file picker and the drop
// zone take indicators.csv, reports.csv and report files alike, and each file goes where its content
// says (data/file-kind.ts) — a CSV is parsed in the worker and merged into the dataset (its rejected
// rows listed by row number), a report goes to the review to be extracted — and the page says so.
import { useState, type DragEvent, type ReactElement } from 'react';
import type { LoadedFile } from '../../data/load-csv.ts';
import type { ReportRow } from '../../data/schema.ts';
import { routeFiles } from '../../data/file-kind.ts';
import type { Dataset } from '../../query/dataset.ts';
import { parseCsv } from '../../workers/parse-client.ts';
import type { Upload as Loaded } from '../dataset/use-dataset.ts';
import { useWords } from '../i18n/lang.tsx';
import { messageText } from '../i18n/messages.ts';
import { UploadReport } from './UploadReport.tsx';

interface Props {
  uploads: Loaded[];
  dataset: Dataset;
  onLoaded: (name: string, bytes: Blob, file: LoadedFile) => void;
  onRemove: (name: string) => void;
  onNameReport: (upload: string, report: ReportRow) => void;
  onReports: (files: File[]) => void; // reports to extract
}

export function Upload({ uploads, dataset, onLoaded, onRemove, onNameReport, onReports }: Props): ReactElement {
  const { t, lang } = useWords();
  const [busy, setBusy] = useState<string[]>([]);
  const [rows, setRows] = useState<Record<string, number>>({}); // read so far, of the files being read
  const [failures, setFailures] = useState<{ name: string; message: string }[]>([]);
  const [routed, setRouted] = useState<string[]>([]); // report files sent to the review, said once
  const [over, setOver] = useState(false);

  const load = async (files: File[]) => {
    for (const file of files) {
      setBusy((names) => [...names, file.name]);
      try {
        onLoaded(file.name, file, await parseCsv({ file }, (progress) => setRows((rows) => ({ ...rows, [file.name]: progress.records }))));
        setFailures((list) => list.filter((failure) => failure.name !== file.name));
      } catch (error) {
        setFailures((list) => [...list, { name: file.name, message: error instanceof Error ? error.message : String(error) }]);
      } finally {
        setBusy((names) => names.filter((name) => name !== file.name));
      }
    }
  };
  const take = async (files: File[]) => {
    const { csv, reports } = await routeFiles(files);
    setRouted(reports.map((file) => file.name));
    if (reports.length > 0) onReports(reports);
    await load(csv);
  };
  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setOver(false);
    void take(Array.from(event.dataTransfer.files));
  };
  return (
    <section className="upload" aria-label={t.upload}>
      <div className={`dropzone${over ? ' over' : ''}`} data-testid="dropzone"
        onDragOver={(event) => { event.preventDefault(); setOver(true); }} onDragLeave={() => setOver(false)} onDrop={onDrop}>
        <label className="button">
          {t.upload}
          <input type="file" multiple className="visually-hidden"
            onChange={(event) => { void take(Array.from(event.target.files ?? [])); event.target.value = ''; }} />
        </label>
        <span className="muted">{over ? t.dropHere : t.uploadHint}</span>
      </div>
      {routed.length > 0 && <p className="muted routed" role="status">{t.routedToReview(routed.join('、'))}</p>}
      {busy.map((name) => <p key={name} className="muted" role="status">{t.uploading(name, rows[name] ?? 0)}</p>)}
      {failures.map(({ name, message }) => <p key={name} className="error" role="alert">{t.uploadFailed(name, messageText(message, lang, name))}</p>)}
      {uploads.map((upload) => (
        <UploadReport key={upload.name} upload={upload} dataset={dataset} onRemove={() => onRemove(upload.name)}
          onNameReport={(report) => onNameReport(upload.name, report)} />
      ))}
    </section>
  );
}
