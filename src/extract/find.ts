// A pattern whose every match begins with one character, looked for only where that character stands:
// the character is found with indexOf (far faster than a regular expression tried at every place of a
// long text) and the pattern tried there alone, sticky.

/**
 * The matches of `pattern` (sticky; every match begins with `first`) in a text, left to right and not
 * overlapping: those matchAll finds with the same pattern made global.
 */
export function matchesFrom(text: string, first: string, pattern: RegExp): RegExpExecArray[] {
  const found: RegExpExecArray[] = [];
  for (let at = text.indexOf(first); at >= 0; ) {
    pattern.lastIndex = at;
    const m = pattern.exec(text);
    if (m) found.push(m);
    at = text.indexOf(first, m ? at + m[0].length : at + 1);
  }
  return found;
}

/** The text with each match of `pattern` (as in matchesFrom) replaced by `replacement`, taken as it is. */
export function replaceFrom(text: string, first: string, pattern: RegExp, replacement: string): string {
  const found = matchesFrom(text, first, pattern);
  if (found.length === 0) return text;
  let out = '';
  let at = 0;
  for (const m of found) {
    out += text.slice(at, m.index) + replacement;
    at = m.index + m[0].length;
  }
  return out + text.slice(at);
}

/** The text without the matches of `pattern` (as in matchesFrom). */
export function deleteFrom(text: string, first: string, pattern: RegExp): string {
  return replaceFrom(text, first, pattern, '');
}
