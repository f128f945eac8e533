// A small seeded random source (mulberry32), so that every benchmark run reads the same inputs.

export interface Random {
  next(): number; // [0, 1)
  int(min: number, max: number): number; // inclusive
  decimal(min: number, max: number, places: number): number;
  chance(p: number): boolean;
}

export function random(seed: number): Random {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    decimal: (min, max, places) => Number((min + next() * (max - min)).toFixed(places)),
    chance: (p) => next() < p,
  };
}

export function pick<T>(r: Random, items: readonly T[]): T {
  return items[Math.floor(r.next() * items.length)]!;
}
