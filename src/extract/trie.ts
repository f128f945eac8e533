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

/** The child `code` leads to from `node`, or 0: a node's children's codes are in order, looked for by halves. */
function childOf(trie: Trie, node: number, code: number): number {
  let low = trie.from[node]!;
  let high = trie.from[node + 1]! - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const c = trie.codes[mid]!;
    if (c < code) low = mid + 1;
    else if (c > code) high = mid - 1;
    else return trie.nodes[mid]!;
  }
  return 0;
}

/** The longest word of the trie that starts at `at` in the text and ends by `to`: its index, or -1. */
export function longestWordAt(trie: Trie, text: string, at: number, to: number): number {
  let node = trie.first[text.charCodeAt(at)] ?? 0;
  let word = node === 0 ? -1 : trie.ending[node]!;
  for (let j = at + 1; node !== 0 && j < to; j++) {
    node = childOf(trie, node, text.charCodeAt(j));
    if (node !== 0 && trie.ending[node]! >= 0) word = trie.ending[node]!;
  }
  return word;
}

/**
 * The longest words of the trie in a text, left to right, each place read once (a word's characters
 * start none): where each starts, and which it is.
 */
export function longestWords(trie: Trie, text: string): { at: Int32Array; word: Int32Array; length: number } {
  // (room for a word every eight characters, as a report has about one every ten: new arrays cost more
  // than their length, so they are made once; a short text, such as a name read on its own, gets arrays no longer than it)
  let at = new Int32Array(Math.min(text.length + 1, 64 + (text.length >> 3)));
  let word = new Int32Array(at.length);
  let length = 0;
  for (let i = 0; i < text.length; ) {
    const w = longestWordAt(trie, text, i, text.length);
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
    i += trie.words[w]!.length;
  }
  return { at, word, length };
}
