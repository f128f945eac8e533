// What the chart chose, in words: totals taken over parts, one value among several, what is not drawn.
import type { ReactElement } from 'react';
import type { Series } from '../../query/series.ts';
import { useWords } from '../i18n/lang.tsx';
import { mixedLevels } from './chart-data.ts';

export function Notes({ series }: { series: Series }): ReactElement | null {
  const { t } = useWords();
  const notes = [
    series.withParts > 0 && t.notes.withParts(series.withParts),
    series.withAlternatives > 0 && t.notes.withAlternatives(series.withAlternatives),
    series.partsOnly > 0 && t.notes.partsOnly(series.partsOnly),
    series.hidden > 0 && t.notes.hidden(series.hidden, series.view, series.rows),
    series.undated > 0 && t.notes.undated(series.undated),
    series.singlePoint > 0 && t.notes.singlePoint(series.singlePoint),
    series.doubtful > 0 && t.notes.doubtful(series.doubtful),
    series.view === 'city' && mixedLevels(series.entries) && t.notes.mixedLevels,
    new Set(series.entries.map((entry) => entry.figure.period)).size > 1 && t.notes.mixedPeriods,
    series.view === 'parts' && series.entries.length > 0 && t.notes.partsOverlap,
    series.entries.some((entry) => entry.figure.masked) && t.notes.maskedShown,
  ].filter((note): note is string => Boolean(note));
  if (notes.length === 0) return null;
  return <ul className="notes" aria-live="polite">{notes.map((note) => <li key={note}>{note}</li>)}</ul>;
}
