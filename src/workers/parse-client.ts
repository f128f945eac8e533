// Hands a CSV file to a parse worker — its address, or a file the user chose — and waits for its
// columns, passing on the worker's progress. Each file gets a worker of its own (the embedded
// indicators.csv and reports.csv are read at the same time), ended when it answers; a large file also
// gets helper workers, one for each core but the lead's, joined to the lead by message ports (it cuts
// the file into blocks for them: data/load-blocks.ts).
// (Beside its worker, which imports this file's message types.)
import type { LoadedFigures, LoadedFile, LoadedReports } from '../data/load-csv.ts';
import { PARALLEL_MIN_BYTES } from '../data/block-sizes.ts';
import { reportRowsSteps, type ReportColumns } from '../data/report-columns.ts';
import { runInSlices } from '../query/steps.ts';

/** A file: an address (with its size when known: a gzipped response does not tell it) or a file the user chose. */
export type ParseSource = { url: string; size?: number } | { file: Blob };

export interface ParseRequest {
  id: number;
  source: ParseSource;
  helpers?: MessagePort[]; // to the helper workers
}

/** What a parse worker is sent: a file to read (it leads), or a port to the lead (it helps). */
export type WorkerMessage = ParseRequest | { helperPort: MessagePort };

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

/** The file as the page keeps it: reports made rows again, a slice at a time (a hundred thousand objects are no one task). */
async function received(file: SentFile): Promise<LoadedFile> {
  if (file.kind === 'indicators') return file;
  const { reports, ...rest } = file;
  return { ...rest, rows: await runInSlices(reportRowsSteps(reports)).done };
}

let nextId = 0;
const spare: Worker[] = [];
const newWorker = () => new Worker(new URL('./parse.worker.ts', import.meta.url), { type: 'module' });

/** Helpers for a large file: one for each core but the lead's (at most 7). */
export const helperCount = (): number => Math.max(0, Math.min(8, navigator.hardwareConcurrency || 1) - 1);

/** Starts workers before there is a file for them (while the data's index is fetched): their script loads meanwhile. */
export function prepareParsers(count: number): void {
  while (spare.length < count) spare.push(newWorker());
}

export function parseCsv(source: ParseSource, onProgress?: (progress: ParseProgress) => void): Promise<LoadedFile> {
  const id = nextId++;
  const worker = spare.pop() ?? newWorker();
  const size = 'file' in source ? source.file.size : source.size ?? 0;
  const helpers = Array.from({ length: size >= PARALLEL_MIN_BYTES ? helperCount() : 0 }, () => spare.pop() ?? newWorker());
  const ports = helpers.map((helper) => {
    const channel = new MessageChannel();
    helper.postMessage({ helperPort: channel.port2 }, [channel.port2]);
    return channel.port1;
  });
  const end = () => {
    worker.terminate();
    for (const helper of helpers) helper.terminate();
  };
  // a URL as the worker sees it: relative to the page, not to the worker's script
  const request: ParseRequest = {
    id, source: 'url' in source ? { ...source, url: new URL(source.url, location.href).href } : source, helpers: ports,
  };
  return new Promise<LoadedFile>((resolve, reject) => {
    worker.onmessage = (event: MessageEvent<ParseReply>) => {
      const reply = event.data;
      if ('progress' in reply) return onProgress?.(reply.progress);
      end();
      if (reply.ok) resolve(received(reply.file));
      else reject(new Error(reply.message));
    };
    const failed = (event: ErrorEvent) => {
      event.preventDefault();
      end();
      reject(new Error(event.message || 'the parse worker failed'));
    };
    worker.onerror = failed;
    for (const helper of helpers) helper.onerror = failed;
    worker.postMessage(request, ports);
  });
}
