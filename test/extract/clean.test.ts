import { describe, expect, it } from 'vitest';
import { cleanReport } from '../../src/extract/clean.ts';

describe('cleanReport', () => {
  it('remembers the raw offset of every cleaned character, after characters NFKC makes longer', () => {
    const raw = '…'.repeat(20) + '中'.repeat(100); // each … is three dots
    const clean = cleanReport(raw);
    expect(clean.text).toBe('...'.repeat(20) + '中'.repeat(100));
    expect(clean.rawOffsets.length).toBe(clean.text.length + 1);
    expect(clean.rawOffsets[59]).toBe(19);
    expect(clean.rawOffsets[60]).toBe(20);
    expect(clean.rawOffsets[clean.text.length]).toBe(raw.length);
  });
});
