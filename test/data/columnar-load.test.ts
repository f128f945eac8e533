// The columnar loader against the loader it replaced (papaparse with header: true, one object per
// record: reference/load-csv-rows.ts): the same rows, rejections, row numbers and counts, for the
// fixtures and the corpus, for generated files, for random CSV — quotes, escapes, blank lines, short
// and long records, bad cells of every kind — and whatever the chunks the file arrives in.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { figureRows, figureRow, columnsFromRows, DUPLICATE } from '../../src/data/figure-columns.ts';
import { reportRowsOf, toReportColumns } from '../../src/data/report-columns.ts';
import { loadFigureBlock, type FigureBlockJob } from '../../src/data/figure-block.ts';
import { createCsvLoader, loadCsv, loadFile, type LoadedFile, type LoadedTable } from '../../src/data/load-csv.ts';
import { blockTransferables, createParallelCsvLoader, type BlockHelpers } from '../../src/data/load-blocks.ts';
import { CATALOG } from '../../src/extract/catalog.ts';
import { INDICATOR_COLUMNS, PERIODS, STATUSES } from '../../src/extract/contract.ts';
import { generateCsv } from '../../src/cli/bench/generate-indicators.ts';
import { loadCsvRows } from './reference/load-csv-rows.ts';

const file = (path: string) => new Uint8Array(readFileSync(new URL(`../../${path}`, import.meta.url)));
const encode = (text: string) => new TextEncoder().encode(text);

/** What both loaders say about a file (the loader may rewrite its bytes: each gets a copy). */
function both(bytes: Uint8Array): { columnar: LoadedTable; rows: ReturnType<typeof loadCsvRows> } {
  return { columnar: loadCsv(bytes.slice()), rows: loadCsvRows(bytes.slice()) };
}

function expectSame(bytes: Uint8Array): LoadedTable {
  const { columnar, rows } = both(bytes);
  const { rejected, ...rest } = columnar;
  expect(rest, JSON.stringify(new TextDecoder().decode(bytes))).toEqual(rows);
  expect(rejected).toBe(rows.errors.length);
  return columnar;
}

/** The file pushed in pieces cut at `cuts` (byte offsets). */
function inPieces(bytes: Uint8Array, cuts: number[]): LoadedTable {
  const loader = createCsvLoader();
  let at = 0;
  for (const cut of [...cuts.filter((c) => c > 0 && c < bytes.length)].sort((a, b) => a - b).concat(bytes.length)) {
    loader.push(bytes.slice(at, cut));
    at = cut;
  }
  const loaded = loader.finish();
  return loaded.kind === 'indicators' ? { ...loaded, rows: figureRows(loaded.figures), figures: undefined } as unknown as LoadedTable : loaded;
}

/**
 * Helpers as the worker threads are, in this thread: each block's bytes are transferred to them (so
 * that the lead using a chunk it handed over would fail) and the answer transferred back, a task later.
 */
let helped = 0; // blocks the helpers read

function helpers(count: number): BlockHelpers {
  const transfer = <T>(value: T, buffers: ArrayBuffer[]): T => structuredClone(value, { transfer: buffers });
  return {
    count,
    read: (_helper, job: FigureBlockJob) => {
      helped++;
      const sent = transfer(job, job.chunks.map((chunk) => chunk.buffer as ArrayBuffer));
      return new Promise((resolve, reject) => setImmediate(() => {
        try {
          const block = loadFigureBlock(sent);
          resolve(transfer(block, blockTransferables(block)));
        } catch (error) {
          reject(error);
        }
      }));
    },
  };
}

/** The file read in blocks of about `blockBytes` by `count` helpers and this thread, arriving in pieces cut at `cuts`. */
async function inBlocks(bytes: Uint8Array, blockBytes: number, count = 2, cuts: number[] = []): Promise<LoadedFile> {
  const loader = createParallelCsvLoader(helpers(count), { expectedBytes: bytes.length, blockBytes, minBytes: 0 });
  let at = 0;
  for (const cut of [...cuts.filter((c) => c > 0 && c < bytes.length)].sort((a, b) => a - b).concat(bytes.length)) {
    await loader.push(bytes.slice(at, cut));
    at = cut;
  }
  return loader.finish();
}

const asTable = (loaded: LoadedFile): LoadedTable =>
  loaded.kind === 'indicators' ? (({ figures, ...rest }) => ({ ...rest, rows: figureRows(figures) }))(loaded) : loaded;

