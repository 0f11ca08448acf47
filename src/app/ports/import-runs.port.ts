import type { ImportRunStatus } from '../../core/types.js';

/** One ingestion run (a CSV import or a provider pull) and how it ended. */
export interface ImportRun {
  id: number;
  source: string;
  scope: string;
  trigger: string;
  actorId: number | null;
  /** `abandoned`: its process died or was killed before it could say how it ended. */
  status: ImportRunStatus;
  startedAt: string;
  finishedAt: string | null;
  read: number;
  inserted: number;
  updated: number;
  rejected: number;
  unmatched: number;
  error: string | null;
  /** `host:pid` of the process running it. */
  owner: string | null;
  /** When it last recorded progress (ISO). */
  heartbeatAt: string | null;
}

/** Counts so far, recorded per chunk so a run that dies shows how far it got. */
export type ImportProgress = Pick<ImportRun, 'read' | 'inserted' | 'updated' | 'rejected'>;

export type ImportRunOutcome = Pick<ImportRun, 'read' | 'inserted' | 'updated' | 'rejected' | 'unmatched' | 'error'> & {
  status: Exclude<ImportRunStatus, 'running'>;
};

/** Runs are recorded as `running` first, so one that died half-way is never taken as complete. */
export interface ImportRunStore {
  startImportRun(input: { source: string; scope: string; trigger: string; actorId: number | null; owner?: string }): Promise<ImportRun>;
  /** Stores the counts so far and the heartbeat; the run stays `running`. */
  recordImportProgress(id: number, progress: ImportProgress): Promise<void>;
  finishImportRun(id: number, outcome: ImportRunOutcome): Promise<ImportRun>;
  /** Newest first. */
  listImportRuns(limit: number): Promise<ImportRun[]>;
}
