// HTML character references: decoded in a page (html-to-text.ts) and in a text that has markup pasted
// into it (clean.ts). Written here rather than taken from a library because the two need the places
// of the references in the text, not only the decoded string.
import { matchesFrom } from './find.ts';

// Named entities: those the pages we read use, and all that older pages write without the ';'.
const ENTITIES: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', ensp: '\u2002', emsp: '\u2003',
  thinsp: '\u2009', zwj: '\u200d', zwnj: '\u200c', shy: '\u00ad', middot: '·', hellip: '…', mdash: '—',
  ndash: '–', lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”', sbquo: '‚', bdquo: '„', laquo: '«',
  raquo: '»', lsaquo: '‹', rsaquo: '›', bull: '•', prime: '′', Prime: '″', times: '×', divide: '÷',
  plusmn: '±', deg: '°', permil: '‰', percnt: '%', yen: '¥', cent: '¢', pound: '£', euro: '€',
  copy: '©', reg: '®', trade: '™', sect: '§', para: '¶', micro: 'µ', frac12: '½', frac14: '¼',
  frac34: '¾', sup1: '¹', sup2: '²', sup3: '³', le: '≤', ge: '≥', ne: '≠', asymp: '≈', infin: '∞',
  larr: '←', rarr: '→', uarr: '↑', darr: '↓', harr: '↔', lArr: '⇐', rArr: '⇒', hArr: '⇔', minus: '−',
  lowast: '∗', radic: '√', sum: '∑', prod: '∏', alpha: 'α', beta: 'β', gamma: 'γ', delta: 'δ',
  mu: 'μ', pi: 'π', sigma: 'σ', omega: 'ω', Omega: 'Ω', iexcl: '¡', iquest: '¿', brvbar: '¦',
  uml: '¨', macr: '¯', acute: '´', cedil: '¸', ordf: 'ª', ordm: 'º', not: '¬', curren: '¤',
  loz: '◊', spades: '♠', clubs: '♣', hearts: '♥', diams: '♦', dagger: '†', Dagger: '‡', oline: '‾',
  frasl: '⁄', circ: 'ˆ', tilde: '˜', lceil: '⌈', rceil: '⌉', lfloor: '⌊', rfloor: '⌋',
  agrave: 'à', aacute: 'á', eacute: 'é', egrave: 'è', uuml: 'ü', ouml: 'ö', auml: 'ä', ccedil: 'ç',
};
const LEGACY_NO_SEMICOLON = new Set(['amp', 'lt', 'gt', 'quot', 'nbsp', 'copy', 'reg', 'times', 'middot', 'deg', 'yen']);

// Character references to C1 controls mean the Windows-1252 character (the HTML standard's table).
const WINDOWS_1252: Record<number, number> = {
  0x80: 0x20ac, 0x82: 0x201a, 0x83: 0x0192, 0x84: 0x201e, 0x85: 0x2026, 0x86: 0x2020, 0x87: 0x2021,
  0x88: 0x02c6, 0x89: 0x2030, 0x8a: 0x0160, 0x8b: 0x2039, 0x8c: 0x0152, 0x8e: 0x017d, 0x91: 0x2018,
  0x92: 0x2019, 0x93: 0x201c, 0x94: 0x201d, 0x95: 0x2022, 0x96: 0x2013, 0x97: 0x2014, 0x98: 0x02dc,
  0x99: 0x2122, 0x9a: 0x0161, 0x9b: 0x203a, 0x9c: 0x0153, 0x9e: 0x017e, 0x9f: 0x0178,
};

const REFERENCE = /&(?:#(\d{1,8})|#[xX]([0-9a-fA-F]{1,7})|([a-zA-Z][a-zA-Z0-9]{0,31}))(;?)/g;
const REFERENCE_AT = new RegExp(REFERENCE.source, 'y'); // tried only where a "&" stands (find.ts)

export function decodeEntities(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(REFERENCE, (whole, dec, hex, name, semi) => decodedReference(whole, dec, hex, name, semi));
}

/** Each reference in a text: where it stands and the character it stands for (unknown names are left out). */
export function entityReferences(s: string): { start: number; end: number; char: string }[] {
  const found: { start: number; end: number; char: string }[] = [];
  if (!s.includes('&')) return found;
  for (const m of matchesFrom(s, '&', REFERENCE_AT)) {
    const char = decodedReference(m[0], m[1], m[2], m[3], m[4]!);
    if (char !== m[0]) found.push({ start: m.index, end: m.index + m[0].length, char });
  }
  return found;
}

function decodedReference(whole: string, dec: string | undefined, hex: string | undefined, name: string | undefined, semi: string): string {
  if (name !== undefined) {
    const ch = ENTITIES[name];
    if (ch === undefined || (!semi && !LEGACY_NO_SEMICOLON.has(name))) return whole; // unknown: left as written
    return ch;
  }
  let code = dec !== undefined ? parseInt(dec, 10) : parseInt(hex!, 16);
  code = WINDOWS_1252[code] ?? code;
  if (code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return '\ufffd';
  return String.fromCodePoint(code);
}
