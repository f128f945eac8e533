// A news piece's headline that rounds a figure its body states exactly: the round figure is no row.
import { noRow, type Claim } from './claim.ts';
import type { Figure } from './figures.ts';

// the words that make a round figure a milestone passed: "首破2%", "突破500亿元"
const PASSED = /(?:突破|首破|超过|跨过|迈过|迈上)$/;

/**
 * A news piece's headline that rounds a figure its body states ("楠溪县研发投入强度首破2%" over "…研发投入
 * 强度达2.04%"): the round figure passed is no row of its own.
 */
export function dropHeadlineMilestones(text: string, figures: Figure[], claims: (Claim | undefined)[]) {
  const titleEnd = text.indexOf('\n');
  if (titleEnd < 0) return;
  figures.forEach((f, i) => {
    const claim = claims[i];
    if (f.start >= titleEnd || !claim?.indicator || f.value === null || !PASSED.test(text.slice(Math.max(0, f.start - 3), f.start))) return;
    const restated = figures.some((other, j) => other.start > titleEnd && other.value !== null && other.unit === f.unit &&
      claims[j]?.indicator === claim.indicator && Number(other.value) >= Number(f.value));
    if (restated) claims[i] = noRow(f.start, f.end, 'headline_milestone');
  });
}
