// HTML → plain text for reports saved as web pages, and for the HTML that mammoth makes of a .docx.
//
// Why not a library: the well-kept HTML→text packages either need a DOM (DOMParser is missing in Node
// and in web workers) or bring a whole parser stack (html-to-text → htmlparser2, selderee, deepmerge)
// for what is here one pass over tags. We need little: drop scripts, styles and comments; turn block
// elements into line breaks and table rows into one line of tab-separated cells; decode entities;
// take the <title>. The text never goes back into a DOM, so a "<script>" in it stays inert text.

import { decodeEntities } from '../extract/entities.ts';

/** Elements whose content is not text a reader sees (and, for script/style, not HTML at all). */
const SKIPPED = new Set(['script', 'style', 'noscript', 'template', 'iframe', 'object', 'svg', 'math']);
/** Only foreign elements honour "/>"; a browser reads "<script/>" as an open script, and so do we. */
const FOREIGN = new Set(['svg', 'math']);

/** Elements that start and end a line. */
const BLOCKS = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'br', 'caption', 'center', 'dd', 'details', 'dialog', 'div',
  'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header',
  'hr', 'html', 'legend', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'tbody', 'tfoot',
  'thead', 'tr', 'ul',
]);

const CELLS = new Set(['td', 'th']);

export interface HtmlText {
  text: string; // one line per paragraph or table row; cells separated by a tab
  title: string; // the first <title>, whitespace collapsed; '' if none
}

export function htmlToText(html: string): HtmlText {
  const out: string[] = [];
  let title = '';
  let preDepth = 0;
  // Open tables, innermost last. End tags of cells and rows may be left out (HTML allows it), so a
  // new <td> or <tr> closes the previous one of its table rather than nesting.
  const tables: { cells: number; inCell: boolean }[] = [];
  const openCells = (upTo: number) => tables.slice(0, upTo).filter((t) => t.inCell).length;
  // inside a cell a block boundary is a space, so that a table row stays one line
  const boundary = () => out.push(openCells(tables.length) > 0 ? ' ' : '\n');
  let i = 0;

  while (i < html.length) {
    const lt = html.indexOf('<', i);
    const textEnd = lt < 0 ? html.length : lt;
    if (textEnd > i) out.push(textNode(html.slice(i, textEnd), preDepth > 0));
    if (lt < 0) break;
    i = lt;

    if (html.startsWith('<!--', i)) {
      const end = html.indexOf('-->', i + 4);
      i = end < 0 ? html.length : end + 3;
      continue;
    }
    if (html[i + 1] === '!' || html[i + 1] === '?') {
      // doctype, CDATA, processing instruction: nothing to read
      const end = html.indexOf('>', i);
      i = end < 0 ? html.length : end + 1;
      continue;
    }
    const tag = readTag(html, i);
    if (!tag) {
      out.push('<'); // a "<" that opens no tag is text ("a < b")
      i++;
      continue;
    }
    i = tag.end;
    const name = tag.name;

    if (!tag.closing && name === 'title') {
      const close = findClose(html, i, 'title');
      if (!title) title = collapse(decodeEntities(html.slice(i, close.start))).replace(/\u00a0/g, ' ').trim();
      i = close.end;
      continue;
    }
    if (!tag.closing && SKIPPED.has(name)) {
      if (!(tag.selfClosing && FOREIGN.has(name))) i = findClose(html, i, name).end;
      continue;
    }
    if (name === 'pre') preDepth = Math.max(0, preDepth + (tag.closing ? -1 : 1));

    const table = tables[tables.length - 1];
    if (name === 'table') {
      if (tag.closing) tables.pop();
      else tables.push({ cells: 0, inCell: false });
      boundary();
    } else if (name === 'tr') {
      if (table) Object.assign(table, { cells: 0, inCell: false });
      boundary();
    } else if (CELLS.has(name)) {
      if (!table) continue; // a stray cell outside any table: its text just flows
      if (tag.closing) {
        table.inCell = false;
      } else {
        if (table.cells > 0) out.push(openCells(tables.length - 1) > 0 ? ' ' : '\t');
        table.cells++;
        table.inCell = true;
      }
    } else if (BLOCKS.has(name)) {
      boundary();
    }
  }
  return { text: tidyLines(out.join('')), title };
}

interface Tag {
  name: string;
  closing: boolean;
  selfClosing: boolean;
  end: number; // index after '>'
}

/** Reads the tag at html[at] === '<', honouring quoted attribute values (which may hold '>'). */
function readTag(html: string, at: number): Tag | null {
  let j = at + 1;
  const closing = html[j] === '/';
  if (closing) j++;
  const m = /^[a-zA-Z][a-zA-Z0-9:-]*/.exec(html.slice(j, j + 40));
  if (!m) return null;
  const name = m[0].toLowerCase();
  j += m[0].length;
  let quote = '';
  for (; j < html.length; j++) {
    const c = html[j];
    if (quote) {
      if (c === quote) quote = '';
    } else if (c === '"' || c === "'") {
      quote = c;
    } else if (c === '>') {
      return { name, closing, selfClosing: html[j - 1] === '/', end: j + 1 };
    }
  }
  return { name, closing, selfClosing: false, end: html.length }; // unterminated tag: the rest is the tag
}

/** Finds the end tag of a raw-text element (script, style, title …): its content is not parsed. */
function findClose(html: string, from: number, name: string): { start: number; end: number } {
  const re = new RegExp(`</${name}[\\s/>]`, 'ig');
  re.lastIndex = from;
  const m = re.exec(html);
  if (!m) return { start: html.length, end: html.length };
  const gt = html.indexOf('>', m.index);
  return { start: m.index, end: gt < 0 ? html.length : gt + 1 };
}

function textNode(raw: string, pre: boolean): string {
  const text = pre ? raw.replace(/\r\n?/g, '\n') : collapse(raw);
  return decodeEntities(text);
}

/** HTML's whitespace collapsing: a run of spaces, tabs and line breaks is one space. */
function collapse(s: string): string {
  return s.replace(/[ \t\n\r\f]+/g, ' ');
}

/**
 * One line per paragraph: spaces that met across tags made one (as a browser shows them), &nbsp; a
 * plain space (not collapsed, as in a browser), spaces at line ends and around cell tabs dropped
 * (<pre> keeps its line breaks, not its indentation), empty lines dropped.
 */
function tidyLines(s: string): string {
  return s
    .split('\n')
    .map((line) => line.replace(/ {2,}/g, ' ').replace(/\u00a0/g, ' ').replace(/ *\t */g, '\t').replace(/^ +| +$/g, ''))
    .filter((line) => line.replace(/\t/g, '') !== '')
    .join('\n');
}

