// The one sort the dataset uses on its typed columns: stable, by small integer keys, in linear time.

/** Stable counting sort of `order` by key(row) in [0, buckets). */
export function sortBy(order: Int32Array, keys: Int32Array | Uint8Array, buckets: number): Int32Array {
  const counts = new Int32Array(buckets + 1);
  for (let k = 0; k < order.length; k++) counts[keys[order[k]!]! + 1]!++;
  for (let b = 0; b < buckets; b++) counts[b + 1]! += counts[b]!;
  const sorted = new Int32Array(order.length);
  for (let k = 0; k < order.length; k++) {
    const row = order[k]!;
    sorted[counts[keys[row]!]!++] = row;
  }
  return sorted;
}
