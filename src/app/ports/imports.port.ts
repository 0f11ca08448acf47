/** Rows an import could not use, kept so an admin can see where and why. */
export interface RejectedRow {
  importId: string;
  source: string;
  location: string;
  reason: string;
  raw: string;
}

/** Stores and lists rejected import rows. */
export interface ImportStore {
  addRejectedRows(rows: RejectedRow[]): Promise<void>;
  listRejectedRows(importId: string): Promise<RejectedRow[]>;
}
