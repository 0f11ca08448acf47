/**
 * When the daily retention purge is due and what it cuts off. Pure: the app supplies the
 * time of a tick and the workspace's `retention-days`.
 */
import type { IsoDate } from '../types.js';

const DAY_MS = 86_400_000;

/** The purge for UTC day D is due at D 03:00 UTC, after the 02:00 usage pull. */
export const RETENTION_HOUR_UTC = 3;

/** The day's purge: its delivery key and the first day that is kept. */
export interface RetentionDueItem {
  kind: 'retention';
  target: 'workspace';
  /** The UTC day of the purge. */
  period: IsoDate;
  /** Rows dated before this day go; this day and later stay. */
  cutoff: IsoDate;
}

/** The first day kept when purging on `day` with `retentionDays`: today and the days before it, that many in all. */
export function retentionCutoff(day: IsoDate, retentionDays: number): IsoDate {
  return new Date(Date.parse(`${day}T00:00:00Z`) - (retentionDays - 1) * DAY_MS).toISOString().slice(0, 10);
}

/** Today's purge (UTC) once its hour has come; null before. */
export function retentionDue(now: Date, retentionDays: number): RetentionDueItem | null {
  const period = now.toISOString().slice(0, 10);
  if (now.getUTCHours() < RETENTION_HOUR_UTC) return null;
  return { kind: 'retention', target: 'workspace', period, cutoff: retentionCutoff(period, retentionDays) };
}
