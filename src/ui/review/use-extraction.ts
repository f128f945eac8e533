// Extraction of the files a user gives, in the extract worker one at a time: a progress count, the
// files refused and why, and cancel. Each report extracted is handed on (to be saved) at once, so a
// file that fails later takes nothing away.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ExtractedFile } from '../../data/extract-file.ts';
import { createExtractor, type Extractor } from '../../workers/extract-client.ts';

export interface Refusal {
  name: string;
  reason: string; // from src/data (English, naming the file), or the client's
  why: 'read' | 'timeout' | 'cancelled' | 'taken';
  taken?: { id: string; file: string }; // why = 'taken': the report that has this report_id
}

export interface Progress {
  total: number;
  done: number;
  current: string; // the file at work
  refused: number;
}

/** Takes an extracted report; returns the report it collides with (by report_id), if any. */
export type Accept = (name: string, result: ExtractedFile) => Promise<{ id: string; file: string } | null>;

export function useExtraction(accept: Accept) {
  const extractor = useRef<Extractor | null>(null);
  const mounted = useRef(false);
  const acceptRef = useRef(accept);
  useEffect(() => {
    acceptRef.current = accept;
  });
  const [progress, setProgress] = useState<Progress | null>(null);
  const [refusals, setRefusals] = useState<Refusal[]>([]);

  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
      // React's StrictMode unmounts and mounts again at once in development: stop only on a real unmount
      setTimeout(() => {
        if (mounted.current) return;
        extractor.current?.cancel();
        extractor.current = null;
      });
    };
  }, []);

  const run = useCallback((files: readonly File[]) => {
    if (files.length === 0) return;
    extractor.current ??= createExtractor();
    const worker = extractor.current;
    setProgress((now) => (now && now.done < now.total
      ? { ...now, total: now.total + files.length }
      : { total: files.length, done: 0, current: files[0]?.name ?? '', refused: 0 }));
    setRefusals((list) => list.filter((refusal) => !files.some((file) => file.name === refusal.name)));
    files.forEach((file, k) => {
      void worker.extract(file.name, file).then(async (outcome) => {
        let refusal: Refusal | null = null;
        if (outcome.ok) {
          const taken = await acceptRef.current(file.name, outcome);
          if (taken) refusal = { name: file.name, reason: '', why: 'taken', taken };
        } else {
          refusal = { name: file.name, reason: outcome.reason, why: 'stopped' in outcome ? outcome.stopped : 'read' };
        }
        if (refusal) setRefusals((list) => [...list, refusal]);
        setProgress((now) => now && {
          ...now, done: now.done + 1, refused: now.refused + (refusal ? 1 : 0), current: files[k + 1]?.name ?? now.current,
        });
      });
    });
  }, []);

  const cancel = useCallback(() => extractor.current?.cancel(), []);
  return { run, cancel, progress, refusals, busy: progress !== null && progress.done < progress.total };
}
