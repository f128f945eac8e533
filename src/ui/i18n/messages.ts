// Messages from the extractor and the file readers, in the user's language. They come from src/extract
// and src/data in English ("binary data, not text (it contains NUL bytes)", "place 温州市 from the title:
// …"); the known ones are said in Chinese here — with what they quote kept as it is — and any other one
// is shown as it is.
import type { Lang } from '../../query/view-state.ts';

type Say = (match: RegExpExecArray) => string;

const HOW: Record<string, string> = { title: '标题', text: '正文', manifest: '您的设定' };

/** The words that decided a place or year: their English frames in Chinese, the quoted words kept. */
const evidence = (text: string) => text
  .replace(/^title: /, '标题：').replace(/^text: /, '正文：').replace(/; 自称: /, '；自称：')
  .replace(/^tie: /, '不分上下：').replace(/^province only: /, '只能判断省份：').replace(/^no place named$/, '没有提到地点')
  .replace(/^the site's neighbouring articles: /, '网站上相邻文章的标题：').replace(/^a province's report/, '省级报告')
  .replace(/ \(title says (\d+); the text names (\d+) (\d+)×, (\d+) (\d+)×\)$/, '（标题为 $1 年；正文提到 $2 年 $3 次、$4 年 $5 次）');

const ZH: [RegExp, Say][] = [
  // why a file could not be read
  [/^empty file \(only blank space\)/, () => '空文件（只有空白）'],
  [/^empty file/, () => '空文件'],
  [/^unsupported file type/, () => '不支持的文件类型；报告应为 .txt、.docx、.html 或 .htm'],
  [/^file is (.+), larger than the (.+) limit/, (m) => `文件大小 ${m[1]}，超过单份报告 ${m[2]} 的上限`],
  [/^a (PNG|JPEG|GIF) image, not/, (m) => `这是 ${m[1]} 图片，不是文本`],
  [/^a PDF file/, () => '这是 PDF 文件（不支持 PDF，请另存为 .docx 或 .txt）'],
  [/^a zip archive/, () => '这是 zip 压缩包（如果是 Word 文档，请把扩展名改为 .docx）'],
  [/^an old (?:Office|Word)/, () => '这是旧版 Office 97–2003 文件（.doc），请另存为 .docx'],
  [/^an RTF document/, () => '这是 RTF 文档，请另存为 .docx 或 .txt'],
  [/^binary data, not text \(it contains NUL bytes\)/, () => '这是二进制数据，不是文本（含有 NUL 字节）'],
  [/^binary data, not text \((\d+)% control characters\)/, (m) => `这是二进制数据，不是文本（${m[1]}% 是控制字符）`],
  [/^binary data/, () => '这是二进制数据，不是文本'],
  [/^not readable text: as GBK it would be (\d+)% rare characters/, (m) => `无法识别的编码：按 GBK 读会有 ${m[1]}% 的生僻字（乱码）`],
  [/^not readable text: (\d+) byte sequences are invalid in (.+)$/, (m) => `无法识别的编码：有 ${m[1]} 处字节在 ${m[2]} 中无效`],
  [/^not readable text/, () => '无法识别的编码：既不是 UTF-8，也不是 GBK/GB18030'],
  [/^not a valid \.docx \(not a zip archive\)/, () => '不是有效的 .docx（不是 zip 压缩包）'],
  [/^not a valid \.docx/, () => '不是有效的 .docx（压缩包损坏，或不含 Word 文档）'],
  [/^could not read the \.docx/, () => '无法读取这个 .docx'],
  [/^the (?:document|page) has no text/, () => '文件中没有文字'],
  [/^the extractor failed/, () => '提取时出错'],
  [/^the extract worker failed/, () => '提取进程出错'],
  // notes from reading a file
  [/^(\d+) undecodable byte sequence\(s\) replaced by (.)/, (m) => `${m[1]} 处无法解码的字节已替换为 ${m[2]}`],
  [/^the text is an HTML page/, () => '这份文本是网页：已按网页读取，去掉了其中的标签和脚本'],
  // how the extractor decided a report's place and year
  [/^place (.+) from the manifest$/, (m) => `地点 ${m[1]}：来自您的设定`],
  [/^manifest place "(.+)" is not in the gazetteer; guessed from the text instead$/, (m) => `您设定的地点“${m[1]}”不在行政区划表中，改由正文判断`],
  [/^place (.+?) from the (title|text): (.*)$/s, (m) => `地点 ${m[1]}：依据${HOW[m[2]!]}（${evidence(m[3]!)}）`],
  [/^place not stated$/, () => '报告没有说明地点'],
  [/^year (\d+) from the manifest$/, (m) => `年份 ${m[1]}：来自您的设定`],
  [/^year (\d+) from the (title|text): (.*)$/s, (m) => `年份 ${m[1]}：依据${HOW[m[2]!]}（${evidence(m[3]!)}）`],
  [/^year not stated$/, () => '报告没有说明年份'],
];

/** A message of the extractor or a file reader in the language asked for (its file name, when it starts with one, left out). */
export function messageText(message: string, lang: Lang, fileName = ''): string {
  const bare = fileName && message.startsWith(`${fileName}: `) ? message.slice(fileName.length + 2) : message;
  if (lang === 'en') return bare;
  for (const [pattern, say] of ZH) {
    const match = pattern.exec(bare);
    if (match) return say(match);
  }
  return bare;
}

/** Why a file was not extracted, without the file name it starts with. */
export const reasonText = (reason: string, fileName: string, lang: Lang): string => messageText(reason, lang, fileName);
