// A trie of words over character codes, packed into arrays: a text is read once, left to right, and
// at each place the longest word that starts there is found with a few array reads (no lookup in a
// map per character). The word index (words.ts) and the gazetteer's place names (place/) are read so.

export interface Trie {
  words: readonly string[];
  /** The node a word's first character leads to from the root, by its code; 0: no word starts so. */
  first: Int32Array;
  /** Node n's children: their codes, in order, at codes[from[n]] up to codes[from[n + 1]]. */
  from: Int32Array;
  codes: Uint16Array;
  nodes: Int32Array; // the child at each of `codes`
  /** The word (its index in `words`) that ends at each node, or -1. */
  ending: Int32Array;
}

interface Building {
  next: Map<number, Building>;
  word: number;
}

/** The trie of these words (every character in the basic plane; an empty word is left out). */
export function buildTrie(words: readonly string[]): Trie {
  const root: Building = { next: new Map(), word: -1 };
  words.forEach((word, w) => {
    if (word === '') return;
    let node = root;
    for (let i = 0; i < word.length; i++) {
      const code = word.charCodeAt(i);
      let child = node.next.get(code);
      if (!child) node.next.set(code, (child = { next: new Map(), word: -1 }));
      node = child;
    }
    node.word = w;
  });
  // Number the nodes breadth first (the root is 0), then lay out each node's children in code order.
  const order: Building[] = [root];
  for (let k = 0; k < order.length; k++) for (const child of order[k]!.next.values()) order.push(child);
  const id = new Map(order.map((node, k) => [node, k]));
  const from = new Int32Array(order.length + 1);
  const codes = new Uint16Array(order.length);
  const nodes = new Int32Array(order.length);
  const ending = new Int32Array(order.length);
  let at = 0;
  order.forEach((node, k) => {
    from[k] = at;
    ending[k] = node.word;
    for (const [code, child] of [...node.next].sort((a, b) => a[0] - b[0])) {
      codes[at] = code;
      nodes[at] = id.get(child)!;
      at++;
    }
  });
  from[order.length] = at;
  const first = new Int32Array(0x10000);
  for (let c = from[0]!; c < from[1]!; c++) first[codes[c]!] = nodes[c]!;
  return { words, first, from, codes, nodes, ending };
}

/** The longest word of the trie that starts at `at` in the text and ends by `to`: its index, or -1. */
export function longestWordAt(trie: Trie, text: string, at: number, to: number): number {
  let node = trie.first[text.charCodeAt(at)] ?? 0;
  if (node === 0) return -1;
  const { from, codes, nodes, ending } = trie;
  let word = ending[node]!;
  for (let j = at + 1; j < to; j++) {
    const code = text.charCodeAt(j);
    // the children's codes are in order: look for this one by halves
    let low = from[node]!;
    let high = from[node + 1]! - 1;
    node = 0;
    while (low <= high) {
      const mid = (low + high) >> 1;
      const c = codes[mid]!;
      if (c < code) low = mid + 1;
      else if (c > code) high = mid - 1;
      else {
        node = nodes[mid]!;
        break;
      }
    }
    if (node === 0) break;
    if (ending[node]! >= 0) word = ending[node]!;
  }
  return word;
}

/**
 * The longest words of the trie in a text, left to right, each place read once (a word's characters
 * start none): where each starts, and which it is. longestWordAt's walk, written out here with the
 * trie's arrays read once, as this runs at every character of a report.
 */
export function longestWords(trie: Trie, text: string): { at: Int32Array; word: Int32Array; length: number } {
  const { words, first, from, codes, nodes, ending } = trie;
  // (a short text, such as a name read on its own, gets arrays no longer than it)
  let at = new Int32Array(Math.min(64, text.length + 1));
  let word = new Int32Array(at.length);
  let length = 0;
  for (let i = 0; i < text.length; ) {
    let node = first[text.charCodeAt(i)]!;
    let w = node === 0 ? -1 : ending[node]!;
    for (let j = i + 1; node !== 0 && j < text.length; j++) {
      const code = text.charCodeAt(j);
      let low = from[node]!;
      let high = from[node + 1]! - 1;
      node = 0;
      while (low <= high) {
        const mid = (low + high) >> 1;
        const c = codes[mid]!;
        if (c < code) low = mid + 1;
        else if (c > code) high = mid - 1;
        else {
          node = nodes[mid]!;
          if (ending[node]! >= 0) w = ending[node]!;
          break;
        }
      }
    }
    if (w < 0) {
      i++;
      continue;
    }
    if (length === at.length) {
      const grownAt = new Int32Array(length * 2);
      const grownWord = new Int32Array(length * 2);
      grownAt.set(at);
      grownWord.set(word);
      at = grownAt;
      word = grownWord;
    }
    at[length] = i;
    word[length] = w;
    length++;
    i += words[w]!.length;
  }
  return { at, word, length };
}
