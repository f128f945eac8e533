// A report's text with the quoted clause highlighted and scrolled into view: the embedded text file,
// or the text of a report the user extracted in the browser.
import { useEffect, useMemo, useRef, type ReactElement } from 'react';
import { placeOf, reportOf, type Dataset } from '../../query/dataset.ts';
import type { DataIndex } from '../../query/data-source.ts';
import { locateQuote } from '../../query/quote.ts';
import { useReportText } from '../../query/report-text-query.ts';
import type { OpenReport, OriginChoice } from '../../query/view-state.ts';
import { useWords } from '../i18n/lang.tsx';

interface Props {
  open: OpenReport;
  dataset: Dataset;
  origin: OriginChoice;
  index: DataIndex | undefined;
  userText?: string; // the cleaned text of a report of the user's own (src/data/user-store.ts)
  onClose: () => void;
}

export function ReportView({ open, dataset, origin, index, userText, onClose }: Props): ReactElement {
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
  useEffect(() => {
    closeRef.current?.focus();
  }, []);
  useEffect(() => {
    void markRef.current?.scrollIntoView({ block: 'center' });
  }, [span?.start, text.data]);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => event.key === 'Escape' && onClose();
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onClose]);

  const body = !present ? <p className="muted">{t.noText}</p>
    : text.isError ? <p className="error">{text.error.message}</p>
    : !text.data ? <p className="muted">{t.textLoading}</p>
    : (
      <>
        {!span && <p className="error" role="alert">{t.quoteNotFound} “{open.quote}”</p>}
        <pre className="report-text">
          {span ? text.data.text.slice(0, span.start) : text.data.text}
          {span && <mark ref={markRef}>{text.data.text.slice(span.start, span.end)}</mark>}
          {span && text.data.text.slice(span.end)}
        </pre>
      </>
    );
  return (
    <div className="overlay" onClick={(event) => event.target === event.currentTarget && onClose()}>
      <section className="report" role="dialog" aria-modal="true" aria-labelledby="report-title">
        <header>
          <div>
            <h2 id="report-title">{report?.title || open.id}</h2>
            <p className="muted">
              {t.reportMeta(words.placeName(placeOf(report, open.id)),
                words.yearText(report?.year ?? null), periodName(report?.period ?? ''))}
              {' · '}{open.id}
              {report?.source && <> · {t.source}: {report.source}</>}
            </p>
          </div>
          <button type="button" ref={closeRef} className="close" onClick={onClose} aria-label={t.close}>{t.close}</button>
        </header>
        {body}
      </section>
    </div>
  );
}
