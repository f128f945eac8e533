// Hands a CSV file's bytes to the parse worker and waits for its rows. One worker is kept and reused.
// (The worker file sits beside ui and imports this file's types: the URL below is the only reference up.)
import type { LoadedTable } from '../data/load-csv.ts';

export type ParseReply = { id: number; ok: true; table: LoadedTable } | { id: number; ok: false; message: string };

let worker: Worker | null = null;
let nextId = 0;
const waiting = new Map<number, { resolve: (table: LoadedTable) => void; reject: (error: Error) => void }>();

function parser(): Worker {
  if (worker) return worker;
  worker = new Worker(new URL('../workers/parse.worker.ts', import.meta.url), { type: 'module' });
  worker.onmessage = (event: MessageEvent<ParseReply>) => {
    const reply = event.data;
    const pending = waiting.get(reply.id);
    waiting.delete(reply.id);
    if (reply.ok) pending?.resolve(reply.table);
    else pending?.reject(new Error(reply.message));
  };
  worker.onerror = (event) => {
    for (const pending of waiting.values()) pending.reject(new Error(event.message || 'parse worker failed'));
    waiting.clear();
  };
  return worker;
}

export function parseCsv(bytes: ArrayBuffer): Promise<LoadedTable> {
  const id = nextId++;
  return new Promise((resolve, reject) => {
    waiting.set(id, { resolve, reject });
    parser().postMessage({ id, bytes }, [bytes]);
  });
}
