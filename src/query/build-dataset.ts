// The dataset built from the loaded files (dataset.ts says what it holds): every row joined to its report's
// place and year, repeated rows left out, the rows of each indicator put together, the reports ranked by year.
import { columnsFromRows, DUPLICATE, MASKED } from '../data/figure-columns.ts';
import { CATALOG } from '../extract/catalog.ts';
import { sortBy } from './counting-sort.ts';
import { crossDuplicates } from './cross-duplicates.ts';
import { LEVELS, MINE, REPLACED, SCOPED, USER_ORIGIN, type Dataset, type DatasetInput, type FigureSource } from './dataset.ts';
import { indexReportsSteps, Reports } from './report-index.ts';
import { SOURCE_KINDS, sourceKind } from './sources.ts';
import { ROWS_A_STEP, runSteps, type Steps } from './steps.ts';

export function buildDataset(input: DatasetInput): Dataset {
  return runSteps(buildDatasetSteps(input));
}

/** buildDataset in steps (runInSlices): the page builds it without a long task. */
export function* buildDatasetSteps(input: DatasetInput): Steps<Dataset> {
  const mine = input.mine ?? [];
  const sources: FigureSource[] = [...input.sources];
  if (mine.length > 0) sources.push({ figures: columnsFromRows(mine.flatMap((part) => part.rows)), origin: USER_ORIGIN });
  const mineSource = mine.length > 0 ? sources.length - 1 : -1;

  const reports = new Reports('index' in input.reports ? input.reports : yield* indexReportsSteps(input.reports));
  for (const part of mine) reports.put(1, part.report);
  // each source's report_id dictionary → report numbers
  const reportMaps: Int32Array[] = [];
  for (let s = 0; s < sources.length; s++) {
    const side = s === mineSource ? 1 : 0;
    const ids = sources[s]!.figures.reportIds;
    const map = new Int32Array(ids.length);
    for (let id = 0; id < ids.length; id++) {
      if ((id & 0x3fff) === 0x3fff) yield;
      map[id] = reports.get(side, ids[id]!);
    }
    reportMaps.push(map);
  }
  const reportCount = reports.ids.length;
  const replaced = new Uint8Array(reportCount);
  for (let g = 0; g < reportCount; g++) if (reports.side[g] === 0 && reports.has(1, reports.ids[g]!)) replaced[g] = 1;

  // places, ranked as the reader's language sorts them (as String.prototype.localeCompare does)
  const placeNames = reports.places;
  const collator = new Intl.Collator();
  const places = [...new Set(placeNames)].sort(collator.compare);
  const placeRank = new Map(places.map((place, rank) => [place, rank]));
  const reportPlace = new Int32Array(reportCount);
  const reportYear = new Int16Array(reportCount);
  const reportLevel = new Uint8Array(reportCount);
  const reportSource = new Uint8Array(reportCount);
  for (let g = 0; g < reportCount; g++) {
    if ((g & 0x3fff) === 0x3fff) yield;
    reportPlace[g] = placeRank.get(placeNames[g]!)!;
    const row = reports.rows[g];
    reportYear[g] = row?.year ?? -1;
    reportLevel[g] = Math.max(0, LEVELS.indexOf(row?.level ?? ''));
    reportSource[g] = SOURCE_KINDS.indexOf(sourceKind(row?.source ?? ''));
  }

  // the rows kept: not a duplicate in their file, nor of a row in an earlier file of the same side
  const dropped = crossDuplicates(sources, reportMaps);
  yield;
  let total = 0;
  for (let s = 0; s < sources.length; s++) {
    const { flags, length } = sources[s]!.figures;
    const drop = dropped[s];
    for (let from = 0; from < length; from += ROWS_A_STEP) {
      yield;
      const to = Math.min(length, from + ROWS_A_STEP);
      for (let k = from; k < to; k++) if ((flags[k]! & DUPLICATE) === 0 && !drop?.[k]) total++;
    }
  }
  const rowPart = new Uint8Array(total);
  const rowLocal = new Int32Array(total);
  const rowReport = new Int32Array(total);
  const rowIndicator = new Uint8Array(total);
  const rowPeriodStatus = new Uint8Array(total);
  const rowFlags = new Uint8Array(total);
  const rowYear = new Int16Array(total);
  const yearsSeen = new Set<number>();
  let n = 0;
  for (let s = 0; s < sources.length; s++) {
    const { flags, length, report, indicator, period, status, scope, year } = sources[s]!.figures;
    const map = reportMaps[s]!;
    const drop = dropped[s];
    const mine = s === mineSource ? MINE : 0;
    for (let from = 0; from < length; from += ROWS_A_STEP) {
      yield;
      const to = Math.min(length, from + ROWS_A_STEP);
      for (let k = from; k < to; k++) {
        if ((flags[k]! & DUPLICATE) !== 0 || drop?.[k]) continue;
        const g = map[report[k]!]!;
        rowPart[n] = s;
        rowLocal[n] = k;
        rowReport[n] = g;
        rowIndicator[n] = indicator[k]!;
        rowPeriodStatus[n] = period[k]! * 3 + status[k]!;
        rowFlags[n] = (flags[k]! & MASKED) | (scope[k] !== 0 ? SCOPED : 0) | mine | (replaced[g] ? REPLACED : 0); // scopes[0] is ''
        rowYear[n] = year[k] || reportYear[g]!;
        if (rowYear[n]! >= 0) yearsSeen.add(rowYear[n]!);
        n++;
      }
    }
  }

  // each indicator's rows together (the sorting within an indicator waits until a view asks: indicatorRows)
  const byIndicator = new Int32Array(CATALOG.length + 1);
  for (let from = 0; from < total; from += ROWS_A_STEP) {
    yield;
    const to = Math.min(total, from + ROWS_A_STEP);
    for (let row = from; row < to; row++) byIndicator[rowIndicator[row]! + 1]!++;
  }
  for (let i = 0; i < CATALOG.length; i++) byIndicator[i + 1]! += byIndicator[i]!;
  const indicatorOrder = new Int32Array(total);
  const next = byIndicator.slice(0, CATALOG.length);
  for (let from = 0; from < total; from += ROWS_A_STEP) {
    yield;
    const to = Math.min(total, from + ROWS_A_STEP);
    for (let row = from; row < to; row++) indicatorOrder[next[rowIndicator[row]!]!++] = row;
  }

  // reports ranked by year (unknown first), then number: a counting sort by year
  yield;
  let firstYear = 0;
  let lastYear = -1;
  for (let g = 0; g < reportCount; g++) {
    const year = reportYear[g]!;
    if (year < 0) continue;
    if (lastYear < firstYear) firstYear = lastYear = year;
    else if (year < firstYear) firstYear = year;
    else if (year > lastYear) lastYear = year;
  }
  const yearKey = new Int32Array(reportCount);
  for (let g = 0; g < reportCount; g++) yearKey[g] = reportYear[g]! < 0 ? 0 : reportYear[g]! - firstYear + 1;
  const ranked = new Int32Array(reportCount);
  for (let g = 0; g < reportCount; g++) ranked[g] = g;
  const reportOrder = sortBy(ranked, yearKey, Math.max(1, lastYear - firstYear + 2));
  const yearReportRank = new Int32Array(reportCount);
  for (let rank = 0; rank < reportCount; rank++) yearReportRank[reportOrder[rank]!] = rank;

  return {
    figures: total, rowPart, rowLocal, rowReport, rowIndicator, rowPeriodStatus, rowFlags, rowYear, byIndicator, indicatorOrder,
    reportIds: reports.ids, reportRows: reports.rows, reportPlace, reportYear, reportLevel, reportSource, reportSide: Uint8Array.from(reports.side),
    reportReplaced: replaced, yearReportRank, years: [...yearsSeen].sort((a, b) => a - b), places, sources, cache: new Map(),
  };
}
