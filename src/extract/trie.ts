// A trie of words over character codes, packed into arrays: a text is read once, left to right, and
// at each place the longest word that starts there is found with a few array reads (no lookup in a
// map per character). The word index (words.ts) and the gazetteer's place names (place/) are read so.

export interface Trie {
  words: readonly string[];
  /** The node a word's first character leads to from the root, by its code; 0: no word starts so. */
  first: Int32Array;
  /**
   * Every node's children, in one table by the node and the child's code (hashed: slotOf): the node at
   * each slot (-1 where none is), the code, the child. A child is found in a look or two, not by halves.
   */
  parents: Int32Array;
  codes: Uint16Array;
  children: Int32Array;
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
  // Number the nodes breadth first (the root is 0), then put each node's children in the table.
  const order: Building[] = [root];
  for (let k = 0; k < order.length; k++) for (const child of order[k]!.next.values()) order.push(child);
  const id = new Map(order.map((node, k) => [node, k]));
  let size = 16;
  while (size < 2 * order.length) size *= 2; // (at most half full: a look or two finds a child)
  const parents = new Int32Array(size).fill(-1);
  const codes = new Uint16Array(size);
  const children = new Int32Array(size);
  const ending = new Int32Array(order.length);
  const first = new Int32Array(0x10000);
  order.forEach((node, k) => {
    ending[k] = node.word;
    for (const [code, child] of node.next) {
      let slot = slotOf(k, code, size - 1);
      while (parents[slot] !== -1) slot = (slot + 1) & (size - 1);
      parents[slot] = k;
      codes[slot] = code;
      children[slot] = id.get(child)!;
      if (k === 0) first[code] = id.get(child)!;
    }
  });
  return { words, first, parents, codes, children, ending };
}

/** Where the table of children starts looking for `node`'s child `code`. */
function slotOf(node: number, code: number, mask: number): number {
  return (Math.imul(node, 0x9e3779b1) ^ Math.imul(code, 0x85ebca6b)) >>> 7 & mask;
}

/** The child `code` leads to from `node`, or 0. */
function childOf(trie: Trie, node: number, code: number): number {
  const mask = trie.parents.length - 1;
  for (let slot = slotOf(node, code, mask); trie.parents[slot] !== -1; slot = (slot + 1) & mask) {
    if (trie.parents[slot] === node && trie.codes[slot] === code) return trie.children[slot]!;
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
