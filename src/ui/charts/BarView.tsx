// Horizontal bars, one per entry, in the order given (sorted by the series). Used by the city
// view and the breakdown view. A bar, its label and its masked stub open the figure's report.
import type { ReactElement } from 'react';
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { Entry } from '../../query/series.ts';
import { useWords } from '../i18n/lang.tsx';
import { DOUBT_COLOR, type ChartDatum } from './chart-data.ts';
import { MaskedPattern, MaskedStub } from './masked.tsx';
import { keyOpens } from '../a11y/keys.ts';
import { tooltipContent } from './Tip.tsx';

interface Props {
  data: ChartDatum[];
  colorOf: (entry: Entry) => string;
  onOpen: (entry: Entry) => void;
  compact: boolean; // a phone: narrower labels
}

const ROW = 30;
/** Roughly how wide a label is at 12px: a CJK character a full em, others about half. */
const widthOf = (text: string) => [...text].reduce((sum, c) => sum + (c.charCodeAt(0) > 0x2e80 ? 12 : 7), 0);
/**
 * A label made to fit `width` pixels without losing the place: a county's label first drops its city
 * ("嘉兴市·嘉善县（区县） 2015" → "嘉善县（区县） 2015"), then the level tag ("嘉善县 2015"); only then is
 * the place's name cut at its end, keeping the last word (the year, the status). The bar's accessible
 * name keeps the whole label.
 */
export function fit(text: string, width: number): string {
  if (widthOf(text) <= width) return text;
  const countyOnly = text.replace(/^[^·（(]+?\s?·\s?/, '');
  if (widthOf(countyOnly) <= width) return countyOnly;
  const untagged = countyOnly.replace(/\s?[（(][^）)]*[）)]/, '');
  if (widthOf(untagged) <= width) return untagged;
  const cut = untagged.lastIndexOf(' ');
  const tail = cut > 0 ? untagged.slice(cut) : '';
  let head = [...(cut > 0 ? untagged.slice(0, cut) : untagged)];
  while (head.length > 1 && widthOf(`${head.join('')}…${tail}`) > width) head = head.slice(0, -1);
  return `${head.join('')}…${tail}`;
}
// one formatter (toLocaleString makes one a call); labels are plain SVG text: Recharts' own <Text>
// measures each label in the DOM, a forced layout per bar on every filter change
const NUMBER = new Intl.NumberFormat();

export function BarView({ data, colorOf, onOpen, compact }: Props): ReactElement {
  const { t } = useWords();
  const byKey = new Map(data.map((datum) => [datum.key, datum]));
  const labelWidth = compact ? 124 : 200;
  const tick = (props: unknown): ReactElement => {
    const { x, y, payload } = props as { x: number; y: number; payload: { value: string } };
    return (
      <text className="bar-label" x={x} y={y} dy="0.35em" textAnchor="end" fontSize={12} fill="#666">
        {fit(byKey.get(payload.value)?.label ?? payload.value, labelWidth - 10)}
      </text>
    );
  };
  const shape = (props: unknown): ReactElement => {
    const { x, y, width, height, payload } = props as { x: number; y: number; width: number; height: number; payload: ChartDatum };
    const { entry } = payload;
    const open = () => onOpen(entry);
    // the name says what the bar shows beside it (its value, or the word for a masked one), as well as its label
    const shown = payload.value === null ? t.masked : entry.doubt ? `⚠ ${NUMBER.format(payload.value)} ${t.doubtful}` : NUMBER.format(payload.value);
    return (
      <g className={entry.doubt ? 'bar doubtful' : 'bar'} data-entry={entry.key} data-doubt={entry.doubt ? 'yes' : undefined} role="button" tabIndex={0}
        aria-label={`${payload.label} ${shown}`} onClick={open} onKeyDown={keyOpens(open)}>
        {payload.value === null
          ? <MaskedStub x={x} y={y} height={height} word={t.masked} />
          : <rect x={x} y={y} width={Math.max(width, 1)} height={height} fill={colorOf(entry)}
              stroke={entry.doubt ? DOUBT_COLOR : undefined} strokeWidth={entry.doubt ? 2 : undefined} strokeDasharray={entry.doubt ? '4 3' : undefined}
              fillOpacity={entry.doubt ? 0.45 : undefined} />}
        {payload.value !== null && (
          <text className="bar-value" x={x + Math.max(width, 1) + 5} y={y + height / 2} dy="0.35em" fontSize={11} fill={entry.doubt ? DOUBT_COLOR : '#334155'}>
            {shown}
          </text>
        )}
      </g>
    );
  };
  return (
    <ResponsiveContainer width="100%" height={data.length * ROW + 40}>
      <BarChart data={data} layout="vertical" margin={{ top: 4, right: data.some((datum) => datum.entry.doubt) ? 120 : 72, bottom: 4, left: 4 }} barCategoryGap={5}>
        <MaskedPattern />
        <CartesianGrid horizontal={false} stroke="#e2e8f0" />
        <XAxis type="number" tickFormatter={(value: number) => NUMBER.format(value)} fontSize={12} />
        <YAxis type="category" dataKey="key" width={labelWidth} interval={0} fontSize={12} tick={tick} />
        <Tooltip content={tooltipContent((entry) => byKey.get(entry.key)?.label ?? '')} cursor={{ fill: '#f1f5f9' }} />
        <Bar dataKey="bar" shape={shape} isAnimationActive={false} />
      </BarChart>
    </ResponsiveContainer>
  );
}
