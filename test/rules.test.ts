// One runner for every rule's examples (the rules' corpus): each example text, run through the
// whole extractor, gives exactly the rows of the rule's indicator that the example lists.
import { describe, expect, it } from 'vitest';
import { cleanReport } from '../src/extract/clean.ts';
import { extractRows } from '../src/extract/engine.ts';
import { RULES } from '../src/extract/rules/index.ts';

describe.each(RULES.map((rule) => [rule.id, rule] as const))('rule %s', (_id, rule) => {
  it.each(rule.examples.map((example) => [example.text, example] as const))('%s', (_text, example) => {
    const rows = extractRows(cleanReport(example.text), 'example', 'FY').filter((r) => r.indicator === rule.indicator);
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
  });
});
