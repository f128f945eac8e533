// The chosen indicator as a chart (by city, by year, or its breakdown), what the chart chose to
// say about the data, the export, and the table of the same rows.
import { useMemo, useRef, useState, type ReactElement } from 'react';
import { indicatorById } from '../../extract/catalog.ts';
import type { Dataset } from '../../query/dataset.ts';
import { selectRows, type Resolved } from '../../query/filters.ts';
import { buildSeries, MAX_BARS, MAX_GROUPS, MAX_LINES, type Entry } from '../../query/series.ts';
import { viewReports } from '../../query/tidy.ts';
import { VIEWS, type ViewState } from '../../query/view-state.ts';
import { ExportMenu } from '../export/ExportMenu.tsx';
import { useWords } from '../i18n/lang.tsx';
import { FigureTable } from '../table/FigureTable.tsx';
import type { SetView } from '../url/use-view-state.ts';
import { BarView } from './BarView.tsx';
import { Legend } from './Legend.tsx';
import { LineView } from './LineView.tsx';
import { Notes } from './Notes.tsx';
import { useCompact } from './use-compact.ts';
import { CoverageView } from './CoverageView.tsx';
import { chartModel } from './chart-model.ts';

interface Props {
  dataset: Dataset;
  state: ViewState;
  resolved: Resolved; // the view's indicator and period (App resolves them once)
  setView: SetView;
}

export function ChartPanel({ dataset, state, resolved, setView }: Props): ReactElement {
  // the day the view is looked at, for the source line under the chart and its exports
  const [today] = useState(() => new Date().toISOString().slice(0, 10));
  const words = useWords();
  const { t } = words;
  const compact = useCompact();
  const chartRef = useRef<HTMLDivElement>(null);
  const selection = useMemo(() => selectRows(dataset, state, resolved), [dataset, state, resolved]);
  const series = useMemo(() => buildSeries({ dataset, selection, view: state.view, showMasked: state.masked }), [dataset, selection, state.view, state.masked]);
  const model = useMemo(() => chartModel(series, words, resolved.period === 'all'), [series, words, resolved.period]);
  const indicator = indicatorById(resolved.indicator);
  const title = t.chartTitle(words.indicatorName(resolved.indicator), words.unitName(indicator?.unit ?? '', resolved.indicator));
  const shown = state.view === 'city' || state.view === 'coverage' ? MAX_BARS : state.view === 'year' ? MAX_LINES : MAX_GROUPS;
  const subtitle = [
    state.cities.length ? state.cities.map(words.placeName).join('、') : t.allCities,
    state.from !== null || state.to !== null ? `${state.from ?? '…'}–${state.to ?? '…'}` : series.years ? t.years(...series.years) : '',
    resolved.period === 'all' ? t.allPeriods : t.periods[resolved.period],
    state.statuses.length ? state.statuses.map((status) => t.statuses[status]).join('/') : '',
    state.level !== 'all' ? t.levels[state.level] : '',
    state.official ? t.officialOnly : '',
    t.views[state.view],
    // the chart says itself when it draws only some of what the table lists
    series.hidden > 0 ? t.drawnOf(state.view, shown, shown + series.hidden) : '',
  ].filter(Boolean).join(' · ');
  const source = t.sourceLine(viewReports(selection, state.masked), today);
  const open = (entry: Entry) => setView({ report: { id: entry.figure.report_id, quote: entry.figure.quote, start: entry.figure.start, end: entry.figure.end } });
  const tabs = (
    <div className="views" role="tablist">
      {VIEWS.map((view) => (
        <button key={view} type="button" role="tab" aria-selected={state.view === view} data-view={view}
          onClick={() => setView({ view })}>{t.views[view]}</button>
      ))}
    </div>
  );
  if (state.view === 'coverage') {
    return (
      <section className="panel" aria-label={t.coverage.title}>
        {tabs}
        <div className="chart-box"><CoverageView dataset={dataset} state={state} setView={setView} /></div>
      </section>
    );
  }
  return (
    <section className="panel" aria-label={title} aria-describedby="chart-table-note">
      {tabs}
      <div className="chart-box" ref={chartRef}>
        <h2 className="chart-title" id="chart-title">{title}</h2>
        <p className="visually-hidden" id="chart-table-note">{t.chartTableNote}</p>
        <p className="chart-subtitle">{subtitle}</p>
        {series.entries.length === 0 ? (
          <p className="empty" role="status">{t.empty.noFigures}</p>
        ) : state.view === 'year' ? (
          <LineView lines={model.lines} onOpen={open} compact={compact} />
        ) : (
          <BarView data={model.bars} colorOf={model.colorOf} onOpen={open} compact={compact} />
        )}
        <Legend items={model.legend} />
        <p className="source">{source}</p>
      </div>
      <Notes series={series} />
      {state.cities.length > 0 && (
        <p className="place-links">
          {state.cities.map((city) => (
            <button key={city} type="button" className="link" onClick={() => setView({ place: city })}>{t.placePage.open(words.placeName(city))}</button>
          ))}
        </p>
      )}
      {series.entries.length > 0 && (
        <ExportMenu dataset={dataset} series={series} selection={selection} showMasked={state.masked} date={today} chart={chartRef} indicatorName={words.indicatorName(resolved.indicator)} title={title} subtitle={subtitle} legend={model.legend} source={source}
          places={state.cities} years={state.from !== null || state.to !== null ? [state.from, state.to] : series.years ?? []}
          filters={{ ...state, indicator: resolved.indicator, period: resolved.period, report: undefined, lang: undefined, review: undefined }} />
      )}
      {series.entries.length > 0 && <FigureTable series={series} onOpen={open} onPlace={(place) => setView({ place })} />}
    </section>
  );
}
