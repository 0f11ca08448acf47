/** Cell parsers shared by the CSV dialects: each returns the value or the reason it is unusable. */
import type { IsoDate, UsageRecord } from '../core/types.js';

/** How one dialect turns a data row into a record, or into the reason it cannot. */
export interface CsvDialect {
  /** Recorded as each record's `source`. */
  readonly source: string;
  /** Fields every row must have: the header's. */
  readonly width: number;
  read(fields: string[]): UsageRecord | string;
}

/** The day limits of one import: nothing after `latest` (today plus a day for time zones). */
export interface DayLimits {
  today: IsoDate;
  latest: IsoDate;
}

/** A cell value, or why the row is rejected (a sentence fragment naming the column). */
export type Cell<T> = T | { reason: string };

export const isReason = <T>(cell: Cell<T>): cell is { reason: string } => typeof cell === 'object' && cell !== null && 'reason' in cell;

/** Longest text kept for identity, tool and model cells. */
export const MAX_TEXT = 200;

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const SLASH_DAY = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;
const COUNT = /^\d+$/;
const USD = /^(\d+)(?:\.(\d+))?$/;

/** Shows a cell in a reason, trimmed so a huge cell cannot flood the report. */
export const shown = (value: string): string => JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);

/** The UTC day `days` after `day`. */
export function addDays(day: IsoDate, days: number): IsoDate {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** True for a real calendar day in YYYY-MM-DD form. */
export function isCalendarDay(value: string): boolean {
  const m = DAY.exec(value);
  if (m === null) return false;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return date.getUTCFullYear() === Number(m[1]) && date.getUTCMonth() === Number(m[2]) - 1 && date.getUTCDate() === Number(m[3]);
}

/**
 * A YYYY-MM-DD day no later than `latest`. `loose` also takes a time suffix and M/D/YYYY,
 * as spreadsheet-made exports have them.
 */
export function parseDay(column: string, raw: string, latest: IsoDate, loose = false): Cell<IsoDate> {
  let value = raw.trim();
  if (value === '') return { reason: `${column} is empty` };
  if (loose) {
    const slash = SLASH_DAY.exec(value);
    if (slash !== null) value = `${slash[3]}-${slash[1]!.padStart(2, '0')}-${slash[2]!.padStart(2, '0')}`;
    else if (/^\d{4}-\d{2}-\d{2}[T ]/.test(value)) value = value.slice(0, 10);
  }
  if (!isCalendarDay(value)) return { reason: `${column} ${shown(raw)} is not a valid date (expected YYYY-MM-DD)` };
  if (value > latest) return { reason: `${column} ${value} is in the future` };
  return value;
}

/** A whole number of at least zero; an empty cell is `fallback` when one is given. */
export function parseCount(column: string, raw: string, fallback?: number): Cell<number> {
  const value = raw.trim();
  if (value === '') return fallback ?? { reason: `${column} is empty` };
  if (COUNT.test(value)) {
    const n = Number(value);
    return Number.isSafeInteger(n) ? n : { reason: `${column} ${shown(value)} is too large` };
  }
  if (/^-\s*\d/.test(value)) return { reason: `${column} ${shown(value)} is negative` };
  if (/^\d+\.0+$/.test(value)) return Number(value.slice(0, value.indexOf('.')));
  return { reason: `${column} ${shown(value)} is not a whole number` };
}

/** US dollars as exact micro-dollars; empty is 0. Digits past the sixth decimal are rounded. */
export function parseUsd(column: string, raw: string): Cell<number> {
  const value = raw.trim();
  if (value === '') return 0;
  const m = USD.exec(value);
  if (m === null) {
    return /^-\s*\d/.test(value) ? { reason: `${column} ${shown(value)} is negative` } : { reason: `${column} ${shown(value)} is not an amount in dollars (like 1.25)` };
  }
  const fraction = (m[2] ?? '').padEnd(7, '0');
  const micros = Number(m[1]) * 1_000_000 + Number(fraction.slice(0, 6)) + (Number(fraction[6]) >= 5 ? 1 : 0);
  return Number.isSafeInteger(micros) ? micros : { reason: `${column} ${shown(value)} is too large` };
}

/** A required piece of text of at most {@link MAX_TEXT} characters. */
export function parseText(column: string, raw: string, required: boolean): Cell<string> {
  const value = raw.trim();
  if (value === '' && required) return { reason: `${column} is empty` };
  if (value.length > MAX_TEXT) return { reason: `${column} is longer than ${MAX_TEXT} characters` };
  return value;
}

/** Header names compared loosely: `Input Tokens`, `input-tokens` and `input_tokens` are one column. */
export const headerKey = (name: string): string => name.trim().toLowerCase().replace(/[\s-]+/g, '_');
