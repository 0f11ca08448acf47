import type { ImportRunStatus } from '../../core/types.js';

/** What a scheduled item ended as. */
export type DeliveryState = 'sent' | 'skipped' | 'failed';

/** Counts of what the app did, for the people who run it (`GET /metrics`). Absent: nothing is counted. */
export interface Telemetry {
  /** Scheduled items (check-in, reminder, digest, ingest, verify…) that reached `state`. */
  deliveries(kind: string, state: DeliveryState, count: number): void;
  /** An import or pull ended; `rows` were read. */
  importEnded(source: string, status: ImportRunStatus, rows: number): void;
}
