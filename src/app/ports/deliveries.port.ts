/** Delivery claims: how a digest, check-in or pull happens once across restarts and instances. */
import type { DeliveryStatus } from '../../core/types.js';

export type { DeliveryStatus };

export interface Delivery {
  kind: string;
  target: string;
  period: string;
  status: DeliveryStatus;
  attempts: number;
  claimedAt: string;
  sentAt: string | null;
  lastError: string | null;
  /** What was sent, for history (e.g. a digest's message model as JSON). */
  payload: string | null;
}

/** Claims, completes and reads deliveries keyed by (kind, target, period). */
export interface DeliveryStore {
  /**
   * Claims (kind, target, period). True when this caller now owns the delivery: it was
   * new, or an earlier claim is older than `staleBefore` and never completed.
   */
  claimDelivery(kind: string, target: string, period: string, now: Date, staleBefore: Date): Promise<boolean>;
  completeDelivery(kind: string, target: string, period: string, status: 'sent' | 'failed' | 'skipped', now: Date, detail: { payload?: string; error?: string }): Promise<void>;
  getDelivery(kind: string, target: string, period: string): Promise<Delivery | null>;
  listDeliveries(kind: string, target: string, limit: number): Promise<Delivery[]>;
}
