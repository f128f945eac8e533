// Benchmark 1b: the worst inputs found for the extractor's patterns, extracted at two sizes. The
// speed per MB must not fall as the input grows (no rule backtracks catastrophically), and no case
// should be more than 10× slower per MB than normal reports.
import { extractReport } from '../../extract/index.ts';
import { fixed, mb, medianMs } from './measure.ts';

const CASES: Record<string, (chars: number) => string> = {
  '1,1,1,… (digits and commas)': (n) => '1,'.repeat(n / 2),
  '的的的… (one character)': (n) => '的'.repeat(n),
  'xxxx… (mask letters)': (n) => 'x'.repeat(n),
  '****… (mask stars)': (n) => '*'.repeat(n),
  '1111… (one long number)': (n) => '1'.repeat(n),
  '((((… (unbalanced brackets)': (n) => '('.repeat(n),
  'lone surrogates': (n) => '\ud800新增'.repeat(n / 3),
  'figures with no sentence end': (n) => '新增高新技术企业28家,'.repeat(n / 13),
  '1家1家… (figures only)': (n) => '1家'.repeat(n / 2),
  '其中1项,其中1项,…': (n) => '其中1项,'.repeat(n / 5),
  '分别 lists, no sentence end': (n) => ('分别' + '1项、'.repeat(20)).repeat(n / 62),
  '1 1 1 … (spaces in numbers)': (n) => '1 '.repeat(n / 2),
  '\\n1、\\n1、… (fragment markers)': (n) => '\n1、'.repeat(n / 3),
};

export function benchAdversarial(chars: number, normalMBs: number, runs: number): string[] {
  const lines: string[] = [];
  for (const [name, make] of Object.entries(CASES)) {
    const rates = [chars / 4, chars].map((size) => {
      const text = make(size);
      const ms = medianMs(runs, () => extractReport({ reportId: 'a', text }));
      return mb(Buffer.byteLength(text)) / (ms / 1000);
    });
    const [small, large] = rates as [number, number];
    lines.push(`| adversarial: ${name} | ${fixed(large, 2)} MB/s at ${fixed(chars / 1000, 0)}k chars (${fixed(small, 2)} at a quarter) | normal reports ${fixed(normalMBs, 2)} MB/s | ${fixed(normalMBs / large, 1)}× slower |`);
  }
  return lines;
}
