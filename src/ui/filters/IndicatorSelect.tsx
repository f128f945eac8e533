// The indicator, grouped by the catalog's categories, with its unit and how many figures it has.
import type { ReactElement } from 'react';
import { CATALOG, CATEGORY_NAMES, type Category } from '../../extract/catalog.ts';
import type { Dataset } from '../../query/dataset.ts';
import { originStats } from '../../query/summary.ts';
import type { OriginChoice } from '../../query/view-state.ts';
import { useWords } from '../i18n/lang.tsx';

interface Props {
  dataset: Dataset;
  origin: OriginChoice;
  value: string;
  onChange: (id: string) => void;
}

export function IndicatorSelect({ dataset, origin, value, onChange }: Props): ReactElement {
  const words = useWords();
  const { counts } = originStats(dataset, origin);
  const categories = Object.keys(CATEGORY_NAMES) as Category[];
  return (
    <label className="field">
      <span>{words.t.indicator}</span>
      <select name="indicator" value={value} onChange={(event) => onChange(event.target.value)}>
        {categories.map((category) => (
          <optgroup key={category} label={words.categoryName(category)}>
            {CATALOG.map((indicator, i) => ({ indicator, count: counts[i]! })).filter(({ indicator }) => indicator.category === category).map(({ indicator, count }) => (
              <option key={indicator.id} value={indicator.id}>
                {`${words.t.chartTitle(words.indicatorName(indicator.id), words.unitName(indicator.unit, indicator.id))} · ${count.toLocaleString(words.lang === 'zh' ? 'zh-CN' : 'en')}`}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
    </label>
  );
}
