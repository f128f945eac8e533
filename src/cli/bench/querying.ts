// Benchmark 3: a chart's query on many rows — an indicator, 30 cities, a year range: filter and
// build the series — with the dashboard's own functions, against one plain for loop over the rows.
import { buildDataset } from '../../query/dataset.ts';
import { filterFigures } from '../../query/filters.ts';
import { buildSeries } from '../../query/series.ts';
import { DEFAULT_VIEW, type ViewState } from '../../query/view-state.ts';
import { generateTables } from './generate-indicators.ts';
import { fixed, medianMs } from './measure.ts';

export function benchQuerying(rows: number, runs: number): string[] {
  const { reports, indicators } = generateTables(rows);
  const buildMs = medianMs(1, () => buildDataset(reports, [{ rows: indicators, origin: '' }]));
  const dataset = buildDataset(reports, [{ rows: indicators, origin: '' }]);
  const cities = [...new Set(reports.map((r) => r.city))].slice(0, 30);
  const state: ViewState = { ...DEFAULT_VIEW, indicator: 'hte_total', cities, from: 2012, to: 2020, period: 'all' };
  const queryMs = medianMs(runs, () => buildSeries(filterFigures(dataset, state), 'city', true));

  const cityOf = new Map(reports.map((r) => [r.report_id, r]));
  const wanted = new Set(cities);
  const floorMs = medianMs(runs, () => {
    let sum = 0;
    for (let k = 0; k < indicators.length; k++) {
      const row = indicators[k]!;
      if (row.indicator !== 'hte_total') continue;
      const report = cityOf.get(row.report_id)!;
      if (!wanted.has(report.city) || report.year! < 2012 || report.year! > 2020) continue;
      sum += row.value ?? 0;
    }
    return sum;
  });
  return [
    `| build the dataset once (${rows.toLocaleString('en')} rows, index by indicator) | ${fixed(buildMs, 0)} ms | | |`,
    `| query for a chart (1 indicator, 30 cities, 2012–2020) on ${rows.toLocaleString('en')} rows | ${fixed(queryMs, 2)} ms | one plain for loop ${fixed(floorMs, 2)} ms | ${fixed(queryMs / floorMs, 2)}× |`,
  ];
}
