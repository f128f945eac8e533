// The units a figure is stated in, and how they fit and convert to an indicator's unit.
import { indicatorById } from './catalog.ts';
import type { Figure } from './figures.ts';
import { shiftDecimal } from './numbers.ts';

// (a table may count money in 千元 or 百万元: "单位:千元")
export const MONEY_EXPONENT: Record<string, number> = { 元: 0, 千元: 3, 万元: 4, 百万元: 6, 亿元: 8 };
const ACCEPTED_UNITS: Record<string, string[]> = {
  家: ['家', '个'],
  项: ['项', '个', '件'],
  个: ['个', '家', '项', '座', '处'],
  件: ['件', '项', '个'],
  人: ['人'],
  人次: ['人次', '人'],
  场: ['场', '次', '个'],
  亿元: ['亿元', '万元', '元', '千元', '百万元'],
  万元: ['亿元', '万元', '元', '千元', '百万元'],
  '%': ['%', '‰'],
};

/** Whether a figure stated in `unit` can be a figure of the indicator (家 of platforms are 个 …). */
export function unitFits(indicator: string, unit: string): boolean {
  const own = indicatorById(indicator)!.unit;
  return ACCEPTED_UNITS[own]?.includes(unit) ?? own === unit;
}


/** The value of a figure in the indicator's unit, as a number. */
export function valueIn(figure: Figure, unit: string): number | null {
  if (figure.value === null) return null;
  const from = MONEY_EXPONENT[figure.unit];
  const to = MONEY_EXPONENT[unit];
  if (from !== undefined && to !== undefined && from !== to) return Number(shiftDecimal(figure.value, from - to));
  if (figure.unit === '‰' && unit === '%') return Number(shiftDecimal(figure.value, -1));
  return Number(figure.value); // a figure's value is a plain decimal already
}
