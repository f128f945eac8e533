// Bytes of a CSV file → text. Excel and WPS in China save CSV as GBK (their "ANSI") or as UTF-8
// with a BOM; both are decoded here, so a file is never rejected for its encoding.
// (read-report.ts has a fuller decodeText, but importing it brings mammoth into the parse worker:
// 26 kB → 340 kB. If decodeText moves to a module of its own, this file should re-export it.)

export function decodeBytes(bytes: Uint8Array): { text: string; encoding: string } {
  try {
    // fatal: GBK bytes are (almost) never valid UTF-8, so this throws and we fall through; a BOM is dropped
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    // GB18030 is a superset of GBK and GB2312; browsers and Node (full ICU) decode it
    return { text: new TextDecoder('gb18030').decode(bytes), encoding: 'gb18030' };
  }
}
