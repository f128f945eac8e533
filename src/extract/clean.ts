// Cleaning: the one definition of a report's "cleaned text", which every row's start/end refers to.
//
// Cleaning only ever deletes characters, replaces one code point by its NFKC form, or replaces a
// character reference (&nbsp;) by one character, so each character of the cleaned text remembers the
// raw offset it came from (`rawOffsets`).
// What it does, in order:
//   1. NFKC, code point by code point (full-width digits, letters and punctuation → half-width);
//      \r and zero-width characters go.
//   2. HTML tags and scripts pasted into a text, and a forum's tags ("[size=1em]"), go; character
//      references (&nbsp;, &amp;) become what they stand for; pinyin inserted after characters by
//      some sites ("報(bào)") goes.
//   3. Lines of page furniture (download prompts, upload notices, "_第1页", related-article lists) go; a table
//      written with bars between its cells has tabs for bars.
//   4. Page-fragment markers that cut a sentence in half ("…全国科技\n\n2、管理系统…", "达到\n2、318家") go, with the
//      line break, so the sentence reads whole again.
//   5. Spaces go (Chinese needs none; "1 47件" is 147), except between two Latin letters, and between the
//      cells of a table laid out with spaces, where they are tabs; blank lines go.
//   6. On a printed page's text, the line breaks the page put inside a sentence go (wrapped-lines.ts).

import { cellLineBreaks, FIGURE_CELL, gluedHeadingAt, opensHeading, rowStartsInCells, UNIT_CELL } from './cell-lines.ts';
import { entityReferences } from './entities.ts';
import { matchesFrom } from './find.ts';
import { noteNfkc } from './normalise.ts';
import { isTraditional, noteSimplified, toSimplified } from './script.ts';
import { PINYIN_LETTERS } from './squash.ts';
import { brokenSentenceBreaks, wrappedLineBreaks } from './wrapped-lines.ts';

export interface CleanReport {
  text: string;
  /** rawOffsets[i] is the offset in the raw text of cleaned character i; rawOffsets[text.length] is the raw length. */
  rawOffsets: Int32Array;
}

/** Maps a cleaned span back to the raw text. */
export function rawSpan(clean: CleanReport, start: number, end: number): [number, number] {
  const rawStart = clean.rawOffsets[start] ?? 0;
  const rawEnd = end > start ? (clean.rawOffsets[end - 1] ?? 0) + 1 : rawStart;
  return [rawStart, rawEnd];
}

// Markup pasted into a text ("<b>28</b>家", "<script>…</script>"): tags and scripts are not the report's words.
const SCRIPT = /<(script|style)\b[^<>]{0,300}>[^]{0,20000}?<\/\1\s*>/gi;
const HTML_TAG = /<\/?[A-Za-z][A-Za-z0-9]{0,15}(?:\s[^<>]{0,300})?\/?>|<!--[^]{0,2000}?-->/g;
// A forum page's markup ("[size=1em]", "[b]…[/b]", "[color=#333]"): its tags are not the report's words either.
const FORUM_TAG = /\[\/?(?:size|color|font|backcolor|align|b|i|u|s|p|url|img|quote|list|table|tr|td|hr|indent)(?:=[^\]\n]{0,60})?\]/gi;

// A post's bold marks around a number ("**96**家"): no mask, the number shown in bold.
const BOLD_NUMBER = /^\*\*\d[\d.,]*\*\*(?!\*)/;

// Cleaning removes a gloss only right after a CJK character, and of at most 7 letters (ń too). Tried
// only where a "(" stands (find.ts).
const PINYIN = new RegExp(`\\((?<=[\\u3400-\\u9fff]\\()[${PINYIN_LETTERS}ń]{1,7}\\)`, 'y');

