// The tooltip of every chart: the figure, its status, and where it comes from.
import type { ReactElement } from 'react';
import type { Entry } from '../../query/series.ts';
import { useWords } from '../i18n/lang.tsx';
import { cellText, othersText } from '../table/cells.ts';

export function EntryTip({ entry, label }: { entry: Entry; label: string }): ReactElement {
  const words = useWords();
  const { t } = words;
  const { figure } = entry;
  return (
    <div className="tip">
      <strong>{label}</strong>
      <div className="tip-value">
        {figure.masked ? t.masked : `${figure.approx ? `${t.approx} ` : ''}${figure.value} ${words.unitName(figure.unit, figure.indicator)}`}
      </div>
      <div>{cellText('period', entry, words)} · {cellText('status', entry, words)}</div>
      {entry.parts > 0 && <div>{t.partsBeside(entry.parts)}</div>}
      {entry.alternatives.length > 0 && <div>{othersText(entry, words)}</div>}
      <div className="tip-quote">“{figure.quote}”</div>
    </div>
  );
}

/** Recharts hands the tooltip its payload; the datum carries the entry. */
export function tooltipContent(labelOf: (entry: Entry) => string) {
  return function Content(props: { active?: boolean; payload?: readonly { payload?: unknown }[] }): ReactElement | null {
    const datum = props.payload?.[0]?.payload as { entry?: Entry } | undefined;
    if (!props.active || !datum?.entry) return null;
    return <EntryTip entry={datum.entry} label={labelOf(datum.entry)} />;
  };
}
