// A report under review: corrections keep offsets and quotes, the unit follows the indicator, the
// export of an unedited report is the CLI's CSV, and what the dashboard shows changes only when added.
import { beforeAll, describe, expect, it } from 'vitest';
import { indicatorsToCsv, reportsToCsv } from '../../../src/data/csv.ts';
import { extractReportFile } from '../../../src/data/extract-file.ts';
import { MANUAL_RULE } from '../../../src/data/user-store.ts';
import {
  addRow, addToDashboard, deleteRow, deletedRows, editRow, notOnDashboard, reviewOf, reviewedCsv, reviewedRows, rowState, setPlace, setYear,
} from '../../../src/ui/review/review.ts';
import { corpusOrSkip } from '../../setup/corpus.ts';
import { seedFile } from '../../setup/report-files.ts';

async function seed(name: string, seq: number) {
  const outcome = await extractReportFile(name, seedFile(name));
  if (!outcome.ok) throw new Error(outcome.reason);
  return { review: reviewOf(name, outcome, seq), extraction: outcome.extraction };
}

// the reports reviewed are the corpus seeds, read in place; each is extracted once, and every test
// starts from that review (a change returns a new report, the review itself is never changed)
describe.skipIf(!corpusOrSkip())('review of a report', () => {
  let seed000: Awaited<ReturnType<typeof seed>>;
  let seed003: Awaited<ReturnType<typeof seed>>;
  beforeAll(async () => {
    [seed000, seed003] = await Promise.all([seed('seed-000.txt', 0), seed('seed-003.txt', 1)]);
  });

  it('starts as the extractor left it, and exports the CLI files byte for byte', () => {
    const [a, b] = [seed000, seed003];
    expect(a.review.rows.map((entry) => rowState(a.review, entry))).toEqual(a.extraction.rows.map(() => 'extracted'));
    const csv = reviewedCsv([b.review, a.review]); // in order of arrival, whatever the order given
    expect(csv.indicators).toBe(indicatorsToCsv([...a.extraction.rows, ...b.extraction.rows]));
    expect(csv.reports).toBe(reportsToCsv([a.extraction.report, b.extraction.report]));
  });

  it('edits a value, keeping the row\'s quote and offsets; an empty value is a masked figure', () => {
    const { review } = seed000;
    const first = review.rows[0]!.row;
    const edited = editRow(review, 0, { value: 777, period: 'FY', scope: '省级' });
    expect(edited.rows[0]!.row).toEqual({ ...first, value: 777, masked: false, period: 'FY', scope: '省级' });
    expect(rowState(edited, edited.rows[0]!)).toBe('edited');
    expect(review.rows[0]!.row).toBe(first); // the old version is untouched
    const masked = editRow(edited, 0, { value: null });
    expect(masked.rows[0]!.row).toMatchObject({ value: null, masked: true, quote: first.quote, start: first.start, end: first.end });
    expect(reviewedCsv([masked]).indicators.split('\r\n')[1]).toContain(',,家,FY,actual,false,true,省级,');
  });

  it('marks a row a person changed with the rule "manual" where it leaves the review (CSV and dashboard); the others keep theirs', () => {
    const { review } = seed000;
    const edited = editRow(review, 0, { value: 777 });
    expect(reviewedRows(edited).map((row) => row.rule)).toEqual([MANUAL_RULE, ...review.rows.slice(1).map((entry) => entry.row.rule)]);
    expect(addToDashboard(edited).added!.rows[0]!.rule).toBe('manual');
    // changed back to what the extractor read, it is the extractor's row again
    const back = editRow(edited, 0, { value: review.rows[0]!.row.value });
    expect(reviewedRows(back)[0]!.rule).toBe(review.rows[0]!.row.rule);
  });

  it('takes the unit of a new indicator from the catalog, and refuses one it does not know', () => {
    const { review } = seed000;
    expect(editRow(review, 0, { indicator: 'project_funding', value: 12 }).rows[0]!.row.unit).toBe('万元');
    expect(() => editRow(review, 0, { indicator: 'widgets' })).toThrow('unknown indicator: widgets');
  });

  it('deletes a row and counts it deleted', () => {
    const { review } = seed000;
    const fewer = deleteRow(review, 2);
    expect(fewer.rows.length).toBe(review.rows.length - 1);
    expect(deletedRows(fewer)).toBe(1);
    expect(fewer.rows.map((entry) => entry.from)).not.toContain(2);
  });

  it('adds a row for a selected clause, in text order, with the clause as its quote and no rule', () => {
    const { review } = seed003;
    const start = review.rows[1]!.row.start - 12;
    const withRow = addRow(review, { start, end: start + 10 }, { indicator: 'patents_granted', value: 5, period: 'FY', status: 'target', scope: '' });
    const added = withRow.rows.find((entry) => entry.from === null)!;
    expect(withRow.rows.indexOf(added)).toBe(1);
    expect(added.row).toMatchObject({ report_id: 'seed-003', indicator: 'patents_granted', unit: '件', value: 5, masked: false, rule: '', start, end: start + 10 });
    expect(added.row.quote).toBe(review.cleaned.slice(start, start + 10));
    expect(rowState(withRow, added)).toBe('added');
    expect(() => addRow(review, { start: 5, end: 5 }, { indicator: 'tsme', value: 1, period: 'FY', status: 'actual', scope: '' })).toThrow();
  });

  it('sets the city and year as the user says, and gives the extractor\'s decision back for its own guess', () => {
    const { review } = seed003;
    const moved = setYear(setPlace(review, { city: '杭州市', county: '临安区', province: '浙江省', admin_code: '330112', level: 'county' }), 2009);
    expect(moved.report).toMatchObject({ city: '杭州市', county: '临安区', admin_code: '330112', level: 'county', city_how: 'manifest', year: 2009, year_how: 'manifest' });
    const back = setYear(setPlace(moved, review.guessed), review.guessed.year);
    expect(back.report).toEqual(review.guessed);
    expect(setPlace(review, null).report).toMatchObject({ city: '', province: '', admin_code: '', city_how: 'unknown' });
    expect(() => setYear(review, 20091)).toThrow('not a year');
  });

  it('changes what the dashboard shows only when added again', () => {
    const { review } = seed000;
    expect(notOnDashboard(review)).toBe(true);
    const added = addToDashboard(review);
    expect(notOnDashboard(added)).toBe(false);
    expect(added.added?.rows.length).toBe(review.rows.length);
    const edited = editRow(added, 0, { value: 1 });
    expect(notOnDashboard(edited)).toBe(true);
    expect(edited.added?.rows[0]?.value).toBe(review.rows[0]!.row.value);
    expect(addToDashboard(edited).added?.rows[0]?.value).toBe(1);
  });
});