// A line that is only page furniture from a document-sharing or government site: one that opens so, or
// holds one of these words anywhere.
const FURNITURE_OPENING = new RegExp(`^(?:${[
  '温馨提示', '资源描述', 'ID[::]\\s*\\d+$', '大小[::]', '页数[::]', '时间[::]', '今天是[::]?', '上一篇', '下一篇', '上一条[::]', '下一条[::]',
  '返回\\s*下载', '导语[::]', '\\s*举报\\s*$',
  // a printed page's number ("- 2 -", "第 3 页 共 9 页"), a web page's tools
  '[-—–]\\s*\\d{1,3}\\s*[-—–]$', '第\\s*\\d{1,3}\\s*页(?:\\s*[/,]?\\s*共\\s*\\d{1,3}\\s*页)?$', '【?字体[::]',
].join('|')})`);
const FURNITURE_WORD = new RegExp([
  '当前文档最多预览', '下载文档查看全文', '此文档下载收益归作者所有', '部分包含数学公式',
  '本文档由用户上传', '下载前请仔细阅读', '下载文档时可能由于网络波动', '网站客服', '由会员(上传)?分享',
  '免费在线阅读', '来源于网友上传', '不代表本站观点', '发布时间[::]', '发布单位[::]', '浏览次数',
  '文稿预览结束', '版权所有', '可在线阅读', '【打印本页】|【关闭窗口】|打印本页\\s*关闭窗口',
].join('|'));
// A heading after which a page lists other articles: everything from there to the end goes.
const RELATED = /^(【.*】)?[【[]?(相关文章|相关链接|相关报道|相关推荐|相关文档推荐|相关文档|相关范文|相关资料|热门推荐|延伸阅读|大家都在看|你可能(?:感兴趣|喜欢)|猜你喜欢|热门文章|推荐阅读|相关阅读|更多相关|相关信息|相关新闻|热点信息|热点新闻|热门信息|热门新闻|最新信息|最新动态)[】\]]?[::]?\s*$/;

// NFKC of one code point, worked out once for each of the basic plane (a report's punctuation comes
// back on every line).
const nfkc: (string | undefined)[] = new Array(0x10000);
function nfkcOf(code: number): string {
  if (code > 0xffff) return String.fromCodePoint(code).normalize('NFKC');
  return (nfkc[code] ??= String.fromCharCode(code).normalize('NFKC'));
}

/** What cleaning makes of one code point: its NFKC form; nothing of \r and zero-width characters. */
function cleanedOf(code: number): string {
  // (and an emoji's marks: "3️⃣1️⃣8️⃣家", a post's keycap digits, read as the digits)
  if (code === 0x0d || code === 0x200b || code === 0xfeff || code === 0x200c || code === 0x200d || code === 0xfe0f || code === 0x20e3) return '';
  if (code >= 0xd800 && code <= 0xdfff) return '\ufffd'; // a lone surrogate
  const normal = nfkcOf(code);
  return normal === '\u3000' || normal === '\u00a0' ? ' ' : normal;
}

// What cleaning does to each character of the basic plane, worked out as met (NOT_SEEN): leaves it as it is (KEPT;
// KEPT_TRADITIONAL where the script converts it, KEPT_JOINING where it may join the character before it in NFKC) or
// changes it (CHANGED: its NFKC form, or nothing).
const NOT_SEEN = 0, KEPT = 1, KEPT_TRADITIONAL = 2, KEPT_JOINING = 3, CHANGED = 4;
const cleaning = new Uint8Array(0x10000);
function cleaningOf(code: number): number {
  if (cleaning[code] === NOT_SEEN) {
    // (ASCII but \r and the CJK ideographs are their own NFKC form)
    const kept = (code < 0x80 && code !== 0x0d) || (code >= 0x4e00 && code <= 0x9fff) ||
      ((code < 0xd800 || code > 0xdfff) && cleanedOf(code) === String.fromCharCode(code));
    cleaning[code] = !kept ? CHANGED : isTraditional(code) ? KEPT_TRADITIONAL : joinsBefore(code) ? KEPT_JOINING : KEPT;
  }
  return cleaning[code]!;
}

/**
 * Whether a character may join the one before it in NFKC, composed with it or put before it: a combining mark, a
 * Hangul vowel or final (or half of a surrogate pair, not looked into). A text of characters each its own NFKC form,
 * none of them such, is in NFKC.
 */
