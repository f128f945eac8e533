// Rows an uploaded file repeats of an earlier file of the same side, found through one hash table.
import { DUPLICATE, MASKED } from '../data/figure-columns.ts';
import { USER_ORIGIN, type FigureSource } from './dataset.ts';

/**
 * Rows that repeat a row of an earlier source of the same side (an upload of the embedded file): per
 * source, 1 for a row to leave out. Each file's own repeats are marked already (DUPLICATE); here only
 * the later sources go into a hash table, and the first (the big embedded file) is scanned against it.
 */
export function crossDuplicates(sources: readonly FigureSource[], reportMaps: readonly Int32Array[]): (Uint8Array | undefined)[] {
  const dropped: (Uint8Array | undefined)[] = sources.map(() => undefined);
  const scopeIds = new Map<string, number>();
  const scopeMaps = sources.map((source) => Int32Array.from(source.figures.scopes, (scope) => {
    if (!scopeIds.has(scope)) scopeIds.set(scope, scopeIds.size);
    return scopeIds.get(scope)!;
  }));
  const identity = (s: number, k: number): string => {
    const columns = sources[s]!.figures;
    const masked = (columns.flags[k]! & MASKED) !== 0;
    return `${reportMaps[s]![columns.report[k]!]}|${columns.indicator[k]}|${masked ? 'masked' : columns.value[k]! + 0}|${columns.period[k]}|${columns.status[k]}|${scopeMaps[s]![columns.scope[k]!]}`;
  };
  // sources of one side: the embedded and uploaded files (the user's own are a side of their own, one source)
  const sides = new Map<number, number[]>();
  sources.forEach((source, s) => {
    const side = source.origin === USER_ORIGIN ? 1 : 0;
    sides.set(side, [...(sides.get(side) ?? []), s]);
  });
  for (const [first, ...later] of sides.values()) {
    if (first === undefined || later.length === 0) continue;
    const seen = new Map<string, [number, number]>();
    for (const s of later) {
      const columns = sources[s]!.figures;
      const drop = (dropped[s] = new Uint8Array(columns.length));
      for (let k = 0; k < columns.length; k++) {
        if ((columns.flags[k]! & DUPLICATE) !== 0) continue;
        const key = identity(s, k);
        if (seen.has(key)) drop[k] = 1;
        else seen.set(key, [s, k]);
      }
    }
    // only rows of reports the later files also have can repeat one of theirs
    const shared = new Set(later.flatMap((s) => [...new Set(reportMaps[s])]));
    const columns = sources[first]!.figures;
    const firstMap = reportMaps[first]!;
    const sharedReport = Uint8Array.from(columns.reportIds, (_, id) => Number(shared.has(firstMap[id]!)));
    for (let k = 0; k < columns.length; k++) {
      if ((columns.flags[k]! & DUPLICATE) !== 0 || !sharedReport[columns.report[k]!]) continue;
      const hit = seen.get(identity(first, k));
      if (hit) dropped[hit[0]]![hit[1]] = 1;
    }
  }
  return dropped;
}
