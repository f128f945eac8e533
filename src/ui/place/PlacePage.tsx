// One place: every indicator it states, as a table of indicator × year. Each cell shows the figure a
// chart would show for that year (a total before a part), marks doubtful ones, and opens the report at
// its quote; the quote is the cell's title. Reached from any place name; `place=` in the URL.
import { Fragment, useMemo, type ReactElement } from 'react';
import { indicatorById } from '../../extract/catalog.ts';
import { reportOf, type Dataset } from '../../query/dataset.ts';
import { placePage, type PlaceFigure } from '../../query/place.ts';
import type { ViewState } from '../../query/view-state.ts';
import { useWords } from '../i18n/lang.tsx';
import { doubtText } from '../table/cells.ts';
import type { SetView } from '../url/use-view-state.ts';

const NUMBER = new Intl.NumberFormat();

export function PlacePage({ dataset, state, setView }: { dataset: Dataset; state: ViewState; setView: SetView }): ReactElement {
  const words = useWords();
  const { t } = words;
  const place = state.place ?? '';
  const page = useMemo(() => placePage(dataset, place, state.origin), [dataset, place, state.origin]);
  const first = page.indicators[0]?.cells.values().next().value?.[0] ?? page.indicators[0]?.undated[0];
  const report = first ? reportOf(dataset, first.figure.report_id, state.origin) : undefined;
  const undated = page.indicators.some((row) => row.undated.length > 0);
  const cell = (figures: PlaceFigure[] | undefined) => {
    if (!figures?.length) return <td />;
    const [shown, ...rest] = figures;
    const { figure, doubt } = shown!;
    const value = figure.masked || figure.value === null ? t.masked : NUMBER.format(figure.value);
    const why = doubt ? `${t.doubtful}：${doubtText(doubt, words)}` : '';
    return (
      <td className={doubt ? 'doubtful' : undefined} data-doubt={doubt ? 'yes' : undefined}>
        <button type="button" className="place-cell" title={[figure.quote, why].filter(Boolean).join('\n')}
          onClick={() => setView({ report: { id: figure.report_id, quote: figure.quote, start: figure.start, end: figure.end } })}>
          {doubt ? '⚠ ' : ''}{value}
          <small> {t.periods[figure.period]}{figure.scope ? ` · ${figure.scope}` : ''}{figure.status !== 'actual' ? ` · ${t.statuses[figure.status]}` : ''}</small>
        </button>
        {rest.length > 0 && <small className="muted" title={rest.map((f) => `${f.figure.masked ? t.masked : f.figure.value} ${t.periods[f.figure.period]} ${f.figure.scope}`).join('\n')}> {t.placePage.more(rest.length)}</small>}
      </td>
    );
  };
  return (
    <section className="panel place-page" aria-label={t.placePage.title(words.placeName(place))}>
      <div className="place-head">
        <button type="button" className="link" onClick={() => setView({ place: null })}>← {t.placePage.back}</button>
        <h2 className="chart-title">{t.placePage.title(words.placeName(place))}</h2>
        {report && <p className="muted">{t.placePage.level(t.levelTag[report.level], words.provinceName(report.province))}</p>}
      </div>
      {!page.known ? <p className="empty" role="status">{t.placePage.unknown}</p> : (
        <div className="table-wrap">
          <table className="figures place-table" aria-label={t.placePage.title(words.placeName(place))}>
            <thead>
              <tr>
                <th scope="col">{t.placePage.indicator}</th>
                {page.years.map((year) => <th key={year} scope="col">{year}</th>)}
                {undated && <th scope="col">{t.placePage.undated}</th>}
              </tr>
            </thead>
            <tbody>
              {page.indicators.map((row) => (
                <tr key={row.indicator} data-indicator={row.indicator}>
                  <th scope="row">
                    <button type="button" className="link" onClick={() => setView({ place: null, indicator: row.indicator, cities: [place], view: 'year', period: null })}>
                      {words.indicatorName(row.indicator)}
                    </button>
                    <small className="muted">{t.chartTitle('', words.unitName(indicatorById(row.indicator)?.unit ?? '', row.indicator)).trim()}</small>
                  </th>
                  {page.years.map((year) => <Fragment key={year}>{cell(row.cells.get(year))}</Fragment>)}
                  {undated && cell(row.undated)}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
