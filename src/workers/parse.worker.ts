// Reads a CSV file off the main thread as it streams in (from the server, or a file the user chose).
// One worker leads: it reads the stream and cuts a large indicators.csv into blocks (data/load-blocks.ts),
// which it reads itself and hands to helper workers through message ports (they answer by transfer);
// progress is posted every tenth of a second, and the columns are handed to the page by transfer (no
// copy, no object per row). The same file is a helper when the page gives it a port instead of a file.
import { loadFigureBlock, type FigureBlock, type FigureBlockJob } from '../data/figure-block.ts';
import { blockTransferables, createParallelCsvLoader, type BlockHelpers } from '../data/load-blocks.ts';
import { transferables } from '../data/figure-columns.ts';
import { toReportColumns } from '../data/report-columns.ts';
import type { ParseReply, ParseRequest, WorkerMessage } from './parse-client.ts';

const PROGRESS_EVERY_MS = 100;

async function stream(request: ParseRequest): Promise<{ body: ReadableStream<Uint8Array>; total: number }> {
  const { source } = request;
  if ('file' in source) return { body: source.file.stream(), total: source.file.size };
  const response = await fetch(source.url);
  if (!response.ok || !response.body) throw new Error(`${source.url}: HTTP ${response.status}`);
  // a gzipped response's length is not the file's
  const length = response.headers.get('Content-Encoding') ? 0 : Number(response.headers.get('Content-Length')) || 0;
  return { body: response.body, total: source.size || length };
}

/** The helpers behind their ports: each answers its blocks in the order it got them. */
function helpersOf(ports: MessagePort[]): BlockHelpers {
  const waiting = ports.map(() => [] as { resolve: (block: FigureBlock) => void; reject: (error: Error) => void }[]);
  ports.forEach((port, helper) => {
    port.onmessage = (event: MessageEvent<FigureBlock | { error: string }>) => {
      const next = waiting[helper]!.shift();
      if ('error' in event.data) next?.reject(new Error(event.data.error));
      else next?.resolve(event.data);
    };
  });
  return {
    count: ports.length,
    read: (helper, job) => new Promise<FigureBlock>((resolve, reject) => {
      waiting[helper]!.push({ resolve, reject });
      ports[helper]!.postMessage(job, job.chunks.map((chunk) => chunk.buffer as ArrayBuffer));
    }),
  };
}

function help(port: MessagePort): void {
  port.onmessage = (event: MessageEvent<FigureBlockJob>) => {
    try {
      const block = loadFigureBlock(event.data);
      port.postMessage(block, blockTransferables(block));
    } catch (error) {
      port.postMessage({ error: error instanceof Error ? error.message : String(error) });
    }
  };
}

async function lead(request: ParseRequest): Promise<void> {
  const { id } = request;
  const post = (reply: ParseReply, transfer: Transferable[] = []) => self.postMessage(reply, { transfer });
  try {
    const { body, total } = await stream(request);
    const loader = createParallelCsvLoader(helpersOf(request.helpers ?? []), { expectedBytes: total });
    const reader = body.getReader();
    let bytes = 0;
    let told = performance.now();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      bytes += value.length;
      await loader.push(value);
      if (performance.now() - told >= PROGRESS_EVERY_MS) {
        told = performance.now();
        post({ id, progress: { bytes, total, records: loader.records } });
      }
    }
    const file = await loader.finish();
    if (file.kind === 'indicators') return post({ id, ok: true, file }, transferables(file.figures));
    const { rows, ...rest } = file;
    const reports = toReportColumns(rows);
    post({ id, ok: true, file: { ...rest, reports } }, [reports.year.buffer, ...Object.values(reports.text).map((column) => column.codes.buffer)]);
  } catch (error) {
    post({ id, ok: false, message: error instanceof Error ? error.message : String(error) });
  }
}

self.onmessage = (event: MessageEvent<WorkerMessage>) => {
  if ('helperPort' in event.data) help(event.data.helperPort);
  else void lead(event.data);
};
