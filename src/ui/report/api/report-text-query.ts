// A report's text as the figures' offsets know it: the extractor's cleaned text when the
// extractor has its cleaning step (src/extract/clean.ts), else the file as it is. The quote is
// then found in it (quote.ts), so either way the clause can be highlighted.
import { queryOptions, useQuery } from '@tanstack/react-query';
import { dataUrl, fetchOk } from '../../dataset/api/data-source.ts';

type Clean = (raw: string) => { text: string };

// A glob, not an import: clean.ts is written by the extractor's authors and may not exist yet.
// Lazy, so the cleaning code loads only when a report is opened.
const cleaners = import.meta.glob<{ cleanReport?: Clean }>('../extract/clean.ts');

export interface ReportText {
  text: string;
  cleaned: boolean;
}

async function cleaner(): Promise<Clean | null> {
  const load = Object.values(cleaners)[0];
  return load ? (await load()).cleanReport ?? null : null;
}

async function fetchReportText(reportId: string): Promise<ReportText> {
  const raw = (await (await fetchOk(dataUrl.text(reportId))).text()).replace(/^\uFEFF/, '');
  const clean = await cleaner();
  return clean ? { text: clean(raw).text, cleaned: true } : { text: raw, cleaned: false };
}

export const reportTextQuery = (reportId: string, present: boolean) => queryOptions({
  queryKey: ['report-text', reportId],
  queryFn: () => fetchReportText(reportId),
  enabled: present,
  staleTime: Infinity,
});

export const useReportText = (reportId: string, present: boolean) => useQuery(reportTextQuery(reportId, present));
