// Bits of a row's `flags` in the columns (figure-columns.ts). DUPLICATE: the same figure stated earlier in
// the file (repeated-figures.ts).
export const APPROX = 1;
export const MASKED = 2;
export const DUPLICATE = 4;
