// The view lives in the URL: reading it is parsing location.search, changing it is pushing a
// history entry (so Back/Forward step through the filters), and popstate re-renders.
import { useCallback, useMemo, useSyncExternalStore } from 'react';
import { parseViewState, serializeViewState, type ViewState } from '../../query/view-state.ts';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange);
  return () => window.removeEventListener('popstate', onChange);
}

const currentSearch = () => window.location.search;

export type SetView = (change: Partial<ViewState>, options?: { replace?: boolean }) => void;

export function useViewState(): [ViewState, SetView] {
  const search = useSyncExternalStore(subscribe, currentSearch);
  const state = useMemo(() => parseViewState(search), [search]);
  const setView = useCallback<SetView>((change, options) => {
    const next = serializeViewState({ ...parseViewState(window.location.search), ...change });
    if (next === window.location.search) return;
    const url = `${window.location.pathname}${next}${window.location.hash}`;
    if (options?.replace) window.history.replaceState(null, '', url);
    else window.history.pushState(null, '', url);
    window.dispatchEvent(new PopStateEvent('popstate'));
  }, []);
  return [state, setView];
}
