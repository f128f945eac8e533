// The filters of the view; each change is a new URL (url/use-view-state.ts).
import type { ReactElement } from 'react';
import { PERIODS, STATUSES, type Status } from '../../data/schema.ts';
import type { Dataset } from '../../query/dataset.ts';
import type { Resolved } from '../../query/filters.ts';
import { placesByProvince, reportYears } from '../../query/summary.ts';
import { LEVEL_CHOICES, ORIGINS, type ViewState } from '../../query/view-state.ts';
import { useWords } from '../i18n/lang.tsx';
import type { SetView } from '../url/use-view-state.ts';
import { CityPicker } from './CityPicker.tsx';
import { IndicatorSelect } from './IndicatorSelect.tsx';

export function Filters({ dataset, state, resolved, setView, hasMine }: {
  dataset: Dataset; state: ViewState; resolved: Resolved; setView: SetView; hasMine: boolean;
}): ReactElement {
  const { t } = useWords();
  const { indicator, period } = resolved;
  const years = [...new Set([...reportYears(dataset, state.origin), ...dataset.years])].sort((a, b) => a - b);
  const statusChosen = (status: Status) => state.statuses.length === 0 || state.statuses.includes(status);
  const toggleStatus = (status: Status) => {
    const next = STATUSES.filter((s) => (s === status ? !statusChosen(s) : statusChosen(s)));
    if (next.length === 0) return; // the last status stays: none at all would show nothing
    setView({ statuses: next.length === STATUSES.length ? [] : next });
  };
  const setYear = (which: 'from' | 'to', text: string) => {
    const value = text === '' ? null : Number(text);
    const next = { from: state.from, to: state.to, [which]: value };
    if (next.from !== null && next.to !== null && next.from > next.to) [next.from, next.to] = [next.to, next.from];
    setView(next);
  };
  return (
    <form className="filters" aria-label={t.filters} onSubmit={(event) => event.preventDefault()}>
      {(hasMine || state.origin !== 'all') && (
        <fieldset className="field origins">
          <legend>{t.origin}</legend>
          <div className="segmented" role="group" aria-label={t.origin}>
            {ORIGINS.map((origin) => (
              <button key={origin} type="button" data-origin={origin} aria-pressed={state.origin === origin}
                onClick={() => setView({ origin })}>{t.origins[origin]}</button>
            ))}
          </div>
        </fieldset>
      )}
      <fieldset className="field levels">
        <legend>{t.level}</legend>
        <div className="segmented" role="group" aria-label={t.level}>
          {LEVEL_CHOICES.map((level) => (
            <button key={level} type="button" data-level={level} aria-pressed={state.level === level}
              onClick={() => setView({ level })}>{t.levels[level]}</button>
          ))}
        </div>
      </fieldset>
      <IndicatorSelect dataset={dataset} origin={state.origin} value={indicator} onChange={(id) => setView({ indicator: id, period: null })} />
      <CityPicker provinces={placesByProvince(dataset, state.origin, indicator)} chosen={state.cities} onChange={(cities) => setView({ cities })} />
      <fieldset className="field years">
        <legend>{t.yearRange}</legend>
        {(['from', 'to'] as const).map((which) => (
          <label key={which}>
            <span>{which === 'from' ? t.yearFrom : t.yearTo}</span>
            <select name={`year-${which}`} value={state[which] ?? ''} onChange={(event) => setYear(which, event.target.value)}>
              <option value="">{t.anyYear}</option>
              {years.map((year) => <option key={year} value={year}>{year}</option>)}
            </select>
          </label>
        ))}
        {(state.from !== null || state.to !== null) && <small className="muted">{t.undatedNote}</small>}
      </fieldset>
      <label className="field">
        <span>{t.period}</span>
        <select name="period" value={period} onChange={(event) => setView({ period: event.target.value as ViewState['period'] })}>
          <option value="all">{t.allPeriods}</option>
          {PERIODS.map((p) => <option key={p} value={p}>{`${t.periods[p]} (${p})`}</option>)}
        </select>
      </label>
      <fieldset className="field statuses">
        <legend>{t.status}</legend>
        {STATUSES.map((status) => (
          <label key={status} className="check">
            <input type="checkbox" name="status" value={status} checked={statusChosen(status)} onChange={() => toggleStatus(status)} />
            {t.statuses[status]}
          </label>
        ))}
      </fieldset>
      <label className="check switch">
        <input type="checkbox" name="masked" role="switch" checked={state.masked} onChange={(event) => setView({ masked: event.target.checked })} />
        {t.showMasked}
      </label>
      <label className="check switch">
        <input type="checkbox" name="doubtful" role="switch" checked={state.doubtful} onChange={(event) => setView({ doubtful: event.target.checked })} />
        {t.showDoubtful}
      </label>
      <label className="check switch">
        <input type="checkbox" name="official" role="switch" checked={state.official} onChange={(event) => setView({ official: event.target.checked })} />
        {t.officialOnly}
      </label>
    </form>
  );
}
