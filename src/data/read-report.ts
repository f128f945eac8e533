// A report file's bytes → its text. Runs in Node and in the browser alike: no node:*, no DOM.
import mammoth from 'mammoth';
import type { ReportInput } from '../extract/index.ts';
import { baseName, fileStem, manifestEntryFor, type ManifestEntry } from './csv.ts';
import { decodeText, declaredCharset, startsWith } from './decode.ts';
import { htmlToText } from './html-to-text.ts';
import { inflatedSize, zipEntries } from './zip-entries.ts';

export const MAX_REPORT_BYTES = 20 * 1024 * 1024;
/** What the entries of a .docx may inflate to, in all: more is a zip bomb, not a report. */
export const MAX_DOCX_INFLATED_BYTES = 200 * 1024 * 1024;

export const REPORT_EXTENSIONS = ['.txt', '.docx', '.html', '.htm'] as const;

export type ReportFormat = 'txt' | 'docx' | 'html';

export interface ReadOk {
  ok: true;
  /** Line breaks are '\n'; a .docx or .html has one line per paragraph or table row (cells split by '\t'). */
  text: string;
  /** The <title> of an .html page; '' otherwise. */
  title: string;
  /** The decoder used: 'utf-8', 'gb18030', 'utf-16le', 'utf-16be', 'big5' … ('utf-8' for .docx). */
  encoding: string;
  format: ReportFormat;
  /** Things a person may want to know that did not stop the reading (e.g. bytes that were replaced). */
  warnings: string[];
}

export interface ReadFailure {
  ok: false;
  fileName: string;
  /** Says what is wrong, naming the file. */
  reason: string;
}

export type ReadResult = ReadOk | ReadFailure;

/** The format a file name asks for, or null when it is not a report file. */
export function reportFormat(fileName: string): ReportFormat | null {
  const ext = /\.[^./\\]+$/.exec(fileName)?.[0].toLowerCase();
  if (ext === '.txt') return 'txt';
  if (ext === '.docx') return 'docx';
  if (ext === '.html' || ext === '.htm') return 'html';
  return null;
}

/** The refusal for a file above MAX_REPORT_BYTES; callers that know the size before reading use it too. */
export function sizeRefusal(fileName: string, size: number): ReadFailure | null {
  if (size <= MAX_REPORT_BYTES) return null;
  return fail(fileName, `file is ${megabytes(size)}, larger than the ${megabytes(MAX_REPORT_BYTES)} limit for one report`);
}

export async function readReport(fileName: string, bytes: Uint8Array): Promise<ReadResult> {
  const format = reportFormat(fileName);
  if (!format) {
    return fail(fileName, `unsupported file type; a report must be ${REPORT_EXTENSIONS.join(', ')}`);
  }
  const tooLarge = sizeRefusal(fileName, bytes.length);
  if (tooLarge) return tooLarge;
  if (bytes.length === 0) return fail(fileName, 'empty file');

  if (format === 'docx') return readDocx(fileName, bytes);

  const foreign = foreignFormat(bytes);
  if (foreign) return fail(fileName, `${foreign}, not ${format === 'txt' ? 'text' : 'an HTML page'}`);

  const decoded = decodeText(bytes, format === 'html' ? declaredCharset(bytes) : null);
  if (!decoded.ok) return fail(fileName, decoded.reason);
  const warnings = decoded.replaced > 0 ? [`${decoded.replaced} undecodable byte sequence(s) replaced by �`] : [];

  if (format === 'txt' && !looksLikeHtmlPage(decoded.text)) {
    const text = normaliseLineBreaks(decoded.text);
    if (text.trim() === '') return fail(fileName, 'empty file (only blank space)');
    return { ok: true, text, title: '', encoding: decoded.encoding, format, warnings };
  }
  if (format === 'txt') warnings.push('the text is an HTML page: read as one, its tags and scripts dropped');
  const page = htmlToText(decoded.text);
  if (page.text.trim() === '') return fail(fileName, 'the page has no text');
  return { ok: true, text: page.text, title: page.title, encoding: decoded.encoding, format, warnings };
}

/** A page saved as .txt: it opens as HTML, or most of its lines are tags. */
function looksLikeHtmlPage(text: string): boolean {
  const head = text.slice(0, 2000).trimStart().toLowerCase();
  if (/^<(!doctype html|html|head|body)[\s>]/.test(head)) return true;
  const tags = text.slice(0, 20000).match(/<\/?(p|div|br|span|table|td|tr|script|style|a)\b[^>]*>/gi)?.length ?? 0;
  return tags > 20 && tags * 40 > Math.min(text.length, 20000);
}

