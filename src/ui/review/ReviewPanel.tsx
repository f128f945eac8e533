// Bring your own reports: files (or pasted text) are extracted in a worker by the same code as the
// CLI, each report is reviewed (text with its clauses highlighted, rows beside it, city and year),
// added to the dashboard, and exported as the CLI's indicators.csv and reports.csv.
// Loaded lazily: the first view of the dashboard does not pay for it (nor for the gazetteer).
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState, type DragEvent, type FormEvent, type ReactElement } from 'react';
import type { ExtractedFile } from '../../data/extract-file.ts';
import { routeFiles } from '../../data/file-kind.ts';
import { addToDashboard, notOnDashboard, reviewedCsv, reviewOf, type UserReport } from './review.ts';
import { removeUserReport, saveUserReports, useUserReports, userReportsQuery } from './api/user-reports-query.ts';
import { download } from '../export/download.ts';
import { useDialogFocus } from '../a11y/use-dialog-focus.ts';
import { useWords } from '../i18n/lang.tsx';
import { ConfirmDialog } from './ConfirmDialog.tsx';
import { reasonText } from '../i18n/messages.ts';
import { ReportReview } from './ReportReview.tsx';
import { EXTRACT_TIMEOUT_MS } from '../../workers/extract-client.ts';
import { useExtraction, type Refusal } from './use-extraction.ts';

interface Props {
  incoming: File[]; // files dropped on the main page, to extract at once
  onIncomingTaken: () => void;
  onClose: () => void;
  onCsv: (files: File[]) => Promise<void>; // CSVs given to the review: loaded on the dashboard instead
}

