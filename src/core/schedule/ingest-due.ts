/**
 * When the daily usage pull of each configured source is due, and which days it reads.
 * Pure: the app supplies the source names and the time window of a tick.
 */
import type { IsoDate } from '../types.js';

const DAY_MS = 86_400_000;

export const INGEST_SCHEDULE = {
  /** The pull for UTC day D is due at D 02:00 UTC, when every provider has closed day D-1. */
  hourUtc: 2,
  /**
   * Days read by each pull: the `windowDays` full UTC days before the pull's day. Providers
   * restate recent days, so each day is read this many times; records upsert, so overlap never double counts.
   */
  windowDays: 3,
} as const;

/** One daily pull that is due. `kind`, `target` and `period` form its delivery key. */
export interface IngestDueItem {
  kind: 'ingest';
  /** `source:<name>`. */
  target: string;
  source: string;
  /** The UTC day of the pull. */
  period: IsoDate;
  due: Date;
  /** The days to read, inclusive. */
  range: { from: IsoDate; to: IsoDate };
}

/** Delivery target of a source's daily pull. */
export const sourceTarget = (name: string): string => `source:${name}`;

const dayOf = (ms: number): IsoDate => new Date(ms).toISOString().slice(0, 10);

/** The due moment of the pull for a UTC day. */
export function ingestDueAt(day: IsoDate): Date {
  return new Date(Date.parse(`${day}T00:00:00Z`) + INGEST_SCHEDULE.hourUtc * 3_600_000);
}

/** The days a pull on `day` reads: the {@link INGEST_SCHEDULE.windowDays} days before it. */
export function ingestRange(day: IsoDate): { from: IsoDate; to: IsoDate } {
  const start = Date.parse(`${day}T00:00:00Z`);
  return { from: dayOf(start - INGEST_SCHEDULE.windowDays * DAY_MS), to: dayOf(start - DAY_MS) };
}

/**
 * The pulls due at `now`: today's (UTC), from 02:00 on, one per source. NOTE: an earlier
 * day's pull is never replayed: today's window already reads the days it would have read.
 */
export function ingestDueItems(sources: readonly string[], now: Date): IngestDueItem[] {
  const period = dayOf(now.getTime());
  const due = ingestDueAt(period);
  if (now < due) return [];
  return sources.map((source) => ({ kind: 'ingest', target: sourceTarget(source), source, period, due, range: ingestRange(period) }));
}
