/** Outbound messaging: where shiplog speaks first (check-ins, digests) and how. */
import type { Message } from '../../core/message.js';
import type { Platform } from '../../core/types.js';

/** Where a message goes when shiplog speaks first (check-ins, digests). */
export type Destination =
  /** `displayName` is for display only (the console's "DM to Sam"); platforms address by id. */
  | { kind: 'person'; personId: number; platformUserId: string; displayName?: string }
  | { kind: 'channel'; channel: string };

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
