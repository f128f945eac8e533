// The rows the chart draws, with their quotes. A row opens its report at the quoted clause.
import type { KeyboardEvent, ReactElement } from 'react';
import type { Entry, Series } from '../../query/series.ts';
import { USER_ORIGIN } from '../../query/user-data.ts';
import { useWords } from '../i18n/lang.tsx';
import { cellText, columnsFor, othersText } from './cells.ts';

// the user's own figures (reports they reviewed and added) are marked beside the others
const mine = (entry: Entry) => entry.figure.origin === USER_ORIGIN;

export function FigureTable({ series, onOpen }: { series: Series; onOpen: (entry: Entry) => void }): ReactElement {
  const words = useWords();
  const { t } = words;
  const columns = columnsFor(series.view);
  const onKey = (entry: Entry) => (event: KeyboardEvent) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      onOpen(entry);
    }
  };
  return (
    <div className="table-wrap">
      <table className="figures" aria-label={t.table}>
        <thead>
          <tr>{columns.map((column) => <th key={column} scope="col" className={`col-${column}`}>{t.columns[column]}</th>)}</tr>
        </thead>
        <tbody>
          {series.entries.map((entry) => (
            <tr key={entry.key} data-entry={entry.key} tabIndex={0} title={mine(entry) ? `${t.origins.mine} · ${t.openReport}` : t.openReport}
              data-origin={mine(entry) ? 'mine' : undefined}
              className={[entry.role === 'part' ? 'part' : '', entry.figure.masked ? 'masked' : '', mine(entry) ? 'mine' : ''].join(' ').trim() || undefined}
              onClick={() => onOpen(entry)} onKeyDown={onKey(entry)}>
              {columns.map((column) => {
                // other totals are told in the title (and marked by CSS), so the cell's text stays the CSV's cell
                const others = (column === 'value' && othersText(entry, words)) || undefined;
                return (
                  <td key={column} className={`col-${column}${others ? ' has-others' : ''}`} title={others}>
                    {cellText(column, entry, words)}
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
