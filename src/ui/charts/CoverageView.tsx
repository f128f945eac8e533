// Where the data is: a grid of indicator × year, each cell the number of places that state the
// indicator that year (darker: more). A cell opens that indicator's year view.
import { useMemo, type ReactElement } from 'react';
import { CATALOG } from '../../extract/catalog.ts';
import type { Dataset } from '../../query/dataset.ts';
import { coverage } from '../../query/coverage.ts';
import type { ViewState } from '../../query/view-state.ts';
import { useWords } from '../i18n/lang.tsx';
import type { SetView } from '../url/use-view-state.ts';

export function CoverageView({ dataset, state, setView }: { dataset: Dataset; state: ViewState; setView: SetView }): ReactElement {
  const words = useWords();
  const { t } = words;
  const { origin, level, official, doubtful } = state;
  const grid = useMemo(() => coverage(dataset, { origin, level, official, doubtful }), [dataset, origin, level, official, doubtful]);
  const most = Math.max(1, ...grid.places);
  const n = grid.years.length;
  return (
    <div className="coverage-wrap">
      <h2 className="chart-title">{t.coverage.title}</h2>
      <div className="coverage-scroll">
        <table className="coverage" aria-label={t.coverage.title}>
          <thead>
            <tr>
              <th scope="col">{t.coverage.indicator}</th>
              <th scope="col">{t.coverage.threeYears}</th>
              {grid.years.map((year) => <th key={year} scope="col">{String(year).slice(2)}</th>)}
            </tr>
          </thead>
          <tbody>
            {CATALOG.map(({ id }, i) => (
              <tr key={id} data-indicator={id}>
                <th scope="row">{words.indicatorName(id)}</th>
                <td className="coverage-three">{grid.placesWithYears[i]}</td>
                {grid.years.map((year, k) => {
                  const places = grid.places[i * n + k]!;
                  const label = t.coverage.cell(places, words.indicatorName(id), year);
                  return (
                    <td key={year} title={label} data-places={places}
                      style={places ? { background: `rgba(37, 99, 235, ${0.15 + (0.85 * places) / most})`, color: places / most > 0.5 ? '#fff' : '#0f172a' } : undefined}>
                      {places ? (
                        <button type="button" className="coverage-cell" aria-label={label}
                          onClick={() => setView({ indicator: id, view: 'year', period: null })}>{places}</button>
                      ) : ''}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
