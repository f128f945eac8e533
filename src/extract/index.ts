// The extractor: report text in, indicator rows and a report row out. Pure: no DOM, no node:*.
import type { IndicatorRow, ReportRow } from './contract.ts';

export type { IndicatorRow, ReportRow } from './contract.ts';
export { CATALOG, indicatorById } from './catalog.ts';

/** What the caller knows about a report besides its text (a manifest row, a file name). */
export interface ReportInput {
  reportId: string;
  text: string; // the report as read from its file (decoded; .docx/.html already turned into text)
  source?: string;
  title?: string; // a title known from outside the text (manifest, <title>)
  manifest?: { city?: string; county?: string; year?: number | null; period?: string; title?: string };
}

export interface Extraction {
  report: ReportRow;
  rows: IndicatorRow[];
  cleaned: string; // the text every row's start/end refers to
  notes: string[]; // how city and year were decided, in words
}

export function extractReport(input: ReportInput): Extraction {
  // Skeleton: replaced by the real pipeline (clean → rules → rows; place and year).
  return {
    report: {
      report_id: input.reportId, title: input.title ?? '', city: '', county: '', province: '', admin_code: '',
      level: '', year: null, period: '', source: input.source ?? '', city_how: 'unknown', year_how: 'unknown',
    },
    rows: [],
    cleaned: input.text,
    notes: [],
  };
}
