// Hands a CSV file to a parse worker — its address, or a file the user chose — and waits for its
// columns, passing on the worker's progress. Each file gets a worker of its own (the embedded
// indicators.csv and reports.csv are read at the same time), ended when it answers.
// (The worker file sits beside ui and imports this file's types: the URL below is the only reference up.)
import type { LoadedFigures, LoadedFile, LoadedReports } from '../data/load-csv.ts';
import { reportRowsOf, type ReportColumns } from '../data/report-columns.ts';

/** A file: an address (with its size when known: a gzipped response does not tell it) or a file the user chose. */
export type ParseSource = { url: string; size?: number } | { file: Blob };

export interface ParseRequest {
  id: number;
  source: ParseSource;
}

export interface ParseProgress {
  bytes: number; // read so far
  total: number; // the file's size; 0 when the server does not say
  records: number; // rows read so far
}

/** A file as the worker sends it: reports as columns (report-columns.ts), made rows again here. */
export type SentFile = LoadedFigures | (Omit<LoadedReports, 'rows'> & { reports: ReportColumns });

export type ParseReply =
  | { id: number; progress: ParseProgress }
  | { id: number; ok: true; file: SentFile }
  | { id: number; ok: false; message: string };

function received(file: SentFile): LoadedFile {
  if (file.kind === 'indicators') return file;
  const { reports, ...rest } = file;
  return { ...rest, rows: reportRowsOf(reports) };
}

let nextId = 0;
const spare: Worker[] = [];
const newWorker = () => new Worker(new URL('../workers/parse.worker.ts', import.meta.url), { type: 'module' });

/** Starts workers before there is a file for them (while the data's index is fetched): their script loads meanwhile. */
export function prepareParsers(count: number): void {
  while (spare.length < count) spare.push(newWorker());
}

export function parseCsv(source: ParseSource, onProgress?: (progress: ParseProgress) => void): Promise<LoadedFile> {
  const id = nextId++;
  const worker = spare.pop() ?? newWorker();
  // a URL as the worker sees it: relative to the page, not to the worker's script
  const request: ParseRequest = { id, source: 'url' in source ? { ...source, url: new URL(source.url, location.href).href } : source };
  return new Promise<LoadedFile>((resolve, reject) => {
    worker.onmessage = (event: MessageEvent<ParseReply>) => {
      const reply = event.data;
      if ('progress' in reply) return onProgress?.(reply.progress);
      worker.terminate();
      if (reply.ok) resolve(received(reply.file));
      else reject(new Error(reply.message));
    };
    worker.onerror = (event) => {
      event.preventDefault();
      worker.terminate();
      reject(new Error(event.message || 'the parse worker failed'));
    };
    worker.postMessage(request);
  });
}
