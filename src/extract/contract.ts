// The rows of ../shared/spec/data-contract.md, as types, and the column order of the two CSVs.
// The extractor writes these; the dashboard reads them (src/data/schema.ts validates them).

export const PERIODS = ['Q1', 'H1', 'Q1-Q3', 'FY', 'YTD', 'CUM'] as const;
export type Period = (typeof PERIODS)[number];

export const STATUSES = ['actual', 'forecast', 'target'] as const;
export type Status = (typeof STATUSES)[number];

/** How a report's city or year was decided. */
export type Decision = 'manifest' | 'title' | 'text' | 'unknown';

/** One stated figure of one report. `quote === cleaned.slice(start, end)`. */
export interface IndicatorRow {
  report_id: string;
  indicator: string;
  value: number | null; // null when masked
  unit: string;
  period: Period;
  status: Status;
  approx: boolean;
  masked: boolean;
  scope: string;
  quote: string;
  start: number;
  end: number;
  rule: string;
  /** The year the figure is for when its clause names another than the report's ("2016年净增12家"); absent or null: the report's year. */
  year?: number | null;
}

/** One report. */
export interface ReportRow {
  report_id: string;
  title: string;
  city: string;
  county: string;
  province: string;
  admin_code: string;
  level: 'city' | 'county' | '';
  year: number | null;
  period: string; // H1, FY, … or empty
  source: string;
  city_how: Decision;
  year_how: Decision;
}

export const INDICATOR_COLUMNS = [
  'report_id', 'indicator', 'value', 'unit', 'period', 'status', 'approx', 'masked', 'scope', 'quote', 'start', 'end', 'rule', 'year',
] as const satisfies readonly (keyof IndicatorRow)[];

export const REPORT_COLUMNS = [
  'report_id', 'title', 'city', 'county', 'province', 'admin_code', 'level', 'year', 'period', 'source', 'city_how', 'year_how',
] as const satisfies readonly (keyof ReportRow)[];
