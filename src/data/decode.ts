// Bytes → text in the encodings Chinese reports and spreadsheets come in: UTF-8 (with or without
// BOM), UTF-16 with a BOM, GB18030/GBK (what Excel and WPS in China save as "ANSI"). No DOM, no
// node:*, no heavy imports: the CSV worker uses it too.

export type Decoded = { ok: true; text: string; encoding: string; replaced: number } | { ok: false; reason: string };

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
    // Chinese UTF-16 has NULs mostly in its few ASCII characters, so mostly on one side: try it, and keep it if it reads
    if (nulls.even < nulls.odd / 5 && bytes.length % 2 === 0 && readsAsText(decodeWith(bytes, 'utf-16le').text)) return judge(bytes, 'utf-16le');
    if (nulls.odd < nulls.even / 5 && bytes.length % 2 === 0 && readsAsText(decodeWith(bytes, 'utf-16be').text)) return judge(bytes, 'utf-16be');
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

/** Most characters are common hanzi, CJK punctuation, full-width forms or printable ASCII. */
function readsAsText(text: string): boolean {
  let plain = 0;
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if ((c >= 0x20 && c < 0x7f) || c === 0x0a || c === 0x0d || c === 0x09 || (c >= 0x4e00 && c <= 0x9fff) ||
      (c >= 0x3000 && c <= 0x303f) || (c >= 0xff00 && c <= 0xffef) || (c >= 0x2010 && c <= 0x206f)) plain++;
  }
  return text.length > 0 && plain / text.length > 0.95;
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

export function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
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

/** A CSV file's bytes as text; a file that is not text throws with the reason. */
export function decodeBytes(bytes: Uint8Array): { text: string; encoding: string } {
  const decoded = decodeText(bytes);
  if (!decoded.ok) throw new Error(decoded.reason);
  return { text: decoded.text, encoding: decoded.encoding };
}
