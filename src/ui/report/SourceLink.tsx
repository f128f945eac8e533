// A report's source: what kind of site it is (official or a copy), and the address as a link. Its text
// is the table's and the export's cell: "官方网站 https://…".
import type { ReactElement } from 'react';
import { sourceUrl, type SourceKind } from '../../query/sources.ts';
import { useWords } from '../i18n/lang.tsx';

export function SourceLink({ source, kind }: { source: string; kind: SourceKind }): ReactElement {
  const { t } = useWords();
  const url = sourceUrl(source);
  return (
    <span className={`source-kind source-${kind}`} data-source-kind={kind}>
      <span className="source-badge">{t.sourceKinds[kind]}</span>
      {source && ' '}
      {url ? (
        <a href={url.href} target="_blank" rel="noopener noreferrer" title={source} onClick={(event) => event.stopPropagation()}>{source}</a>
      ) : source ? <span className="muted">{source}</span> : null}
    </span>
  );
}
