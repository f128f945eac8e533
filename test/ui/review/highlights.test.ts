// Highlight runs: every row's clause is exactly the runs that name it, whatever overlaps.
import { describe, expect, it } from 'vitest';
import { textRuns } from '../../../src/ui/review/highlights.ts';

const clauseOf = (runs: ReturnType<typeof textRuns>, text: string, row: number) =>
  runs.filter((run) => run.rows.includes(row)).map((run) => text.slice(run.start, run.end)).join('');

describe('textRuns', () => {
  const text = '共申报项目143项,其中国家级1项,省级5项。';
  it('covers the text in order, marking each clause', () => {
    const spans = [{ start: 1, end: 9 }, { start: 10, end: 16 }];
    const runs = textRuns(text.length, spans);
    expect(runs.map((run) => text.slice(run.start, run.end)).join('')).toBe(text);
    expect(runs.map((run) => run.rows)).toEqual([[], [0], [], [1], []]);
  });

  it('keeps shared and overlapping clauses whole for each row', () => {
    const spans = [{ start: 0, end: 16 }, { start: 10, end: 22 }, { start: 10, end: 22 }];
    const runs = textRuns(text.length, spans);
    spans.forEach((span, row) => expect(clauseOf(runs, text, row)).toBe(text.slice(span.start, span.end)));
    expect(runs.find((run) => run.start === 10)?.rows).toEqual([0, 1, 2]);
  });

  it('leaves out spans that are empty or outside the text', () => {
    const runs = textRuns(text.length, [{ start: 3, end: 3 }, { start: -1, end: 4 }, { start: 20, end: 99 }, { start: 2, end: 4 }]);
    expect(runs.filter((run) => run.rows.length).map((run) => run.rows)).toEqual([[3]]);
    expect(textRuns(0, [])).toEqual([]);
  });
});
