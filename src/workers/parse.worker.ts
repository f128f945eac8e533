// Reads a CSV file off the main thread as it streams in (from the server, or a file the user chose):
// chunks go through the columnar loader as they arrive, progress is posted every tenth of a second, and
// the columns are handed to the page by transfer (no copy, no object per row).
import { createCsvLoader } from '../data/load-csv.ts';
import { transferables } from '../data/figure-columns.ts';
import { toReportColumns } from '../data/report-columns.ts';
import type { ParseReply, ParseRequest } from '../query/parse-client.ts';

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

self.onmessage = async (event: MessageEvent<ParseRequest>) => {
  const { id } = event.data;
  const post = (reply: ParseReply, transfer: Transferable[] = []) => self.postMessage(reply, { transfer });
  try {
    const { body, total } = await stream(event.data);
    const loader = createCsvLoader({ expectedBytes: total });
    const reader = body.getReader();
    let bytes = 0;
    let told = performance.now();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      loader.push(value);
      bytes += value.length;
      if (performance.now() - told >= PROGRESS_EVERY_MS) {
        told = performance.now();
        post({ id, progress: { bytes, total, records: loader.records } });
      }
    }
    const file = loader.finish();
    if (file.kind === 'indicators') return post({ id, ok: true, file }, transferables(file.figures));
    const { rows, ...rest } = file;
    const reports = toReportColumns(rows);
    post({ id, ok: true, file: { ...rest, reports } }, [reports.year.buffer, ...Object.values(reports.text).map((column) => column.codes.buffer)]);
  } catch (error) {
    post({ id, ok: false, message: error instanceof Error ? error.message : String(error) });
  }
};
