// An example of the extractor's corpus: a sentence and the rows of one indicator it gives (none, for a
// negative example). Frames and rules keep their examples beside them; test/extract/corpus.test.ts runs them all.
import type { Period, Status } from './contract.ts';

export interface ExpectedRow {
  value: number | null; // null: masked
  period?: Period;
  status?: Status;
  scope?: boolean; // true: a part (scope not empty)
}

export interface Example {
  text: string;
  rows: ExpectedRow[]; // the rows of the frame's or rule's indicator the text gives; [] for a negative example
  /** The link that gives the rows, where it is not the rule or frame the example stands beside ('link.part'). */
  by?: string;
}
