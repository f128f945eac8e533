// The entries a zip archive declares, read from its central directory without inflating anything:
// enough to refuse a zip bomb (a .docx whose document.xml would inflate to gigabytes) before
// mammoth, which inflates whole entries into memory, sees it. Written here because the zip
// libraries (JSZip, which mammoth uses) only tell sizes through private fields.

export interface ZipEntry {
  name: string;
  method: number; // 0 stored, 8 deflated
  compressedSize: number;
  uncompressedSize: number; // as the archive declares it (a zip bomb may lie)
  localHeader: number; // offset of the entry's local header
}

const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const CENTRAL_FILE_HEADER = 0x02014b50;

/** The archive's entries, or undefined if its central directory cannot be found or read. */
export function zipEntries(bytes: Uint8Array): ZipEntry[] | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The end record is in the last 22 + 65535 (comment) bytes.
  let end = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
    if (view.getUint32(i, true) === END_OF_CENTRAL_DIRECTORY) {
      end = i;
      break;
    }
  }
  if (end < 0) return undefined;
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  const entries: ZipEntry[] = [];
  const names = new TextDecoder();
  for (let k = 0; k < count; k++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== CENTRAL_FILE_HEADER) return undefined;
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    entries.push({
      name: names.decode(bytes.subarray(at + 46, at + 46 + nameLength)),
      method: view.getUint16(at + 10, true),
      compressedSize: view.getUint32(at + 20, true),
      uncompressedSize: view.getUint32(at + 24, true),
      localHeader: view.getUint32(at + 42, true),
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/**
 * How many bytes the archive's entries really inflate to, counted while inflating (streamed, nothing
 * kept) and stopped as soon as the count passes `cap`: the declared sizes of a zip bomb may lie.
 * Returns the count, or a number above `cap`; undefined if an entry cannot be read.
 */
export async function inflatedSize(bytes: Uint8Array, entries: readonly ZipEntry[], cap: number): Promise<number | undefined> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let total = 0;
  for (const entry of entries) {
    const at = entry.localHeader;
    if (at + 30 > bytes.length) return undefined;
    const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
    const data = bytes.subarray(start, start + entry.compressedSize);
    if (entry.method === 0) {
      total += data.length;
    } else if (entry.method === 8) {
      const stream = new Blob([data as BlobPart]).stream().pipeThrough(new DecompressionStream('deflate-raw'));
      const reader = stream.getReader();
      try {
        for (;;) {
          const { done, value } = await reader.read();
          if (done) break;
          total += value.length;
          if (total > cap) {
            await reader.cancel();
            return total;
          }
        }
      } catch {
        return undefined;
      }
    } else {
      return undefined;
    }
    if (total > cap) return total;
  }
  return total;
}
