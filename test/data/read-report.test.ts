import { readFileSync } from 'node:fs';
import { corpusOrSkip } from '../setup/corpus.ts';
import { gbk } from '../setup/gbk.ts';
import { seedFile } from '../setup/report-files.ts';
import fc from 'fast-check';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { htmlToText } from '../../src/data/html-to-text.ts';
import { declaredCharset } from '../../src/data/decode.ts';
import { MAX_REPORT_BYTES, readReport, reportInput, type ReadOk, type ReadResult } from '../../src/data/read-report.ts';

const fixture = (name: string) => (/^seed-/.test(name) ? seedFile(name) : new Uint8Array(readFileSync(new URL(`../fixtures/files/${name}`, import.meta.url))));
const withCorpus = corpusOrSkip();
const utf8 = (s: string) => new TextEncoder().encode(s);

function ok(result: ReadResult): ReadOk {
  if (!result.ok) throw new Error(`expected a read, got: ${result.reason}`);
  return result;
}
function reason(result: ReadResult): string {
  if (result.ok) throw new Error('expected a refusal, got text');
  return result.reason;
}

describe('readReport: .txt encodings', () => {
  it('the GBK table agrees with the standard for known characters', () => {
    expect([...gbk('中文科技')]).toEqual([0xd6, 0xd0, 0xce, 0xc4, 0xbf, 0xc6, 0xbc, 0xbc]);
  });

  it.skipIf(!withCorpus)('reads a GBK copy of a report as the same text as the UTF-8 one', async () => {
    const original = ok(await readReport('seed-000.txt', fixture('seed-000.txt')));
    expect(original.encoding).toBe('utf-8');
    const copy = ok(await readReport('seed-000-gbk.txt', gbk(original.text)));
    expect(copy.encoding).toBe('gb18030');
    expect(copy.text).toBe(original.text);
  });

  it.skipIf(!withCorpus)('reads a GBK twin of a corpus report as the UTF-8 original', async () => {
    const gb = ok(await readReport('seed-003-gbk.txt', fixture('seed-003-gbk.txt')));
    const u8 = ok(await readReport('seed-003.txt', fixture('seed-003.txt')));
    expect(gb.encoding).toBe('gb18030');
    expect(gb.text).toBe(u8.text);
    expect(gb.text).toContain('杭州市科技局');
  });

  it('reads UTF-8 with a BOM, without the BOM, and makes line breaks \\n', async () => {
    const read = ok(await readReport('a.txt', new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('科技局\r\n工作总结\r第二行')])));
    expect(read.text).toBe('科技局\n工作总结\n第二行');
    expect(read.encoding).toBe('utf-8');
  });

  it('reads UTF-16 with a byte-order mark, both byte orders', async () => {
    const text = '2019年上半年工作总结,申报高新技术企业25家';
    const le = [0xff, 0xfe, ...[...text].flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8])];
    const be = [0xfe, 0xff, ...[...text].flatMap((c) => [c.charCodeAt(0) >> 8, c.charCodeAt(0) & 0xff])];
    expect(ok(await readReport('le.txt', new Uint8Array(le)))).toMatchObject({ text, encoding: 'utf-16le' });
    expect(ok(await readReport('be.txt', new Uint8Array(be)))).toMatchObject({ text, encoding: 'utf-16be' });
  });

  it('keeps a UTF-8 file cut in the middle of its last character as UTF-8, with a warning', async () => {
    const bytes = utf8('科技工作总结。全市高新技术企业达913家。');
    const read = ok(await readReport('cut.txt', bytes.subarray(0, bytes.length - 1)));
    expect(read.encoding).toBe('utf-8');
    expect(read.text.startsWith('科技工作总结。全市高新技术企业达913家')).toBe(true);
    expect(read.warnings.join()).toMatch(/1 undecodable/);
  });

  it('reads any UTF-8 text without control characters unchanged', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'grapheme', minLength: 1 }), async (s) => {
        fc.pre(s.trim() !== '' && !/[\u0000-\u001f\u007f-\u009f\ufffd\ufeff]/.test(s));
        const read = ok(await readReport('p.txt', utf8(s)));
        expect(read.text).toBe(s);
      }),
      { numRuns: 200 },
    );
  });
});

