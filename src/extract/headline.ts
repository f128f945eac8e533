// A round figure passed that restates one stated exactly: in a news piece's headline over its body, or beside the
// exact figure in one sentence. The round figure is no row.
import { noRow, type Claim } from './claim.ts';
import type { Figure } from './figures.ts';
import type { Span } from './spans.ts';

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

// a milestone passed in the body: "首次突破700家", "突破20亿元大关", "迈上百亿元台阶" (not a bare 超过: "超过1000件" beside
// the exact figure may be another's)
const MILESTONE = /(?:突破|首破|首次超过|跨过|迈过|迈上)$/;

/**
 * A milestone passed beside the exact figure of the same indicator in its sentence ("有效期内高新技术企业达716家,首次突破
 * 700家", "首次突破30亿元,达30.42亿元"): the round figure restates it and is no row of its own.
 */
export function dropMilestonesRestated(text: string, figures: Figure[], claims: (Claim | undefined)[], sentenceOf: (at: number) => Span) {
  figures.forEach((f, i) => {
    const claim = claims[i];
    if (!claim?.indicator || f.value === null || !MILESTONE.test(text.slice(Math.max(0, f.start - 4), f.start))) return;
    const sentence = sentenceOf(f.start);
    const restated = figures.some((other, j) => j !== i && other.start >= sentence.start && other.start < sentence.end &&
      other.value !== null && !other.approx && other.unit === f.unit && claims[j]?.indicator === claim.indicator &&
      claims[j]!.period === claim.period && Number(other.value) >= Number(f.value) && !MILESTONE.test(text.slice(Math.max(0, other.start - 4), other.start)));
    if (restated) claims[i] = noRow(f.start, f.end, 'milestone_restated');
  });
}