async function readDocx(fileName: string, bytes: Uint8Array): Promise<ReadResult> {
  if (!startsWith(bytes, ZIP)) {
    if (startsWith(bytes, OLE)) return fail(fileName, 'an old Word .doc (or other Office 97–2003) file, not a .docx; save it as .docx');
    return fail(fileName, 'not a valid .docx (not a zip archive)');
  }
  const entries = zipEntries(bytes);
  if (!entries) return fail(fileName, 'not a valid .docx (the zip archive is damaged or truncated: no central directory)');
  const declared = entries.reduce((sum, entry) => sum + entry.uncompressedSize, 0);
  const inflated = declared > MAX_DOCX_INFLATED_BYTES ? declared : await inflatedSize(bytes, entries, MAX_DOCX_INFLATED_BYTES);
  if (inflated === undefined) return fail(fileName, 'not a valid .docx (the zip archive is damaged or truncated)');
  if (inflated > MAX_DOCX_INFLATED_BYTES) {
    return fail(fileName, `refused: its contents inflate to more than ${megabytes(MAX_DOCX_INFLATED_BYTES)} (a zip bomb, not a report)`);
  }
  const arrayBuffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  // mammoth's Node build reads `buffer`, its browser build `arrayBuffer`; JSZip takes an ArrayBuffer for both.
  const input = { arrayBuffer, buffer: arrayBuffer } as unknown as Parameters<typeof mammoth.convertToHtml>[0];
  let html: string;
  try {
    const result = await mammoth.convertToHtml(input, {
      // images would come back as base64 data: URLs; the text does not need them
      convertImage: mammoth.images.imgElement(() => Promise.resolve({ src: '' })),
    });
    html = result.value;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (/main document part/i.test(message)) {
      return fail(fileName, 'not a valid .docx (the zip archive holds no Word document)');
    }
    if (/corrupt|central directory|zip|end of data|invalid/i.test(message)) {
      return fail(fileName, `not a valid .docx (the zip archive is damaged or truncated: ${message})`);
    }
    return fail(fileName, `could not read the .docx: ${message}`);
  }
  const text = htmlToText(html).text;
  if (text.trim() === '') return fail(fileName, 'the document has no text');
  return { ok: true, text, title: '', encoding: 'utf-8', format: 'docx', warnings: [] };
}

/**
 * The extractor's input for a report file that was read: report_id, source and title come from the
 * manifest entry for the file when there is one, else from the file (its name without extension, its
 * name, an HTML page's <title>).
 */
export function reportInput(fileName: string, read: ReadOk, manifest: readonly ManifestEntry[] = []): ReportInput {
  const entry = manifestEntryFor(manifest, fileName);
  const input: ReportInput = {
    reportId: entry?.report_id ?? fileStem(fileName),
    text: read.text,
    source: entry?.source ?? baseName(fileName),
  };
  const title = entry?.title ?? read.title;
  if (title) input.title = title;
  if (entry) {
    const known: NonNullable<ReportInput['manifest']> = {};
    if (entry.city) known.city = entry.city;
    if (entry.county) known.county = entry.county;
    if (entry.year !== undefined) known.year = entry.year;
    if (entry.period) known.period = entry.period;
    if (entry.title) known.title = entry.title;
    if (Object.keys(known).length > 0) input.manifest = known;
  }
  return input;
}

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const SIGNATURES: [number[], string][] = [
  [[0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'a PNG image'],
  [[0xff, 0xd8, 0xff], 'a JPEG image'],
  [[0x47, 0x49, 0x46, 0x38], 'a GIF image'],
  [[0x25, 0x50, 0x44, 0x46, 0x2d], 'a PDF file (PDF is not supported; save the report as .docx or .txt)'],
  [ZIP, 'a zip archive (a .docx? then name it .docx)'],
  [OLE, 'an old Office 97–2003 file (.doc/.xls)'],
  [[0x7b, 0x5c, 0x72, 0x74, 0x66], 'an RTF document (save it as .docx or .txt)'],
];

function foreignFormat(bytes: Uint8Array): string | null {
  for (const [signature, what] of SIGNATURES) if (startsWith(bytes, signature)) return what;
  return null;
}




function normaliseLineBreaks(s: string): string {
  return s.replace(/\r\n?/g, '\n');
}

function megabytes(n: number): string {
  return `${(n / (1024 * 1024)).toFixed(1).replace(/\.0$/, '')} MB`;
}

function fail(fileName: string, reason: string): ReadFailure {
  return { ok: false, fileName, reason: `${fileName}: ${reason}` };
}
