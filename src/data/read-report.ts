// A report file's bytes → its text. Runs in Node and in the browser alike: no node:*, no DOM.
import mammoth from 'mammoth';
import type { ReportInput } from '../extract/index.ts';
import { baseName, fileStem, manifestEntryFor, type ManifestEntry } from './csv.ts';
import { htmlToText } from './html-to-text.ts';

export const MAX_REPORT_BYTES = 20 * 1024 * 1024;

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

// ---- bytes → string ----

type Decoded = { ok: true; text: string; encoding: string; replaced: number } | { ok: false; reason: string };

/** At most this share of characters may be undecodable before a file counts as not text. */
const MAX_BAD_SHARE = 0.002;

/**
 * Decodes text in the encodings Chinese reports come in. Order: a BOM (UTF-8, UTF-16); a charset the
 * page declares; UTF-8; GB18030 (a superset of GBK and GB2312). UTF-8 goes first because GBK bytes
 * are almost never valid UTF-8, while UTF-8 bytes often pass as (wrong) GBK.
 */
export function decodeText(bytes: Uint8Array, declared: string | null = null): Decoded {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return judge(bytes.subarray(3), 'utf-8');
  if (startsWith(bytes, [0xff, 0xfe])) return judge(bytes.subarray(2), 'utf-16le');
  if (startsWith(bytes, [0xfe, 0xff])) return judge(bytes.subarray(2), 'utf-16be');

  const nulls = countNulls(bytes);
  if (nulls.total > 0) {
    // UTF-16 without a BOM shows as NULs in every other byte of its ASCII characters
    const half = bytes.length / 2;
    if (nulls.odd > half * 0.3 && nulls.even < nulls.odd / 10) return judge(bytes, 'utf-16le');
    if (nulls.even > half * 0.3 && nulls.odd < nulls.even / 10) return judge(bytes, 'utf-16be');
    return { ok: false, reason: 'binary data, not text (it contains NUL bytes)' };
  }

  const utf8 = decodeWith(bytes, 'utf-8');
  const isUtf8 = utf8.replaced === 0 || (utf8.replaced <= Math.max(2, utf8.text.length * MAX_BAD_SHARE) && hasMultibyte(bytes));
  if (declared && declared !== 'utf-8' && !(isUtf8 && hasMultibyte(bytes))) {
    // the page's own charset, unless the bytes are plainly UTF-8 (a page that says gb2312 but was re-saved)
    return judge(bytes, declared);
  }
  if (isUtf8) return judge(bytes, 'utf-8');
  const gb = decodeWith(bytes, 'gb18030');
  if (gb.replaced <= Math.max(2, gb.text.length * MAX_BAD_SHARE)) {
    const share = rareGbkShare(bytes);
    if (share > 0.3) {
      return { ok: false, reason: `not readable text: as GBK it would be ${Math.round(share * 100)}% rare characters (garbage)` };
    }
    return judge(bytes, 'gb18030');
  }
  return { ok: false, reason: 'not readable text: neither UTF-8 nor GBK/GB18030 (nor UTF-16 with a byte-order mark)' };
}

/**
 * The share of GBK/GB18030 characters outside GB2312 (lead byte A1–F7, trail A1–FE), which holds the
 * common hanzi and punctuation. Chinese text has few others; binary data read as GBK has about half.
 * 0 when there are too few multibyte characters to tell.
 */
function rareGbkShare(bytes: Uint8Array): number {
  let multibyte = 0;
  let rare = 0;
  for (let k = 0; k < bytes.length; ) {
    const lead = bytes[k]!;
    if (lead < 0x80) {
      k++;
      continue;
    }
    const trail = bytes[k + 1] ?? 0;
    multibyte++;
    if (trail >= 0x30 && trail <= 0x39) {
      rare++; // four-byte GB18030 sequence
      k += 4;
    } else {
      if (!(lead >= 0xa1 && lead <= 0xf7 && trail >= 0xa1 && trail <= 0xfe)) rare++;
      k += 2;
    }
  }
  return multibyte < 20 ? 0 : rare / multibyte;
}

function judge(bytes: Uint8Array, encoding: string): Decoded {
  const { text, replaced } = decodeWith(bytes, encoding);
  if (replaced > Math.max(2, text.length * MAX_BAD_SHARE)) {
    return { ok: false, reason: `not readable text: ${replaced} byte sequences are invalid in ${encoding}` };
  }
  let control = 0;
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c) || (c >= 0x7f && c <= 0x9f)) control++;
  }
  if (control > Math.max(8, text.length * 0.05)) {
    return { ok: false, reason: `binary data, not text (${Math.round((100 * control) / text.length)}% control characters)` };
  }
  return { ok: true, text: text.replace(/^\ufeff/, ''), encoding, replaced };
}

function decodeWith(bytes: Uint8Array, encoding: string): { text: string; replaced: number } {
  const text = new TextDecoder(encoding).decode(bytes);
  let replaced = 0;
  for (let k = text.indexOf('\ufffd'); k >= 0; k = text.indexOf('\ufffd', k + 1)) replaced++;
  return { text, replaced };
}

const GBK_LABELS = /^(gbk|gb2312|gb_2312(-80)?|x-gbk|gb18030|cp936|windows-936|ms936|csgb2312|iso-ir-58|chinese)$/i;

/** The charset an HTML page declares in its first 8 KB (<meta charset> or http-equiv), mapped to a decoder. */
export function declaredCharset(bytes: Uint8Array): string | null {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 8192));
  const m = /<meta\b[^>]*?charset\s*=\s*["']?\s*([a-z0-9_:.-]+)/i.exec(head);
  const label = m?.[1];
  if (!label) return null;
  if (GBK_LABELS.test(label)) return 'gb18030';
  try {
    return new TextDecoder(label).encoding; // e.g. big5, utf-8; an unknown label throws
  } catch {
    return null;
  }
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

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return bytes.length >= prefix.length && prefix.every((b, k) => bytes[k] === b);
}

function countNulls(bytes: Uint8Array): { total: number; even: number; odd: number } {
  let even = 0;
  let odd = 0;
  for (let k = 0; k < bytes.length; k++) {
    if (bytes[k] === 0) {
      if (k % 2 === 0) even++;
      else odd++;
    }
  }
  return { total: even + odd, even, odd };
}

function hasMultibyte(bytes: Uint8Array): boolean {
  for (let k = 0; k < bytes.length; k++) if (bytes[k]! >= 0x80) return true;
  return false;
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
