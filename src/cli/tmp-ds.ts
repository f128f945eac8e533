import { readFileSync } from 'node:fs';
import { loadFile } from '../data/load-csv.ts';
import { toReportColumns, reportRowsOf } from '../data/report-columns.ts';
import { buildDataset, indexReports, indicatorRows } from '../query/dataset.ts';
const ind = loadFile(new Uint8Array(readFileSync('/tmp/wt13/d2000000/indicators.csv')));
const rep = loadFile(new Uint8Array(readFileSync('/tmp/wt13/d2000000/reports.csv')));
if (ind.kind !== 'indicators' || rep.kind !== 'reports') throw 1;
for (let i = 0; i < 3; i++) {
  let t = performance.now();
  const cols = toReportColumns(rep.rows); const rows = reportRowsOf(cols);
  const t1 = performance.now();
  const index = indexReports(rows);
  const t2 = performance.now();
  const ds = buildDataset({ reports: index, sources: [{ figures: ind.figures, origin: '' }] });
  const t3 = performance.now();
  indicatorRows(ds, 0);
  console.log('reportRowsOf', (t1 - t).toFixed(0), 'indexReports', (t2 - t1).toFixed(0), 'buildDataset', (t3 - t2).toFixed(0), 'first indicator', (performance.now() - t3).toFixed(0));
}