function joinsBefore(code: number): boolean {
  return (code >= 0x1100 && code <= 0x11ff) || (code >= 0xd7b0 && code <= 0xdfff) || COMBINING.test(String.fromCharCode(code));
}
const COMBINING = /\p{M}/u;

// 0, 1, 2, …: the offsets of a run of characters cleaning leaves alone are copied from it
let numbers = new Int32Array(0);
function counting(to: number): Int32Array {
  if (numbers.length < to) numbers = Int32Array.from({ length: Math.max(to, numbers.length * 2) }, (_, k) => k);
  return numbers;
}

export function cleanReport(raw: string): CleanReport {
  const parts: string[] = [];
  let offsets = new Int32Array(raw.length + 16);
  let length = 0;
  // Cleaning reads every character: it notes whether one is traditional, and where none is, the text
  // need not be read again to be converted to the simplified script (script.ts).
  let traditional = false;
  // …and whether one may join the character before it: where none does, the cleaned text is in NFKC (normalise.ts).
  let joining = false;
  for (let i = 0; i < raw.length; ) {
    // A run of characters that cleaning leaves alone (ASCII but \r, CJK ideographs, 。、《》…) is copied whole.
    let run = i;
    for (; run < raw.length; run++) {
      if (cleaning[raw.charCodeAt(run)] === KEPT) continue;
      const what = cleaningOf(raw.charCodeAt(run));
      if (what === CHANGED) break;
      if (what === KEPT_TRADITIONAL) traditional = true;
      if (what === KEPT_JOINING) joining = true;
    }
    if (run > i) {
      parts.push(raw.slice(i, run));
      offsets.set(counting(run).subarray(i, run), length);
      length += run - i;
      i = run;
      continue;
    }
    const code = raw.codePointAt(i)!;
    const width = code > 0xffff ? 2 : 1;
    const normal = cleanedOf(code);
    // room for this character's offsets and one for each of the rest (a run adds no more than it reads)
    const needed = length + normal.length + (raw.length - i - width) + 1;
    if (needed > offsets.length) {
      const grown = new Int32Array(Math.max(offsets.length * 2, needed));
      grown.set(offsets);
      offsets = grown;
    }
    parts.push(normal);
    for (let k = 0; k < normal.length; k++) {
      if (isTraditional(normal.charCodeAt(k))) traditional = true;
      if (joinsBefore(normal.charCodeAt(k))) joining = true;
      offsets[length++] = i;
    }
    i += width;
  }
  const text = parts.join('');
  offsets[length++] = raw.length;
  offsets = offsets.subarray(0, length);
  let clean: CleanReport = { text, rawOffsets: offsets };
  if (text.includes('<')) { // (most reports have no markup at all)
    clean = deleteMatches(clean, SCRIPT);
    clean = deleteTags(clean);
  }
  if (text.includes('[')) clean = deleteMatches(clean, FORUM_TAG);
  if (text.includes('**')) clean = deleteBoldMarks(clean);
  if (text.includes('&')) ({ clean, joining } = decodeReferences(clean, joining));
  clean = deleteRanges(clean, rangesOf(matchesFrom(clean.text, '(', PINYIN)));
  // (the furniture is read in the simplified script: this text, and the cleaned one below, need no conversion)
  if (!traditional) noteSimplified(clean.text);
  clean = deleteFurniture(clean);
  if (clean.text.includes('|')) clean = pipesToTabs(clean);
  clean = deleteFragmentMarkers(clean);
  clean = deleteRanges(clean, cellLineBreaks(clean.text).map(([at, cells]) => [at, at + 1, cells]));
  if (clean.text.includes(' ')) clean = spacedTablesToTabs(clean);
  clean = deleteSpaces(clean);
  if (clean.text.includes('\t')) clean = unflattenTables(clean);
  clean = deleteRanges(clean, [...new Set([...wrappedLineBreaks(clean.text), ...brokenSentenceBreaks(clean.text)])].sort((a, b) => a - b).map((at) => [at, at + 1]));
  if (!traditional) noteSimplified(clean.text);
  if (!joining) noteNfkc(clean.text);
  return clean;
}

