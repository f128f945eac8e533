// The extract client: one file at a time, a file that takes too long is stopped and named and the
// next file gets a fresh worker, cancel stops everything waiting.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createExtractor, type ExtractReply, type ExtractRequest, type WorkerLike } from '../../src/workers/extract-client.ts';

/** A worker that answers only when the test says so. */
class FakeWorker implements WorkerLike {
  static all: FakeWorker[] = [];
  received: ExtractRequest[] = [];
  terminated = false;
  onmessage: ((event: MessageEvent<ExtractReply>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  constructor() {
    FakeWorker.all.push(this);
  }
  postMessage(message: ExtractRequest): void {
    this.received.push(message);
  }
  terminate(): void {
    this.terminated = true;
  }
  answer(reply: ExtractReply): void {
    this.onmessage?.({ data: reply } as MessageEvent<ExtractReply>);
  }
}

const file = (text: string) => new Blob([text]);
const refused = (id: number, reason: string): ExtractReply => ({ id, ok: false, reason });

beforeEach(() => {
  FakeWorker.all = [];
  vi.useFakeTimers();
});
afterEach(() => vi.useRealTimers());

describe('createExtractor', () => {
  it('sends one file at a time, in order', async () => {
    const extractor = createExtractor({ makeWorker: () => new FakeWorker() });
    const first = extractor.extract('a.txt', file('a'));
    const second = extractor.extract('b.txt', file('b'));
    const [worker] = FakeWorker.all;
    expect(worker!.received.map((m) => m.name)).toEqual(['a.txt']);
    worker!.answer(refused(0, 'a.txt: empty file'));
    expect(await first).toEqual({ ok: false, reason: 'a.txt: empty file' });
    expect(worker!.received.map((m) => m.name)).toEqual(['a.txt', 'b.txt']);
    worker!.answer(refused(1, 'b.txt: empty file'));
    expect(await second).toEqual({ ok: false, reason: 'b.txt: empty file' });
    expect(FakeWorker.all.length).toBe(1);
  });

  it('stops a file that takes too long, names it, and goes on with a new worker', async () => {
    const extractor = createExtractor({ timeoutMs: 20_000, makeWorker: () => new FakeWorker() });
    const slow = extractor.extract('slow.txt', file('…'));
    const next = extractor.extract('next.txt', file('n'));
    vi.advanceTimersByTime(19_999);
    expect(FakeWorker.all[0]!.terminated).toBe(false);
    vi.advanceTimersByTime(1);
    expect(await slow).toEqual({ ok: false, stopped: 'timeout', reason: 'slow.txt: stopped after 20 s (too long to extract)' });
    expect(FakeWorker.all[0]!.terminated).toBe(true);
    const fresh = FakeWorker.all[1]!;
    expect(fresh.received.map((m) => m.name)).toEqual(['next.txt']);
    fresh.answer(refused(1, 'next.txt: empty file'));
    expect(await next).toMatchObject({ ok: false, reason: 'next.txt: empty file' });
  });

  it('cancels the file at work and those waiting', async () => {
    const extractor = createExtractor({ makeWorker: () => new FakeWorker() });
    const jobs = ['a.txt', 'b.txt', 'c.txt'].map((name) => extractor.extract(name, file(name)));
    extractor.cancel();
    expect(await Promise.all(jobs)).toEqual(['a.txt', 'b.txt', 'c.txt'].map((name) => ({ ok: false, stopped: 'cancelled', reason: `${name}: cancelled` })));
    expect(FakeWorker.all[0]!.terminated).toBe(true);
    const after = extractor.extract('d.txt', file('d'));
    FakeWorker.all[1]!.answer(refused(3, 'd.txt: empty file'));
    expect(await after).toMatchObject({ reason: 'd.txt: empty file' });
  });

  it('names the file when the worker itself fails', async () => {
    const extractor = createExtractor({ makeWorker: () => new FakeWorker() });
    const job = extractor.extract('boom.docx', file('x'));
    FakeWorker.all[0]!.onerror?.({ message: 'out of memory', preventDefault: () => undefined } as ErrorEvent);
    expect(await job).toEqual({ ok: false, reason: 'boom.docx: the extract worker failed: out of memory' });
  });
});
