// The keywords of a rule: words one of which every match of its pattern holds, read from the pattern
// itself. Where none of them stands in a sentence, the rule need not run there.
//
// A pattern is read as alternatives, each a sequence of words, groups, classes and escapes. Every match
// of a sequence holds each of its parts that has no quantifier: of those, the one that looks rarest
// (rarer: longer words, then fewer) gives the sequence's keywords; a group's are the keywords of all
// its alternatives. Classes, escapes and lookarounds give none; a pattern one of whose alternatives
// has none has no keywords.

/** The words one of which every match of this pattern (a regular expression's source) holds; undefined where it cannot tell. */
export function keywordsOf(source: string): string[] | undefined {
  return ofAlternatives(source, 0, source.length);
}

function ofAlternatives(source: string, from: number, to: number): string[] | undefined {
  const words = new Set<string>();
  let start = from;
  for (let i = from; i <= to; i++) {
    if (i < to && source[i] !== '|') {
      i = partEnd(source, i) - 1;
      continue;
    }
    const own = ofSequence(source, start, i);
    if (!own) return undefined;
    for (const word of own) words.add(word);
    start = i + 1;
  }
  // where one word holds another (申报, 拟申报), the shorter is enough
  return [...words].filter((word) => ![...words].some((other) => other !== word && word.includes(other)));
}

function ofSequence(source: string, from: number, to: number): string[] | undefined {
  let best: string[] | undefined;
  const consider = (words: string[] | undefined) => {
    if (!words) return;
    if (!best || rarer(words, best)) best = words;
  };
  let word = '';
  for (let i = from; i < to; ) {
    const end = partEnd(source, i);
    const quantifier = quantifierEnd(source, end);
    const required = quantifier === end;
    if (required && isLiteral(source, i)) word += source[i];
    else {
      if (word) consider([word]);
      word = '';
      if (required && source[i] === '(') consider(ofGroup(source, i, end));
    }
    i = quantifier;
  }
  if (word) consider([word]);
  return best;
}

/** The keywords of the group from `open` to `end` (past its parenthesis): none for a lookaround. */
function ofGroup(source: string, open: number, end: number): string[] | undefined {
  const head = /^\((?:\?:|\?<[A-Za-z]\w*>)?/.exec(source.slice(open, open + 40))![0];
  if (source[open + head.length] === '?') return undefined; // a lookaround, or a group of a kind not read here
  return ofAlternatives(source, open + head.length, end - 1);
}

const SPECIAL = new Set([...'\\[](){}|?*+.^$']);

function isLiteral(source: string, at: number): boolean {
  return !SPECIAL.has(source[at]!);
}

/** Whether one set of words looks rarer than another: its shortest word longer, then its words longer on average, then fewer. */
function rarer(words: string[], than: string[]): boolean {
  return shortest(words) !== shortest(than) ? shortest(words) > shortest(than)
    : mean(words) !== mean(than) ? mean(words) > mean(than)
    : words.length < than.length;
}

function shortest(words: string[]): number {
  return Math.min(...words.map((word) => word.length));
}

function mean(words: string[]): number {
  return words.reduce((length, word) => length + word.length, 0) / words.length;
}

/** Where the part (a character, an escape, a class or a group) that starts at `at` ends. */
function partEnd(source: string, at: number): number {
  const c = source[at];
  if (c === '\\') return source[at + 1] === 'u' ? at + 6 : source[at + 1] === 'k' ? source.indexOf('>', at) + 1 : at + 2;
  if (c === '[') {
    let i = at + 1;
    while (source[i] !== ']') i += source[i] === '\\' ? 2 : 1;
    return i + 1;
  }
  if (c === '(') {
    let depth = 0;
    for (let i = at; i < source.length; ) {
      const part = source[i];
      if (part === '(') depth++;
      else if (part === ')' && --depth === 0) return i + 1;
      i = part === '(' || part === ')' ? i + 1 : partEnd(source, i);
    }
    throw new Error(`unbalanced pattern: ${source}`);
  }
  return at + 1;
}

/** Where the quantifier after a part ends (`end` itself if none). */
function quantifierEnd(source: string, end: number): number {
  const c = source[end];
  let i = end;
  if (c === '?' || c === '*' || c === '+') i++;
  else if (c === '{') i = source.indexOf('}', end) + 1;
  else return end;
  if (source[i] === '?') i++; // lazy
  return i;
}
