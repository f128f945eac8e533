// Files are told by what they hold, not by the control that received them.
import { describe, expect, it } from 'vitest';
import { fileKind } from '../../src/data/file-kind.ts';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('fileKind', () => {
  it('tells the contract\'s CSVs by their header, whatever their name', () => {
    expect(fileKind('mine.txt', bytes('\ufeffreport_id,indicator,value,unit,period,status\r\nr1,hte_total,1,家,FY,actual'))).toBe('indicators');
    expect(fileKind('导出.csv', bytes('"report_id";"title";"city"\nr1;t;杭州市'))).toBe('reports');
  });

  it('takes any other .csv as a CSV (its loader names what it lacks) and everything else as a report', () => {
    expect(fileKind('list.csv', bytes('name,age\nA,1'))).toBe('csv');
    expect(fileKind('report.txt', bytes('温州市科学技术局2019年工作总结'))).toBe('report');
    expect(fileKind('report.csv.docx', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0]))).toBe('report');
    // not text at all: the reader its name points to refuses it, by name and reason
    expect(fileKind('image.txt', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0, 1, 2]))).toBe('report');
    expect(fileKind('broken.csv', new Uint8Array([0x72, 0, 0, 1, 2, 0]))).toBe('csv');
  });
});
