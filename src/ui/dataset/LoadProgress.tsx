// While the embedded data streams in: how many rows are read, and a bar of the bytes (when the server
// says how many there are). The parse worker reports ten times a second; the page stays free meanwhile.
import type { ReactElement } from 'react';
import { useLoadProgress } from './load-progress.ts';
import { useWords } from '../i18n/lang.tsx';

export function LoadProgress(): ReactElement {
  const { t } = useWords();
  const progress = useLoadProgress();
  const share = progress && progress.total > 0 ? Math.min(100, Math.floor((100 * progress.bytes) / progress.total)) : null;
  return (
    <div className="empty loading" role="status" data-testid="load-progress">
      <p>{progress ? t.empty.loadingRows(progress.records, share) : t.empty.loading}</p>
      <progress max={100} value={share ?? undefined} aria-label={t.empty.loading} />
    </div>
  );
}
