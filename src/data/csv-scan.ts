// CSV records straight from UTF-8 bytes, chunk by chunk: no text is decoded here, so a file of
// millions of rows is never one string. Fields are handed on as byte ranges of the buffer at hand;
// whoever takes them decodes, parses or copies what it needs before the next record.
//
// The dialect is papaparse's (which read these files before): RFC 4180 quotes ("" inside quotes is
// one "), a quote that does not open a cell is an ordinary character, a closing quote may be
// followed by spaces before the delimiter, a "closing" quote followed by anything else is taken as
// data (papaparse's InvalidQuotes) and the cell goes on to the next quote, and a quote that never
// closes makes the rest of the file one cell (papaparse's MissingQuotes). Unlike papaparse, a record
// ends at any of CRLF, LF or CR, not only at the line ending guessed from the start of the file, and a
// closing quote followed by spaces at the very end of the file closes its cell (papaparse reads it
// as a quote that never closes).

const QUOTE = 0x22;
const LF = 0x0a;
const CR = 0x0d;
const SPACE = 0x20;
const TAB = 0x09;

/** One record: field k is bytes[starts[k], ends[k]) with quotes already taken off. Valid until the next record. */
export interface CsvFields {
  bytes: Uint8Array;
  starts: Int32Array;
  ends: Int32Array;
  count: number;
  /** The last field is a quote that never closed: it runs to the end of the file. */
  unclosed: boolean;
}

export interface CsvScanner {
  /** Hands a chunk over. The chunk is read, never written (a record with "" in it is unescaped in a copy). */
  push(chunk: Uint8Array): void;
  /** The end of the file: the last record (with no line end after it, or with an unclosed quote). */
  end(): void;
  /** Bytes of a record not finished yet (0 after a line end). */
  readonly pending: number;
}

/** The delimiter of a header line: a comma, else the commonest of tab, semicolon and bar (as papaparse guesses). */
export function guessDelimiter(firstLine: Uint8Array): number {
  const counts = new Map<number, number>([[0x2c, 0], [TAB, 0], [0x3b, 0], [0x7c, 0]]);
  let quoted = false;
  for (const byte of firstLine) {
    if (byte === QUOTE) quoted = !quoted;
    else if (!quoted && counts.has(byte)) counts.set(byte, counts.get(byte)! + 1);
  }
  if (counts.get(0x2c)! > 0) return 0x2c;
  let best = 0x2c;
  let most = 0;
  for (const [byte, count] of counts) if (count > most) [best, most] = [byte, count];
  return best;
}

const INCOMPLETE = -1;

