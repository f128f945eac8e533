// The user's own reports beside the embedded data: which figures the dashboard uses for the
// "mine / embedded / all" choice. A report the user reviewed replaces an embedded (or uploaded)
// report of the same report_id in "all": their version is the one they checked.
import type { IndicatorRow, ReportRow } from '../data/schema.ts';
import type { DashboardPart } from '../data/user-store.ts';
import type { FigureSource } from './dataset.ts';
import type { OriginChoice } from './view-state.ts';

/** The origin of the user's own figures in the dataset ('' is the embedded data, else an uploaded file's name). */
export const USER_ORIGIN = 'user';

export interface Sources {
  reports: ReportRow[];
  sources: FigureSource[];
}

export function chooseSources(base: Sources, mine: readonly DashboardPart[], choice: OriginChoice): Sources {
  const user: Sources = {
    reports: mine.map((part) => part.report),
    sources: [{ rows: mine.flatMap((part): IndicatorRow[] => part.rows), origin: USER_ORIGIN }],
  };
  if (choice === 'mine') return user;
  if (choice === 'embedded' || mine.length === 0) return base;
  const ids = new Set(user.reports.map((report) => report.report_id));
  return {
    reports: [...base.reports.filter((report) => !ids.has(report.report_id)), ...user.reports],
    sources: [...base.sources.map((source) => ({ ...source, rows: source.rows.filter((row) => !ids.has(row.report_id)) })), ...user.sources],
  };
}
