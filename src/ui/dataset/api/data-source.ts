// The one place the app's data addresses come from. The build serves a data folder at
// <base>/data/ (vite.config.ts: KANBAN_DATA, default ./data) with an index.json that lists
// which of its files exist, so the app never asks for a file that is not there.
export const DATA_BASE = `${import.meta.env.BASE_URL}data/`;

export interface DataIndex {
  indicators: boolean; // indicators.csv exists
  reports: boolean; // reports.csv exists
  texts: string[]; // report ids with a reports/<id>.txt
  sizes?: { indicators: number; reports: number }; // bytes of the two CSVs (they may come gzipped)
}

export const dataUrl = {
  index: () => `${DATA_BASE}index.json`,
  indicators: () => `${DATA_BASE}indicators.csv`,
  reports: () => `${DATA_BASE}reports.csv`,
  text: (reportId: string) => `${DATA_BASE}reports/${encodeURIComponent(reportId)}.txt`,
};

export async function fetchOk(url: string): Promise<Response> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return response;
}
