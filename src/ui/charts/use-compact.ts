// True on a phone-sized screen, where the charts use narrower labels.
import { useSyncExternalStore } from 'react';

const QUERY = '(max-width: 640px)';

function subscribe(onChange: () => void): () => void {
  const media = window.matchMedia(QUERY);
  media.addEventListener('change', onChange);
  return () => media.removeEventListener('change', onChange);
}

export const useCompact = () => useSyncExternalStore(subscribe, () => window.matchMedia(QUERY).matches);
