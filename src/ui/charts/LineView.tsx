// One line per place (and period, status) across the years; the legend is the panel's (Legend.tsx). A masked figure is a hatched marker
// on the top edge at its year, labelled "已隐去", so it never sits on the line as a zero.
import type { ReactElement } from 'react';
import { CartesianGrid, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { Entry } from '../../query/series.ts';
import { keyOpens } from '../a11y/keys.ts';
import { useWords } from '../i18n/lang.tsx';
import { DOUBT_COLOR, MASKED_PATTERN_ID, type ChartDatum } from './chart-data.ts';
import { MaskedPattern } from './masked.tsx';
import { tooltipContent } from './Tip.tsx';

export interface ChartLine {
  key: string;
  label: string;
  color: string;
  data: (ChartDatum & { year: number })[];
}

interface Props {
  lines: ChartLine[];
  onOpen: (entry: Entry) => void;
  compact: boolean;
}

const MASKED_Y = 14;
const NUMBER = new Intl.NumberFormat();

export function LineView({ lines, onOpen, compact }: Props): ReactElement {
  const { t } = useWords();
  const labels = new Map(lines.flatMap((line) => line.data.map((datum) => [datum.key, `${line.label} ${datum.year}`] as const)));
  const dot = (color: string) => (props: unknown): ReactElement => {
    const { cx, cy, payload } = props as { cx: number; cy: number | null; payload: ChartDatum };
    const open = () => onOpen(payload.entry);
    if (payload.value === null) {
      return (
        <g key={payload.key} className="point masked-point" data-entry={payload.key} role="button" tabIndex={0}
          aria-label={`${labels.get(payload.key) ?? ''} ${t.masked}`} onClick={open} onKeyDown={keyOpens(open)}>
          <rect x={cx - 7} y={MASKED_Y - 7} width={14} height={14} fill={`url(#${MASKED_PATTERN_ID})`} stroke={color} />
          <text x={cx} y={MASKED_Y + 18} textAnchor="middle" fontSize="10" fill="#334155">{t.masked}</text>
        </g>
      );
    }
    if (payload.entry.doubt) {
      return (
        <g key={payload.key} className="point doubtful" data-entry={payload.key} data-doubt="yes" role="button" tabIndex={0}
          aria-label={`${labels.get(payload.key) ?? ''} ${NUMBER.format(payload.value)} ⚠ ${t.doubtful}`} onClick={open} onKeyDown={keyOpens(open)}>
          <circle cx={cx} cy={cy ?? 0} r={6} fill={DOUBT_COLOR} stroke={color} strokeWidth={2} />
          <text x={cx} y={(cy ?? 0) - 10} textAnchor="middle" fontSize="10" fill={DOUBT_COLOR}>⚠ {t.doubtful}</text>
        </g>
      );
    }
    return (
      <circle key={payload.key} className="point" data-entry={payload.key} role="button" tabIndex={0} onClick={open} onKeyDown={keyOpens(open)}
        aria-label={`${labels.get(payload.key) ?? ''} ${NUMBER.format(payload.value)}`}
        cx={cx} cy={cy ?? 0} r={5} fill="#fff" stroke={color} strokeWidth={2} />
    );
  };
  return (
    <ResponsiveContainer width="100%" height={compact ? 320 : 380}>
      <LineChart margin={{ top: 40, right: 24, bottom: 4, left: 4 }}>
        <MaskedPattern />
        <CartesianGrid stroke="#e2e8f0" />
        <XAxis type="number" dataKey="year" domain={['dataMin - 0.5', 'dataMax + 0.5']} allowDecimals={false}
          tickFormatter={(year: number) => (Number.isInteger(year) ? String(year) : '')} fontSize={12} />
        <YAxis type="number" dataKey="value" fontSize={12} width={56} tickFormatter={(value: number) => NUMBER.format(value)} />
        <Tooltip content={tooltipContent((entry) => labels.get(entry.key) ?? '')} />
        {lines.map((line) => {
          const color = line.color;
          const planned = line.data[0]?.entry.figure.status !== 'actual';
          return (
            <Line key={line.key} data={line.data} dataKey="value" name={line.label} stroke={color} strokeWidth={2}
              strokeDasharray={planned ? '6 4' : undefined} dot={dot(color)} activeDot={false} isAnimationActive={false} connectNulls />
          );
        })}
      </LineChart>
    </ResponsiveContainer>
  );
}
