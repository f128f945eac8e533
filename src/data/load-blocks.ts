// An indicators.csv read on every core. The thread that receives the bytes (the lead) cuts them into
// blocks of about BLOCK_BYTES at line ends, hands each to a helper thread or reads it itself when they
// are all busy, and appends the blocks' columns in file order as they come back (their dictionaries
// renumbered: figure-columns.ts append), so that the result is what one thread reading the whole file
// gives (load-csv.ts), row for row and rejection for rejection.
//
// A cut is made after a line end without knowing whether that line end is inside a quoted cell (a
// quote may hold line breaks): a guess, checked once the block before it is read. A block that starts
// at a record boundary and ends with its records closed proves the next cut right; a block whose last
// record is still inside a quote at its end (openEnd) proves it wrong, and is read again together with
// the next block. The scanner never writes its input, so a block's bytes come back unchanged for that.
//
// Files that are small, not UTF-8 (GBK and UTF-16 are re-encoded as they stream: uploads from Excel,
// small), or reports.csv are read by one thread as before.
import { BLOCK_BYTES, PARALLEL_MIN_BYTES } from './block-sizes.ts';
import { FigureColumnsBuilder, transferables } from './figure-columns.ts';
import { guessDelimiter } from './csv-scan.ts';
import { loadFigureBlock, mergeRejections, type FigureBlock, type FigureBlockJob } from './figure-block.ts';
import { createCsvLoader, DETECT_BYTES, readHeader, sniffEncoding, tableKind, type CsvLoader, type LoadedFile } from './load-csv.ts';
import type { RowError } from './schema.ts';

/** Blocks a helper holds at once: one read, one waiting, so that it never waits for the lead. */
const IN_FLIGHT = 2;

/** The other threads that read blocks. */
export interface BlockHelpers {
  readonly count: number;
  /** Block `job` read by helper `helper`. Its chunks are handed over (transferred): each is a whole buffer. */
  read(helper: number, job: FigureBlockJob): Promise<FigureBlock>;
}

export interface ParallelLoaderOptions {
  /** The file's size, when known: files under minBytes are read by this thread alone. */
  expectedBytes?: number;
  /** The bytes are known to be UTF-8. */
  encoding?: 'utf-8';
  blockBytes?: number;
  minBytes?: number;
  /** Runs `work` soon as a task of its own (so that helpers' answers are taken in between). */
  defer?: (work: () => void) => void;
}

export interface ParallelCsvLoader {
  /** The next bytes of the file, handed over (they may be transferred to a helper). Wait for the promise when there is one: the blocks are not keeping up. */
  push(chunk: Uint8Array): Promise<void> | void;
  finish(): Promise<LoadedFile>;
  /** Data records read so far (of the blocks put together). */
  readonly records: number;
}

const LF = 0x0a;

function concat(chunks: readonly Uint8Array[]): Uint8Array {
  if (chunks.length === 1) return chunks[0]!;
  const all = new Uint8Array(chunks.reduce((sum, chunk) => sum + chunk.length, 0));
  let at = 0;
  for (const chunk of chunks) {
    all.set(chunk, at);
    at += chunk.length;
  }
  return all;
}

/**
 * A task as soon as possible: setImmediate in Node, a message to itself in a browser (setTimeout's
 * nested calls wait 4 ms each, a tenth of a block's reading).
 */
function soon(work: () => void): void {
  if (typeof setImmediate === 'function') {
    setImmediate(work);
    return;
  }
  const channel = new MessageChannel();
  channel.port1.onmessage = () => {
    channel.port1.close();
    work();
  };
  channel.port2.postMessage(null);
}

/** What a block's answer hands over rather than copies: its columns and its bytes. */
export function blockTransferables(block: FigureBlock): ArrayBuffer[] {
  return [...new Set([...transferables(block.figures), ...block.chunks.map((chunk) => chunk.buffer as ArrayBuffer)])];
}

/** A chunk that is a view of part of a buffer is copied: transferring it would take the rest of the buffer with it. */
const whole = (chunk: Uint8Array) => (chunk.byteOffset === 0 && chunk.byteLength === chunk.buffer.byteLength ? chunk : chunk.slice());

