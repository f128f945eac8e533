// A report's text with the quoted clause highlighted and scrolled into view: the embedded text file,
// or the text of a report the user extracted in the browser.
import { useEffect, useMemo, useRef, type ReactElement } from 'react';
import { placeLabel } from '../../query/report-index.ts';
import { reportOf, type Dataset } from '../../query/dataset.ts';
import type { DataIndex } from '../dataset/api/data-source.ts';
import { locateQuote } from './quote.ts';
import { useReportText } from './api/report-text-query.ts';
import type { OpenReport, OriginChoice } from '../../query/view-state.ts';
import { sourceKind, sourceUrl } from '../../query/sources.ts';
import { useDialogFocus } from '../a11y/use-dialog-focus.ts';
import { useWords } from '../i18n/lang.tsx';
import { SourceLink } from './SourceLink.tsx';

interface Props {
  open: OpenReport;
  dataset: Dataset;
  origin: OriginChoice;
  index: DataIndex | undefined;
  userText?: string; // the cleaned text of a report of the user's own (src/data/user-store.ts)
  onClose: () => void;
  onPlace: (place: string) => void;
}

export function ReportView({ open, dataset, origin, index, userText, onClose, onPlace }: Props): ReactElement {
  const words = useWords();
  const { t } = words;
  const present = userText !== undefined || (index?.texts.includes(open.id) ?? false);
  const fetched = useReportText(open.id, present && userText === undefined);
  const own = useMemo(() => (userText === undefined ? undefined : { text: userText }), [userText]);
  const text = own ? { data: own, isError: false as const, error: null } : fetched;
  const report = useMemo(() => reportOf(dataset, open.id, origin), [dataset, open.id, origin]);
  const markRef = useRef<HTMLElement>(null);
  const closeRef = useRef<HTMLButtonElement>(null);
  const periodName = (period: string) => (period in t.periods ? t.periods[period as keyof typeof t.periods] : period || '—');
  const span = text.data ? locateQuote(text.data.text, open.quote, open.start, open.end) : null;

  // block bodies: newer browsers return a promise from scrollIntoView, which an effect must not return
  const dialogRef = useRef<HTMLElement>(null);
  useDialogFocus(dialogRef, closeRef);
  useEffect(() => {
    void markRef.current?.scrollIntoView({ block: 'center' });
  }, [span?.start, text.data]);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => event.key === 'Escape' && onClose();
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onClose]);

  const place = placeLabel(report, open.id);
  const quoteOnly = (
    <div className="quote-only">
      <p className="muted">{t.quoteOnly}</p>
      <blockquote className="report-quote"><mark>{open.quote}</mark></blockquote>
      {open.start >= 0 && <p className="muted quote-at">{t.quoteAt(open.start, open.end)}</p>}
      {sourceUrl(report?.source ?? '') && (
        <p><a href={sourceUrl(report!.source)!.href} target="_blank" rel="noopener noreferrer">{t.openSource}: {report!.source}</a></p>
      )}
    </div>
  );
  const body = !present ? (open.quote ? quoteOnly : <p className="muted">{t.noText}</p>)
    : text.isError ? <p className="error">{text.error.message}</p>
    : !text.data ? <p className="muted">{t.textLoading}</p>
    : (
      <>
        {!span && <p className="error" role="alert">{t.quoteNotFound} “{open.quote}”</p>}
        <pre className="report-text" tabIndex={0} role="region" aria-label={t.report}>
          {span ? text.data.text.slice(0, span.start) : text.data.text}
          {span && <mark ref={markRef}>{text.data.text.slice(span.start, span.end)}</mark>}
          {span && text.data.text.slice(span.end)}
        </pre>
      </>
    );
  return (
    <div className="overlay" onClick={(event) => event.target === event.currentTarget && onClose()}>
      <section className="report" role="dialog" aria-modal="true" aria-labelledby="report-title" ref={dialogRef}>
        <div className="report-head">
          <div>
            <h2 id="report-title">{report?.title || open.id}</h2>
            <p className="muted">
              <button type="button" className="link place-link" onClick={() => onPlace(place)}>{words.placeName(place)}</button>
              {report?.level ? `（${t.levelTag[report.level]}）` : ''}
              {' · '}{words.yearText(report?.year ?? null)} · {periodName(report?.period ?? '')}
              {' · '}{open.id}
              {' · '}{t.source}: <SourceLink source={report?.source ?? ''} kind={sourceKind(report?.source ?? '')} />
            </p>
          </div>
          <button type="button" ref={closeRef} className="close" onClick={onClose} aria-label={t.close}>{t.close}</button>
        </div>
        {body}
      </section>
    </div>
  );
}
