// One runner for the extractor's corpus: every example beside a frame (frames.ts) or a rule
// (rules/*.ts), run through the whole extractor, gives exactly the rows of that indicator it lists,
// and the frame or rule it stands beside is the one that gives them (or the link it names in `by`).
// Every frame and every rule gives a row on at least one of its own examples.
import { describe, expect, it } from 'vitest';
import { cleanReport } from '../../src/extract/clean.ts';
import { extractRows } from '../../src/extract/engine.ts';
import { FRAMES } from '../../src/extract/frames/index.ts';
import type { Example } from '../../src/extract/example.ts';
import { RULES } from '../../src/extract/rules/index.ts';

interface Producer {
  id: string; // the row's `rule` when this producer gives it
  indicator: string;
  examples: Example[];
}

const producers: Producer[] = [
  ...FRAMES.map((frame) => ({ id: `frame.${frame.id}`, indicator: frame.indicator, examples: frame.examples })),
  ...RULES.map((rule) => ({ id: rule.id, indicator: rule.indicator, examples: rule.examples })),
];

const rowsOf = (producer: Producer, example: Example) =>
  extractRows(cleanReport(example.text), { reportId: 'example', period: 'FY' }).filter((r) => r.indicator === producer.indicator);

/** Whether a row's rule is this producer, or a link that reads through it ("link.respectively(r)"). */
const givenBy = (rule: string, id: string) => rule === id || rule.includes(`(${id})`);

describe.each(producers.map((p) => [p.id, p] as const))('%s', (_id, producer) => {
  it.each(producer.examples.map((example) => [example.text, example] as const))('%s', (_text, example) => {
    const rows = rowsOf(producer, example);
    const got = rows.map((r) => ({
      value: r.value,
      ...(example.rows.some((e) => e.period) ? { period: r.period } : {}),
      ...(example.rows.some((e) => e.status) ? { status: r.status } : {}),
      ...(example.rows.some((e) => e.scope !== undefined) ? { scope: r.scope !== '' } : {}),
    }));
    const want = example.rows.map((e) => ({
      value: e.value,
      ...(example.rows.some((x) => x.period) ? { period: e.period ?? rows.find((r) => r.value === e.value)?.period } : {}),
      ...(example.rows.some((x) => x.status) ? { status: e.status ?? 'actual' } : {}),
      ...(example.rows.some((x) => x.scope !== undefined) ? { scope: e.scope ?? false } : {}),
    }));
    expect(got).toEqual(want);
    if (example.rows.length > 0) {
      // pinned: this frame or rule (or the link named) gives a row, not only another one
      const by = example.by ?? producer.id;
      expect(rows.map((r) => r.rule), `rules of «${example.text}»`).toSatisfy((rules: string[]) => rules.some((rule) => givenBy(rule, by)));
    }
  });

  it('gives a row on at least one of its own examples', () => {
    const fires = producer.examples.some((example) => rowsOf(producer, example).some((r) => givenBy(r.rule, producer.id)));
    expect(fires).toBe(true);
  });
});
