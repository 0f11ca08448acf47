import type { webApi } from '@slack/bolt';
import { statusMeansAway, type PlatformStatus } from '../../src/index.js';
import type { SlackLog } from './listeners/deps.js';
import type { RatePacer } from './rate-pacer.js';

/** Options for {@link createPresenceCheck}. */
export interface PresenceOptions {
  /** Paces `users.info` to its tier (Tier 4: about 100 a minute). */
  pacer: RatePacer;
  /** The current time, for a status's expiration. */
  now: () => Date;
  log: SlackLog | undefined;
}

/** The status fields of a `users.info` answer, with Slack's "no end" (0) kept as given. */
function statusOf(user: webApi.UsersInfoResponse['user']): PlatformStatus {
  const profile = user?.profile;
  return { text: profile?.status_text ?? '', emoji: profile?.status_emoji ?? '', expiration: profile?.status_expiration ?? null };
}

/**
 * Asks Slack for a person's status (`users.info`, scope `users:read`) and lets the core
 * decide whether it means away. Calls are paced to the method's tier (starts a gap apart,
 * overlapping when an answer is slow), so a weekly fan-out asks about thousands of people
 * without a storm of 429s.
 */
export function createPresenceCheck(client: webApi.WebClient, options: PresenceOptions): (userId: string) => Promise<boolean> {
  return async (userId) => {
    try {
      const { user } = await options.pacer.run(() => client.users.info({ user: userId }));
      return statusMeansAway(statusOf(user), options.now());
    } catch (error) {
      // NOTE: an unreadable status must not cost anyone their check-in: unknown counts as present.
      const code = (error as { data?: { error?: string } }).data?.error;
      options.log?.warn({ userId, code, err: error instanceof Error ? error.message : String(error) }, 'slack presence unknown; treated as not away');
      return false;
    }
  };
}