describe('the columnar loader reads what the row loader read', () => {
  it.each([
    'test/fixtures/dashboard/indicators.csv', 'test/fixtures/dashboard/reports.csv', 'test/fixtures/dashboard/upload-bad.csv',
    'test/fixtures/dashboard/upload-bom.csv', 'test/fixtures/dashboard/upload-gbk.csv', 'data/indicators.csv', 'data/reports.csv',
    'test/fixtures/hostile/unclosed.csv', 'test/fixtures/hostile/wide.csv',
  ])('%s', (path) => {
    expectSame(file(path));
  });

  it('a generated file of 5,000 rows (quotes with commas, parts, masked figures), and its reports', () => {
    const { indicatorsCsv, reportsCsv } = generateCsv(5_000, 3);
    expect(expectSame(encode(indicatorsCsv)).records).toBe(5_000);
    expectSame(encode(reportsCsv));
  });
});

describe('read in blocks by several threads, a file is read as one thread reads it', () => {
  it.each([
    'test/fixtures/dashboard/indicators.csv', 'test/fixtures/dashboard/upload-bad.csv', 'test/fixtures/dashboard/upload-bom.csv',
    'test/fixtures/dashboard/upload-gbk.csv', 'test/fixtures/dashboard/reports.csv', 'data/indicators.csv',
    'test/fixtures/hostile/unclosed.csv', 'test/fixtures/hostile/wide.csv',
  ])('%s', async (path) => {
    const bytes = file(path);
    for (const blockBytes of [1, 700, 1 << 16]) expect(asTable(await inBlocks(bytes.slice(), blockBytes))).toEqual(loadCsv(bytes.slice()));
  });

  it('a generated file of 6,000 rows in blocks of 16 KiB, by one, two and three helpers, the same dictionaries too', async () => {
    const bytes = encode(generateCsv(6_000, 5).indicatorsCsv);
    const whole = loadFile(bytes.slice());
    for (const count of [1, 2, 3]) {
      helped = 0;
      const loaded = await inBlocks(bytes.slice(), 1 << 14, count, [1 << 19, (1 << 19) + 3, 600_001]);
      expect(helped).toBeGreaterThanOrEqual(count); // the blocks went to every helper, not all read here
      if (loaded.kind !== 'indicators' || whole.kind !== 'indicators') throw new Error('not indicators');
      expect(loaded.figures.length).toBe(6_000);
      expect(loaded).toEqual(whole);
    }
  }, 30_000);

  it('a figure repeated within a block and across blocks is marked as the one-thread loader marks it', async () => {
    const text = new TextDecoder().decode(file('test/fixtures/dashboard/indicators.csv'));
    const [header, ...lines] = text.split(/\r?\n/).filter((line) => line.trim() !== '');
    // each row three times: next to itself, and again after the whole file (a report listed in two runs)
    const repeated = [header, ...lines.flatMap((line) => [line, line]), ...lines].join('\n');
    const bytes = encode(repeated);
    const whole = loadFile(bytes.slice());
    if (whole.kind !== 'indicators') throw new Error('not indicators');
    expect(whole.figures.flags.some((flags) => (flags & DUPLICATE) !== 0)).toBe(true);
    for (const blockBytes of [1, 300, 5000]) expect(await inBlocks(bytes.slice(), blockBytes)).toEqual(whole);
  }, 30_000);

  it('a small file, or one told to be small, is read by this thread alone', async () => {
    const bytes = file('test/fixtures/dashboard/indicators.csv');
    helped = 0;
    const loader = createParallelCsvLoader(helpers(2), { expectedBytes: bytes.length });
    await loader.push(bytes.slice());
    expect(asTable(await loader.finish())).toEqual(loadCsv(bytes.slice()));
    expect(helped).toBe(0);
  });

  it('a quoted cell with line breaks across many cuts (each guess inside it is found wrong and read again)', async () => {
    const lines = Array.from({ length: 40 }, (_, k) => `第${k}行`).join('\n');
    const text = `report_id,indicator,value,period,status,quote\nr1,hte_total,5,FY,actual,"${lines}"\nr2,hte_total,6,FY,actual,"a""b"\nr3,hte_total,7,FY,actual,"${lines}`;
    const bytes = encode(text);
    for (const blockBytes of [1, 10, 100]) expect(asTable(await inBlocks(bytes.slice(), blockBytes))).toEqual(loadCsv(bytes.slice()));
  }, 30_000);

  it('GB18030 and UTF-16 files, as Excel and WPS save them', () => {
    const { indicatorsCsv } = generateCsv(300, 4);
    const text = indicatorsCsv.replace(/^\uFEFF/, '');
    const utf16 = new Uint8Array([0xff, 0xfe, ...new Uint8Array(Uint16Array.from(text, (c) => c.charCodeAt(0)).buffer)]);
    const gbk = file('test/fixtures/dashboard/upload-gbk.csv');
    expect(expectSame(utf16).encoding).toBe('utf-16le');
    expect(expectSame(gbk).encoding).toBe('gb18030');
    // a GBK file read in pieces that cut its two-byte characters
    expect(inPieces(gbk, [1, 2, 3, 5, 8, 13, 21, 34, 55, 89, 144])).toEqual(loadCsv(gbk.slice()));
  });
});

