// One report file's bytes → the extractor's rows: the sequence the CLI and the browser's extract
// worker both run (read the file, make the extractor's input, extract). No DOM, no node:*.
import { extractReport, type Extraction } from '../extract/index.ts';
import type { ManifestEntry } from './csv.ts';
import { readReport, reportInput } from './read-report.ts';

export interface ExtractedFile {
  ok: true;
  extraction: Extraction;
  warnings: string[]; // from reading the file, e.g. replaced bytes
  extractMs: number; // time spent in extractReport
}

export interface RefusedFile {
  ok: false;
  reason: string; // names the file and says why
}

export type FileOutcome = ExtractedFile | RefusedFile;

export async function extractReportFile(fileName: string, bytes: Uint8Array, manifest?: readonly ManifestEntry[]): Promise<FileOutcome> {
  const read = await readReport(fileName, bytes);
  if (!read.ok) return { ok: false, reason: read.reason };
  const input = reportInput(fileName, read, manifest);
  const start = performance.now();
  try {
    const extraction = extractReport(input);
    return { ok: true, extraction, warnings: read.warnings, extractMs: performance.now() - start };
  } catch (error) {
    return { ok: false, reason: `${fileName}: the extractor failed: ${error instanceof Error ? error.message : String(error)}` };
  }
}