/** Deletes the given [start, end) ranges (sorted, not overlapping); a range may leave characters in its place, each read from where it starts. */
function deleteRanges(clean: CleanReport, ranges: [number, number, string?][]): CleanReport {
  if (ranges.length === 0) return clean;
  const parts: string[] = [];
  let room = clean.rawOffsets.length;
  for (const [, , replacement] of ranges) room += replacement?.length ?? 0;
  const offsets = new Int32Array(room);
  let length = 0;
  let at = 0;
  for (const [start, end, replacement] of ranges) {
    if (start < at) continue;
    parts.push(clean.text.slice(at, start));
    offsets.set(clean.rawOffsets.subarray(at, start), length);
    length += start - at;
    if (replacement) {
      parts.push(replacement);
      for (let k = 0; k < replacement.length; k++) offsets[length++] = clean.rawOffsets[start]!;
    }
    at = end;
  }
  parts.push(clean.text.slice(at));
  offsets.set(clean.rawOffsets.subarray(at), length);
  length += clean.rawOffsets.length - at;
  return { text: parts.join(''), rawOffsets: offsets.subarray(0, length) };
}

// "举办&nbsp;对接会&nbsp;9&nbsp;场": a reference becomes the character it stands for, cleaned (a space, then
// deleted with the others); one whose cleaned form is more than one character stays as written.
// (and tells whether a character that may join the one before it came in so, or had before)
function decodeReferences(clean: CleanReport, joining: boolean): { clean: CleanReport; joining: boolean } {
  const ranges: [number, number, string?][] = [];
  for (const { start, end, char } of entityReferences(clean.text)) {
    const cleaned = cleanedOf(char.codePointAt(0)!);
    if (cleaned.length <= 1 && char.length === String.fromCodePoint(char.codePointAt(0)!).length) {
      ranges.push([start, end, cleaned || undefined]);
      if (cleaned && joinsBefore(cleaned.charCodeAt(0))) joining = true;
    }
  }
  return { clean: deleteRanges(clean, ranges), joining };
}

/**
 * Takes HTML tags out, keeping what they meant for the text's layout: a table's cells (<td>, <th> after the
 * first of a row) are joined by tabs, and its rows, lines, paragraphs and items end in a line break.
 */
function deleteTags(clean: CleanReport): CleanReport {
  const ranges: [number, number, string?][] = [];
  // (cells only inside a row: a stray <td> in a sentence, "认定高新技术企业:<td>41</td>家", joins nothing)
  let inRow = false;
  let firstCell = true;
  for (const m of clean.text.matchAll(HTML_TAG)) {
    const tag = /^<(\/?)([A-Za-z][A-Za-z0-9]*)/.exec(m[0]);
    const closing = tag?.[1] === '/';
    const name = tag?.[2]?.toLowerCase() ?? '';
    let replacement: string | undefined;
    if (!closing && (name === 'td' || name === 'th') && inRow) {
      replacement = firstCell ? undefined : '\t';
      firstCell = false;
    } else if (!closing && name === 'tr') {
      inRow = true;
      firstCell = true;
    } else if ((closing && /^(?:tr|p|div|li|h[1-6]|table)$/.test(name)) || name === 'br') {
      if (name === 'tr' || name === 'table') inRow = false;
      replacement = '\n';
    }
    ranges.push([m.index!, m.index! + m[0].length, replacement]);
  }
  return deleteRanges(clean, ranges);
}

// a line of a table whose cells a page joined by bars, and a line that only rules such a table ("|---|---|")
const BARRED_LINE = /^[^|\n]*\|[^|\n]*\|.*$/gm;
const RULE_LINE = /^[\s|:\-—–]*$/;

/**
 * A table written with bars between its cells ("指标名称|目标值|完成值", as web pages and markdown give
 * it): on two or more lines running that hold two bars or more, each bar is a tab, as a .docx table's
 * cell is (the bars that open or close a line go, as does a line that only rules the table).
 */
