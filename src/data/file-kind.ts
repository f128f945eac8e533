// What a file the user gives the page is, told by its content rather than by the control that
// received it: a CSV whose header is the contract's (indicators.csv, reports.csv), any other CSV
// (loaded as one, so that what it lacks is named), or a report to extract (.txt, .docx, .html …).
import { decodeBytes, startsWith } from './decode.ts';

export type FileKind = 'indicators' | 'reports' | 'csv' | 'report';

const ZIP = [0x50, 0x4b, 0x03, 0x04]; // a .docx
const HEAD_BYTES = 4096;

/** The header cells of a CSV's first line (any of , ; tab), trimmed and unquoted. */
function headerCells(text: string): string[] {
  const line = text.replace(/^\ufeff/, '').split(/\r?\n/, 1)[0] ?? '';
  const delimiter = [',', ';', '\t'].reduce((best, d) => (line.split(d).length > line.split(best).length ? d : best), ',');
  return line.split(delimiter).map((cell) => cell.trim().replace(/^"(.*)"$/, '$1').trim());
}

/** Tells a file by its first bytes and its name. */
export function fileKind(name: string, head: Uint8Array): FileKind {
  if (startsWith(head, ZIP)) return 'report';
  const named = /\.(csv|tsv)$/i.test(name) ? 'csv' : 'report';
  let text: string;
  try {
    text = decodeBytes(head.subarray(0, HEAD_BYTES)).text;
  } catch {
    return named; // not text: the reader it goes to names why
  }
  const cells = headerCells(text);
  if (cells.includes('report_id') && cells.includes('indicator')) return 'indicators';
  if (cells.includes('report_id') && (cells.includes('title') || cells.includes('city'))) return 'reports';
  return named;
}

/** The same for a File (or any Blob with a name): reads only its first bytes. */
export async function fileKindOf(file: Blob & { name: string }): Promise<FileKind> {
  return fileKind(file.name, new Uint8Array(await file.slice(0, HEAD_BYTES).arrayBuffer()));
}

/** Splits files by what they are: CSVs (to load on the dashboard) and reports (to extract). */
export async function routeFiles<F extends Blob & { name: string }>(files: readonly F[]): Promise<{ csv: F[]; reports: F[] }> {
  const kinds = await Promise.all(files.map(fileKindOf));
  return { csv: files.filter((_, k) => kinds[k] !== 'report'), reports: files.filter((_, k) => kinds[k] === 'report') };
}
