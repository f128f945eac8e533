// What is loaded (reports, cities, years) and the language switch.
import type { ReactElement } from 'react';
import type { Summary } from '../../query/summary.ts';
import type { UserUpload } from '../upload/api/user-uploads-query.ts';
import type { Lang } from '../../query/view-state.ts';
import { useWords } from '../i18n/lang.tsx';

const LANGS: { lang: Lang; label: string }[] = [{ lang: 'zh', label: '中文' }, { lang: 'en', label: 'English' }];

export function Header({ summary, uploads, onLang }: { summary: Summary | null; uploads: readonly UserUpload[]; onLang: (lang: Lang) => void }): ReactElement {
  const { t, lang } = useWords();
  return (
    <header className="top">
      <h1>{t.title}</h1>
      {summary && (
        <p className="loaded" data-testid="loaded">
          {t.loaded(summary.reports, summary.cities, t.years(summary.firstYear, summary.lastYear))}
          {uploads.length > 0 && (
            <span data-testid="uploads-loaded">
              {' · '}{t.uploadsLoaded(uploads.length, uploads.reduce((n, { file }) => n + (file.kind === 'indicators' ? file.figures.length : 0), 0))}
            </span>
          )}
        </p>
      )}
      <div className="langs" role="group" aria-label={t.language}>
        {LANGS.map((option) => (
          <button key={option.lang} type="button" lang={option.lang === 'zh' ? 'zh-CN' : 'en'} aria-pressed={lang === option.lang}
            onClick={() => onLang(option.lang)}>{option.label}</button>
        ))}
      </div>
    </header>
  );
}
