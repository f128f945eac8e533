// What a data folder holds, in the numbers issue 10 asks for: reports, places, years, places with
// figures in 3 or more years, and figures flagged as doubtful (src/query/plausibility.ts).
//   npx tsx src/cli/data-counts.ts [DIR]     (DIR: a folder with indicators.csv and reports.csv; default data/)
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadFile } from '../data/load-csv.ts';
import { CATALOG } from '../extract/catalog.ts';
import { buildDataset } from '../query/build-dataset.ts';
import { indicatorRows } from '../query/indicator-rows.ts';
import { SCOPED } from '../query/dataset.ts';
import { doubtsOf } from '../query/plausibility.ts';

export interface DataCounts {
  reports: number;
  figures: number;
  places: number; // named places (a city or county) with at least one figure
  years: [number, number] | null;
  yearCount: number;
  placesIn3Years: number; // places with figures (of any indicator) in 3 or more years
  indicatorPlacesIn3Years: number; // (indicator, place) pairs with figures in 3 or more years
  flagged: number;
}

export function dataCounts(dir: string): DataCounts {
  const indicators = loadFile(new Uint8Array(readFileSync(path.join(dir, 'indicators.csv'))));
  const reports = loadFile(new Uint8Array(readFileSync(path.join(dir, 'reports.csv'))));
  if (indicators.kind !== 'indicators' || reports.kind !== 'reports') throw new Error(`${dir}: not indicators.csv and reports.csv`);
  const dataset = buildDataset({ reports: reports.rows, sources: [{ figures: indicators.figures, origin: '' }] });
  const yearsOfPlace = new Map<number, Set<number>>();
  let indicatorPlacesIn3Years = 0;
  let flagged = 0;
  CATALOG.forEach((_, i) => {
    const rows = indicatorRows(dataset, i);
    const doubts = doubtsOf(dataset, rows);
    const mine = new Map<number, Set<number>>();
    for (let r = 0; r < rows.length; r++) {
      if (doubts[r]) flagged++;
      const place = dataset.reportPlace[rows.report[r]!]!;
      if (dataset.places[place]!.startsWith('#')) continue; // a report that names no place
      if (!yearsOfPlace.has(place)) yearsOfPlace.set(place, new Set());
      if (rows.year[r]! < 0 || (rows.flags[r]! & SCOPED) !== 0) continue;
      yearsOfPlace.get(place)!.add(rows.year[r]!);
      mine.set(place, (mine.get(place) ?? new Set()).add(rows.year[r]!));
    }
    indicatorPlacesIn3Years += [...mine.values()].filter((years) => years.size >= 3).length;
  });
  const years = dataset.years;
  return {
    reports: reports.rows.length, figures: dataset.figures, places: yearsOfPlace.size,
    years: years.length ? [years[0]!, years.at(-1)!] : null, yearCount: years.length,
    placesIn3Years: [...yearsOfPlace.values()].filter((set) => set.size >= 3).length, indicatorPlacesIn3Years, flagged,
  };
}

export function countsLine(counts: DataCounts): string {
  return `${counts.reports} reports, ${counts.figures} figures, ${counts.places} places, ` +
    `${counts.yearCount} years (${counts.years ? counts.years.join('–') : 'none'}), ` +
    `${counts.placesIn3Years} places with figures in 3+ years (${counts.indicatorPlacesIn3Years} place × indicator pairs), ` +
    `${counts.flagged} figures flagged as doubtful`;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dir = process.argv[2] ?? path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../data');
  process.stdout.write(`${countsLine(dataCounts(dir))}\n`);
}
