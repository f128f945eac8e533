// Export of what the view shows: the table's rows (every page of them) as CSV or JSON, the chart as PNG or SVG.
import { useState, type ReactElement, type RefObject } from 'react';
import { exportCsv, exportName, toJson } from '../../query/export-file.ts';
import type { Series } from '../../query/series.ts';
import { useWords } from '../i18n/lang.tsx';
import type { LegendItem } from '../charts/Legend.tsx';
import { columnsFor, doubtText, headerText, rowCells } from '../table/cells.ts';
import { chartSvg, svgToPng } from './chart-image.ts';
import { download } from './download.ts';

interface Props {
  series: Series;
  chart: RefObject<HTMLElement | null>;
  indicatorName: string; // the file name's first part
  title: string;
  subtitle: string;
  legend: LegendItem[];
  source: string;
  places: string[]; // the chosen places, for the file name
  years: (number | null)[];
  filters: Record<string, unknown>; // the view, written into the JSON
}

export function ExportMenu(props: Props): ReactElement {
  const words = useWords();
  const { t } = words;
  const [failure, setFailure] = useState('');
  const name = exportName(props.indicatorName, props.places.map(words.placeName), props.years, t.allCities);
  const image = () => {
    const surface = props.chart.current?.querySelector<SVGSVGElement>('svg.recharts-surface');
    if (!surface) throw new Error('no chart on the page');
    return chartSvg(surface, { title: props.title, subtitle: props.subtitle, legend: props.legend, source: props.source });
  };
  const formats = {
    csv: async () => {
      const columns = columnsFor(props.series.view);
      const rows = props.series.rowsAt(0, props.series.rows).map((entry) => rowCells(columns, entry, words));
      return new Blob([exportCsv(headerText(columns, words), rows)], { type: 'text/csv;charset=utf-8' });
    },
    json: async () => {
      const figures = props.series.rowsAt(0, props.series.rows).map(({ figure, role, doubt }) => ({
        report_id: figure.report_id, indicator: figure.indicator, place: figure.place, province: figure.province, year: figure.year,
        period: figure.period, status: figure.status, value: figure.value, unit: figure.unit, approx: figure.approx,
        masked: figure.masked, scope: figure.scope, role, quote: figure.quote, start: figure.start, end: figure.end,
        level: figure.level, source: figure.source, source_kind: figure.sourceKind, report_year: figure.reportYear,
        doubtful: doubt !== 0, doubt: doubtText(doubt, words),
      }));
      return new Blob([toJson({ title: props.title, view: props.filters, source: props.source, figures })], { type: 'application/json' });
    },
    svg: async () => new Blob([image().svg], { type: 'image/svg+xml' }),
    png: async () => {
      const { svg, width, height } = image();
      return svgToPng(svg, width, height);
    },
  };
  const save = async (format: keyof typeof formats) => {
    try {
      setFailure('');
      download(await formats[format](), `${name}.${format}`);
    } catch (error) {
      setFailure(error instanceof Error ? error.message : String(error));
    }
  };
  return (
    <div className="export" role="group" aria-label={t.export}>
      <span className="export-label">{t.export}</span>
      {(Object.keys(formats) as (keyof typeof formats)[]).map((format) => (
        <button key={format} type="button" data-export={format} onClick={() => void save(format)}>{t.exportAs[format]}</button>
      ))}
      {failure && <span className="error" role="alert">{failure}</span>}
    </div>
  );
}
