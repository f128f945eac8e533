// The extractor: report text in, indicator rows and a report row out. Pure: no DOM, no node:*,
// so the CLI and the browser run the same code.
import { cleanReport } from './clean.ts';
import type { Decision, IndicatorRow, Period, ReportRow } from './contract.ts';
import { PERIODS } from './contract.ts';
import { extractRows } from './engine.ts';
import { guessPlace, lookupPlace, type Place } from './place.ts';
import { guessTitle } from './report-title.ts';
import { guessReportPeriod } from './report-period.ts';
import { guessYear } from './report-year.ts';

export type { IndicatorRow, ReportRow } from './contract.ts';
export { CATALOG, indicatorById } from './catalog.ts';
export { cleanReport } from './clean.ts';

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
  const clean = cleanReport(input.text);
  const manifest = input.manifest ?? {};
  const title = manifest.title || input.title || guessTitle(clean.text);
  const notes: string[] = [];

  const place = decidePlace(clean.text, title, manifest, notes, input.text);
  const yearGuess = guessYear(clean.text, title);
  const year = manifest.year ?? yearGuess.year;
  const yearHow: Decision = manifest.year != null ? 'manifest' : yearGuess.how;
  notes.push(
    manifest.year != null ? `year ${manifest.year} from the manifest`
      : yearGuess.year !== null ? `year ${yearGuess.year} from the ${yearGuess.how}: ${yearGuess.evidence}`
      : 'year not stated',
  );
  const period = manifest.period || guessReportPeriod(clean.text, title, input.text);
  // A figure with no period word takes the report's own period; an annual report is the default.
  const rowPeriod: Period = (PERIODS as readonly string[]).includes(period) ? (period as Period) : 'FY';

  return {
    report: {
      report_id: input.reportId,
      title,
      city: place.city,
      county: place.county,
      province: place.province,
      admin_code: place.admin_code,
      level: place.level,
      year,
      period,
      source: input.source ?? '',
      city_how: place.how,
      year_how: yearHow,
    },
    rows: extractRows(clean, { reportId: input.reportId, period: rowPeriod, periodStated: period !== '', year, home: place }),
    cleaned: clean.text,
    notes,
  };
}

/** The report's place: the manifest's when the gazetteer knows it, else guessed from the text. */
function decidePlace(
  text: string,
  title: string,
  manifest: NonNullable<ReportInput['manifest']>,
  notes: string[],
  page: string, // the text as read, before cleaning: its neighbouring-article lines may name the place
): Place & { how: Decision } {
  const named = manifest.county || manifest.city;
  if (named) {
    const place = lookupPlace(manifest.county || '', manifest.city) ?? lookupPlace(named);
    if (place) {
      notes.push(`place ${place.city}${place.county ? ' ' + place.county : ''} from the manifest`);
      return { ...place, how: 'manifest' };
    }
    notes.push(`manifest place "${named}" is not in the gazetteer; guessed from the text instead`);
  }
  const guess = guessPlace(text, title, page);
  notes.push(guess.city ? `place ${guess.city}${guess.county ? ' ' + guess.county : ''} from the ${guess.how}: ${guess.evidence}` : 'place not stated');
  return guess;
}
