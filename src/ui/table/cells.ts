// The table's columns and cells, in words. The CSV export writes exactly these cells, so the
// file and the table on screen cannot disagree.
import { OUTLIER, OUTLIER_RATIO, PART_OVER_TOTAL, TOTAL_FALLS } from '../../query/plausibility.ts';
import type { Entry } from '../../query/series.ts';
import type { View } from '../../query/view-state.ts';
import type { Words } from '../i18n/lang.tsx';

export type Column = 'place' | 'level' | 'year' | 'period' | 'value' | 'unit' | 'status' | 'scope' | 'doubt' | 'quote' | 'source' | 'report';

export const columnsFor = (view: View): Column[] =>
  view === 'parts'
    ? ['place', 'year', 'period', 'scope', 'value', 'unit', 'status', 'quote', 'report', 'level', 'source', 'doubt']
    : ['place', 'year', 'period', 'value', 'unit', 'status', 'quote', 'report', 'level', 'source', 'doubt'];

/** Why a figure is doubtful, in words ('' when it is not). */
export function doubtText(doubt: number, words: Words): string {
  const { t } = words;
  return [
    doubt & OUTLIER ? t.doubts.outlier(OUTLIER_RATIO) : '',
    doubt & PART_OVER_TOTAL ? t.doubts.part : '',
    doubt & TOTAL_FALLS ? t.doubts.falls : '',
  ].filter(Boolean).join('；');
}

export function cellText(column: Column, entry: Entry, words: Words): string {
  const { figure } = entry;
  const { t } = words;
  switch (column) {
    case 'place': return words.placeName(figure.place);
    case 'level': return t.levelTag[figure.level];
    case 'year': return words.yearText(figure.year) + (figure.reportYear !== null && figure.year !== figure.reportYear ? t.ownYear(figure.reportYear) : '');
    case 'period': return t.periods[figure.period];
    case 'value': return figure.masked || figure.value === null ? t.masked : String(figure.value);
    case 'unit': return words.unitName(figure.unit, figure.indicator);
    case 'status': return figure.approx ? `${t.statuses[figure.status]} · ${t.approx}` : t.statuses[figure.status];
    case 'scope': return entry.role === 'total' ? t.total : figure.scope;
    case 'doubt': return entry.doubt ? `${t.doubtful}：${doubtText(entry.doubt, words)}` : '';
    case 'quote': return figure.quote;
    case 'source': return figure.source ? `${t.sourceKinds[figure.sourceKind]} ${figure.source}` : t.sourceKinds.unknown;
    case 'report': return figure.report_id;
  }
}

/** The other totals of a point ("另有 2 个数值: 4, 已隐去"), or '' when there are none. */
export function othersText(entry: Entry, words: Words): string {
  const { t } = words;
  if (entry.alternatives.length === 0) return '';
  return `${t.alternatives(entry.alternatives.length)}: ${entry.alternatives.map((f) => (f.masked ? t.masked : f.value)).join(', ')}`;
}

export const headerText = (columns: Column[], words: Words) => columns.map((column) => words.t.columns[column]);
export const rowCells = (columns: Column[], entry: Entry, words: Words) => columns.map((column) => cellText(column, entry, words));
