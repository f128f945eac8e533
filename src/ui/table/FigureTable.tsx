// The rows of the view with their quotes, a page at a time: the table says how many rows there are
// and never puts more than PAGE_ROWS of them into the page. A row opens its report at the quoted clause.
import { useState, type KeyboardEvent, type ReactElement } from 'react';
import { USER_ORIGIN } from '../../query/dataset.ts';
import type { Entry, Series } from '../../query/series.ts';
import { useWords } from '../i18n/lang.tsx';
import { SourceLink } from '../report/SourceLink.tsx';
import { cellText, columnsFor, othersText } from './cells.ts';

export const PAGE_ROWS = 100;

// the user's own figures (reports they reviewed and added) are marked beside the others
const mine = (entry: Entry) => entry.figure.origin === USER_ORIGIN;

export function FigureTable({ series, onOpen, onPlace }: { series: Series; onOpen: (entry: Entry) => void; onPlace: (place: string) => void }): ReactElement {
  const words = useWords();
  const { t } = words;
  // the page, for this series: a new view starts at the first page
  const [at, setAt] = useState({ series, page: 0 });
  const page = at.series === series ? at.page : 0;
  const pages = Math.max(1, Math.ceil(series.rows / PAGE_ROWS));
  const go = (next: number) => setAt({ series, page: Math.min(pages - 1, Math.max(0, next)) });
  const entries = series.rowsAt(page * PAGE_ROWS, (page + 1) * PAGE_ROWS);
  const columns = columnsFor(series.view);
  const onKey = (entry: Entry) => (event: KeyboardEvent) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      onOpen(entry);
    }
  };
  return (
    <div className="table-wrap">
      <div className="table-pages" role="group" aria-label={t.table}>
        <span data-testid="table-rows">{t.tableRows(series.rows)}</span>
        {pages > 1 && (
          <>
            <button type="button" onClick={() => go(page - 1)} disabled={page === 0}>{t.previousPage}</button>
            <span>{t.page(page + 1, pages)}</span>
            <button type="button" onClick={() => go(page + 1)} disabled={page === pages - 1}>{t.nextPage}</button>
          </>
        )}
      </div>
      <table className="figures" aria-label={t.table}>
        <thead>
          <tr>{columns.map((column) => <th key={column} scope="col" className={`col-${column}`}>{t.columns[column]}</th>)}</tr>
        </thead>
        <tbody>
          {entries.map((entry) => (
            <tr key={entry.key} data-entry={entry.key} tabIndex={0} title={mine(entry) ? `${t.origins.mine} · ${t.openReport}` : t.openReport}
              data-origin={mine(entry) ? 'mine' : undefined}
              data-doubt={entry.doubt ? 'yes' : undefined}
              className={[entry.role === 'part' ? 'part' : '', entry.figure.masked ? 'masked' : '', mine(entry) ? 'mine' : '', entry.doubt ? 'doubtful' : ''].join(' ').trim() || undefined}
              onClick={() => onOpen(entry)} onKeyDown={onKey(entry)}>
              {columns.map((column) => {
                // other totals are told in the title (and marked by CSS), so the cell's text stays the CSV's cell
                const others = (column === 'value' && othersText(entry, words)) || undefined;
                return (
                  <td key={column} className={`col-${column}${others ? ' has-others' : ''}`} title={others} data-label={t.columns[column]}>
                    {column === 'place' ? (
                      <button type="button" className="link place-link" title={t.placePage.open(words.placeName(entry.figure.place))}
                        onClick={(event) => { event.stopPropagation(); onPlace(entry.figure.place); }}>{cellText(column, entry, words)}</button>
                    ) : column === 'source' ? <SourceLink source={entry.figure.source} kind={entry.figure.sourceKind} />
                      : column === 'doubt' && entry.doubt ? <span className="doubt-mark">{cellText(column, entry, words)}</span>
                      : cellText(column, entry, words)}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
