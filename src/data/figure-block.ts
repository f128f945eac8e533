// One block of a large indicators.csv, read into columns of its own (by a helper thread, or by the lead
// that cuts the file: load-blocks.ts), and its rejected rows numbered in the file once it is placed.
import { blank, lineEnds, LISTED_ERRORS, Rejections } from './csv-table.ts';
import { createCsvScanner } from './csv-scan.ts';
import type { FigureColumns } from './figure-columns.ts';
import { IndicatorTable } from './indicator-table.ts';
import type { RowError } from './schema.ts';

/** A piece of an indicators.csv whose header is known: whole records from a record boundary to a line end, or to the file's end. */
export interface FigureBlockJob {
  index: number;
  chunks: Uint8Array[]; // the bytes (UTF-8, no BOM), in pieces
  header: string[];
  delimiter: number;
  first: boolean; // the file's start: its first record that is not blank is the header
  last: boolean; // the file's end
}

/** A block read into columns. Records and rows are counted from the block's start (its first record is row 1). */
export interface FigureBlock {
  index: number;
  figures: FigureColumns; // its own repeats marked (those of a report in several blocks are marked once the blocks are one)
  records: number;
  rejected: number;
  errors: RowError[];
  /** The block ended inside a quoted cell before the file's end: its cut was not a record boundary, and it is read again with the next. */
  openEnd: boolean;
  bytes: number;
  chunks: Uint8Array[]; // the job's bytes, unchanged (handed back: a block that ended open is read again)
  first: boolean;
  last: boolean;
}

/** Reads one block (in a worker of its own, or by the thread that cuts them). */
export function loadFigureBlock(job: FigureBlockJob): FigureBlock {
  const rejections = new Rejections();
  const bytes = job.chunks.reduce((sum, chunk) => sum + chunk.length, 0);
  // about 135 bytes a row in the extractor's files: room for that, grown if a file has shorter rows
  const table = new IndicatorTable(job.header, rejections, Math.max(64, Math.ceil(bytes / 120)));
  let records = 0;
  let header = job.first;
  const scanner = createCsvScanner((record) => {
    if (!record.unclosed && blank(record)) return;
    if (header) {
      header = false;
      return;
    }
    records++;
    if (record.unclosed) table.reject(records, 'unclosed-quote', '', String(lineEnds(record)));
    else table.add(record, records);
  }, job.delimiter);
  for (const chunk of job.chunks) scanner.push(chunk);
  const openEnd = !job.last && scanner.pending > 0;
  if (!openEnd) scanner.end();
  return {
    index: job.index, figures: table.columns.finishBlock(), records, rejected: rejections.rejected, errors: rejections.errors, openEnd,
    bytes, chunks: job.chunks, first: job.first, last: job.last,
  };
}

/** Rejected rows of a block, numbered in the file (records before it, and the header). */
export function mergeRejections(into: { errors: RowError[]; rejected: number }, block: FigureBlock, recordsBefore: number): void {
  into.rejected += block.rejected;
  for (const error of block.errors) {
    if (into.errors.length >= LISTED_ERRORS) break;
    into.errors.push({ ...error, row: error.row + recordsBefore + 1 });
  }
}
