// Selected rows → points: one figure per place, year, period and status. A report that states parts
// (scope) beside its total gives the total; a place whose reports state several totals for the same
// point gives one of them and keeps the others as alternatives. Nothing is ever added up.
//
// The rows come in the dataset's order (place, period, status, year, report), so a point is a run of
// neighbouring rows and a report's share of it a run within that: one pass, no grouping by keys.
import { MASKED, SCOPED, type Dataset, type IndicatorRows } from './dataset.ts';
import type { Selection } from './filters.ts';

export interface PointSet {
  count: number;
  figure: Int32Array; // per point: the total shown (a row)
  partsFrom: Int32Array; // per point: its report's parts are members[partsFrom, partsTo)
  partsTo: Int32Array;
  alternativesFrom: Int32Array; // per point: other totals, not shown, members[alternativesFrom, alternativesTo)
  alternativesTo: Int32Array;
  partsOnly: [number, number][]; // reports that state only parts for a point: members[from, to)
  members: Int32Array;
}

/** Which of two rows stands for a point: a stated number before a masked one, then the largest, then the first in the text. */
export function preferredRow(rows: IndicatorRows, a: number, b: number): number {
  const maskedA = rows.flags[a]! & MASKED;
  const maskedB = rows.flags[b]! & MASKED;
  if (maskedA !== maskedB) return maskedA ? 1 : -1;
  const valueA = maskedA ? 0 : rows.value[a]!;
  const valueB = maskedB ? 0 : rows.value[b]!;
  if (valueA !== valueB) return valueB - valueA;
  return rows.start[a]! - rows.start[b]!;
}

/** Between the totals of two reports for one point, the report_id decides a tie. */
function preferredReport(dataset: Dataset, rows: IndicatorRows, a: number, b: number): number {
  const id = (r: number) => dataset.reportIds[rows.report[r]!]!;
  return preferredRow(rows, a, b) || (id(a) < id(b) ? -1 : id(a) > id(b) ? 1 : 0);
}

class Members {
  rows = new Int32Array(256);
  length = 0;

  push(row: number): void {
    if (this.length === this.rows.length) {
      const bigger = new Int32Array(this.rows.length * 2);
      bigger.set(this.rows);
      this.rows = bigger;
    }
    this.rows[this.length++] = row;
  }
}

interface ReportShare {
  total: number; // its preferred total
  others: number[]; // its other totals, preferred first
  from: number; // its rows: selected[from, to)
  to: number;
}

export function toPoints(dataset: Dataset, { rows, selected }: Selection): PointSet {
  const { report, period, status, flags, year: rowYear } = rows;
  const { reportPlace } = dataset;
  const n = selected.length;
  const figure = new Int32Array(n);
  const partsFrom = new Int32Array(n);
  const partsTo = new Int32Array(n);
  const alternativesFrom = new Int32Array(n);
  const alternativesTo = new Int32Array(n);
  const partsOnly: [number, number][] = [];
  const members = new Members();
  let count = 0;
  const pushParts = (from: number, to: number) => {
    for (let k = from; k < to; k++) if ((flags[selected[k]!]! & SCOPED) !== 0) members.push(selected[k]!);
  };

  for (let i = 0; i < n; ) {
    const first = selected[i]!;
    const g0 = report[first]!;
    const place = reportPlace[g0]!;
    const year = rowYear[first]!;
    const kind = period[first]! * 3 + status[first]!;
    let j = i + 1;
    while (j < n) {
      const r = selected[j]!;
      const g = report[r]!;
      if (period[r]! * 3 + status[r]! !== kind || rowYear[r] !== year || (g !== g0 && reportPlace[g] !== place)) break;
      j++;
    }
    // the point's rows are selected[i, j); most points are one row (no objects made for them)
    if (j === i + 1) {
      const row = selected[i]!;
      if ((flags[row]! & SCOPED) === 0) {
        figure[count] = row;
        partsFrom[count] = partsTo[count] = alternativesFrom[count] = alternativesTo[count] = members.length;
        count++;
      } else {
        const from = members.length;
        members.push(row);
        partsOnly.push([from, members.length]);
      }
      i = j;
      continue;
    }
    // each report's share is a run of them
    const shares: ReportShare[] = [];
    for (let a = i; a < j; ) {
      const g = report[selected[a]!]!;
      let b = a + 1;
      while (b < j && report[selected[b]!] === g) b++;
      const totals: number[] = [];
      for (let k = a; k < b; k++) if ((flags[selected[k]!]! & SCOPED) === 0) totals.push(selected[k]!);
      if (totals.length === 0) {
        const from = members.length;
        pushParts(a, b);
        partsOnly.push([from, members.length]);
      } else {
        totals.sort((x, y) => preferredRow(rows, x, y));
        shares.push({ total: totals[0]!, others: totals.slice(1), from: a, to: b });
      }
      a = b;
    }
    if (shares.length > 0) {
      shares.sort((x, y) => preferredReport(dataset, rows, x.total, y.total));
      const [chosen, ...rest] = shares;
      figure[count] = chosen!.total;
      partsFrom[count] = members.length;
      pushParts(chosen!.from, chosen!.to);
      partsTo[count] = members.length;
      alternativesFrom[count] = members.length;
      for (const row of chosen!.others) members.push(row);
      for (const share of rest) {
        members.push(share.total);
        for (const row of share.others) members.push(row);
      }
      alternativesTo[count] = members.length;
      count++;
    }
    i = j;
  }
  return { count, figure, partsFrom, partsTo, alternativesFrom, alternativesTo, partsOnly, members: members.rows };
}
