// The place and year expected of each real report in test/fixtures/reports/place-year-expected.csv,
// read by the place and the report-year tests.
import fs from 'node:fs';
import path from 'node:path';

const FIXTURES = path.join(import.meta.dirname, '..', 'fixtures', 'reports');

/** The rows of test/fixtures/reports/place-year-expected.csv (no quoted fields). */
export function expectedRows(): Record<string, string>[] {
  const [head, ...rows] = fs.readFileSync(path.join(FIXTURES, 'place-year-expected.csv'), 'utf8').trim().split(/\r?\n/);
  const cols = head!.split(',');
  return rows.map((r) => Object.fromEntries(r.split(',').map((v, i) => [cols[i]!, v])));
}
