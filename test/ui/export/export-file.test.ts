// Exported files: Excel/WPS-safe CSV and the file name of a view.
import { describe, expect, it } from 'vitest';
import { exportCsv, exportName, neutralise } from '../../../src/ui/export/export-file.ts';

describe('exportCsv', () => {
  it('writes UTF-8 with a BOM and CRLF, quoting where needed', () => {
    expect(exportCsv(['城市', '原文'], [['杭州市', '组织申报"高企",112家']])).toBe('\uFEFF城市,原文\r\n杭州市,"组织申报""高企"",112家"\r\n');
  });

  it('neutralises cells a spreadsheet would run, but not plain numbers', () => {
    expect(['=1+1', '+86', '-x', '@SUM(A1)', '\tcmd', '\rcmd', '-3.5', '12', '正常'].map(neutralise))
      .toEqual(["'=1+1", "'+86", "'-x", "'@SUM(A1)", "'\tcmd", "'\rcmd", '-3.5', '12', '正常']);
    expect(exportCsv(['a'], [['=HYPERLINK("x")']])).toContain(`"'=HYPERLINK(""x"")"`);
  });
});

describe('exportName', () => {
  it('names the indicator, the places and the years', () => {
    expect(exportName('高新技术企业总数', ['杭州市', '襄阳市'], [2013, 2009, null], '全部城市')).toBe('高新技术企业总数_杭州市-襄阳市_2009-2013');
    expect(exportName('研发(R&D)经费投入', [], [null], '全部城市')).toBe('研发(R&D)经费投入_全部城市');
    expect(exportName('争取/获得科技项目资金', ['a', 'b', 'c', 'd', 'e', 'f'], [2020], 'all')).toBe('争取_获得科技项目资金_a-b-c-d+2_2020');
  });
});
