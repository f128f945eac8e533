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
}

/** Of two claims on one figure, the one whose words are fewer (the nearer reading), then the earlier rule. */
export function better(a: Claim, b: Claim): boolean {
  const lengthA = a.end - a.start;
  const lengthB = b.end - b.start;
  return lengthA !== lengthB ? lengthA < lengthB : a.order < b.order;
}
