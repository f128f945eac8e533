// The chart as a self-contained image: title, units, the chart itself, its legend and the source
// line all inside one SVG (the on-screen legend is HTML, so it is drawn again here). PNG is that
// SVG rendered onto a canvas at twice the size.
import type { LegendItem } from '../charts/Legend.tsx';
import { MASKED_PATTERN_ID } from '../charts/chart-data.ts';

export interface ImageText {
  title: string;
  subtitle: string;
  legend: LegendItem[];
  source: string;
  citation: string; // title, date, address of the view, reports drawn on
}

const NS = 'http://www.w3.org/2000/svg';
const FONT = "'WenQuanYi Micro Hei','Noto Sans CJK SC','PingFang SC','Microsoft YaHei',sans-serif";
const PAD = 16;

const escape = (text: string) => text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] ?? c);
/** Roughly how wide a label is at 12px: a CJK character is a full em, Latin about half. */
const textWidth = (text: string, size: number) => [...text].reduce((sum, c) => sum + (c.charCodeAt(0) > 0x2e80 ? size : size * 0.58), 0);

function swatch(item: LegendItem, x: number, y: number): string {
  if (item.kind === 'masked') return `<rect x="${x}" y="${y - 9}" width="14" height="10" fill="url(#${MASKED_PATTERN_ID})" stroke="#94a3b8"/>`;
  if (item.kind === 'bar') return `<rect x="${x}" y="${y - 9}" width="14" height="10" fill="${item.color}"/>`;
  const dash = item.kind === 'dashed' ? ' stroke-dasharray="4 3"' : '';
  return `<line x1="${x}" y1="${y - 4}" x2="${x + 14}" y2="${y - 4}" stroke="${item.color}" stroke-width="2"${dash}/>`;
}

/** Legend items laid out in rows that fit the width; returns the markup and the height used. */
function legendRows(items: LegendItem[], width: number, top: number): { svg: string; height: number } {
  let x = PAD;
  let y = top + 14;
  const parts: string[] = [];
  for (const item of items) {
    const w = 22 + textWidth(item.label, 12) + 18;
    if (x + w > width - PAD && x > PAD) [x, y] = [PAD, y + 20];
    parts.push(swatch(item, x, y), `<text x="${x + 20}" y="${y}" font-size="12" fill="#334155">${escape(item.label)}</text>`);
    x += w;
  }
  return { svg: parts.join(''), height: items.length ? y - top + 10 : 0 };
}

export function chartSvg(surface: SVGSVGElement, text: ImageText): { svg: string; width: number; height: number } {
  const box = surface.getBoundingClientRect();
  const width = Math.max(Math.round(box.width), 360);
  const chartHeight = Math.round(box.height);
  const chart = surface.cloneNode(true) as SVGSVGElement;
  chart.setAttribute('x', String(0));
  chart.setAttribute('y', String(64));
  chart.setAttribute('width', String(width));
  chart.setAttribute('height', String(chartHeight));
  chart.removeAttribute('style');
  const legend = legendRows(text.legend, width, 64 + chartHeight + 8);
  const sourceY = 64 + chartHeight + 8 + legend.height + 18;
  const height = sourceY + 30;
  const svg = `<svg xmlns="${NS}" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${FONT}">`
    + `<rect width="100%" height="100%" fill="#ffffff"/>`
    + `<text x="${PAD}" y="28" font-size="18" font-weight="bold" fill="#0f172a">${escape(text.title)}</text>`
    + `<text x="${PAD}" y="50" font-size="12" fill="#475569">${escape(text.subtitle)}</text>`
    + new XMLSerializer().serializeToString(chart)
    + legend.svg
    + `<text x="${PAD}" y="${sourceY}" font-size="11" fill="#64748b">${escape(text.source)}</text>`
    + `<text x="${PAD}" y="${sourceY + 16}" font-size="10" fill="#64748b">${escape(text.citation)}</text>`
    + '</svg>';
  return { svg, width, height };
}

export async function svgToPng(svg: string, width: number, height: number, scale = 2): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = width * scale;
    canvas.height = height * scale;
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no 2d canvas');
    context.scale(scale, scale);
    context.drawImage(image, 0, 0, width, height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('PNG encoding failed'))), 'image/png'));
  } finally {
    URL.revokeObjectURL(url);
  }
}
