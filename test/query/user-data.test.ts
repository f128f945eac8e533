// The user's own reports beside the embedded data: mine, embedded, or all (theirs replacing the same report_id).
import { describe, expect, it } from 'vitest';
import { buildDataset } from '../../src/query/dataset.ts';
import { chooseSources, USER_ORIGIN } from '../../src/query/user-data.ts';
import { report, row } from './helpers.ts';

const base = {
  reports: [report({ report_id: 'a' }), report({ report_id: 'b', city: '宁波市' })],
  sources: [{ rows: [row({ report_id: 'a', value: 1 }), row({ report_id: 'b', value: 2 })], origin: '' }],
};
const mine = [{ report: report({ report_id: 'b', city: '宁波市', year: 2021 }), rows: [row({ report_id: 'b', value: 20 })] },
  { report: report({ report_id: 'c', city: '温州市' }), rows: [row({ report_id: 'c', value: 3 })] }];

const values = (sources: ReturnType<typeof chooseSources>) => {
  const dataset = buildDataset(sources.reports, sources.sources);
  return [...dataset.byIndicator.values()].flat().map((figure) => `${figure.report_id}=${figure.value}${figure.origin === USER_ORIGIN ? ' (mine)' : ''}`);
};

describe('chooseSources', () => {
  it('shows both in "all", the user\'s version of a report in place of the embedded one', () => {
    const all = chooseSources(base, mine, 'all');
    expect(values(all)).toEqual(['a=1', 'b=20 (mine)', 'c=3 (mine)']);
    expect(all.reports.find((r) => r.report_id === 'b')?.year).toBe(2021);
  });

  it('shows only the user\'s figures in "mine" and only the others in "embedded"', () => {
    expect(values(chooseSources(base, mine, 'mine'))).toEqual(['b=20 (mine)', 'c=3 (mine)']);
    expect(values(chooseSources(base, mine, 'embedded'))).toEqual(['a=1', 'b=2']);
  });

  it('leaves the embedded data as it is when the user has added nothing', () => {
    expect(chooseSources(base, [], 'all')).toBe(base);
    expect(values(chooseSources(base, [], 'mine'))).toEqual([]);
  });
});
