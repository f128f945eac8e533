// A claim: a figure read as an indicator, with the words that said so.
import type { Period } from './contract.ts';

/** A figure claimed for an indicator, and the words that said so. */
export interface Claim {
  indicator: string;
  rule: string;
  order: number;
  start: number; // the words of the claim (quote), in the text
  end: number;
  scope: string;
  period?: Period;
  partOf?: number; // a part (其中, parallel parts): the figure it is a part of
  year?: number; // the year a series of years gives it (link.year_by_year: "2019年、2020年…分别…"), or a list of where things came from or what they came to (link.grown_from_each, link.grown_to_each), or the year a list of baselines is of (link.baseline_each)
}

/**
 * A figure a link has read as no indicator's ("累计分别达到9010家" of 创新型初创企业): it gives no row, and
 * nothing reads it after.
 */
export function noRow(start: number, end: number, rule: string): Claim {
  return { indicator: '', rule, order: Number.MAX_SAFE_INTEGER, start, end, scope: '' };
}

/** Of two claims on one figure, the one whose words are fewer (the nearer reading), then the earlier rule. */
export function better(a: Claim, b: Claim): boolean {
  const lengthA = a.end - a.start;
  const lengthB = b.end - b.start;
  return lengthA !== lengthB ? lengthA < lengthB : a.order < b.order;
}