describe('readReport: refusals name the file and say why', () => {
  it('refuses an empty file', async () => {
    expect(reason(await readReport('empty.txt', new Uint8Array()))).toBe('empty.txt: empty file');
    expect(reason(await readReport('blank.txt', utf8(' \n\t\n')))).toMatch(/^blank\.txt: empty file/);
  });

  it('refuses a PNG renamed .txt', async () => {
    expect(reason(await readReport('image-renamed.txt', fixture('bad/image-renamed.txt')))).toBe('image-renamed.txt: a PNG image, not text');
  });

  it('refuses binary data with NUL bytes and bytes that are no known encoding', async () => {
    expect(reason(await readReport('bin.txt', new Uint8Array([1, 2, 0, 0, 5, 200, 0, 7, 0, 0, 1])))).toMatch(/bin\.txt: binary data/);
    const noise = new Uint8Array(400).map((_, k) => 0x80 + ((k * 37) % 0x7f)); // high bytes only, no NUL
    expect(reason(await readReport('noise.txt', noise))).toMatch(/noise\.txt: not readable text/);
    const controls = new Uint8Array(200).map((_, k) => 1 + (k % 8));
    expect(reason(await readReport('ctl.txt', controls))).toMatch(/ctl\.txt: binary data.*control characters/);
  });

  it('refuses a file above the size limit, naming the size', async () => {
    const big = new Uint8Array(MAX_REPORT_BYTES + 1024 * 1024).fill(0x41);
    expect(reason(await readReport('big.txt', big))).toBe('big.txt: file is 21 MB, larger than the 20 MB limit for one report');
  });

  it('refuses a file type it does not read', async () => {
    expect(reason(await readReport('report.pdf', utf8('%PDF-1.4')))).toMatch(/^report\.pdf: unsupported file type/);
  });
});

