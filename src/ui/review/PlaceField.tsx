// The report's city as a type-ahead over the gazetteer (GB/T 2260): each choice shows its city,
// province and code. Arrow keys move, Enter chooses, Escape leaves it as it was.
import { useId, useMemo, useState, type KeyboardEvent, type ReactElement } from 'react';
import { searchPlaces, type Place } from '../../extract/place.ts';
import { useWords } from '../i18n/lang.tsx';

const nameOf = (place: Place) => place.county ? `${place.city} ${place.county}` : place.city;

export function PlaceField({ place, onChange }: { place: Place; onChange: (place: Place | null) => void }): ReactElement {
  const { t } = useWords();
  const id = useId();
  const [query, setQuery] = useState<string | null>(null); // null: not being typed
  const [active, setActive] = useState(0);
  const options = useMemo<Place[]>(() => (query ? searchPlaces(query, 8) : []), [query]);
  const open = query !== null && query.trim() !== '';
  const choose = (chosen: Place) => {
    onChange(chosen);
    setQuery(null);
  };
  const onKey = (event: KeyboardEvent) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((k) => (options.length ? (k + step + options.length) % options.length : 0));
    } else if (event.key === 'Enter') {
      event.preventDefault();
      const chosen = options[active];
      if (chosen) choose(chosen);
    } else if (event.key === 'Escape' && query !== null) {
      event.stopPropagation();
      setQuery(null);
    }
  };
  const code = [place.province, place.admin_code].filter(Boolean).join(' · ');
  return (
    <div className="place-field">
      <label htmlFor={`${id}-input`}>{t.review.place}</label>
      <div className="place-input">
        <input id={`${id}-input`} type="text" role="combobox" aria-expanded={open} aria-controls={`${id}-list`} aria-autocomplete="list"
          aria-activedescendant={open && options[active] ? `${id}-${active}` : undefined}
          placeholder={place.city || place.province ? t.review.searchPlace : t.review.noPlace}
          value={query ?? nameOf(place)}
          onFocus={(event) => event.target.select()}
          onChange={(event) => { setQuery(event.target.value); setActive(0); }}
          onBlur={() => setQuery(null)}
          onKeyDown={onKey} />
        {(place.city || place.province) && (
          <button type="button" className="link" onClick={() => onChange(null)}>{t.review.clearPlace}</button>
        )}
      </div>
      {code && <small className="muted place-code" data-testid="place-code">{code}</small>}
      {open && (
        <ul className="place-options" id={`${id}-list`} role="listbox">
          {options.length === 0 && <li className="muted">{t.review.noPlaceMatch}</li>}
          {options.map((option, k) => (
            <li key={option.admin_code} id={`${id}-${k}`} role="option" aria-selected={k === active}
              onMouseDown={(event) => event.preventDefault()} onClick={() => choose(option)}>
              <strong>{option.county || option.city}</strong>
              <small>{[option.county ? option.city : '', option.province, option.admin_code].filter(Boolean).join(' · ')}</small>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
