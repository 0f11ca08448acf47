import type { ImportRunStatus } from '../../core/types.js';

/** One ingestion run (a CSV import or a provider pull) and how it ended. */
export interface ImportRun {
  id: number;
  source: string;
  scope: string;
  trigger: string;
  actorId: number | null;
  status: ImportRunStatus;
  startedAt: string;
  finishedAt: string | null;
  read: number;
  inserted: number;
  updated: number;
  rejected: number;
  unmatched: number;
  error: string | null;
}

export type ImportRunOutcome = Pick<ImportRun, 'read' | 'inserted' | 'updated' | 'rejected' | 'unmatched' | 'error'> & {
  status: Exclude<ImportRunStatus, 'running'>;
};

/** Runs are recorded as `running` first, so one that died half-way is never taken as complete. */
export interface ImportRunStore {
  startImportRun(input: { source: string; scope: string; trigger: string; actorId: number | null }): Promise<ImportRun>;
  finishImportRun(id: number, outcome: ImportRunOutcome): Promise<ImportRun>;
  /** Newest first. */
  listImportRuns(limit: number): Promise<ImportRun[]>;
}
