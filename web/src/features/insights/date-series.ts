import { addDays } from '@stepwise/domain';

/** Every date from `from` to `to`, inclusive, so charts show days without entries as gaps. */
export function datesBetween(from: string, to: string): string[] {
  const out: string[] = [];
  for (let d = from; d <= to && out.length < 400; d = addDays(d, 1)) out.push(d);
  return out;
}

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

export function stats(xs: number[]): { average: number; min: number; max: number } | null {
  if (xs.length === 0) return null;
  return { average: Math.round(mean(xs) * 10) / 10, min: Math.min(...xs), max: Math.max(...xs) };
}
