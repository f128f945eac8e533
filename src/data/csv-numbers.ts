// Numbers read straight from a cell's UTF-8 bytes, for the common case (a plain ASCII decimal or offset):
// no string is made. Anything else gives NaN, and the cell's text is then read by schema.ts.

const POW10 = Array.from({ length: 16 }, (_, k) => 10 ** k);

/** A plain ASCII decimal (-12.5) read from bytes; NaN for anything else (then the text is read by parseDecimal). */
export function plainDecimal(bytes: Uint8Array, start: number, end: number): number {
  let p = start;
  const negative = bytes[p] === 0x2d;
  if (negative) p++;
  let digits = 0;
  let mantissa = 0;
  while (p < end && bytes[p]! >= 0x30 && bytes[p]! <= 0x39) {
    mantissa = mantissa * 10 + bytes[p]! - 0x30;
    digits++;
    p++;
  }
  if (digits === 0) return NaN;
  let decimals = 0;
  if (p < end) {
    if (bytes[p] !== 0x2e) return NaN;
    p++;
    while (p < end && bytes[p]! >= 0x30 && bytes[p]! <= 0x39) {
      mantissa = mantissa * 10 + bytes[p]! - 0x30;
      decimals++;
      p++;
    }
    if (decimals === 0 || p < end) return NaN;
  }
  if (digits + decimals > 15) return NaN; // beyond exact integers: Number() rounds it right
  const value = decimals === 0 ? mantissa : mantissa / POW10[decimals]!; // both exact, so one correctly rounded division
  return negative ? -value : value;
}

/** An offset of up to 9 ASCII digits read from bytes; -1 when empty; NaN for anything else. */
export function plainOffset(bytes: Uint8Array, start: number, end: number): number {
  if (start === end) return -1;
  if (end - start > 9) return NaN;
  let value = 0;
  for (let p = start; p < end; p++) {
    const digit = bytes[p]! - 0x30;
    if (digit < 0 || digit > 9) return NaN;
    value = value * 10 + digit;
  }
  return value;
}
