// The report files the reader and CLI tests use: the project's own fixtures (test/fixtures/files: a
// .docx and a web page it made, broken files) and, where ../shared is beside the repository, the two
// seed reports of the corpus read in place, with a GBK twin of seed-003 made here (no copy is kept).
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { corpusReport, hasCorpus } from './corpus.ts';
import { gbk } from './gbk.ts';

export const OWN_FILES = path.resolve(import.meta.dirname, '../fixtures/files');
export const SEED_FILES = ['seed-000.txt', 'seed-003-gbk.txt', 'seed-003.txt'] as const;

/** A seed report's bytes (seed-003-gbk.txt: seed-003 encoded as GBK). Only with the corpus. */
export function seedFile(name: string): Uint8Array {
  const gbkTwin = name.endsWith('-gbk.txt');
  const file = corpusReport(name.replace(/(-gbk)?\.txt$/, ''));
  if (!file) throw new Error(`${name}: ../shared/corpus not found`);
  const bytes = readFileSync(file);
  return gbkTwin ? gbk(new TextDecoder().decode(bytes)) : new Uint8Array(bytes);
}

/** A folder holding the project's own report files and, with the corpus, the seeds: made afresh. */
export function reportFilesDir(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'kanban-files-'));
  cpSync(OWN_FILES, dir, { recursive: true });
  if (hasCorpus) for (const name of SEED_FILES) writeFileSync(path.join(dir, name), seedFile(name));
  return dir;
}
