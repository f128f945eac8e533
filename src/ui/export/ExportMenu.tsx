// Export of what the view shows — the table's rows (every page) with the other totals each point was
// chosen among, as tidy CSV or JSON; the chart as PNG or SVG — and of everything loaded. Each file
// carries its citation: the title, the date, the address of the view and how many reports it draws on.
import { useState, type ReactElement, type RefObject } from 'react';
import type { Dataset } from '../../query/dataset.ts';
import { exportCsv, exportName, toJson } from './export-file.ts';
import type { Selection } from '../../query/filters.ts';
import type { Series } from '../../query/series.ts';
import { loadedFigures, reportCount, viewFigures, viewReports, type TidyFigure } from '../../query/tidy.ts';
import { useWords, type Words } from '../i18n/lang.tsx';
import type { LegendItem } from '../charts/Legend.tsx';
import { chartSvg, svgToPng } from './chart-image.ts';
import { download } from './download.ts';
import { tidyHeader, tidyRows, tidySchema, tidyValues } from './tidy-cells.ts';

interface Props {
  dataset: Dataset;
  series: Series;
  selection: Selection;
  showMasked: boolean;
  chart: RefObject<HTMLElement | null>;
  indicatorName: string; // the file name's first part
  title: string;
  subtitle: string;
  legend: LegendItem[];
  source: string;
  date: string;
  places: string[]; // the chosen places, for the file name
  years: (number | null)[];
  filters: Record<string, unknown>; // the view, written into the JSON
}

/** The citation of a set of figures, as text and as its parts. */
export function citationOf(words: Words, title: string, date: string, reports: number) {
  const url = window.location.href;
  return { text: words.t.citation(title, date, url, reports), title, date, url, reports };
}

function tidyJson(words: Words, figures: readonly TidyFigure[], citation: ReturnType<typeof citationOf>, view: unknown): Blob {
  const records = figures.map((entry) => tidyValues(entry, words));
  return new Blob([toJson({ citation, view, schema: tidySchema(words), figures: records })], { type: 'application/json' });
}

const tidyCsv = (words: Words, figures: readonly TidyFigure[]) =>
  new Blob([exportCsv(tidyHeader(words), tidyRows(figures, words))], { type: 'text/csv;charset=utf-8' });

export function ExportMenu(props: Props): ReactElement {
  const words = useWords();
  const { t } = words;
  const [failure, setFailure] = useState('');
  const name = exportName(props.indicatorName, props.places.map(words.placeName), props.years, t.allCities);
  const viewCitation = () => citationOf(words, props.title, props.date, viewReports(props.selection, props.showMasked));
  const image = () => {
    const surface = props.chart.current?.querySelector<SVGSVGElement>('svg.recharts-surface');
    if (!surface) throw new Error('no chart on the page');
    return chartSvg(surface, { title: props.title, subtitle: props.subtitle, legend: props.legend, source: props.source, citation: viewCitation().text });
  };
  const formats = {
    csv: async () => tidyCsv(words, viewFigures(props.dataset, props.series, props.selection, props.showMasked)),
    json: async () => tidyJson(words, viewFigures(props.dataset, props.series, props.selection, props.showMasked), viewCitation(), props.filters),
    svg: async () => new Blob([image().svg], { type: 'image/svg+xml' }),
    png: async () => {
      const { svg, width, height } = image();
      return svgToPng(svg, width, height);
    },
  };
  const everything = {
    csv: async () => tidyCsv(words, loadedFigures(props.dataset)),
    json: async () => {
      const figures = loadedFigures(props.dataset);
      return tidyJson(words, figures, citationOf(words, t.allDataTitle, props.date, reportCount(figures)), null);
    },
  };
  const save = async (make: () => Promise<Blob>, fileName: string) => {
    try {
      setFailure('');
      download(await make(), fileName);
    } catch (error) {
      setFailure(error instanceof Error ? error.message : String(error));
    }
  };
  return (
    <div className="export">
      <div role="group" aria-label={t.exportView}>
        <span className="export-label">{t.exportView}</span>
        {(Object.keys(formats) as (keyof typeof formats)[]).map((format) => (
          <button key={format} type="button" data-export={format} onClick={() => void save(formats[format], `${name}.${format}`)}>{t.exportAs[format]}</button>
        ))}
      </div>
      <div role="group" aria-label={t.exportAll}>
        <span className="export-label">{t.exportAll}</span>
        {(Object.keys(everything) as (keyof typeof everything)[]).map((format) => (
          <button key={format} type="button" data-export={`all-${format}`}
            onClick={() => void save(everything[format], `${t.allDataName}_${props.date}.${format}`)}>{t.exportAllAs[format]}</button>
        ))}
      </div>
      {failure && <span className="error" role="alert">{failure}</span>}
    </div>
  );
}
