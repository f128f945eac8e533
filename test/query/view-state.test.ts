// The view in the URL: what a copied link carries.
import { describe, expect, it } from 'vitest';
import { DEFAULT_VIEW, parseViewState, serializeViewState, type ViewState } from '../../src/query/view-state.ts';

describe('view state in the URL', () => {
  it('writes nothing for the default view', () => {
    expect(serializeViewState(DEFAULT_VIEW)).toBe('');
    expect(parseViewState('')).toEqual(DEFAULT_VIEW);
  });

  it('reads back every filter it writes', () => {
    const state: ViewState = {
      indicator: 'hte_total', cities: ['杭州市', '襄阳市', '#r041'], from: 2009, to: 2013, period: 'CUM',
      statuses: ['actual', 'forecast'], masked: false, doubtful: false, level: 'county', official: true, origin: 'mine', view: 'year', lang: 'en',
      report: { id: 'seed-003', quote: '目前全市累计达913家', start: 1520, end: 1531 }, place: '温州市·瑞安市', review: true,
    };
    const search = serializeViewState(state);
    expect(search).toContain('ind=hte_total');
    expect(parseViewState(search)).toEqual(state);
  });

  it('falls back to defaults for values it does not know', () => {
    expect(parseViewState('?period=H2&view=pie&status=maybe,target&from=20x9&lang=fr&masked=yes&origin=theirs&review=yes&level=town&src=copy&doubtful=no')).toEqual({
      ...DEFAULT_VIEW, statuses: ['target'],
    });
  });
});
