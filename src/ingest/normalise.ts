/**
 * Shared helpers for the provider importers: exact money conversion, UTC days, item
 * validation into rejections, and an accumulator that keeps one record per upsert key.
 */
import { z } from 'zod';
import type { IsoDate, UsageRecord } from '../core/types.js';
import { UsageSourceError, type DayRange, type UsageBatch } from '../app/ports/index.js';
import { describeZodError } from './http-client.js';

export type Rejection = UsageBatch['rejected'][number];

/** The fields an importer fills; the rest default to zero / empty. */
export type RecordInput = Pick<UsageRecord, 'source' | 'identity' | 'day' | 'tool'> & Partial<Omit<UsageRecord, 'personId'>>;

/** A complete record with personId null (the runner resolves people). */
export function usageRecord(input: RecordInput): UsageRecord {
  return {
    model: '',
    inputTokens: 0,
    outputTokens: 0,
    cachedTokens: 0,
    requests: 0,
    costMicros: 0,
    activity: {},
    ...input,
    personId: null,
  };
}

/**
 * Sums records that share the store's upsert key (source, identity, day, tool, model).
 * NOTE: the store replaces on that key, so two records with one key in a pull would make
 * the second overwrite the first; importers therefore merge before yielding.
 */
export class RecordAccumulator {
  private readonly byKey = new Map<string, UsageRecord>();

  add(record: UsageRecord): void {
    const key = JSON.stringify([record.source, record.identity, record.day, record.tool, record.model]);
    const prior = this.byKey.get(key);
    if (!prior) {
      this.byKey.set(key, { ...record, activity: { ...record.activity } });
      return;
    }
    prior.inputTokens += record.inputTokens;
    prior.outputTokens += record.outputTokens;
    prior.cachedTokens += record.cachedTokens;
    prior.requests += record.requests;
    prior.costMicros += record.costMicros;
    for (const [name, count] of Object.entries(record.activity)) prior.activity[name] = (prior.activity[name] ?? 0) + count;
  }

  records(): UsageRecord[] {
    return [...this.byKey.values()];
  }
}

/** US dollars (number or decimal string) to integer micro-dollars, rounded half away from zero. */
export function usdToMicros(value: number | string): number {
  return scaleDecimal(value, 6);
}

/** Cents (number or decimal string, fractions allowed) to integer micro-dollars: × 10,000. */
export function centsToMicros(value: number | string): number {
  return scaleDecimal(value, 4);
}

/**
 * Multiplies a decimal by 10^shift and rounds, working on the digits so that e.g. 0.07 USD is
 * exactly 70,000 micros and "123.78912" cents is 1,237,891 rather than a float product.
 */
function scaleDecimal(value: number | string, shift: number): number {
  const text = typeof value === 'number' ? String(value) : value.trim();
  const match = /^([-+]?)(\d*)(?:\.(\d*))?$/.exec(text);
  if (!match || (match[2] === '' && !match[3])) {
    const n = Number(text);
    if (!Number.isFinite(n)) throw new RangeError(`not a decimal amount: ${text}`);
    return Math.round(n * 10 ** shift);
  }
  const [, sign, whole = '', fraction = ''] = match;
  const padded = fraction.padEnd(shift + 1, '0');
  const units = Number(`${whole || '0'}${padded.slice(0, shift)}`);
  const rounded = units + (Number(padded[shift]) >= 5 ? 1 : 0);
  return sign === '-' ? -rounded : rounded;
}

/** A money amount: a number, or a decimal string as some providers send. */
export const isDecimal = (v: number | string): boolean =>
  typeof v === 'number' ? Number.isFinite(v) : /^[-+]?(\d+(\.\d*)?|\.\d+)$/.test(v.trim());

/** UTC day of a Unix time in seconds. */
export const dayFromUnix = (seconds: number): IsoDate => new Date(seconds * 1000).toISOString().slice(0, 10);

/** UTC day of an RFC 3339 timestamp or a bare `YYYY-MM-DD`; null when unreadable. */
export function dayFromTimestamp(value: string): IsoDate | null {
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return Number.isNaN(Date.parse(`${value}T00:00:00Z`)) ? null : value;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? null : new Date(ms).toISOString().slice(0, 10);
}

/** Midnight UTC of a day, in milliseconds. */
export const midnightMs = (day: IsoDate): number => Date.parse(`${day}T00:00:00Z`);

/** The day after. */
export const nextDay = (day: IsoDate): IsoDate => new Date(midnightMs(day) + 86_400_000).toISOString().slice(0, 10);

/** Every day of the range, in order. */
export function daysOf(range: DayRange): IsoDate[] {
  const days: IsoDate[] = [];
  for (let d = range.from; d <= range.to; d = nextDay(d)) days.push(d);
  return days;
}

export const inRange = (day: IsoDate, range: DayRange): boolean => day >= range.from && day <= range.to;

/**
 * Validates one provider item. On failure the item becomes a rejection at `location`,
 * so one odd row never stops the import.
 */
export function parseItem<T>(schema: z.ZodType<T>, item: unknown, location: string, rejected: Rejection[]): T | null {
  const parsed = schema.safeParse(item);
  if (parsed.success) return parsed.data;
  rejected.push({ location, reason: describeZodError(parsed.error), raw: rawText(item) });
  return null;
}

/** The item as JSON, cut to keep rejected rows small. */
export function rawText(item: unknown): string {
  const text = typeof item === 'string' ? item : JSON.stringify(item) ?? String(item);
  return text.length > 2_000 ? `${text.slice(0, 2_000)}…` : text;
}

/** A token or activity count: a whole number, never negative. */
export const count = z.number().int().nonnegative();
/** A count a provider may omit or send as null: read as 0. */
export const optionalCount = count.nullish().transform((v) => v ?? 0);
/** A money amount as a number or a decimal string. */
export const decimal = z.union([z.number(), z.string()]).refine(isDecimal, 'must be a decimal amount');

/**
 * Follows a cursor-paginated endpoint to the end, yielding each page with its 1-based number.
 * A cursor that comes back twice would loop forever, so it is a bad response.
 */
export async function* followCursor<P>(
  label: string,
  fetchPage: (cursor: string | undefined) => Promise<P>,
  nextCursor: (page: P) => string | undefined,
): AsyncGenerator<{ page: P; pageNo: number }> {
  const seen = new Set<string>();
  let cursor: string | undefined;
  for (let pageNo = 1; ; pageNo++) {
    const page = await fetchPage(cursor);
    yield { page, pageNo };
    cursor = nextCursor(page);
    if (cursor === undefined) return;
    if (seen.has(cursor)) throw new UsageSourceError('SOURCE.BAD_RESPONSE', `${label} returned the same page cursor twice, so its pages cannot be followed to the end.`);
    seen.add(cursor);
  }
}
