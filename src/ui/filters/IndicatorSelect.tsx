// The indicator, grouped by the catalog's categories, with its unit and how many figures it has.
import type { ReactElement } from 'react';
import { CATALOG, CATEGORY_NAMES, type Category } from '../../extract/catalog.ts';
import type { Dataset } from '../../query/dataset.ts';
import { useWords } from '../i18n/lang.tsx';

export function IndicatorSelect({ dataset, value, onChange }: { dataset: Dataset; value: string; onChange: (id: string) => void }): ReactElement {
  const words = useWords();
  const categories = Object.keys(CATEGORY_NAMES) as Category[];
  return (
    <label className="field">
      <span>{words.t.indicator}</span>
      <select name="indicator" value={value} onChange={(event) => onChange(event.target.value)}>
        {categories.map((category) => (
          <optgroup key={category} label={words.categoryName(category)}>
            {CATALOG.filter((indicator) => indicator.category === category).map((indicator) => (
              <option key={indicator.id} value={indicator.id}>
                {`${words.indicatorName(indicator.id)}（${indicator.unit}）· ${dataset.byIndicator.get(indicator.id)?.length ?? 0}`}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
    </label>
  );
}