export function createParallelCsvLoader(helpers: BlockHelpers | null, options: ParallelLoaderOptions = {}): ParallelCsvLoader {
  const blockBytes = options.blockBytes ?? BLOCK_BYTES;
  const minBytes = options.minBytes ?? PARALLEL_MIN_BYTES;
  const defer = options.defer ?? soon;
  const parallel = helpers !== null && helpers.count > 0 && (options.expectedBytes ?? 0) >= minBytes;

  let sequential: CsvLoader | null = null;
  const waiting: Uint8Array[] = [];
  let waitingBytes = 0;
  let started = false;

  let header: string[] = [];
  let delimiter = 0x2c;
  let pending: Uint8Array[] = [];
  let pendingBytes = 0;
  let cutBlocks = 0;
  let lastCut = false;
  const queue: FigureBlockJob[] = [];
  const inFlight = new Int32Array(helpers?.count ?? 0);
  const done = new Map<number, FigureBlock>();
  let merged = 0; // blocks put together, in file order
  let mergedBytes = 0;
  let sized = false;
  const builder = new FigureColumnsBuilder(1 << 14);
  const rejections: { errors: RowError[]; rejected: number } = { errors: [], rejected: 0 };
  // per report (the file's numbering): the last block it was in, and whether it was in more than one
  const lastBlock: number[] = [];
  const spanning: number[] = [];
  let records = 0;
  let failure: unknown = null;
  let localScheduled = false;
  const listeners: (() => void)[] = []; // waiting for room in the queue, or for the end

  const wake = () => {
    for (const listener of listeners.splice(0)) listener();
  };

  const fail = (error: unknown) => {
    failure ??= error;
    wake();
  };

  /** The blocks that came back, put together in file order as far as they reach. */
  const mergeReady = () => {
    for (;;) {
      const block = done.get(merged);
      if (!block) return;
      if (block.openEnd) {
        // the cut after it was inside a quoted cell: read it again with the next block, as one
        const next = done.get(merged + 1);
        if (!next) return;
        done.delete(merged);
        done.set(merged + 1, loadFigureBlock({
          index: merged + 1, chunks: [...block.chunks, ...next.chunks], header, delimiter, first: block.first, last: next.last,
        }));
        merged++;
        continue;
      }
      done.delete(merged);
      const reports = builder.append(block.figures);
      for (let id = 0; id < reports.length; id++) {
        const g = reports[id]!;
        if (g >= lastBlock.length) lastBlock.push(merged);
        else if (lastBlock[g] !== merged) {
          spanning[g] = 1;
          lastBlock[g] = merged;
        }
      }
      mergeRejections(rejections, block, records);
      records += block.records;
      mergedBytes += block.bytes;
      merged++;
      if (!sized && options.expectedBytes && builder.length >= 1000) {
        sized = true;
        builder.reserve(Math.ceil((options.expectedBytes / mergedBytes) * builder.length * 1.02));
      }
    }
  };

  const received = (block: FigureBlock) => {
    done.set(block.index, block);
    try {
      mergeReady();
    } catch (error) {
      fail(error);
    }
    wake();
  };

  /** Queued blocks to helpers with room; what is left is read here, a block a task. */
  const pump = () => {
    for (let helper = 0; helper < inFlight.length && queue.length > 0; helper++) {
      while (inFlight[helper]! < IN_FLIGHT && queue.length > 0) {
        const job = queue.shift()!;
        inFlight[helper]!++;
        helpers!.read(helper, { ...job, chunks: job.chunks.map(whole) }).then((block) => {
          inFlight[helper]!--;
          received(block);
          pump();
        }, fail);
      }
    }
    if (queue.length > 0 && !localScheduled) {
      localScheduled = true;
      defer(readHere);
    }
    wake();
  };

  const readHere = () => {
    localScheduled = false;
    const job = queue.shift();
    if (job) {
      try {
        received(loadFigureBlock(job));
      } catch (error) {
        fail(error);
      }
    }
    pump();
  };

  const cut = (last: boolean) => {
    queue.push({ index: cutBlocks, chunks: pending, header, delimiter, first: cutBlocks === 0, last });
    cutBlocks++;
    pending = [];
    pendingBytes = 0;
  };

  /** Bytes onto the block being filled, cut into blocks at the first line end past blockBytes (a large chunk makes several). */
  const add = (chunk: Uint8Array) => {
    let rest = chunk;
    while (rest.length > 0) {
      const wanted = blockBytes - pendingBytes;
      const lf = rest.length < wanted ? -1 : rest.indexOf(LF, Math.max(0, wanted - 1));
      if (lf < 0) {
        // the block grows until a line end comes
        pending.push(rest);
        pendingBytes += rest.length;
        return;
      }
      // views of part of a buffer are copied when they go to a helper (whole), so the parts may share it
      pending.push(rest.subarray(0, lf + 1));
      cut(false);
      rest = rest.subarray(lf + 1);
    }
  };

  /** Decides, from the file's start, whether it is read in blocks. */
  const start = (whole: boolean) => {
    started = true;
    const prefix = concat(waiting.splice(0));
    if (parallel) {
      const sniffed = sniffEncoding(prefix, whole, options.encoding === 'utf-8');
      if (sniffed.encoding === 'utf-8') {
        const bom = prefix[0] === 0xef && prefix[1] === 0xbb && prefix[2] === 0xbf ? 3 : 0;
        const body = prefix.subarray(bom);
        delimiter = guessDelimiter(new TextEncoder().encode(sniffed.firstLine));
        const fields = readHeader(body, delimiter);
        if (fields && tableKind(fields) === 'indicators') {
          header = fields;
          add(body);
          return;
        }
      }
    }
    sequential = createCsvLoader(options);
    sequential.push(prefix);
  };

  const room = (): Promise<void> | void => {
    if (failure) throw failure;
    if (queue.length <= 1) return;
    return new Promise<void>((resolve) => listeners.push(resolve)).then(room);
  };

  return {
    push(chunk) {
      if (failure) throw failure;
      if (sequential) return sequential.push(chunk);
      if (!started) {
        waiting.push(chunk);
        waitingBytes += chunk.length;
        if (waitingBytes < DETECT_BYTES) return;
        start(false);
        if (sequential) return;
      } else add(chunk);
      pump();
      return room();
    },
    async finish() {
      if (!started) start(true);
      if (sequential) return (sequential as CsvLoader).finish();
      if (!lastCut) {
        lastCut = true;
        cut(true);
        pump();
      }
      while (merged < cutBlocks && !failure) await new Promise<void>((resolve) => listeners.push(resolve));
      if (failure) throw failure;
      const recheck = new Uint8Array(builder.reportIds.values.length);
      spanning.forEach((flag, g) => (recheck[g] = flag));
      return { kind: 'indicators', figures: builder.finish(recheck), errors: rejections.errors, rejected: rejections.rejected, records, encoding: 'utf-8' };
    },
    get records() {
      return sequential ? sequential.records : records;
    },
  };
}
