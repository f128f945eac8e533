// Distinct byte strings (the cells of one CSV column) numbered in order of first appearance, each
// decoded once. A column of two million cells with a few hundred distinct values costs two million
// lookups on bytes and a few hundred decodes, never two million strings.

const decoder = new TextDecoder('utf-8');
const QUICK_SLOTS = 1024;

export class ByteDictionary {
  /** The decoded text of each entry. */
  readonly texts: string[] = [];
  private slots = new Int32Array(256); // entry + 1, 0 when free; open addressing
  private hashes = new Int32Array(128);
  private offsets = new Int32Array(129); // entry k is arena[offsets[k], offsets[k + 1])
  private arena = new Uint8Array(4096);
  private count = 0;
  private last = -1; // cells often repeat the one above (a report's rows)
  // entry + 1 by a hash of a few of the bytes: a column of few values (period, status, indicator) finds its
  // entry without hashing every byte; a miss (or a collision) just takes the full path
  private readonly quick = new Int32Array(QUICK_SLOTS);

  get size(): number {
    return this.count;
  }

  /** The entry of bytes[start, end), added when new. */
  lookup(bytes: Uint8Array, start: number, end: number): number {
    const length = end - start;
    const arena = this.arena;
    const offsets = this.offsets;
    const last = this.last;
    if (last >= 0) {
      const from = offsets[last]!;
      if (offsets[last + 1]! - from === length) {
        let k = 0;
        while (k < length && arena[from + k] === bytes[start + k]) k++;
        if (k === length) return last;
      }
    }
    let quick = -1;
    if (length > 0) {
      quick = Math.imul(length, 0x9e3779b1) ^ Math.imul(bytes[start]!, 0x85ebca6b) ^ Math.imul(bytes[end - 1]!, 0xc2b2ae35)
        ^ Math.imul(bytes[start + (length >> 1)]!, 0x27d4eb2f) ^ Math.imul(bytes[start + ((length * 3) >> 2)]!, 0x165667b1);
      quick = (quick ^ (quick >>> 15)) & (QUICK_SLOTS - 1);
      const candidate = this.quick[quick]! - 1;
      if (candidate >= 0) {
        const from = offsets[candidate]!;
        if (offsets[candidate + 1]! - from === length) {
          let k = 0;
          while (k < length && arena[from + k] === bytes[start + k]) k++;
          if (k === length) return (this.last = candidate);
        }
      }
    }
    let hash = 0x811c9dc5 ^ length;
    for (let k = start; k < end; k++) hash = Math.imul(hash ^ bytes[k]!, 0x01000193);
    const slots = this.slots;
    const mask = slots.length - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const entry = slots[slot]! - 1;
      if (entry < 0) {
        const added = this.add(bytes, start, end, hash);
        slots[slot] = added + 1;
        if (this.count * 2 > slots.length) this.rehash();
        if (quick >= 0) this.quick[quick] = added + 1;
        return (this.last = added);
      }
      if (this.hashes[entry] !== hash) continue;
      const from = offsets[entry]!;
      if (offsets[entry + 1]! - from !== length) continue;
      let k = 0;
      while (k < length && arena[from + k] === bytes[start + k]) k++;
      if (k === length) {
        if (quick >= 0) this.quick[quick] = entry + 1;
        return (this.last = entry);
      }
    }
  }

  private add(bytes: Uint8Array, start: number, end: number, hash: number): number {
    const entry = this.count++;
    const used = this.offsets[entry]!;
    const length = end - start;
    if (used + length > this.arena.length) {
      const bigger = new Uint8Array(Math.max(this.arena.length * 2, used + length));
      bigger.set(this.arena.subarray(0, used));
      this.arena = bigger;
    }
    if (entry + 1 >= this.hashes.length) {
      const hashes = new Int32Array(this.hashes.length * 2);
      hashes.set(this.hashes);
      this.hashes = hashes;
      const offsets = new Int32Array(hashes.length + 1);
      offsets.set(this.offsets);
      this.offsets = offsets;
    }
    this.arena.set(bytes.subarray(start, end), used);
    this.offsets[entry + 1] = used + length;
    this.hashes[entry] = hash;
    this.texts.push(decoder.decode(bytes.subarray(start, end)));
    return entry;
  }

  private rehash(): void {
    const slots = new Int32Array(this.slots.length * 2);
    const mask = slots.length - 1;
    for (let entry = 0; entry < this.count; entry++) {
      let slot = this.hashes[entry]! & mask;
      while (slots[slot] !== 0) slot = (slot + 1) & mask;
      slots[slot] = entry + 1;
    }
    this.slots = slots;
  }
}
