/** Where usage records come from: provider APIs and CSV files. */
import type { IsoDate, UsageRecord } from '../../core/types.js';

/** One page of a usage source, already normalised. `personId` is left null: the runner resolves people. */
export interface UsageBatch {
  records: UsageRecord[];
  /** Rows or items that could not be used, with where they were and why. */
  rejected: { location: string; reason: string; raw: string }[];
  /** Emails the source knows for its identities (e.g. OpenAI user id -> email), for matching people. */
  identityEmails?: Record<string, string>;
}

/** A date range, both ends inclusive, as UTC days. */
export interface DayRange {
  from: IsoDate;
  to: IsoDate;
}

/**
 * A provider of usage records (a CSV file, OpenAI, Anthropic, Copilot, Cursor). Follows the
 * source's pagination to the end. Throws `UsageSourceError` for failures that stop the pull
 * (bad key, provider down after retries), so nothing partial is taken as complete.
 */
export interface UsageSource {
  readonly name: string;
  pull(range: DayRange): AsyncIterable<UsageBatch>;
}

/** A usage CSV to read: a local file (console, CLI) or a byte stream (a chat attachment). */
export type CsvInput =
  | { kind: 'path'; path: string }
  | { kind: 'stream'; name: string; stream: AsyncIterable<Uint8Array | string> };

/** Opens a usage CSV (either dialect) as a source; problems surface when it is pulled. */
export type CsvReader = (input: CsvInput) => UsageSource;

/** A pull that cannot go on, said in one sentence for an admin. */
export class UsageSourceError extends Error {
  override readonly name = 'UsageSourceError';
  constructor(
    readonly code: 'SOURCE.AUTH' | 'SOURCE.UNAVAILABLE' | 'SOURCE.BAD_RESPONSE' | 'SOURCE.NOT_CONFIGURED' | 'SOURCE.BAD_INPUT' | 'SOURCE.INTERRUPTED',
    message: string,
  ) {
    super(message);
  }
}
