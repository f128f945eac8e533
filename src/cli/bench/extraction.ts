// Benchmark 1: extraction speed over generated reports, against a floor that only decodes the same
// bytes and runs one regular expression for digits over them; and the rules' recall and precision
// on the generator's known figures.
import { extractReport } from '../../extract/index.ts';
import { generateReport, type GeneratedReport } from './generate-reports.ts';
import { fixed, mb, medianMs } from './measure.ts';

export interface ExtractionResult {
  megabytes: number;
  extractMBs: number;
  floorMBs: number;
  recall: number;
  precision: number;
}

export function benchExtraction(totalBytes: number, runs: number): ExtractionResult {
  const reports: GeneratedReport[] = [];
  let size = 0;
  for (let seed = 1; size < totalBytes; seed++) {
    const report = generateReport(seed, 12_000);
    reports.push(report);
    size += Buffer.byteLength(report.text);
  }
  const files = reports.map((report) => new TextEncoder().encode(report.text));
  const decoder = new TextDecoder('utf-8');

  const extractMs = medianMs(runs, () => {
    for (const bytes of files) extractReport({ reportId: 'b', text: decoder.decode(bytes) });
  });
  const floorMs = medianMs(runs, () => {
    let digits = 0;
    for (const bytes of files) for (const _ of decoder.decode(bytes).matchAll(/\d+/g)) digits++;
    return digits;
  });

  let found = 0;
  let stated = 0;
  let extracted = 0;
  for (const report of reports) {
    const rows = extractReport({ reportId: report.id, text: report.text }).rows;
    const known = new Map<string, number>();
    for (const f of report.figures) known.set(`${f.indicator}|${f.value}`, (known.get(`${f.indicator}|${f.value}`) ?? 0) + 1);
    for (const row of rows) {
      const key = `${row.indicator}|${row.value}`;
      const left = known.get(key) ?? 0;
      if (left > 0) {
        found++;
        known.set(key, left - 1);
      }
    }
    stated += report.figures.length;
    extracted += rows.length;
  }
  return {
    megabytes: mb(size),
    extractMBs: mb(size) / (extractMs / 1000),
    floorMBs: mb(size) / (floorMs / 1000),
    recall: found / stated,
    precision: found / extracted,
  };
}

export function extractionLines(result: ExtractionResult): string[] {
  return [
    `| extraction, ${fixed(result.megabytes)} MB of generated reports | ${fixed(result.extractMBs, 2)} MB/s | floor (decode + one regex) ${fixed(result.floorMBs)} MB/s | ${fixed(result.floorMBs / result.extractMBs)}× the floor |`,
    `| extraction recall / precision on the generator's known figures | ${fixed(result.recall, 3)} / ${fixed(result.precision, 3)} | | |`,
  ];
}
