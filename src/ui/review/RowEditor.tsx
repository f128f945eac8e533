// The fields of one row a user sets: indicator, value (empty: masked), period, status, scope.
import { useId, useState, type FormEvent, type ReactElement } from 'react';
import { CATALOG, CATEGORY_NAMES, type Category } from '../../extract/catalog.ts';
import { parseDecimal, PERIODS, STATUSES, type Period, type Status } from '../../data/schema.ts';
import type { RowFields } from './review.ts';
import { useWords } from '../i18n/lang.tsx';

const CATEGORIES = Object.keys(CATEGORY_NAMES) as Category[];

interface Props {
  initial: RowFields;
  onSave: (fields: RowFields) => void;
  onCancel: () => void;
}

export function RowEditor({ initial, onSave, onCancel }: Props): ReactElement {
  const words = useWords();
  const { t } = words;
  const id = useId();
  const [indicator, setIndicator] = useState(initial.indicator);
  const [value, setValue] = useState(initial.value === null ? '' : String(initial.value));
  const [period, setPeriod] = useState<Period>(initial.period);
  const [status, setStatus] = useState<Status>(initial.status);
  const [scope, setScope] = useState(initial.scope);
  const parsed = value.trim() === '' ? null : parseDecimal(value);
  const bad = value.trim() !== '' && parsed === null;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!bad) onSave({ indicator, value: parsed, period, status, scope: scope.trim() });
  };
  const unit = CATALOG.find((entry) => entry.id === indicator)?.unit ?? '';
  return (
    <form className="row-editor" onSubmit={submit} onKeyDown={(event) => {
      if (event.key !== 'Escape') return;
      event.stopPropagation();
      onCancel();
    }}>
      <label className="wide">
        <span>{t.indicator}</span>
        <select name="indicator" value={indicator} onChange={(event) => setIndicator(event.target.value)}>
          {CATEGORIES.map((category) => (
            <optgroup key={category} label={words.categoryName(category)}>
              {CATALOG.filter((entry) => entry.category === category).map((entry) => (
                <option key={entry.id} value={entry.id}>{words.indicatorName(entry.id)}</option>
              ))}
            </optgroup>
          ))}
        </select>
      </label>
      <label>
        <span>{t.chartTitle(t.columns.value, words.unitName(unit, indicator))}</span>
        <input name="value" type="text" inputMode="decimal" value={value} placeholder={t.review.valueHint}
          aria-invalid={bad} aria-describedby={bad ? `${id}-bad` : undefined} onChange={(event) => setValue(event.target.value)} />
      </label>
      <label>
        <span>{t.period}</span>
        <select name="period" value={period} onChange={(event) => setPeriod(event.target.value as Period)}>
          {PERIODS.map((p) => <option key={p} value={p}>{`${t.periods[p]} (${p})`}</option>)}
        </select>
      </label>
      <label>
        <span>{t.status}</span>
        <select name="status" value={status} onChange={(event) => setStatus(event.target.value as Status)}>
          {STATUSES.map((s) => <option key={s} value={s}>{t.statuses[s]}</option>)}
        </select>
      </label>
      <label>
        <span>{t.columns.scope}</span>
        <input name="scope" type="text" value={scope} placeholder={t.total} onChange={(event) => setScope(event.target.value)} />
      </label>
      {bad && <p id={`${id}-bad`} className="error wide" role="alert">{t.review.badValue}</p>}
      <div className="row-editor-actions wide">
        <button type="submit" className="primary" disabled={bad}>{t.review.save}</button>
        <button type="button" onClick={onCancel}>{t.cancel}</button>
      </div>
    </form>
  );
}