function pipesToTabs(clean: CleanReport): CleanReport {
  const text = clean.text;
  const lines = [...text.matchAll(BARRED_LINE)];
  const ranges: [number, number, string?][] = [];
  for (let k = 0; k < lines.length; k++) {
    const m = lines[k]!;
    const start = m.index!;
    const end = start + m[0].length;
    const joined = (other: RegExpMatchArray | undefined, after: boolean) =>
      other !== undefined && (after ? other.index === end + 1 : other.index! + other[0].length + 1 === start);
    if (!joined(lines[k - 1], false) && !joined(lines[k + 1], true)) continue;
    if (RULE_LINE.test(m[0])) {
      ranges.push([start, Math.min(end + 1, text.length)]);
      continue;
    }
    const first = m[0].search(/\S/);
    const last = m[0].trimEnd().length - 1;
    for (let at = m[0].indexOf('|'); at >= 0; at = m[0].indexOf('|', at + 1)) {
      ranges.push([start + at, start + at + 1, at === first || at === last ? undefined : '\t']);
    }
  }
  return deleteRanges(clean, ranges);
}

/** Deletes the bold marks around numbers (found from each "**", not by a pattern tried at every place). */
function deleteBoldMarks(clean: CleanReport): CleanReport {
  const ranges: [number, number][] = [];
  const text = clean.text;
  for (let at = text.indexOf('**'); at >= 0; at = text.indexOf('**', at + 2)) {
    if (text[at - 1] === '*') continue;
    const bold = BOLD_NUMBER.exec(text.slice(at, at + 24))?.[0];
    if (!bold) continue;
    ranges.push([at, at + 2], [at + bold.length - 2, at + bold.length]);
    at += bold.length - 2;
  }
  return deleteRanges(clean, ranges);
}

function deleteMatches(clean: CleanReport, pattern: RegExp): CleanReport {
  return deleteRanges(clean, rangesOf(clean.text.matchAll(pattern)));
}

function rangesOf(matches: Iterable<RegExpMatchArray>): [number, number][] {
  const ranges: [number, number][] = [];
  for (const m of matches) ranges.push([m.index!, m.index! + m[0].length]);
  return ranges;
}

const PAGE_MARK = /_第\d+页$/;
const PAGE_NUMBER_AFTER = /\s*(?:第\s*\d{1,3}\s*页(?:\s*[/,]?\s*共\s*\d{1,3}\s*页)?|-\s*\d{1,3}\s*-)$/;

function deleteFurniture(clean: CleanReport): CleanReport {
  const ranges: [number, number, string?][] = [];
  const text = clean.text;
  const lateStart = text.length * 0.6;
  // converted whole, once (the script changes no character's place, nor any space)
  const simplified = toSimplified(text);
  // a printed page's running header: a short line met again after the first ("XX县科学技术局2021年工作总结")
  const seen = new Set<string>();
  for (let start = 0, end = 0; start <= text.length; start = end + 1) {
    end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const line = simplified.slice(start, end).trim();
    // (a running header may carry its page's number: "…上半年工作总结  第2页")
    // (looked for only where a line ends as a page number does: the pattern is tried at every place)
    const header = (line.endsWith('页') || line.endsWith('-') ? line.replace(PAGE_NUMBER_AFTER, '') : line) || line;
    if (start >= lateStart && RELATED.test(line)) {
      ranges.push([start, text.length]);
      break;
    }
    // a sharing site's page mark ("_第1页"): a line of its own goes; after a line's words it takes only itself, "…2018年工作
    // 总结_第1页" being the title (the same words met again, a running header, go whole)
    const mark = line.length < 160 && line.endsWith('页') ? PAGE_MARK.exec(line) : null;
    if (mark) {
      const words = line.slice(0, mark.index);
      ranges.push(words === '' || seen.has(words) ? [start, Math.min(end + 1, text.length)] : [simplified.lastIndexOf('_', end), end]);
      seen.add(words);
      continue;
    }
    // (a table's heading met again heads another table: "指标\t2022年\t2023年")
    const repeated = header.length >= 6 && header.length <= 40 && seen.has(header) && !/[。;,\t]/.test(header);
    if (header.length >= 6 && header.length <= 40) seen.add(header);
    const furniture = line.length < 160 && (FURNITURE_OPENING.test(line) || FURNITURE_WORD.test(line));
    if (furniture || repeated) ranges.push([start, Math.min(end + 1, text.length)]);
  }
  return deleteRanges(clean, ranges);
}