// Random files: a header of some of the contract's columns (sometimes repeated, sometimes extra),
// records of cells drawn from good and bad values, quoted or not.
const CELLS: Record<string, string[]> = {
  report_id: ['r1', 'r2', ' r3 ', '', 'seed-000', '报告甲', 'a"b'],
  indicator: [...CATALOG.slice(0, 5).map(({ id }) => id), 'widgets', '', ' hte_total ', 'HTE_TOTAL'],
  value: ['5', '12.5', '-3', '1,200', '１２', 'abc', '', '0.1', '007', '1e3', '99999999999999999', ' 7 ', '-0', '3.', '.5', '123456789012.345'],
  unit: ['家', '项', '亿元', '', '万元', ' 家 ', 'x'],
  period: [...PERIODS, 'H2', '', ' FY'],
  status: [...STATUSES, 'maybe', ''],
  approx: ['true', 'false', 'TRUE', '1', '0', '是', '否', '', 'perhaps', 'yes'],
  masked: ['false', 'false', 'false', 'true', 'TRUE', '', 'no', 'x'],
  scope: ['', '', '省级', ' 国家级 ', '发明专利'],
  quote: ['新增高企28家', '认定112家,累计913家', '他说"好"', '两行\n文字', '=1+1', '', ' 空格 ', '逗号,和"引号"\r\n换行'],
  start: ['', '0', '12', '-1', '1.5', 'x', ' 3 ', '2147483648', '1e2', '０'],
  end: ['', '5', '40', '999999999'],
  rule: ['', 'r.a', ' gold '],
  year: ['', '', '2016', ' 2015 ', '1800', '20XX', '2016.5', '２０１６'],
  extra: ['', 'x', 'y,z'],
};
const COLUMNS = [...INDICATOR_COLUMNS, 'extra'];

const cellText = (value: string, quoted: boolean, spaces: string) =>
  quoted || /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"${spaces}` : value;

const csvFile = fc.record({
  header: fc.shuffledSubarray(COLUMNS, { minLength: 1 }).chain((columns) =>
    fc.oneof({ weight: 4, arbitrary: fc.constant(columns) }, fc.constant([...columns, columns[0]!]))),
  crlf: fc.boolean(),
  bom: fc.boolean(),
  finalNewline: fc.boolean(),
  records: fc.array(fc.record({
    picks: fc.array(fc.nat(), { minLength: 16, maxLength: 16 }),
    quoted: fc.array(fc.boolean(), { minLength: 16, maxLength: 16 }),
    spaces: fc.constantFrom('', '', '', ' ', '  '),
    length: fc.oneof({ weight: 6, arbitrary: fc.constant(-1) }, fc.nat({ max: 15 })), // -1: as many cells as the header
    blank: fc.constantFrom(null, null, null, null, '', '  ', ',,', ' , '),
    raw: fc.constantFrom(null, null, null, null, null, 'ab"c', '"ab"c', '"a""b"'),
  }), { maxLength: 12 }),
  unclosed: fc.constantFrom(null, null, null, '"never closes\nr1,hte_total,5', '"x'),
});