const REPORT_ACCEPT = '.txt,.docx,.html,.htm,text/plain,text/html,application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export default function ReviewPanel({ incoming, onIncomingTaken, onClose, onCsv }: Props): ReactElement {
  const words = useWords();
  const { t, lang } = words;
  const client = useQueryClient();
  const user = useUserReports();
  const reports = user.data?.reports ?? [];
  const [chosen, setChosen] = useState<string | null>(null);
  const [problem, setProblem] = useState('');
  const [removing, setRemoving] = useState<string | null>(null);
  const [paste, setPaste] = useState<{ name: string; text: string } | null>(null);
  const current = reports.find((report) => report.id === chosen) ?? reports[0];
  const closeRef = useRef<HTMLButtonElement>(null);
  const dialogRef = useRef<HTMLElement>(null);
  useDialogFocus(dialogRef, closeRef);

  const save = useCallback((changed: UserReport[]) => {
    saveUserReports(client, changed).catch((error: unknown) => setProblem(error instanceof Error ? error.message : String(error)));
  }, [client]);

  const accept = useCallback(async (name: string, result: ExtractedFile) => {
    const stored = client.getQueryData(userReportsQuery().queryKey)?.reports ?? [];
    const id = result.extraction.report.report_id;
    const owner = stored.find((report) => report.id === id);
    if (owner) return { id, file: owner.fileName };
    const review = reviewOf(name, result, Math.max(-1, ...stored.map((report) => report.seq)) + 1);
    save([review]);
    setChosen((now) => now ?? id);
    return null;
  }, [client, save]);
  const extraction = useExtraction(accept);
  const { run } = extraction;
  const [routed, setRouted] = useState<string[]>([]);
  // files go where their content says: a CSV with the contract's header is loaded on the dashboard, not
  // extracted. Only a file named as a CSV is looked into first; the others start extracting at once.
  const intake = (files: File[]) => {
    const named = files.filter((file) => /\.(csv|tsv)$/i.test(file.name));
    const others = files.filter((file) => !named.includes(file));
    if (others.length > 0) run(others);
    setRouted([]);
    if (named.length === 0) return;
    void routeFiles(named).then(async ({ csv, reports: texts }) => {
      setRouted(csv.map((file) => file.name));
      if (texts.length > 0) run(texts);
      if (csv.length > 0) await onCsv(csv);
    }).catch((error: unknown) => setProblem(error instanceof Error ? error.message : String(error)));
  };

  // files dropped on the main page: taken once (React may run an effect twice in development)
  const taken = useRef<File[] | null>(null);
  useEffect(() => {
    if (incoming.length === 0 || taken.current === incoming) return;
    taken.current = incoming;
    run(incoming);
    onIncomingTaken();
  }, [incoming, run, onIncomingTaken]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const field = event.target instanceof HTMLElement && event.target.closest('input, textarea, select');
      if (event.key === 'Escape' && !field && removing === null) onClose();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onClose, removing]);

  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    intake(Array.from(event.dataTransfer.files));
  };
  const submitPaste = (event: FormEvent) => {
    event.preventDefault();
    if (!paste || paste.text.trim() === '') return;
    const stem = paste.name.trim().replace(/[\\/:*?"<>|]+/g, '-') || `${t.review.paste}-${reports.length + 1}`;
    extraction.run([new File([paste.text], `${stem}.txt`, { type: 'text/plain' })]);
    setPaste(null);
  };
  const exportCsv = (which: 'indicators' | 'reports') => {
    const csv = reviewedCsv(reports);
    download(new Blob([csv[which]], { type: 'text/csv;charset=utf-8' }), `${which}.csv`);
  };
  const refusalText = (refusal: Refusal) =>
    refusal.why === 'taken' && refusal.taken ? t.review.taken(refusal.taken.id, refusal.taken.file)
      : refusal.why === 'timeout' ? t.review.timeout(EXTRACT_TIMEOUT_MS / 1000)
      : refusal.why === 'cancelled' ? t.review.cancelled
      : reasonText(refusal.reason, refusal.name, lang);
  const { progress } = extraction;
  const pending = reports.filter(notOnDashboard);

  return (
    <div className="overlay review-overlay">
      <section className="review" role="dialog" aria-modal="true" aria-labelledby="review-title" ref={dialogRef}
        onDragOver={(event) => event.preventDefault()} onDrop={onDrop}>
        <div className="review-top">
          <h2 id="review-title">{t.review.title}</h2>
          {reports.length > 0 && (
            <div className="review-exports">
              <button type="button" onClick={() => save(pending.map(addToDashboard))} disabled={pending.length === 0}>
                {t.review.addAll}
              </button>
              <button type="button" data-export="indicators" onClick={() => exportCsv('indicators')}>{t.review.exportIndicators}</button>
              <button type="button" data-export="reports" onClick={() => exportCsv('reports')}>{t.review.exportReports}</button>
            </div>
          )}
          <button type="button" ref={closeRef} className="close" onClick={onClose}>{t.review.close}</button>
        </div>
        <div className="review-intake">
          <div className="dropzone">
            <label className="button">
              {t.review.choose}
              <input type="file" name="reports" multiple accept={REPORT_ACCEPT} className="visually-hidden"
                onChange={(event) => { intake(Array.from(event.target.files ?? [])); event.target.value = ''; }} />
            </label>
            <span className="muted drop-hint">{t.review.dropHint}</span>
            <button type="button" aria-expanded={paste !== null} onClick={() => setPaste(paste ? null : { name: '', text: '' })}>{t.review.paste}</button>
          </div>
          {paste && (
            <form className="paste" onSubmit={submitPaste}>
              <label>
                <span>{t.review.pasteName}</span>
                <input type="text" name="paste-name" value={paste.name} onChange={(event) => setPaste({ ...paste, name: event.target.value })} />
              </label>
              <textarea name="paste-text" rows={6} value={paste.text} placeholder={t.review.pastePlaceholder} aria-label={t.review.paste}
                onChange={(event) => setPaste({ ...paste, text: event.target.value })} />
              <button type="submit" className="primary" disabled={paste.text.trim() === ''}>{t.review.pasteExtract}</button>
            </form>
          )}
          {progress && (
            <div className="extract-progress" role="status" data-testid="extract-progress">
              <progress value={progress.done} max={progress.total} />
              <span>{extraction.busy ? t.review.progress(progress.done, progress.total, progress.current) : t.review.finished(progress.total, progress.refused)}</span>
              {extraction.busy && <button type="button" onClick={extraction.cancel}>{t.review.cancel}</button>}
            </div>
          )}
          {extraction.refusals.length > 0 && (
            <ul className="refusals" role="alert">
              {extraction.refusals.map((refusal) => (
                <li key={refusal.name} data-file={refusal.name}>{t.review.refused(refusal.name, refusalText(refusal))}</li>
              ))}
            </ul>
          )}
          {user.data && !user.data.persistent && <p className="warning">{t.review.notPersistent}</p>}
          {routed.length > 0 && <p className="muted routed" role="status">{t.routedToUpload(routed.join('、'))}</p>}
          {problem && <p className="error" role="alert">{problem}</p>}
        </div>
        {!current ? <p className="empty">{t.review.none}</p> : (
          <div className="review-main">
            <nav className="review-list" aria-label={t.review.reportList}>
              <ul>
                {reports.map((report) => (
                  <li key={report.id}>
                    <button type="button" aria-pressed={report.id === current.id} data-report={report.id} onClick={() => setChosen(report.id)}>
                      <span className="list-name">{report.fileName}</span>
                      <small>{t.review.rowsCount(report.rows.length, 0)} · {report.added ? t.review.onDashboard : t.review.notAdded}</small>
                    </button>
                  </li>
                ))}
              </ul>
            </nav>
            <ReportReview key={current.id} report={current} onChange={(changed) => save([changed])} onRemove={() => setRemoving(current.id)} />
          </div>
        )}
        {removing !== null && (
          <ConfirmDialog message={t.review.confirmRemove(removing)} onCancel={() => setRemoving(null)}
            onConfirm={() => {
              const id = removing;
              setRemoving(null);
              setChosen(null);
              removeUserReport(client, id).catch((error: unknown) => setProblem(error instanceof Error ? error.message : String(error)));
            }} />
        )}
      </section>
    </div>
  );
}
