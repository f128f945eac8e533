// One place's page: every indicator it states, by year, with the figure (and its quote) behind each cell.
import { CATALOG } from '../extract/catalog.ts';
import { figureAt, originMask, visible, type Dataset, type DatasetRow } from './dataset.ts';
import { indicatorRows } from './indicator-rows.ts';
import { doubtsOf } from './plausibility.ts';
import { preferredRow } from './points.ts';
import type { OriginChoice } from './view-state.ts';

export interface PlaceFigure {
  figure: DatasetRow;
  doubt: number;
}

export interface PlaceIndicator {
  indicator: string;
  cells: Map<number, PlaceFigure[]>; // year → its figures, the one shown first (totals before parts, then as a chart chooses)
  undated: PlaceFigure[];
}

export interface PlacePage {
  place: string;
  known: boolean; // the place is in the data
  years: number[]; // every year the place has a figure for, ascending
  indicators: PlaceIndicator[]; // in catalog order, only those the place states
}

export function placePage(dataset: Dataset, place: string, origin: OriginChoice): PlacePage {
  const index = dataset.places.indexOf(place);
  const years = new Set<number>();
  const indicators: PlaceIndicator[] = [];
  const mask = originMask(origin);
  if (index >= 0) {
    CATALOG.forEach(({ id }, i) => {
      const rows = indicatorRows(dataset, i);
      const doubts = doubtsOf(dataset, rows);
      const mine: number[] = [];
      for (let r = 0; r < rows.length; r++) {
        if (dataset.reportPlace[rows.report[r]!] === index && visible(rows.flags[r]!, mask)) mine.push(r);
      }
      if (mine.length === 0) return;
      const scoped = (r: number) => dataset.sources[rows.part[r]!]!.figures.scope[rows.local[r]!] !== 0;
      mine.sort((a, b) => Number(scoped(a)) - Number(scoped(b)) || preferredRow(rows, a, b));
      const cells = new Map<number, PlaceFigure[]>();
      const undated: PlaceFigure[] = [];
      for (const r of mine) {
        const entry = { figure: figureAt(dataset, rows, r), doubt: doubts[r]! };
        const year = rows.year[r]!;
        if (year < 0) undated.push(entry);
        else {
          years.add(year);
          cells.set(year, [...(cells.get(year) ?? []), entry]);
        }
      }
      indicators.push({ indicator: id, cells, undated });
    });
  }
  return { place, known: index >= 0, years: [...years].sort((a, b) => a - b), indicators };
}
