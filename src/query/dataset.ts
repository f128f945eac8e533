// The figures the dashboard works on: every indicator row joined to its report's place and year,
// kept per indicator so a view only looks at the figures of the indicator it shows.
import type { IndicatorRow, ReportRow } from '../data/schema.ts';

export interface Figure extends IndicatorRow {
  place: string; // "杭州市", "温州市·瑞安市" (a county's report), or "#r041" when the report names no city
  city: string;
  province: string;
  year: number | null;
  origin: string; // '' for the embedded data, else the name of the file the user loaded
}

export interface Dataset {
  reports: ReadonlyMap<string, ReportRow>;
  byIndicator: ReadonlyMap<string, readonly Figure[]>;
  figures: number;
}

export interface FigureSource {
  rows: readonly IndicatorRow[];
  origin: string;
}

export function placeOf(report: ReportRow | undefined, reportId: string): string {
  const place = [report?.city, report?.county].filter(Boolean).join('·');
  return place || `#${reportId}`;
}

/** "A figure repeated in one report (the same indicator, value, period, status and scope) is one row." */
const identity = (row: IndicatorRow) =>
  [row.report_id, row.indicator, row.value ?? 'masked', row.period, row.status, row.scope].join('\u0001');

export function buildDataset(reports: readonly ReportRow[], sources: readonly FigureSource[]): Dataset {
  const reportById = new Map(reports.map((report) => [report.report_id, report]));
  const byIndicator = new Map<string, Figure[]>();
  const seen = new Set<string>();
  let figures = 0;
  for (const { rows, origin } of sources) {
    for (const row of rows) {
      const key = identity(row);
      if (seen.has(key)) continue; // the same figure loaded twice (an upload of the embedded file) counts once
      seen.add(key);
      const report = reportById.get(row.report_id);
      const figure: Figure = {
        ...row, place: placeOf(report, row.report_id), city: report?.city ?? '', province: report?.province ?? '',
        year: report?.year ?? null, origin,
      };
      const list = byIndicator.get(row.indicator);
      if (list) list.push(figure);
      else byIndicator.set(row.indicator, [figure]);
      figures += 1;
    }
  }
  return { reports: reportById, byIndicator, figures };
}
