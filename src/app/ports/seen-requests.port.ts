/** Requests already taken, so a replayed or retried one is answered without running again. */
export interface SeenRequestStore {
  /**
   * Records every key until `expiresAt` (ISO) and returns true, or returns false and records
   * nothing when any of them is already recorded and not yet expired. Atomic across processes.
   */
  claimRequestKeys(keys: readonly string[], expiresAt: string): Promise<boolean>;
}
