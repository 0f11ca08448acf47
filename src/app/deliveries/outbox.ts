/** The configured chat platforms as one place to send through, routing each destination to its own. */
import type { Message } from '../../core/message.js';
import type { Person, Platform } from '../../core/types.js';
import type { ChatPlatform, Destination } from '../ports/index.js';

/** Sends through whichever configured platform a destination belongs to. */
export interface Outbox {
  /** The platforms configured, in the order given. */
  readonly platforms: readonly Platform[];
  /** Throws when the destination's platform is not configured, or its platform refuses. */
  send(to: Destination, message: Message): Promise<void>;
  /** Whether the person's platform shows them away; false where it cannot tell. */
  isAway(person: Person): Promise<boolean>;
}

/** One outbox over several platforms; null when there is none. Two of one platform is a wiring bug. */
export function createOutbox(platforms: readonly ChatPlatform[]): Outbox | null {
  if (platforms.length === 0) return null;
  const byPlatform = new Map<Platform, ChatPlatform>();
  for (const p of platforms) {
    if (byPlatform.has(p.platform)) throw new Error(`two chat platforms for ${p.platform}`);
    byPlatform.set(p.platform, p);
  }
  return {
    platforms: [...byPlatform.keys()],
    send(to, message) {
      const platform = byPlatform.get(to.platform);
      if (!platform) return Promise.reject(new Error(`${to.platform} is not configured in this shiplog`));
      return platform.send(to, message);
    },
    async isAway(person) {
      const platform = byPlatform.get(person.platform);
      return platform?.isAway ? platform.isAway(person.platformUserId) : false;
    },
  };
}

/** A stable name for a destination, for per-destination delivery claims. */
export const destinationKey = (to: Destination): string => (to.kind === 'person' ? `${to.platform}:person:${to.personId}` : `${to.platform}:channel:${to.channel}`);
