// Parses a CSV file off the main thread: bytes in, validated rows and rejected rows out.
import { loadCsv } from '../data/load-csv.ts';
import type { ParseReply } from '../query/parse-client.ts';

self.onmessage = (event: MessageEvent<{ id: number; bytes: ArrayBuffer }>) => {
  const { id, bytes } = event.data;
  let reply: ParseReply;
  try {
    reply = { id, ok: true, table: loadCsv(new Uint8Array(bytes)) };
  } catch (error) {
    reply = { id, ok: false, message: error instanceof Error ? error.message : String(error) };
  }
  self.postMessage(reply);
};
