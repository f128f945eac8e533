// Reads a CSV file off the main thread as it streams in (from the server, or a file the user chose):
// chunks go through the columnar loader as they arrive, progress is posted every tenth of a second, and
// the columns are handed to the page by transfer (no copy, no object per row).
import { createCsvLoader } from '../data/load-csv.ts';
import { transferables } from '../data/figure-columns.ts';
import type { ParseReply, ParseRequest } from '../query/parse-client.ts';

const PROGRESS_EVERY_MS = 100;

async function stream(request: ParseRequest): Promise<{ body: ReadableStream<Uint8Array>; total: number }> {
  const { source } = request;
  if ('file' in source) return { body: source.file.stream(), total: source.file.size };
  const response = await fetch(source.url);
  if (!response.ok || !response.body) throw new Error(`${source.url}: HTTP ${response.status}`);
  return { body: response.body, total: Number(response.headers.get('Content-Length')) || 0 };
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
    post({ id, ok: true, file }, file.kind === 'indicators' ? transferables(file.figures) : []);
  } catch (error) {
    post({ id, ok: false, message: error instanceof Error ? error.message : String(error) });
  }
};
