/** How digest numbers read. Usage figures are exact, so no rounding can blur two groups together. Pure. */
import { formatMinutes } from '../time.js';

export const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;

// One formatter each: building an Intl.NumberFormat per call dominates a digest's render time.
const WHOLE = new Intl.NumberFormat('en', { maximumFractionDigits: 0 });
const CENTS = new Intl.NumberFormat('en', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** Tokens with thousands separators: `1,234,567`. */
export const formatTokens = (n: number): string => WHOLE.format(Math.round(n));

/** Dollars with cents from micro-dollars: `$1,234.56`. */
export const formatUsd = (micros: number): string => `$${CENTS.format(Math.round(micros / 10_000) / 100)}`;

/** "about 31 h" for totals; minutes when under an hour. */
export const aboutTime = (minutes: number): string =>
  minutes >= 60 ? `about ${Math.round(minutes / 60)} h` : formatMinutes(minutes);

/** `+26%`, `-10%`, `±0%`; empty when there is nothing to compare. */
export function formatChange(share: number | null): string {
  if (share === null) return '';
  const p = Math.round(share * 100);
  return p === 0 ? '±0%' : `${p > 0 ? '+' : ''}${p}%`;
}

/** An average for people: one decimal when small, whole numbers otherwise. */
export const formatAverage = (n: number): string => (n < 10 ? String(Math.round(n * 10) / 10) : String(Math.round(n)));
