/** GBK bytes for a string: a two-byte table built from the platform's gb18030 decoder (no iconv-lite here). */
const gbkTable = (() => {
  const decoder = new TextDecoder('gb18030');
  const table = new Map<string, number[]>();
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue;
      const c = decoder.decode(new Uint8Array([lead, trail]));
      if (c.length === 1 && c !== '\ufffd' && !table.has(c)) table.set(c, [lead, trail]);
    }
  }
  return table;
})();

export function gbk(s: string): Uint8Array {
  return new Uint8Array(
    [...s].flatMap((c) => {
      if (c.charCodeAt(0) < 0x80) return [c.charCodeAt(0)];
      const bytes = gbkTable.get(c);
      if (!bytes) throw new Error(`no GBK code for ${c}`);
      return bytes;
    }),
  );
}