// "\n\n2、" where the text before does not end a sentence; or "的 3、比重" inside a line.
const SENTENCE_END = /[。!?;:”"」)]\s*$/;
function deleteFragmentMarkers(clean: CleanReport): CleanReport {
  const text = clean.text;
  if (!hasListMarker(text)) return clean;
  const ranges: [number, number, string?][] = [];
  // (the space before the lookbehind, so that the pattern is tried only where a line break or a space stands)
  for (const m of text.matchAll(/(?:^|(?:\n[ \t]*)+)(\d{1,2})、| (?<=[\u4e00-\u9fff] )(\d{1,2})、(?=[\u4e00-\u9fff]| ?\d)/g)) {
    const before = text.slice(Math.max(0, m.index - 40), m.index);
    const isFirst = before.trim() === '';
    const lineEnd = text.indexOf('\n', m.index + m[0].length);
    const lineLength = (lineEnd < 0 ? text.length : lineEnd) - m.index;
    const lineStart = text.lastIndexOf('\n', m.index - 1) + 1;
    const previousLineIsLong = m.index - lineStart > 100;
    const cutsSentence = !SENTENCE_END.test(before) && before.trim() !== '';
    // A page fragment is a long line; a real list item after a finished sentence is kept.
    // After a short line (a title) the line break stays and only the marker goes.
    const markerOnly = m.index + m[0].lastIndexOf('\n') + 1;
    // no list item after the first opens on a figure ("达到\n2、318家"), though one may on a year ("1、2023年"): a
    // marker before a figure cuts its sentence wherever it stands
    const beforeFigure = (m[1] ?? m[2]) !== '1' && /^ ?\d+(?:\.\d+)?(?![\d.]|年)/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 12));
    // a marker alone on its line ("争取上级科技项目\n3、\n资金1460万元") opens no item either
    const aloneOnLine = text[m.index + m[0].length] === '\n';
    if (cutsSentence && (previousLineIsLong || beforeFigure)) ranges.push([m.index, m.index + m[0].length]);
    else if (cutsSentence && aloneOnLine) ranges.push([m.index, m.index + m[0].length + 1]);
    else if ((cutsSentence || isFirst) && lineLength > 150) ranges.push([markerOnly, m.index + m[0].length]);
  }
  return deleteRanges(clean, ranges);
}

/** Whether a list marker ("2、") stands anywhere: a 、 right after a digit (every marker the pattern above finds is one). */
function hasListMarker(text: string): boolean {
  for (let at = text.indexOf('、'); at >= 0; at = text.indexOf('、', at + 1)) {
    const before = text.charCodeAt(at - 1);
    if (before >= 0x30 && before <= 0x39) return true;
  }
  return false;
}


/**
 * A table pasted onto one line, its rows run together ("指标\t目标值\t完成值\t高新技术企业总数(家)\t300\t318\t
 * 研发投入强度(%)\t2.2\t2.26"): the heading's cells, then rows of as many, each a label and its figures. The tab
 * before each row (and after a caption that opens the line) becomes a line break, so that the table reads as
 * one; nothing moves.
 */
function unflattenTables(clean: CleanReport): CleanReport {
  const ranges: [number, number, string?][] = [];
  let lineStart = 0;
  for (const line of clean.text.split('\n')) {
    const cells = line.split('\t');
    if (cells.length >= 8) {
      let breaks = rowBreaks(cells);
      if (breaks.length === 0) {
        const starts = rowStartsInCells(cells);
        breaks = tabsBefore(cells, starts.filter((start) => start > 0));
        // (a caption's cells before the heading are one line of words again: "表2\t漳屿市…情况表")
        if (starts.length > 0) for (const at of tabsBefore(cells, Array.from({ length: starts[0]! - 1 }, (_, k) => k + 1))) ranges.push([lineStart + at, lineStart + at + 1, ' ']);
      }
      for (const at of breaks) ranges.push([lineStart + at, lineStart + at + 1, '\n']);
    }
    lineStart += line.length + 1;
  }
  return deleteRanges(clean, ranges);
}

