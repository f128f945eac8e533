// A figure repeated in one file: "the same indicator, value, period, status and scope stated twice in
// one report is one row" (the labelling guide). Rows are marked DUPLICATE in their columns, in file
// order, so that every view and count leaves them out without a copy of the columns.
import type { FigureColumns } from './figure-columns.ts';
import { DUPLICATE, MASKED } from './figure-flags.ts';

const valueBits = new Float64Array(1);
const valueWords = new Int32Array(valueBits.buffer);

/** Whether rows a and b state the same figure (report, indicator, value, period, status, scope). */
function sameFigure(columns: FigureColumns, a: number, b: number): boolean {
  const { report, indicator, value, period, status, scope, flags } = columns;
  if (report[a] !== report[b] || indicator[a] !== indicator[b] || period[a] !== period[b] || status[a] !== status[b] || scope[a] !== scope[b]) return false;
  const masked = (flags[a]! & MASKED) !== 0;
  return ((flags[b]! & MASKED) !== 0) === masked && (masked || value[a] === value[b]);
}

/** A hash of what makes two rows the same figure (sameFigure). */
function figureHash(columns: FigureColumns, k: number): number {
  const { report, indicator, value, period, status, flags, scope } = columns;
  const masked = (flags[k]! & MASKED) !== 0;
  valueBits[0] = masked ? 0 : value[k]! + 0; // + 0: -0 is 0
  let hash = Math.imul(report[k]! ^ 0x9e3779b9, 0x85ebca6b);
  hash = Math.imul(hash ^ (indicator[k]! | (period[k]! << 8) | (status[k]! << 16) | (masked ? 1 << 24 : 0)), 0xc2b2ae35);
  hash = Math.imul(hash ^ scope[k]!, 0x27d4eb2f);
  hash = Math.imul(hash ^ valueWords[0]!, 0x165667b1);
  hash = Math.imul(hash ^ valueWords[1]!, 0x9e3779b1);
  return hash ^ (hash >>> 15);
}

/**
 * markDuplicates again for the rows of some reports only (`reports[id]` 1), in file order: the blocks of a
 * file read apart have marked their own repeats, and a report whose rows lie in two blocks is checked whole here.
 */
export function markDuplicatesOf(columns: FigureColumns, reports: Uint8Array): void {
  const { length, report, flags } = columns;
  let rows = 0;
  for (let k = 0; k < length; k++) if (reports[report[k]!]) rows++;
  if (rows === 0) return;
  let size = 16;
  while (size < rows * 2) size *= 2;
  const slots = new Int32Array(size).fill(-1);
  const mask = size - 1;
  for (let k = 0; k < length; k++) {
    if (!reports[report[k]!]) continue;
    flags[k] = flags[k]! & ~DUPLICATE;
    markIfSeen(columns, slots, mask, k);
  }
}

/** The longest run of a report's rows checked against each other row by row; longer ones go to the hash table. */
const LOCAL_RUN = 64;

/**
 * "A figure repeated in one report (the same indicator, value, period, status and scope) is one row":
 * every row but the first of its kind gets DUPLICATE. A file lists a report's rows together, so a row
 * is compared with the rows of its report above it; a report whose rows come in several runs, or in a
 * long one, has its rows put in a hash table instead.
 */
export function markDuplicates(columns: FigureColumns): void {
  const { length, report, indicator, flags } = columns;
  const runs = new Int32Array(columns.reportIds.length);
  const hashed = new Uint8Array(columns.reportIds.length);
  let hashedRows = 0;
  for (let k = 0, runStart = 0; k <= length; k++) {
    if (k < length && k > 0 && report[k] === report[k - 1]) continue;
    if (k > 0) {
      const g = report[k - 1]!;
      runs[g]!++;
      if (runs[g]! > 1 || k - runStart > LOCAL_RUN) hashed[g] = 1;
    }
    runStart = k;
  }
  for (let k = 0; k < length; k++) if (hashed[report[k]!]) hashedRows++;
  let size = 16;
  while (size < hashedRows * 2) size *= 2;
  const slots = hashedRows > 0 ? new Int32Array(size).fill(-1) : null;
  const mask = size - 1;
  for (let k = 0, runStart = 0; k < length; k++) {
    if (k > 0 && report[k] !== report[k - 1]) runStart = k;
    if (!slots || !hashed[report[k]!]) {
      for (let j = runStart; j < k; j++) {
        if (indicator[j] === indicator[k] && sameFigure(columns, j, k)) {
          flags[k] = flags[k]! | DUPLICATE;
          break;
        }
      }
      continue;
    }
    markIfSeen(columns, slots, mask, k);
  }
}

/** Row k is marked a duplicate if an equal figure is in the open-addressed table `slots`, and goes in it if not. */
function markIfSeen(columns: FigureColumns, slots: Int32Array, mask: number, k: number): void {
  for (let slot = figureHash(columns, k) & mask; ; slot = (slot + 1) & mask) {
    const other = slots[slot]!;
    if (other < 0) {
      slots[slot] = k;
      return;
    }
    if (sameFigure(columns, other, k)) {
      columns.flags[k] = columns.flags[k]! | DUPLICATE;
      return;
    }
  }
}
