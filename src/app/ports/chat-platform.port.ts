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
  /**
   * Whether shiplog can post in a channel (Slack: the bot is a member). Optional:
   * platforms that cannot tell, or need no membership, leave it out.
   */
  channelAccess?(channel: string): Promise<ChannelAccess>;
}

/**
 * Whether shiplog can post in a channel: `ok`, or why not with the fix in the platform's
 * own words (`/invite @shiplog`), or `unknown` when the platform could not say.
 */
export type ChannelAccess = { status: 'ok' } | { status: 'refused'; reason: string; fix: string } | { status: 'unknown' };

/**
 * A send the platform refused for a reason an admin can fix (the bot is not in the
 * channel, the channel was archived). `message` says what, `fix` what to do about it.
 */
export class PlatformRefusal extends Error {
  constructor(
    message: string,
    /** What an admin should do, in the platform's own words. */
    readonly fix: string,
  ) {
    super(message);
    this.name = 'PlatformRefusal';
  }
}

/** What went wrong with a send, and the fix when the platform named one. */
export function sendFailure(error: unknown): { reason: string; fix: string | null } {
  if (error instanceof PlatformRefusal) return { reason: error.message, fix: error.fix };
  return { reason: error instanceof Error ? error.message : String(error), fix: null };
}
