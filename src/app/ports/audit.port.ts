/** The audit log: who changed what, newest first. */
import type { AuditEntry } from '../../core/types.js';

export interface NewAuditEntry {
  actorId: number | null;
  action: string;
  target: string;
  detail: string;
}

/** Appends to and reads the audit log. */
export interface AuditStore {
  appendAudit(entry: NewAuditEntry): Promise<AuditEntry>;
  /** Newest first. */
  listAudit(limit: number): Promise<AuditEntry[]>;
}