describe('readReport: .docx', () => {
  async function docx(body: string): Promise<Uint8Array> {
    const zip = new JSZip();
    zip.file(
      '[Content_Types].xml',
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
        '<Default Extension="xml" ContentType="application/xml"/>' +
        '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    );
    zip.file(
      '_rels/.rels',
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    );
    zip.file(
      'word/document.xml',
      `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`,
    );
    return zip.generateAsync({ type: 'uint8array' });
  }
  const p = (text: string) => `<w:p><w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;
  const row = (...cells: string[]) => `<w:tr>${cells.map((c) => `<w:tc>${p(c)}</w:tc>`).join('')}</w:tr>`;

  it('keeps paragraphs as lines and each table row as one line of cells', async () => {
    const bytes = await docx(
      p('一、2023年工作举措') +
        p('全市高新技术企业总数达到913家。') +
        `<w:tbl>${row('指标', '数值')}${row('专利申请量', '1200件')}${row('技术合同成交额', '3.5亿元')}</w:tbl>` +
        p('二、下一步打算'),
    );
    const read = ok(await readReport('report.docx', bytes));
    expect(read.format).toBe('docx');
    expect(read.text.split('\n')).toEqual([
      '一、2023年工作举措',
      '全市高新技术企业总数达到913家。',
      '指标\t数值',
      '专利申请量\t1200件',
      '技术合同成交额\t3.5亿元',
      '二、下一步打算',
    ]);
  });

  it('reads the committed .docx fixture', async () => {
    const read = ok(await readReport('table-report.docx', fixture('table-report.docx')));
    expect(read.text).toContain('高新技术产业产值\t349亿元\t19%');
  });

  it('says what is wrong with a broken .docx', async () => {
    expect(reason(await readReport('random-bytes.docx', fixture('bad/random-bytes.docx')))).toBe(
      'random-bytes.docx: not a valid .docx (not a zip archive)',
    );
    const whole = await docx(p('正文'));
    expect(reason(await readReport('cut.docx', whole.subarray(0, whole.length >> 1)))).toMatch(
      /^cut\.docx: not a valid \.docx \(the zip archive is damaged or truncated/,
    );
    const other = new JSZip();
    other.file('readme.txt', 'not a word document');
    expect(reason(await readReport('other.docx', await other.generateAsync({ type: 'uint8array' })))).toBe(
      'other.docx: not a valid .docx (the zip archive holds no Word document)',
    );
    const ole = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);
    expect(reason(await readReport('old.docx', ole))).toMatch(/^old\.docx: an old Word \.doc/);
    expect(reason(await readReport('empty.docx', new Uint8Array()))).toBe('empty.docx: empty file');
  });
});

describe('readReport: .html', () => {
  it('gives the text, not the script, style or comments, and the <title>', async () => {
    const read = ok(await readReport('page-report.html', fixture('page-report.html')));
    expect(read.title).toBe('2020年市科技局工作总结 - 范文网');
    expect(read.text).not.toMatch(/alert|document\.write|color: red|注释里的文字|广告/);
    expect(read.text.split('\n')).toEqual([
      '首页 > 工作总结',
      '2020年市科技局工作总结',
      '2020年,全市新认定高新技术企业 112家,技术合同成交额达到3.5亿元。',
      '全社会研发投入占GDP比重2.1%，较上年提高0.2个百分点。',
      '项目\t数量',
      '科技特派员\t25人',
      '资料来源:<script>不是脚本</script>', // escaped in the page: inert text here
    ]);
  });

  it('drops <script>alert(1)</script> wherever it stands', async () => {
    const read = ok(await readReport('x.htm', utf8('<p>前<script>alert(1)</script>后</p><SCRIPT type="text/javascript">if (a<b) alert(2)</SCRIPT>')));
    expect(read.text).toBe('前后');
  });

  it('decodes a page that declares gb2312 (as GB18030), and a page that declares it but is UTF-8', async () => {
    const page = '<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>科技局工作总结</title></head><body><p>申报高新技术企业25家</p></body></html>';
    expect(declaredCharset(gbk(page))).toBe('gb18030');
    expect(ok(await readReport('gb.html', gbk(page)))).toMatchObject({ encoding: 'gb18030', title: '科技局工作总结', text: '申报高新技术企业25家' });
    expect(ok(await readReport('resaved.html', utf8(page)))).toMatchObject({ encoding: 'utf-8', text: '申报高新技术企业25家' });
    const noCharset = '<p>申报高新技术企业25家</p>';
    expect(ok(await readReport('plain.html', gbk(noCharset)))).toMatchObject({ encoding: 'gb18030', text: '申报高新技术企业25家' });
  });

  it('refuses a page with no text', async () => {
    expect(reason(await readReport('blank.html', utf8('<html><head><title>空</title></head><body><script>x()</script></body></html>')))).toBe(
      'blank.html: the page has no text',
    );
  });
});

describe('htmlToText', () => {
  it('makes block elements line breaks and collapses white space', () => {
    expect(htmlToText('<div>一\n  二</div><ul><li>三</li><li>四<br>五</li></ul><h2>六</h2>七').text).toBe('一 二\n三\n四\n五\n六\n七');
  });

  it('keeps a row one line when cells hold paragraphs, nested tables or omit their end tags', () => {
    expect(htmlToText('<table><tr><td>a<td>b<tr><td>c<td>d</table>').text).toBe('a\tb\nc\td');
    expect(htmlToText('<table><tr><td><p>x</p><p>y</p></td><td><table><tr><td>i</td><td>j</td></tr></table></td></tr></table><p>after</p>').text).toBe(
      'x y\ti j\nafter',
    );
  });

  it('decodes entities: named, numeric, legacy without ";", and leaves unknown ones', () => {
    expect(htmlToText('&lt;a&gt; &amp;&amp; &#20013;&#x6587; &nbsp;x &copy &foo; &#150;').text).toBe('<a> && 中文  x © &foo; –'); // &nbsp; is a space of its own
  });

  it('keeps <pre> line breaks and a "<" that opens no tag', () => {
    expect(htmlToText('<pre>a\n  b</pre><p>1 < 2</p>').text).toBe('a\nb\n1 < 2');
  });

  it('an attribute holding ">" does not end its tag', () => {
    expect(htmlToText('<a title="a>b" href=\'x>y\'>链接</a>').text).toBe('链接');
  });

  it('gives back any escaped text, white space collapsed', () => {
    const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (s) => {
        const expected = s.replace(/[ \t\n\r\f]+/g, ' ').replace(/\u00a0/g, ' ').replace(/^ +| +$/g, '');
        expect(htmlToText(`<p>${escape(s)}</p>`).text).toBe(expected);
      }),
      { numRuns: 300 },
    );
  });
});

describe('reportInput', () => {
  const read: ReadOk = { ok: true, text: '正文', title: '页面标题', encoding: 'utf-8', format: 'html', warnings: [] };

  it('uses the file when there is no manifest entry', () => {
    expect(reportInput('in/r001.html', read)).toEqual({ reportId: 'r001', text: '正文', source: 'r001.html', title: '页面标题' });
  });

  it('uses the manifest entry for the file', () => {
    const manifest = [
      { report_id: 'r001', source: 'https://example.org/r001', city: '九江市', year: 2019 },
      { report_id: 'renamed', file: 'odd name.txt', title: '县科技局工作总结', period: 'H1' },
    ];
    expect(reportInput('in/r001.html', read, manifest)).toEqual({
      reportId: 'r001', text: '正文', source: 'https://example.org/r001', title: '页面标题', manifest: { city: '九江市', year: 2019 },
    });
    expect(reportInput('odd name.txt', { ...read, title: '' }, manifest)).toEqual({
      reportId: 'renamed', text: '正文', source: 'odd name.txt', title: '县科技局工作总结', manifest: { period: 'H1', title: '县科技局工作总结' },
    });
  });
});

describe('a web page saved as .txt', () => {
  it('is read as HTML: its text kept, its tags and scripts dropped, and the user told', async () => {
    const page = '<!DOCTYPE html><html><head><title>市科技局2020年工作总结</title><script>alert(1)</script></head>' +
      '<body><p>全年新增高新技术企业28家。</p></body></html>';
    const read = await readReport('saved-page.txt', new TextEncoder().encode(page));
    if (!read.ok) throw new Error(read.reason);
    expect(read.text).toContain('全年新增高新技术企业28家');
    expect(read.text).not.toContain('<');
    expect(read.text).not.toContain('alert');
    expect(read.warnings.join(' ')).toMatch(/HTML/);
  });

  it('plain text that only mentions a tag stays plain text', async () => {
    const read = await readReport('note.txt', new TextEncoder().encode('报告中写有<p>标签一次。全年新增高新技术企业28家。'));
    if (!read.ok) throw new Error(read.reason);
    expect(read.text).toContain('<p>');
  });
});
