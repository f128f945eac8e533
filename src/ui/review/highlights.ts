// A report's text cut into runs for highlighting: each run is covered by the same rows, so rows whose
// clauses overlap or coincide ("分别" lists share one clause) each keep their whole clause marked.

export interface Run {
  start: number;
  end: number;
  rows: number[]; // indices of the rows whose clause covers this run, ascending; empty: plain text
}

/** Runs covering [0, length) in order; spans outside the text or empty are left out. */
export function textRuns(length: number, spans: readonly { start: number; end: number }[]): Run[] {
  const valid = spans
    .map((span, row) => ({ ...span, row }))
    .filter(({ start, end }) => start >= 0 && end > start && end <= length);
  const cuts = [...new Set([0, length, ...valid.flatMap(({ start, end }) => [start, end])])].sort((a, b) => a - b);
  const runs: Run[] = [];
  for (let k = 0; k + 1 < cuts.length; k++) {
    const start = cuts[k]!;
    const end = cuts[k + 1]!;
    const rows = valid.filter((span) => span.start <= start && span.end >= end).map((span) => span.row);
    const last = runs[runs.length - 1];
    // neighbouring plain runs never happen (a cut is always a span's edge) but covered ones can join
    if (last && last.end === start && last.rows.length === rows.length && last.rows.every((row, i) => row === rows[i])) last.end = end;
    else runs.push({ start, end, rows });
  }
  return runs;
}
