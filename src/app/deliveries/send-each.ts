/**
 * One delivery to several destinations (a digest to a channel and each lead): each
 * destination is recorded on its own, so a retry after a failed second send does not send
 * the first again, and a recipient the platform refuses for good does not hold up the rest.
 */
import type { Message } from '../../core/message.js';
import { RecipientUnreachableError, type DeliveryStore, type Destination } from '../ports/index.js';
import { destinationKey, type Outbox } from './outbox.js';

/** The delivery being sent: its claim key. */
export interface DeliveryKey {
  kind: string;
  target: string;
  period: string;
}

/** What happened per destination; `unreachable` ones were skipped for good. */
export interface EachReport {
  sent: number;
  already: number;
  unreachable: Destination[];
}

/**
 * Sends `message` to every destination not yet reached for `key`. Throws the first failure
 * (after recording it), so the caller retries the delivery; the caller must hold `key`'s claim.
 */
export async function sendToEach(deps: { store: DeliveryStore; outbox: Outbox }, key: DeliveryKey, to: Destination[], message: Message, now: Date): Promise<EachReport> {
  const report: EachReport = { sent: 0, already: 0, unreachable: [] };
  const kind = `${key.kind}:to`;
  for (const d of to) {
    const target = `${key.target}>${destinationKey(d)}`;
    const done = await deps.store.getDelivery(kind, target, key.period);
    if (done?.status === 'sent') {
      report.already++;
      continue;
    }
    // NOTE: the delivery's own claim makes this caller the only sender; the sub-claim only records.
    await deps.store.claimDelivery(kind, target, key.period, now, new Date(now.getTime() + 1));
    try {
      await deps.outbox.send(d, message);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      if (error instanceof RecipientUnreachableError) {
        await deps.store.completeDelivery(kind, target, key.period, 'skipped', now, { error: reason });
        report.unreachable.push(d);
        continue;
      }
      await deps.store.completeDelivery(kind, target, key.period, 'failed', now, { error: reason });
      throw error;
    }
    await deps.store.completeDelivery(kind, target, key.period, 'sent', now, {});
    report.sent++;
  }
  return report;
}
