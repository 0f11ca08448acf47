/** Helpers for importer tests: drain a pull and total its records by identity or day. */
import type { UsageRecord } from '../../src/core/types.js';
import type { DayRange, UsageBatch, UsageSource, UsageSourceError } from '../../src/app/ports/index.js';

/** Every batch of a pull, merged into one. */
export async function drain(source: UsageSource, range: DayRange): Promise<Required<UsageBatch>> {
  const all: Required<UsageBatch> = { records: [], rejected: [], identityEmails: {} };
  for await (const batch of source.pull(range)) {
    all.records.push(...batch.records);
    all.rejected.push(...batch.rejected);
    Object.assign(all.identityEmails, batch.identityEmails ?? {});
  }
  return all;
}

type Numeric = 'inputTokens' | 'outputTokens' | 'cachedTokens' | 'requests' | 'costMicros';

/** Sums one field of the records grouped by `key`. */
export function totals(records: UsageRecord[], key: (r: UsageRecord) => string, field: Numeric): Record<string, number> {
  const out: Record<string, number> = {};
  for (const r of records) out[key(r)] = (out[key(r)] ?? 0) + r[field];
  return out;
}

/** Sums one activity count grouped by `key` (absent counts are 0). */
export function activityTotals(records: UsageRecord[], key: (r: UsageRecord) => string, name: string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const r of records) out[key(r)] = (out[key(r)] ?? 0) + (r.activity[name] ?? 0);
  return out;
}

/** The error a pull throws, or a failure when it does not throw. */
export async function pullError(source: UsageSource, range: DayRange): Promise<UsageSourceError> {
  try {
    await drain(source, range);
  } catch (error) {
    return error as UsageSourceError;
  }
  throw new Error('expected the pull to fail');
}
