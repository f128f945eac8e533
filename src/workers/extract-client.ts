// Hands report files to the extract worker one at a time and waits for each result. A file that
// takes longer than the time limit is stopped (the worker is terminated and a new one started for
// the next file), and cancel() stops the file at work and every file still waiting.
// (Beside its worker, which imports this file's message types.)
import type { FileOutcome } from '../data/extract-file.ts';

export interface ExtractRequest {
  id: number;
  name: string;
  file: Blob;
}

export type ExtractReply = { id: number } & FileOutcome;

/** A file the client stopped: it took too long, or the user cancelled. */
export interface StoppedFile {
  ok: false;
  stopped: 'timeout' | 'cancelled';
  reason: string;
}

export type JobOutcome = FileOutcome | StoppedFile;

/** What the client needs of a Worker (tests give a fake). */
export interface WorkerLike {
  postMessage(message: ExtractRequest): void;
  terminate(): void;
  onmessage: ((event: MessageEvent<ExtractReply>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
}

export interface Extractor {
  extract(name: string, file: Blob): Promise<JobOutcome>;
  cancel(): void;
  dispose(): void;
}

export const EXTRACT_TIMEOUT_MS = 20_000;

const moduleWorker = (): WorkerLike => new Worker(new URL('./extract.worker.ts', import.meta.url), { type: 'module' });

interface Job {
  id: number;
  name: string;
  file: Blob;
  resolve: (outcome: JobOutcome) => void;
}

export function createExtractor(options: { timeoutMs?: number; makeWorker?: () => WorkerLike } = {}): Extractor {
  const timeoutMs = options.timeoutMs ?? EXTRACT_TIMEOUT_MS;
  const makeWorker = options.makeWorker ?? moduleWorker;
  let worker: WorkerLike | null = null;
  let current: Job | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const queue: Job[] = [];
  let nextId = 0;

  const stopWorker = () => {
    worker?.terminate();
    worker = null;
  };
  const finish = (outcome: JobOutcome) => {
    clearTimeout(timer);
    const job = current;
    current = null;
    job?.resolve(outcome);
    next();
  };
  const started = (): WorkerLike => {
    if (worker) return worker;
    const fresh = makeWorker();
    fresh.onmessage = (event) => {
      const { id, ...outcome } = event.data;
      if (current?.id === id) finish(outcome);
    };
    fresh.onerror = (event) => {
      event.preventDefault?.();
      stopWorker();
      if (current) finish({ ok: false, reason: `${current.name}: the extract worker failed: ${event.message || 'unknown error'}` });
    };
    worker = fresh;
    return fresh;
  };
  function next(): void {
    if (current) return;
    const job = queue.shift();
    if (!job) return;
    current = job;
    timer = setTimeout(() => {
      stopWorker();
      finish({ ok: false, stopped: 'timeout', reason: `${job.name}: stopped after ${timeoutMs / 1000} s (too long to extract)` });
    }, timeoutMs);
    started().postMessage({ id: job.id, name: job.name, file: job.file });
  }
  return {
    extract: (name, file) => new Promise((resolve) => {
      queue.push({ id: nextId++, name, file, resolve });
      next();
    }),
    cancel: () => {
      const stopped = [...(current ? [current] : []), ...queue.splice(0)];
      clearTimeout(timer);
      current = null;
      stopWorker();
      for (const job of stopped) job.resolve({ ok: false, stopped: 'cancelled', reason: `${job.name}: cancelled` });
    },
    dispose: () => {
      queue.length = 0;
      clearTimeout(timer);
      current = null;
      stopWorker();
    },
  };
}
