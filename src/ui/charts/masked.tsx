// How a masked figure is drawn: a hatched stub marked "已隐去", never a bar of length zero.
import type { ReactElement } from 'react';
import { MASKED_PATTERN_ID } from './chart-data.ts';

export function MaskedPattern(): ReactElement {
  return (
    <defs>
      <pattern id={MASKED_PATTERN_ID} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
        <rect width="6" height="6" fill="#f1f5f9" />
        <line x1="0" y1="0" x2="0" y2="6" stroke="#94a3b8" strokeWidth="2" />
      </pattern>
    </defs>
  );
}

export const MASKED_STUB_WIDTH = 56;

/** A hatched box with the word in it, drawn where a bar would start. */
export function MaskedStub({ x, y, height, word }: { x: number; y: number; height: number; word: string }): ReactElement {
  return (
    <g className="masked-stub">
      <rect x={x} y={y} width={MASKED_STUB_WIDTH} height={height} fill={`url(#${MASKED_PATTERN_ID})`} stroke="#94a3b8" />
      <text x={x + MASKED_STUB_WIDTH / 2} y={y + height / 2} dy="0.35em" textAnchor="middle" fontSize="11" fill="#334155">{word}</text>
    </g>
  );
}
