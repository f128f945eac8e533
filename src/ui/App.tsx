// The dashboard: what is loaded, the filters, the chart and table, the report being read, and the
// review of the user's own reports.
import { lazy, Suspense, useCallback, useEffect, useMemo, useState, type ReactElement } from 'react';
import { parseCsv } from '../workers/parse-client.ts';
import { resolveView } from '../query/filters.ts';
import { summarize } from '../query/summary.ts';
import { LoadProgress } from './dataset/LoadProgress.tsx';
import { useDataset } from './dataset/use-dataset.ts';
import { Filters } from './filters/Filters.tsx';
import { Header } from './header/Header.tsx';
import { LangProvider } from './i18n/lang.tsx';
import { DICTS } from './i18n/dict.ts';
import { ReportView } from './report/ReportView.tsx';
import { MyReports } from './review/MyReports.tsx';
import { Upload } from './upload/Upload.tsx';
import { useViewState } from './url/use-view-state.ts';

// The chart (Recharts) loads beside the data rather than before the page: started here, at once.
const chartPanel = import('./charts/ChartPanel.tsx');
const ChartPanel = lazy(() => chartPanel.then((module) => ({ default: module.ChartPanel })));
// The review of the user's own reports (and the gazetteer, and the extract worker) only when opened.
const ReviewPanel = lazy(() => import('./review/ReviewPanel.tsx'));
// A place's page when one is asked for.
const PlacePage = lazy(() => import('./place/PlacePage.tsx').then((module) => ({ default: module.PlacePage })));

export function App(): ReactElement {
  const [state, setView] = useViewState();
  const data = useDataset();
  const [filtersOpen, setFiltersOpen] = useState(false);
  const [incoming, setIncoming] = useState<File[]>([]); // report files dropped on the page, for the review
  const openReview = useCallback(() => setView({ review: true }), [setView]);
  const closeReview = useCallback(() => setView({ review: false }), [setView]);
  const takeIncoming = useCallback(() => setIncoming([]), []);
  const t = DICTS[state.lang];
  const summary = useMemo(() => (data.status === 'ready' ? summarize(data.dataset, state.origin) : null), [data.status, data.dataset, state.origin]);
  // the view's indicator and period, defaults resolved against the data: once, for the filters and the chart
  const { origin, indicator, period } = state;
  const resolved = useMemo(() => (data.status === 'ready' ? resolveView(data.dataset, { origin, indicator, period }) : null),
    [data.status, data.dataset, origin, indicator, period]);
  const closeReport = useCallback(() => setView({ report: null }), [setView]);
  const { addUpload } = data;
  // CSVs given to the review are loaded on the dashboard, as the upload would
  const loadCsvFiles = useCallback(async (files: File[]) => {
    for (const file of files) addUpload(file.name, file, await parseCsv({ file }));
  }, [addUpload]);

  useEffect(() => {
    document.documentElement.lang = state.lang === 'zh' ? 'zh-CN' : 'en';
    document.title = t.title;
  }, [state.lang, t]);

  const empty = data.status === 'ready' && (summary?.figures ?? 0) === 0;
  return (
    <LangProvider lang={state.lang}>
      <div className="app">
        <Header summary={summary} uploads={data.uploads} onLang={(lang) => setView({ lang })} />
        <Upload uploads={data.uploads} dataset={data.dataset} onLoaded={data.addUpload} onRemove={data.removeUpload} onNameReport={data.nameReport}
          onReports={(files) => { setIncoming(files); openReview(); }} />
        {data.status === 'ready' && <MyReports mine={data.mine} uploads={data.uploads.length} onReview={openReview} />}
        {data.embeddedErrors > 0 && <p className="warning">{t.embeddedErrors(data.embeddedErrors)}</p>}
        {data.status === 'loading' && <LoadProgress />}
        {data.status === 'error' && <p className="empty error" role="alert">{t.empty.failed(data.error)}</p>}
        {empty && state.origin === 'all' && <p className="empty" role="status">{t.empty.noData}</p>}
        {empty && state.origin !== 'all' && (
          <p className="empty" role="status">
            {state.origin === 'mine' ? t.mine.noMine : t.empty.noData}{' '}
            <button type="button" className="link" onClick={() => setView({ origin: 'all' })}>{t.origin}：{t.origins.all}</button>
          </p>
        )}
        {resolved && !empty && (
          <div className={`layout${filtersOpen ? ' filters-open' : ''}`}>
            <aside className="side">
              <button type="button" className="filters-toggle" aria-expanded={filtersOpen} onClick={() => setFiltersOpen(!filtersOpen)}>
                {t.filters}
              </button>
              <Filters dataset={data.dataset} state={state} resolved={resolved} setView={setView} hasMine={data.mine.some((report) => report.added)} />
            </aside>
            <main className="main">
              <Suspense fallback={<p className="empty" role="status">{t.empty.loading}</p>}>
                {state.place ? <PlacePage dataset={data.dataset} state={state} setView={setView} />
                  : <ChartPanel dataset={data.dataset} state={state} resolved={resolved} setView={setView} />}
              </Suspense>
            </main>
          </div>
        )}
        {state.report && (
          <ReportView open={state.report} dataset={data.dataset} origin={state.origin} index={data.index}
            userText={data.userText(state.report.id, state.origin)} onClose={closeReport}
            onPlace={(place) => setView({ place, report: null })} />
        )}
        {state.review && data.status === 'ready' && (
          <Suspense fallback={<div className="overlay"><p className="empty" role="status">{t.empty.loading}</p></div>}>
            <ReviewPanel incoming={incoming} onIncomingTaken={takeIncoming} onClose={closeReview} onCsv={loadCsvFiles} />
          </Suspense>
        )}
      </div>
    </LangProvider>
  );
}
