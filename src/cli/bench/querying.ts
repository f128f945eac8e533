// Benchmark 3: a chart's query on many rows — an indicator, 30 cities, a year range: filter and
// build the series — with the dashboard's own functions on the dataset it builds once, against one
// plain for loop over the same rows as objects (the floor: a filter and a sum, nothing kept).
import { columnsFromRows } from '../../data/figure-columns.ts';
import { CATALOG } from '../../extract/catalog.ts';
import { buildDataset } from '../../query/build-dataset.ts';
import { indicatorRows } from '../../query/indicator-rows.ts';
import { selectRows } from '../../query/filters.ts';
import { buildSeries } from '../../query/series.ts';
import { DEFAULT_VIEW, type ViewState } from '../../query/view-state.ts';
import { generateTables } from './generate-indicators.ts';
import { fixed, median, medianMs } from './measure.ts';

/** A peer's time for the same chart query (native DuckDB's, measured on the same rows by the loading benchmark). */
export interface QueryPeer {
  name: string;
  ms: number;
}

export function benchQuerying(rows: number, runs: number, peer: QueryPeer | null): string[] {
  const { reports, indicators } = generateTables(rows);
  const figures = columnsFromRows(indicators);
  const input = { reports, sources: [{ figures, origin: '' }] };
  const buildMs = medianMs(3, () => buildDataset(input));
  const dataset = buildDataset(input);
  // an indicator's rows are sorted the first time a view asks for them (the page does the others while idle)
  const firstUseMs = median(CATALOG.map((_, i) => {
    const start = performance.now();
    indicatorRows(dataset, i);
    return performance.now() - start;
  }));
  const cities = [...new Set(reports.map((r) => r.county ? `${r.city}·${r.county}` : r.city))].slice(0, 30);
  const state: ViewState = { ...DEFAULT_VIEW, indicator: 'hte_total', cities, from: 2012, to: 2020, period: 'all' };
  const queryMs = medianMs(runs, () => buildSeries({ dataset, selection: selectRows(dataset, state), view: 'city', showMasked: true }));
  const everywhere: ViewState = { ...DEFAULT_VIEW, indicator: 'hte_total' };
  const allMs = medianMs(runs, () => buildSeries({ dataset, selection: selectRows(dataset, everywhere), view: 'city', showMasked: true }));
  const rowsAll = buildSeries({ dataset, selection: selectRows(dataset, everywhere), view: 'city', showMasked: true }).rows;

  const byId = new Map(reports.map((r) => [r.report_id, r]));
  const wanted = new Set(cities);
  const floorMs = medianMs(runs, () => {
    let sum = 0;
    for (let k = 0; k < indicators.length; k++) {
      const row = indicators[k]!;
      if (row.indicator !== 'hte_total') continue;
      const report = byId.get(row.report_id)!;
      if (!wanted.has(report.county ? `${report.city}·${report.county}` : report.city) || report.year! < 2012 || report.year! > 2020) continue;
      sum += row.value ?? 0;
    }
    return sum;
  });
  const n = rows.toLocaleString('en');
  return [
    `| build the dataset once (${n} rows: join to reports, drop repeats, group by indicator) | ${fixed(buildMs, 0)} ms | | |`,
    `| an indicator's first use (its rows sorted by place, period, status, year, report; median of ${CATALOG.length}) | ${fixed(firstUseMs, 1)} ms | | |`,
    `| query for a chart (1 indicator, 30 cities, 2012–2020) on ${n} rows | ${fixed(queryMs, 2)} ms | one plain for loop ${fixed(floorMs, 2)} ms | ${fixed(queryMs / floorMs, 2)}× |`,
    peer
      ? `| query for a chart (1 indicator, 30 cities, 2012–2020) on ${n} rows | ${fixed(queryMs, 2)} ms | ${peer.name} ${fixed(peer.ms, 2)} ms | ${fixed(queryMs / peer.ms, 2)}× |`
      : `| query for a chart on ${n} rows: native DuckDB | skipped: not installed (npm install --no-save @duckdb/node-api) | | |`,
    `| query for a chart (1 indicator, every city, every year: ${rowsAll.toLocaleString('en')} table rows) on ${n} rows | ${fixed(allMs, 2)} ms | one plain for loop ${fixed(floorMs, 2)} ms | ${fixed(allMs / floorMs, 2)}× |`,
  ];
}
