// Frames: each indicator as the words its clause holds, in any order — the thing counted, what was
// done to it, the units its figure can take, and the words that rule it out. A figure is scored
// against every frame by which word groups stand near it (frame-match.ts); the best frame wins.
//
// Examples are grouped by meaning, one value in many wordings (number first, verb first, words in
// between, traditional script). Each example is pinned to the frame that must produce its rows:
// test/extract/corpus.test.ts fails if another frame or rule, or none, does.
import type { Period } from '../contract.ts';
import type { Example } from '../example.ts';
import type { Group } from '../words.ts';

export interface Frame {
  id: string;
  indicator: string;
  /** One of these groups names what is counted. */
  thing: Group[];
  /** One of these says what was done to it; without `act`, the thing alone is enough. */
  act?: Group[];
  /** Without `act`: words that, near the figure, read it even where its thing stands in the sentence before. */
  alsoAct?: Group[];
  /** With `act`: the thing alone holds too, at a lower score (a bare "高新技术企业5家" is a stock). */
  bare?: boolean;
  /** Units of the figure as stated (家, 个, 万元 …) that the frame takes. */
  units: string[];
  /** No word of these groups may stand in the figure's own clause. */
  not?: Group[];
  /** Read from its thing alone (no act near), none of these may stand in the lead either. */
  bareNot?: Group[];
  /** The act must stand in the figure's own clause (where the thing is as common as 企业). */
  actNear?: boolean;
  /** The thing must stand in the figure's own clause (a growth belongs to the figure its thing names). */
  thingNear?: boolean;
  /** A period the frame fixes (a stock is CUM). */
  period?: Period;
  examples: Example[];
}

/** Units of a count of firms, of items, and of money, as a figure states them. */
export const COUNT_OF_FIRMS = ['家', '个'];
export const COUNT_OF_ITEMS = ['项', '个', '件'];
// (千元 and 百万元 only as a table's line of units gives them: "单位:千元")
export const MONEY = ['亿元', '万元', '元', '千元', '百万元'];