/** Where, in a line of cells, the tab before each of these cells stands. */
function tabsBefore(cells: string[], starts: number[]): number[] {
  const offsets: number[] = [];
  let at = -1;
  cells.forEach((cell, k) => {
    if (starts.includes(k)) offsets.push(at);
    at += cell.length + 1;
  });
  return offsets;
}

/** Where, in a line of cells, the tabs before each row of a table run together stand; none where it is no such table. */
function rowBreaks(cells: string[]): number[] {
  // the first row's label: the first cell with a figure after it, or a unit and a figure
  let first = -1;
  for (let j = 1; j + 1 < cells.length && first < 0; j++) {
    if (FIGURE_CELL.test(cells[j]!)) break; // a figure in the heading: no heading
    if (FIGURE_CELL.test(cells[j + 1]!) || (UNIT_CELL.test(cells[j + 1]!) && FIGURE_CELL.test(cells[j + 2] ?? ''))) first = j;
  }
  if (first < 2) return [];
  const rows = cells.length - first;
  for (const width of [first, first - 1]) {
    if (width < 2 || rows % width !== 0 || rows / width < 2) continue;
    let tidy = true;
    for (let r = first; r < cells.length && tidy; r += width) {
      const row = cells.slice(r, r + width);
      tidy = !FIGURE_CELL.test(row[0]!) && row.slice(1).some((cell) => FIGURE_CELL.test(cell));
    }
    if (!tidy) continue;
    // the tab before each row; and after a caption that opens the line, where the heading is one cell short
    const starts = [...(width === first - 1 ? [1] : []), ...Array.from({ length: rows / width }, (_, k) => first + k * width)];
    return tabsBefore(cells, starts);
  }
  return [];
}

// A table a page gave with spaces between its cells, on one line ("指标 单位 1-7月 同比 技术合同成交额 亿元
// 8.41 19.6% …"): many short cells, a good part of them figures, none holding a sentence's marks (the first
// cell may hold a caption).
const SPACED_CELL = / +/g;
const MIN_SPACED_CELLS = 8;
const MIN_FIGURE_CELLS = 4;
const MAX_CELL = 16;
const MAX_SPACED_LINE = 4000; // (a table a page lays out with spaces is a few rows on a line, not a page of numbers)

// …or a row on each line, as a PDF gives one: lines of as many short cells, the heading's first ("序号 指标名称 单位
// 2019年 2020年目标 2020年完成 完成率"), at least two rows of them holding figures
const MIN_ROW_CELLS = 4;
const MIN_ROW_FIGURES = 2;
const NO_CELLS: string[] = [];
const MAX_ROW_CELL = 24; // (a row's name may be long: "高新技术产业产值占规上工业总产值比重")
const THOUSANDS = /(?<=\d),(?=\d{3}(?!\d))/g;
const BRACKETED = /\([^()]{0,12}\)/g;

