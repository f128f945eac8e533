// The chosen language and the words of the domain in it (indicator, place, period, status).
import { createContext, useContext, type ReactNode } from 'react';
import { CATEGORY_NAMES, indicatorById, type Category } from '../../extract/catalog.ts';
import type { Lang } from '../../query/view-state.ts';
import { englishPlace } from '../../data/place-names.ts';
import { DICTS, type Dict } from './dict.ts';
import { englishUnit } from './units.ts';

export interface Words {
  lang: Lang;
  t: Dict;
  indicatorName: (id: string) => string;
  categoryName: (category: Category) => string;
  placeName: (place: string) => string;
  provinceName: (province: string) => string;
  /** A catalog unit in the page's language ("亿元" → "100 million yuan"); the indicator tells what 家 or 项 counts. */
  unitName: (unit: string, indicator?: string) => string;
  yearText: (year: number | null) => string;
}

function wordsFor(lang: Lang): Words {
  const t = DICTS[lang];
  return {
    lang,
    t,
    indicatorName: (id) => {
      const indicator = indicatorById(id);
      return indicator ? (lang === 'zh' ? indicator.name : indicator.nameEn) : id;
    },
    categoryName: (category) => CATEGORY_NAMES[category][lang],
    placeName: (place) => (place.startsWith('#') ? t.unknownCity(place.slice(1)) : lang === 'en' ? englishPlace(place) : place),
    provinceName: (province) => (lang === 'en' ? englishPlace(province) : province),
    unitName: (unit, indicator) => (lang === 'en' ? englishUnit(unit, indicator) : unit),
    yearText: (year) => (year === null ? t.unknownYear : String(year)),
  };
}

const WORDS = { zh: wordsFor('zh'), en: wordsFor('en') };
const LangContext = createContext<Words>(WORDS.zh);

export function LangProvider({ lang, children }: { lang: Lang; children: ReactNode }) {
  return <LangContext.Provider value={WORDS[lang]}>{children}</LangContext.Provider>;
}

export const useWords = () => useContext(LangContext);
