/** Outbound messaging: where shiplog speaks first (check-ins, digests) and how. */
import type { Message } from '../../core/message.js';
import type { Platform } from '../../core/types.js';

/**
 * Where a message goes when shiplog speaks first (check-ins, digests): a platform-neutral
 * address. The app routes it to the `ChatPlatform` of `platform`, which resolves it (a
 * Slack id as it is; a Teams person or channel through a stored conversation reference).
 */
export type Destination =
  /** `displayName` is for display only (the console's "DM to Sam"); platforms address by id. */
  | { kind: 'person'; platform: Platform; personId: number; platformUserId: string; displayName?: string }
  | { kind: 'channel'; platform: Platform; channel: string };

/** Outbound messaging, implemented by each chat adapter. */
export interface ChatPlatform {
  readonly platform: Platform;
  /** Throws when the platform does not accept the message; the caller retries later. */
  send(to: Destination, message: Message): Promise<void>;
  /**
   * True when the platform shows the person as away (Slack status "vacationing", a Teams
   * out-of-office). Optional: platforms that cannot tell leave it out.
   */
  isAway?(platformUserId: string): Promise<boolean>;
}