/** Turns the spaces between the cells of a table laid out with spaces into tabs, as a .docx table's are. */
function spacedTablesToTabs(clean: CleanReport): CleanReport {
  const ranges: [number, number, string?][] = [];
  const lines = clean.text.split('\n');
  const cellsOf = lines.map((line) => (line.length <= MAX_SPACED_LINE && line.includes(' ') ? line.trim().split(SPACED_CELL) : NO_CELLS));
  // (a comma between a number's thousands is no sentence's: "1,286"; nor one in a heading's brackets: "高新技术企业(家,年末数)")
  const shortCells = (cells: string[], from: number, most = MAX_CELL) =>
    cells.every((cell, k) => k < from || (cell.length <= most && !/[,;。!?]/.test(cell.replace(THOUSANDS, '').replace(BRACKETED, ''))));
  const figuresIn = (cells: string[]) => cells.filter((cell) => FIGURE_CELL.test(cell)).length;
  const spaced = new Array<boolean>(lines.length).fill(false);
  const colonBefore: number[] = []; // by line: where a heading glued to the sentence before it starts after its colon
  lines.forEach((_, k) => {
    const cells = cellsOf[k]!;
    // (a caption of a few cells may open the line, before the heading: "表2 漳屿市2013年科技主要指标完成情况表 序号 …";
    // or a sentence, the heading's first cell after its colon: "…完成情况如下(单位:万元):序号 指标 …")
    // (…and a sentence close it, after its last figure: "…11.5% 从上表看,六项指标全部超额完成")
    const glued = cells.length > 0 ? gluedHeadingAt(cells[0]!) : -1;
    const heading = glued >= 0 ? 0 : cells.findIndex(opensHeading);
    const captioned = glued >= 0 || (heading > 0 && heading <= 4);
    const table = captioned ? cells.slice(0, lastFigureCell(cells) + 1) : cells;
    if (cells.length >= MIN_SPACED_CELLS && figuresIn(cells) >= MIN_FIGURE_CELLS && shortCells(table, captioned ? Math.max(heading, 1) : 1)) {
      spaced[k] = true;
      if (glued >= 0) colonBefore[k] = glued;
    }
  });
  // the blocks of lines of as many cells, each short
  for (let k = 0; k < lines.length; ) {
    const width = cellsOf[k]!.length;
    let end = k;
    while (end < lines.length && width >= MIN_ROW_CELLS && cellsOf[end]!.length === width && shortCells(cellsOf[end]!, 0, MAX_ROW_CELL)) end++;
    if (end - k >= 3 && cellsOf.slice(k + 1, end).filter((cells) => figuresIn(cells) >= MIN_ROW_FIGURES).length >= 2) {
      for (let j = k; j < end; j++) spaced[j] = true;
    }
    k = Math.max(end, k + 1);
  }
  let lineStart = 0;
  lines.forEach((line, k) => {
    if (spaced[k]) {
      const from = line.length - line.trimStart().length;
      const to = line.trimEnd().length;
      // (the colon before a glued heading ends the sentence's line)
      if (colonBefore[k] !== undefined) ranges.push([lineStart + from + colonBefore[k]!, lineStart + from + colonBefore[k]! + 1, '\n']);
      for (const m of line.slice(from, to).matchAll(SPACED_CELL)) ranges.push([lineStart + from + m.index!, lineStart + from + m.index! + m[0].length, '\t']);
    }
    lineStart += line.length + 1;
  });
  return deleteRanges(clean, ranges);
}

function lastFigureCell(cells: string[]): number {
  for (let k = cells.length - 1; k >= 0; k--) if (FIGURE_CELL.test(cells[k]!)) return k;
  return -1;
}

function deleteSpaces(clean: CleanReport): CleanReport {
  const ranges: [number, number, string?][] = [];
  const text = clean.text;
  for (const m of text.matchAll(/[ \t]+|\n[\s]*(?=\n)|^\s+/g)) {
    const before = text[m.index - 1] ?? '';
    const after = text[m.index + m[0].length] ?? '';
    if (m[0].includes('\t') && !m[0].includes('\n') && before !== '\n' && after !== '\n' && m.index > 0) {
      // Tabs separate table cells: keep each (two tabs hold an empty cell, whose column the next cell
      // must not take), and no space beside them.
      const tabs = m[0].replace(/ /g, '');
      if (tabs.length !== m[0].length) ranges.push([m.index, m.index + m[0].length, tabs]);
      continue;
    }
    if (/^[ ]+$/.test(m[0]) && /[A-Za-z]/.test(before) && /[A-Za-z]/.test(after)) {
      if (m[0].length > 1) ranges.push([m.index + 1, m.index + m[0].length]);
      continue;
    }
    // Two or more spaces inside a line stood for a paragraph break in the source page.
    const paragraph = /^ {2,}$/.test(m[0]) && before !== '' && before !== '\n' && after !== '\n' && after !== '';
    ranges.push([m.index, m.index + m[0].length, paragraph ? '\n' : undefined]);
  }
  return deleteRanges(clean, ranges);
}
