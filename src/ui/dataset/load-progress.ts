// How far the embedded data's loading has got, for the progress bar: the parse worker's reports,
// kept outside React (they come ten times a second) and read with useSyncExternalStore.
import { useSyncExternalStore } from 'react';
import type { ParseProgress } from '../../workers/parse-client.ts';

let current: ParseProgress | null = null;
const listeners = new Set<() => void>();

export function setLoadProgress(progress: ParseProgress | null): void {
  current = progress;
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export const useLoadProgress = (): ParseProgress | null => useSyncExternalStore(subscribe, () => current);
