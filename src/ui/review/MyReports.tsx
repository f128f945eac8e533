// The user's own reports on the main page: open the review (where files are extracted), how many
// reports and figures are on the dashboard, and clearing them all after asking.
import { useQueryClient } from '@tanstack/react-query';
import { useState, type ReactElement } from 'react';
import type { UserReport } from '../../data/user-store.ts';
import { clearUserReports } from './api/user-reports-query.ts';
import { useWords } from '../i18n/lang.tsx';
import { ConfirmDialog } from './ConfirmDialog.tsx';

export function MyReports({ mine, uploads, onReview }: { mine: UserReport[]; uploads: number; onReview: () => void }): ReactElement {
  const { t } = useWords();
  const client = useQueryClient();
  const [asking, setAsking] = useState(false);
  const added = mine.filter((report) => report.added);
  const figures = added.reduce((n, report) => n + (report.added?.rows.length ?? 0), 0);
  const drafts = mine.length - added.length;
  return (
    <div className="my-reports" data-testid="my-reports" role="region" aria-label={t.origins.mine}>
      <button type="button" className="primary" onClick={onReview}>{mine.length ? t.mine.review : t.mine.extract}</button>
      {mine.length > 0 && <span role="status">{t.mine.summary(added.length, figures)}{drafts > 0 && ` · ${t.mine.drafts(drafts)}`}</span>}
      {(mine.length > 0 || uploads > 0) && <button type="button" className="link" onClick={() => setAsking(true)}>{t.mine.clear}</button>}
      {asking && (
        <ConfirmDialog message={t.mine.confirmClear} onCancel={() => setAsking(false)}
          onConfirm={() => { setAsking(false); void clearUserReports(client); }} />
      )}
    </div>
  );
}
