// The legend under a chart. The exported images draw the same items (export/chart-image.ts).
import type { ReactElement } from 'react';

export interface LegendItem {
  label: string;
  color: string;
  kind: 'bar' | 'line' | 'dashed' | 'masked';
}

export function Legend({ items }: { items: LegendItem[] }): ReactElement | null {
  if (items.length === 0) return null;
  return (
    <ul className="legend">
      {items.map((item) => (
        <li key={`${item.kind}:${item.label}`}>
          <span className={`swatch swatch-${item.kind}`} data-color={item.color} ref={(node) => node?.style.setProperty('--swatch', item.color)} />
          {item.label}
        </li>
      ))}
    </ul>
  );
}
