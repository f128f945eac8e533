// The shared corpus beside the repository (../shared/corpus), read in place: the project keeps no
// copy of anyone's report. A test that needs a real report asks here, and without the corpus it says
// "skipped: ../shared/corpus not found" and passes.
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';

export const CORPUS = path.resolve(import.meta.dirname, '../../../shared/corpus');
export const CORPUS_SETS = ['seeds', 'dev', 'dev2', 'library'] as const;
// KANBAN_NO_SHARED=1 runs the tests as on a clone with nothing beside it
export const hasCorpus = existsSync(CORPUS) && !process.env.KANBAN_NO_SHARED;
export const SKIPPED = 'skipped: ../shared/corpus not found';

let told = false;
/** Says once per test file that the corpus is absent; returns whether it is there. */
export function corpusOrSkip(): boolean {
  if (!hasCorpus && !told) {
    told = true;
    console.log(SKIPPED);
  }
  return hasCorpus;
}

/** The path of a corpus report by its id (seed-000, r001, L1-001), or null. */
export function corpusReport(id: string): string | null {
  for (const set of CORPUS_SETS) {
    const file = path.join(CORPUS, set, 'reports', `${id}.txt`);
    if (existsSync(file)) return file;
  }
  return null;
}

/** Every report file of the given sets, sorted by set then name (empty without the corpus). */
export function corpusReports(sets: readonly string[] = CORPUS_SETS): string[] {
  if (!hasCorpus) return [];
  return sets.flatMap((set) => {
    const dir = path.join(CORPUS, set, 'reports');
    return existsSync(dir) ? readdirSync(dir).filter((name) => name.endsWith('.txt')).sort().map((name) => path.join(dir, name)) : [];
  });
}
