// Several cities, chosen from a searchable list grouped by province.
import { useId, useState, type ReactElement } from 'react';
import type { Province } from '../../query/summary.ts';
import { placeMatches } from '../../data/place-names.ts';
import { useWords } from '../i18n/lang.tsx';

interface Props {
  provinces: Province[];
  chosen: string[];
  onChange: (places: string[]) => void;
}

export function CityPicker({ provinces, chosen, onChange }: Props): ReactElement {
  const words = useWords();
  const { t } = words;
  const [open, setOpen] = useState(false);
  const [search, setSearch] = useState('');
  const listId = useId();
  const chosenSet = new Set(chosen);
  const toggle = (place: string) => onChange(chosenSet.has(place) ? chosen.filter((p) => p !== place) : [...chosen, place]);
  const needle = search.trim().toLowerCase();
  const shown = provinces
    .map((group) => ({
      ...group,
      // found by the Chinese name or the romanised one, whatever the page's language ("wenzhou" finds 温州市)
      places: group.places.filter(({ place }) => !needle || placeMatches(place, needle) || words.placeName(place).toLowerCase().includes(needle) || placeMatches(group.province, needle)),
    }))
    .filter((group) => group.places.length > 0);
  return (
    <div className="field city-picker">
      <span>{t.city}</span>
      <button type="button" className="picker-toggle" aria-expanded={open} aria-controls={listId} onClick={() => setOpen(!open)}>
        {chosen.length === 0 ? t.allCities : chosen.length <= 2 ? chosen.map(words.placeName).join('、') : t.citiesChosen(chosen.length)}
      </button>
      {chosen.length > 0 && (
        <div className="chips">
          {chosen.map((place) => (
            <button key={place} type="button" className="chip" onClick={() => toggle(place)} aria-label={`${words.placeName(place)} ×`}>
              {words.placeName(place)} ×
            </button>
          ))}
          <button type="button" className="chip clear" onClick={() => onChange([])}>{t.clearCities}</button>
        </div>
      )}
      {open && (
        <div className="picker" id={listId}>
          <input type="search" placeholder={t.searchCity} aria-label={t.searchCity} value={search} onChange={(event) => setSearch(event.target.value)} />
          <div className="picker-list">
            {shown.length === 0 && <p className="muted">{t.noCityMatch}</p>}
            {shown.map((group) => (
              <fieldset key={group.province || '?'}>
                <legend>{group.province ? words.provinceName(group.province) : t.unknownProvince}</legend>
                {group.places.map(({ place, figures }) => (
                  <label key={place} className={figures === 0 ? 'none' : undefined}>
                    <input type="checkbox" name="city" value={place} checked={chosenSet.has(place)} onChange={() => toggle(place)} />
                    {words.placeName(place)} <small>{t.figuresCount(figures)}</small>
                  </label>
                ))}
              </fieldset>
            ))}
          </div>
        </div>
      )}
    </div>
  );
}
