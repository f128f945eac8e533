// The user's own reports beside the embedded data: mine, embedded, or all (theirs replacing the same
// report_id), as filters of one dataset.
import { describe, expect, it } from 'vitest';
import { columnsFromRows } from '../../src/data/figure-columns.ts';
import { buildDataset } from '../../src/query/build-dataset.ts';
import { figureAt, reportOf, USER_ORIGIN, type Dataset } from '../../src/query/dataset.ts';
import { selectRows } from '../../src/query/filters.ts';
import { summarize } from '../../src/query/summary.ts';
import { DEFAULT_VIEW, type OriginChoice } from '../../src/query/view-state.ts';
import { report, row } from './helpers.ts';

const embedded = {
  reports: [report({ report_id: 'a' }), report({ report_id: 'b', city: '宁波市' })],
  sources: [{ figures: columnsFromRows([row({ report_id: 'a', value: 1 }), row({ report_id: 'b', value: 2 })]), origin: '' }],
};
const mine = [{ report: report({ report_id: 'b', city: '宁波市', year: 2021 }), rows: [row({ report_id: 'b', value: 20 })] },
  { report: report({ report_id: 'c', city: '温州市' }), rows: [row({ report_id: 'c', value: 3 })] }];

const values = (dataset: Dataset, origin: OriginChoice) => {
  const { rows, selected } = selectRows(dataset, { ...DEFAULT_VIEW, indicator: 'hte_total', period: 'all', origin });
  return [...selected].map((r) => figureAt(dataset, rows, r))
    .map((figure) => `${figure.report_id}=${figure.value}${figure.origin === USER_ORIGIN ? ' (mine)' : ''}`).sort();
};

describe('origins', () => {
  const dataset = buildDataset({ ...embedded, mine });

  it('shows both in "all", the user\'s version of a report in place of the embedded one', () => {
    expect(values(dataset, 'all')).toEqual(['a=1', 'b=20 (mine)', 'c=3 (mine)']);
    expect(reportOf(dataset, 'b', 'all')?.year).toBe(2021);
    expect(summarize(dataset, 'all')).toMatchObject({ figures: 3, reports: 3 });
  });

  it('shows only the user\'s figures in "mine" and only the others in "embedded"', () => {
    expect(values(dataset, 'mine')).toEqual(['b=20 (mine)', 'c=3 (mine)']);
    expect(values(dataset, 'embedded')).toEqual(['a=1', 'b=2']);
    expect(reportOf(dataset, 'b', 'embedded')?.year).toBe(2020);
    expect(summarize(dataset, 'embedded')).toMatchObject({ figures: 2, reports: 2 });
  });

  it('leaves the embedded data as it is when the user has added nothing', () => {
    const alone = buildDataset(embedded);
    expect(values(alone, 'all')).toEqual(['a=1', 'b=2']);
    expect(values(alone, 'mine')).toEqual([]);
  });

  it('counts a figure loaded twice (an upload of the embedded file) once', () => {
    const twice = buildDataset({ ...embedded, sources: [...embedded.sources, { ...embedded.sources[0]!, origin: 'upload.csv' }] });
    expect(values(twice, 'all')).toEqual(['a=1', 'b=2']);
    expect(twice.figures).toBe(2);
  });
});
