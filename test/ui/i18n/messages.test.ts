// Messages of the extractor and the file readers follow the page's language.
import { describe, expect, it } from 'vitest';
import { messageText } from '../../../src/ui/i18n/messages.ts';

describe('messageText', () => {
  it('says a reader\'s refusal in Chinese on the Chinese page and as it is on the English one', () => {
    expect(messageText('binary data, not text (it contains NUL bytes)', 'zh')).toBe('这是二进制数据，不是文本（含有 NUL 字节）');
    expect(messageText('binary data, not text (it contains NUL bytes)', 'en')).toBe('binary data, not text (it contains NUL bytes)');
    expect(messageText('x.txt: empty file', 'zh', 'x.txt')).toBe('空文件');
  });

  it('says how the extractor decided place and year in Chinese, keeping the words it quotes', () => {
    expect(messageText('place 温州市 from the title: title: 温州市×1', 'zh')).toBe('地点 温州市：依据标题（标题：温州市×1）');
    expect(messageText('year 2019 from the text: 2019年工作总结', 'zh')).toBe('年份 2019：依据正文（2019年工作总结）');
    expect(messageText('year not stated', 'zh')).toBe('报告没有说明年份');
    expect(messageText('3 undecodable byte sequence(s) replaced by �', 'zh')).toBe('3 处无法解码的字节已替换为 �');
  });
});
