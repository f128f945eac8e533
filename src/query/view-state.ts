// Everything a view shows, as URL parameters: a copied link opens the same view, and
// Back/Forward walk through the filters. Parsing is forgiving: an unknown value means "default".
import { PERIODS, STATUSES, type Period, type Status } from '../data/schema.ts';

export const VIEWS = ['city', 'year', 'parts', 'coverage'] as const;
export type View = (typeof VIEWS)[number];
export type Lang = 'zh' | 'en';
export type PeriodChoice = Period | 'all';
/** Whose figures: the user's own reviewed reports, the embedded data (and uploaded CSVs), or both. */
export const ORIGINS = ['all', 'mine', 'embedded'] as const;
export type OriginChoice = (typeof ORIGINS)[number];
/** Which bureaus: every one, prefectures (市) only, or counties and districts (区县) only. */
export const LEVEL_CHOICES = ['all', 'city', 'county'] as const;
export type LevelChoice = (typeof LEVEL_CHOICES)[number];

export interface OpenReport {
  id: string;
  quote: string;
  start: number;
  end: number;
}

export interface ViewState {
  indicator: string | null; // null: the indicator with the most figures
  cities: string[]; // places; empty: all
  from: number | null;
  to: number | null;
  period: PeriodChoice | null; // null: the period most of the indicator's totals are stated for
  statuses: Status[]; // empty: all
  masked: boolean; // show masked figures
  doubtful: boolean; // show figures flagged as doubtful (plausibility.ts)
  level: LevelChoice;
  official: boolean; // only reports from official government sites
  origin: OriginChoice;
  view: View;
  lang: Lang;
  report: OpenReport | null;
  place: string | null; // the page of one place, when open
  review: boolean; // the review of the user's own reports is open
}

export const DEFAULT_VIEW: ViewState = {
  indicator: null, cities: [], from: null, to: null, period: null, statuses: [], masked: true, doubtful: true, level: 'all', official: false, origin: 'all', view: 'city', lang: 'zh', report: null, place: null, review: false,
};

const list = (value: string | null) => (value ? value.split(',').filter(Boolean) : []);
const year = (value: string | null) => (value && /^\d{4}$/.test(value) ? Number(value) : null);
const oneOf = <T extends string>(options: readonly T[], value: string | null): T | null =>
  options.includes(value as T) ? (value as T) : null;

export function parseViewState(search: string): ViewState {
  const params = new URLSearchParams(search);
  const at = /^(\d+)-(\d+)$/.exec(params.get('at') ?? '');
  const reportId = params.get('report');
  return {
    indicator: params.get('ind') || null,
    cities: list(params.get('city')),
    from: year(params.get('from')),
    to: year(params.get('to')),
    period: params.get('period') === 'all' ? 'all' : oneOf(PERIODS, params.get('period')),
    statuses: list(params.get('status')).filter((status): status is Status => (STATUSES as readonly string[]).includes(status)),
    masked: params.get('masked') !== '0',
    doubtful: params.get('doubtful') !== '0',
    level: oneOf(LEVEL_CHOICES, params.get('level')) ?? 'all',
    official: params.get('src') === 'official',
    origin: oneOf(ORIGINS, params.get('origin')) ?? 'all',
    view: oneOf(VIEWS, params.get('view')) ?? 'city',
    lang: params.get('lang') === 'en' ? 'en' : 'zh',
    report: reportId
      ? { id: reportId, quote: params.get('quote') ?? '', start: at ? Number(at[1]) : -1, end: at ? Number(at[2]) : -1 }
      : null,
    place: params.get('place') || null,
    review: params.get('review') === '1',
  };
}

/** Only what differs from the default is written, so links stay short and readable. */
export function serializeViewState(state: ViewState): string {
  const params = new URLSearchParams();
  if (state.indicator) params.set('ind', state.indicator);
  if (state.cities.length) params.set('city', state.cities.join(','));
  if (state.from !== null) params.set('from', String(state.from));
  if (state.to !== null) params.set('to', String(state.to));
  if (state.period) params.set('period', state.period);
  if (state.statuses.length) params.set('status', state.statuses.join(','));
  if (!state.masked) params.set('masked', '0');
  if (!state.doubtful) params.set('doubtful', '0');
  if (state.level !== 'all') params.set('level', state.level);
  if (state.official) params.set('src', 'official');
  if (state.origin !== 'all') params.set('origin', state.origin);
  if (state.view !== 'city') params.set('view', state.view);
  if (state.lang !== 'zh') params.set('lang', state.lang);
  if (state.report) {
    params.set('report', state.report.id);
    if (state.report.quote) params.set('quote', state.report.quote);
    if (state.report.start >= 0) params.set('at', `${state.report.start}-${state.report.end}`);
  }
  if (state.place) params.set('place', state.place);
  if (state.review) params.set('review', '1');
  const text = params.toString();
  return text ? `?${text}` : '';
}
