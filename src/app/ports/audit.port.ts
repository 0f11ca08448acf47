/** The audit log: who changed what, newest first. */
import type { AuditEntry } from '../../core/types.js';

/** A new entry. Name people by id (`actorId`, `subjectId`), never in `target` or `detail`. */
export interface NewAuditEntry {
  actorId: number | null;
  action: string;
  target: string;
  detail: string;
  subjectId?: number | null;
  /** Only for entries about a forgotten person, written as they are forgotten. */
  actorPseudonym?: string | null;
  subjectPseudonym?: string | null;
}

/** Appends to and reads the audit log. */
export interface AuditStore {
  appendAudit(entry: NewAuditEntry): Promise<AuditEntry>;
  /** Newest first. */
  listAudit(limit: number): Promise<AuditEntry[]>;
}
