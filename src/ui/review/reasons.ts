// Why a file was not extracted, in the user's language. The reasons come from src/data in English
// ("seed.png: unsupported file type; …"); the known ones are said in Chinese here, any other one is
// shown as it is.
import type { Lang } from '../../query/view-state.ts';

const ZH: [RegExp, (match: RegExpExecArray) => string][] = [
  [/^empty file \(only blank space\)/, () => '空文件（只有空白）'],
  [/^empty file/, () => '空文件'],
  [/^unsupported file type/, () => '不支持的文件类型；报告应为 .txt、.docx、.html 或 .htm'],
  [/^file is (.+), larger than the (.+) limit/, (m) => `文件大小 ${m[1]}，超过单份报告 ${m[2]} 的上限`],
  [/^a (PNG|JPEG|GIF) image, not/, (m) => `这是 ${m[1]} 图片，不是文本`],
  [/^a PDF file/, () => '这是 PDF 文件（不支持 PDF，请另存为 .docx 或 .txt）'],
  [/^a zip archive/, () => '这是 zip 压缩包（如果是 Word 文档，请把扩展名改为 .docx）'],
  [/^an old (?:Office|Word)/, () => '这是旧版 Office 97–2003 文件（.doc），请另存为 .docx'],
  [/^an RTF document/, () => '这是 RTF 文档，请另存为 .docx 或 .txt'],
  [/^binary data/, () => '这是二进制数据，不是文本'],
  [/^not readable text/, () => '无法识别的编码：既不是 UTF-8，也不是 GBK/GB18030'],
  [/^not a valid \.docx \(not a zip archive\)/, () => '不是有效的 .docx（不是 zip 压缩包）'],
  [/^not a valid \.docx/, () => '不是有效的 .docx（压缩包损坏，或不含 Word 文档）'],
  [/^could not read the \.docx/, () => '无法读取这个 .docx'],
  [/^the (?:document|page) has no text/, () => '文件中没有文字'],
  [/^the extractor failed/, () => '提取时出错'],
  [/^the extract worker failed/, () => '提取进程出错'],
];

/** The reason without the file name it starts with, in the language asked for. */
export function reasonText(reason: string, fileName: string, lang: Lang): string {
  const bare = reason.startsWith(`${fileName}: `) ? reason.slice(fileName.length + 2) : reason;
  if (lang === 'en') return bare;
  for (const [pattern, say] of ZH) {
    const match = pattern.exec(bare);
    if (match) return say(match);
  }
  return bare;
}