function render(spec: typeof csvFile extends fc.Arbitrary<infer T> ? T : never): Uint8Array {
  const newline = spec.crlf ? '\r\n' : '\n';
  const lines = [spec.header.join(',')];
  for (const record of spec.records) {
    if (record.blank !== null) {
      lines.push(record.blank);
      continue;
    }
    const count = record.length < 0 ? spec.header.length : record.length;
    const cells = Array.from({ length: Math.max(1, count) }, (_, k) => {
      const column = spec.header[k % spec.header.length]!;
      const pool = CELLS[column]!;
      const pick = record.picks[k % 16]!;
      if (record.raw !== null && k === pick % Math.max(1, count)) return record.raw;
      return cellText(pool[pick % pool.length]!.replace(/\r?\n/g, newline), record.quoted[k % 16]!, record.spaces);
    });
    lines.push(cells.join(','));
  }
  let text = lines.join(newline);
  if (spec.unclosed !== null) text += `${newline}r9,hte_total,${spec.unclosed.replace(/\n/g, newline)}`;
  else if (spec.finalNewline) text += newline;
  // papaparse reads `"cell"  ` at the very end of a file as a quote that never closes; the scanner closes it
  else text = text.replace(/" +$/, '"');
  return encode((spec.bom ? '\uFEFF' : '') + text);
}

describe('random CSV files', () => {
  beforeAll(() => {
    vi.spyOn(console, 'warn').mockImplementation(() => {}); // papaparse warns of every repeated header
  });

  it('load as the row loader loads them', () => {
    fc.assert(fc.property(csvFile, (spec) => {
      expectSame(render(spec));
    }), { numRuns: 400 });
  });

  it('load the same when read in blocks by helpers', async () => {
    await fc.assert(fc.asyncProperty(csvFile, fc.integer({ min: 1, max: 300 }), fc.array(fc.nat({ max: 2000 }), { maxLength: 6 }), async (spec, blockBytes, cuts) => {
      const bytes = render(spec);
      expect(asTable(await inBlocks(bytes.slice(), blockBytes, 2, cuts))).toEqual(loadCsv(bytes.slice()));
    }), { numRuns: 300 });
  });

  it('load the same whatever the pieces they arrive in', () => {
    fc.assert(fc.property(csvFile, fc.array(fc.nat({ max: 2000 }), { maxLength: 12 }), (spec, cuts) => {
      const bytes = render(spec);
      expect(inPieces(bytes, cuts)).toEqual(loadCsv(bytes.slice()));
    }), { numRuns: 300 });
  });
});

describe('figure columns', () => {
  it('give back the rows they were made of, and mark a figure repeated in a report', () => {
    const rows = loadCsvRows(file('test/fixtures/dashboard/indicators.csv'));
    if (rows.kind !== 'indicators') throw new Error('not indicators');
    const twice = [...rows.rows, rows.rows[0]!, { ...rows.rows[1]!, quote: 'another clause', start: 1 }];
    const columns = columnsFromRows(twice);
    expect(figureRows(columns)).toEqual(twice);
    const repeated = Array.from(columns.flags, (flags, k) => ((flags & DUPLICATE) !== 0 ? k : -1)).filter((k) => k >= 0);
    expect(repeated).toEqual([twice.length - 2, twice.length - 1]);
    expect(figureRow(columns, 0)).toEqual(rows.rows[0]);
  });

  it('mark a repeat within a report\'s rows, in a report listed twice, and in a long report', () => {
    const rows = loadCsvRows(file('test/fixtures/dashboard/indicators.csv'));
    if (rows.kind !== 'indicators') throw new Error('not indicators');
    const base = rows.rows[0]!;
    const long = Array.from({ length: 100 }, (_, k) => ({ ...base, report_id: 'long', value: k }));
    const listed = [
      { ...base, report_id: 'a', value: 1 }, { ...base, report_id: 'a', value: 2 }, { ...base, report_id: 'a', value: 1, quote: 'again' }, // a repeat next to it
      { ...base, report_id: 'b', value: 1 }, { ...base, report_id: 'c', value: 5 }, { ...base, report_id: 'b', value: 1, start: 9 }, // b in two runs
      ...long, { ...base, report_id: 'long', value: 3 }, { ...base, report_id: 'long', masked: true, value: null }, // a run of 100
      { ...base, report_id: 'a', value: 2, scope: '省级' }, // not a repeat: a part
    ];
    const flags = Array.from(columnsFromRows(listed).flags, (f) => (f & DUPLICATE) !== 0);
    expect(flags.flatMap((repeat, k) => (repeat ? [k] : []))).toEqual([2, 5, 106]);
  });

  it('report rows go to the page as columns and come back the same', () => {
    const reports = loadCsvRows(file('test/fixtures/dashboard/reports.csv'));
    if (reports.kind !== 'reports') throw new Error('not reports');
    expect(reportRowsOf(toReportColumns(reports.rows))).toEqual(reports.rows);
  });

  it('loadFile hands the indicators over as columns, with every row counted', () => {
    const loaded = loadFile(file('test/fixtures/dashboard/upload-bad.csv'));
    if (loaded.kind !== 'indicators') throw new Error('not indicators');
    expect(loaded.figures.length + loaded.rejected).toBe(loaded.records);
    expect(loaded.figures.reportIds.length).toBeGreaterThan(0);
  });
});