export function createCsvScanner(onRecord: (record: CsvFields) => void, delimiter = 0x2c): CsvScanner {
  // the bytes that end an unquoted cell: one load a byte instead of three comparisons
  const endsCell = new Uint8Array(256);
  endsCell[delimiter] = endsCell[LF] = endsCell[CR] = 1;
  let starts = new Int32Array(64);
  let ends = new Int32Array(64);
  let escaped = new Uint8Array(64); // field k holds "" to be made "
  const record: CsvFields = { bytes: new Uint8Array(0), starts, ends, count: 0, unclosed: false };
  // the bytes of a record not finished at the end of a chunk (it starts at carry[0]), grown by doubling
  let carry = new Uint8Array(1 << 16);
  let carried = 0;
  // in the carried record, the quoted field whose closing quote was being looked for and how far
  // (from the record's start) the search got: a long quoted cell is searched through once, not once a chunk
  let resumeField = -1;
  let resumeAt = 0;
  let resumeEscapes = false; // and whether it had passed a "" on the way

  const grow = (count: number) => {
    if (count < starts.length) return;
    const size = starts.length * 2;
    const more = <T extends Int32Array | Uint8Array>(old: T, fresh: T): T => {
      fresh.set(old);
      return fresh;
    };
    starts = more(starts, new Int32Array(size));
    ends = more(ends, new Int32Array(size));
    escaped = more(escaped, new Uint8Array(size));
    record.starts = starts;
    record.ends = ends;
  };

  // a record with "" in it is copied here and unescaped in the copy: the chunk itself is never written,
  // so that a block of a file can be read again (load-blocks.ts)
  let scratch = new Uint8Array(256);

  /** "" → " within field k, in place; moves its end. */
  const unescape = (bytes: Uint8Array, k: number) => {
    let write = starts[k]!;
    const end = ends[k]!;
    for (let read = write; read < end; read++, write++) {
      const byte = bytes[read]!;
      bytes[write] = byte;
      if (byte === QUOTE && read + 1 < end && bytes[read + 1] === QUOTE) read++; // the second quote of a pair
    }
    ends[k] = write;
  };

  let anyEscaped = false; // in the record at hand
  const emit = (bytes: Uint8Array, count: number, unclosed: boolean) => {
    resumeField = -1;
    if (anyEscaped) {
      const from = starts[0]!;
      const to = ends[count - 1]!;
      if (to - from > scratch.length) scratch = new Uint8Array(Math.max(to - from, scratch.length * 2));
      scratch.set(bytes.subarray(from, to));
      bytes = scratch;
      for (let k = 0; k < count; k++) {
        starts[k]! -= from;
        ends[k]! -= from;
      }
      for (let k = 0; k < count; k++) {
        if (escaped[k]) {
          unescape(bytes, k);
          escaped[k] = 0;
        }
      }
      anyEscaped = false;
    }
    record.bytes = bytes;
    record.count = count;
    record.unclosed = unclosed;
    onRecord(record);
  };

  const stopAt = (field: number, at: number, escapes: boolean) => {
    resumeField = field;
    resumeAt = at;
    resumeEscapes = escapes;
    return incomplete(field);
  };
  /** The record is scanned again from its start with more bytes: no field of it is marked yet. */
  const incomplete = (count: number) => {
    escaped.fill(0, 0, count + 1);
    return INCOMPLETE;
  };

  /**
   * One record from `at`: its fields into starts/ends, and the position after its line end, or
   * INCOMPLETE when the buffer ends first (and it is not the file's end). Nothing past `length` is read.
   */
  const scanRecord = (bytes: Uint8Array, at: number, length: number, last: boolean): number => {
    let count = 0;
    let p = at;
    anyEscaped = false;
    // locals, not the closure's variables, in the loop over cells (grow() replaces the arrays)
    let fieldStarts = starts;
    let fieldEnds = ends;
    const cellEnds = endsCell;
    for (;;) {
      if (count + 1 >= fieldStarts.length) {
        grow(count + 1);
        fieldStarts = starts;
        fieldEnds = ends;
      }
      if (p < length && bytes[p] === QUOTE) {
        const open = p + 1;
        const resume = resumeField === count;
        let search = resume ? Math.max(open, at + resumeAt) : open;
        let hasEscapes = resume && resumeEscapes;
        for (;;) {
          const close = search < length ? bytes.indexOf(QUOTE, search) : -1;
          if (close < 0 || close >= length) {
            if (!last) return stopAt(count, length - at, hasEscapes); // nothing before here closes this cell
            // never closes: the rest of the file is the cell, as it stands
            starts[count] = open;
            ends[count] = length;
            emit(bytes, count + 1, true);
            return length;
          }
          if (close + 1 < length && bytes[close + 1] === QUOTE) {
            hasEscapes = true;
            search = close + 2;
            continue;
          }
          let after = close + 1;
          while (after < length && (bytes[after] === SPACE || bytes[after] === TAB)) after++;
          if (after >= length && !last) return stopAt(count, close - at, hasEscapes); // "" or a closing quote: the next chunk tells
          const next = after < length ? bytes[after]! : LF;
          if (next === delimiter || next === LF || next === CR) {
            starts[count] = open;
            ends[count] = close;
            escaped[count] = hasEscapes ? 1 : 0;
            if (hasEscapes) anyEscaped = true;
            count++;
            p = after;
            break;
          }
          search = close + 1; // a quote inside the cell's data: the cell goes on
        }
      } else {
        const start = p;
        while (p < length && cellEnds[bytes[p]!] === 0) p++;
        if (p >= length && !last) return incomplete(count);
        fieldStarts[count] = start;
        fieldEnds[count] = p;
        count++;
      }
      if (p >= length) {
        emit(bytes, count, false);
        return length;
      }
      const byte = bytes[p]!;
      if (byte === delimiter) {
        p++;
        continue;
      }
      // a line end: CRLF, LF or CR (a CR that ends a chunk, its LF in the next, makes an empty record: skipped)
      p++;
      if (byte === CR && p < length && bytes[p] === LF) p++;
      emit(bytes, count, false);
      return p;
    }
  };

  /** Every whole record of bytes[0, length); returns where the unfinished one starts. */
  const scan = (bytes: Uint8Array, length: number, last: boolean): number => {
    let at = 0;
    while (at < length) {
      const next = scanRecord(bytes, at, length, last);
      if (next === INCOMPLETE) break;
      at = next;
    }
    return at;
  };

  const reserve = (size: number) => {
    if (size <= carry.length) return;
    let capacity = carry.length;
    while (capacity < size) capacity *= 2;
    const bigger = new Uint8Array(capacity);
    bigger.set(carry.subarray(0, carried));
    carry = bigger;
  };

  return {
    push(chunk) {
      if (chunk.length === 0) return;
      if (carried === 0) {
        const done = scan(chunk, chunk.length, false);
        reserve(chunk.length - done);
        carry.set(chunk.subarray(done));
        carried = chunk.length - done;
        return;
      }
      reserve(carried + chunk.length);
      carry.set(chunk, carried);
      const length = carried + chunk.length;
      const done = scan(carry, length, false);
      if (done > 0) carry.copyWithin(0, done, length);
      carried = length - done;
    },
    end() {
      if (carried > 0) scan(carry, carried, true);
      carried = 0;
    },
    get pending() {
      return carried;
    },
  };
}
