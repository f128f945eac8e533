// The reports a dataset is built on: indexed by report_id with their places (the embedded ones once, as
// soon as reports.csv is in), then numbered across both sides with the report_ids no reports.csv names.
import type { ReportRow } from '../data/schema.ts';
import { runSteps, type Steps } from './steps.ts';

/** A report's place as the dashboard names it: "温州市·瑞安市", or "#r041" when no report row names one. */
export function placeLabel(report: ReportRow | undefined | null, reportId: string): string {
  const place = [report?.city, report?.county].filter(Boolean).join('·');
  return place || `#${reportId}`;
}

/** The embedded reports indexed by report_id, with their places: made once, as soon as reports.csv is in. */
export interface ReportIndex {
  ids: string[];
  rows: ReportRow[];
  places: string[];
  index: ReadonlyMap<string, number>;
}

export function indexReports(rows: readonly ReportRow[]): ReportIndex {
  return runSteps(indexReportsSteps(rows));
}

/** indexReports in steps (runInSlices). */
export function* indexReportsSteps(rows: readonly ReportRow[]): Steps<ReportIndex> {
  const index = new Map<string, number>();
  const ids: string[] = [];
  const kept: ReportRow[] = [];
  for (let k = 0; k < rows.length; k++) {
    if ((k & 0x3fff) === 0x3fff) yield;
    const row = rows[k]!;
    const g = index.get(row.report_id);
    if (g !== undefined) kept[g] = row; // a later row of the same report_id wins
    else {
      index.set(row.report_id, ids.length);
      ids.push(row.report_id);
      kept.push(row);
    }
  }
  const places = new Array<string>(kept.length);
  for (let g = 0; g < kept.length; g++) {
    if ((g & 0x3fff) === 0x3fff) yield;
    places[g] = placeLabel(kept[g], kept[g]!.report_id);
  }
  return { ids, rows: kept, places, index };
}

/** Reports of both sides, numbered (the embedded ones first, as indexed); a report_id no reports.csv
 *  names gets an entry of its own (row null). */
export class Reports {
  ids: string[];
  rows: (ReportRow | null)[];
  side: number[];
  places: string[];
  private readonly base: ReadonlyMap<string, number>;
  private readonly added = [new Map<string, number>(), new Map<string, number>()];

  constructor(base: ReportIndex) {
    this.base = base.index;
    this.ids = base.ids.slice();
    this.rows = base.rows.slice();
    this.side = new Array<number>(base.ids.length).fill(0);
    this.places = base.places.slice();
  }

  put(side: 0 | 1, row: ReportRow): void {
    const g = this.get(side, row.report_id);
    this.rows[g] = row; // a later row of the same report_id wins
    this.places[g] = placeLabel(row, row.report_id);
  }

  get(side: 0 | 1, id: string): number {
    let g = side === 0 ? this.base.get(id) : undefined;
    if (g !== undefined) return g;
    g = this.added[side]!.get(id);
    if (g === undefined) {
      g = this.ids.length;
      this.added[side]!.set(id, g);
      this.ids.push(id);
      this.rows.push(null);
      this.side.push(side);
      this.places.push(placeLabel(null, id));
    }
    return g;
  }

  has(side: 0 | 1, id: string): boolean {
    return (side === 0 && this.base.has(id)) || this.added[side]!.has(id);
  }
}
