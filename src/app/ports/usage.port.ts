/** Usage records from providers and CSVs, and a person's own totals. */
import type { IsoDate, UsageRecord } from '../../core/types.js';

export interface UsageTotals {
  inputTokens: number;
  outputTokens: number;
  costMicros: number;
  requests: number;
}

/** Stores usage records and sums them for one person. */
export interface UsageStore {
  /** Upserts on (source, identity, day, tool, model); counts what was new and what changed. */
  upsertUsage(records: UsageRecord[]): Promise<{ inserted: number; updated: number }>;
  /** A person's own usage between two days (inclusive). */
  usageTotalsForPerson(personId: number, from: IsoDate, to: IsoDate): Promise<UsageTotals>;
}
