import { webApi } from '@slack/bolt';
import type { ChatPlatform, Destination, Message } from '../../src/index.js';
import type { SlackLog } from './listeners/deps.js';
import { createPresenceCheck } from './presence.js';
import { createRatePacer, type RatePacer } from './rate-pacer.js';
import { asRefusal, channelAccess } from './channel-access.js';
import { toBlockKit } from './to-block-kit.js';

/** Options for {@link createSlackChat}. */
export interface SlackChatOptions {
  botToken: string;
  /** Web API base URL ending in `/api/`; Slack's own when absent. */
  apiUrl?: string;
  /** Least time between two posts to one channel or DM; Slack allows about one a second. */
  perChannelGapMs?: number;
  /** Least time between any two posts; Slack allows several hundred a minute per workspace. */
  globalGapMs?: number;
  /** Least time between two status look-ups (`users.info`, Tier 4: about 100 a minute). */
  presenceGapMs?: number;
  /** How long Slack's rate window lasts: a minute; a bench that runs time faster shortens it. */
  rateWindowMs?: number;
  /** The current time, for when a Slack status expires; the wall clock by default. */
  now?: () => Date;
  /** Where failed status look-ups are reported (they count as "not away"). */
  log?: SlackLog;
}

/** Outbound Slack messaging that can also be shut down. */
export interface SlackChat extends ChatPlatform {
  /**
   * `users.info`'s tier, which the status look-ups share with the look-ups of people who write
   * to shiplog: those go first, waiting only while the window is full.
   */
  readonly usersInfo: Pick<RatePacer, 'first'>;
  /** Resolves once every queued send has finished. */
  drain(): Promise<void>;
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * shiplog speaking first (check-ins, digests) on Slack. It has its own WebClient, so a 429
 * during a weekly fan-out pauses only this client's queue (for Retry-After) and never the
 * client that answers people interactively. Posts are paced below Slack's `chat.postMessage`
 * limits so a fan-out to thousands does not turn into a storm of 429s: one channel's posts go
 * one at a time, in order, a gap apart; posts to different channels start a global gap apart
 * and may overlap. `isAway` reads the person's Slack status (a vacation or out-of-office
 * status is away), paced to its own tier.
 */
export function createSlackChat(options: SlackChatOptions): SlackChat {
  const client = new webApi.WebClient(options.botToken, {
    ...(options.apiUrl !== undefined && { slackApiUrl: options.apiUrl }),
    // A 429 waits for Retry-After and tries again; other failures retry briefly then surface.
    retryConfig: { retries: 5, factor: 2, minTimeout: 200, maxTimeout: 5000 },
    logLevel: webApi.LogLevel.ERROR,
  });
  const perChannel = options.perChannelGapMs ?? 1000;
  const windowMs = options.rateWindowMs ?? 60_000;
  const posts = createRatePacer({ gapMs: options.globalGapMs ?? 250, windowMs });
  // Per channel: the last post's answer time, and the tail of the posts still queued for it.
  const lastByChannel = new Map<string, number>();
  const tails = new Map<string, Promise<void>>();

  const post = async (channel: string, message: Message): Promise<void> => {
    const wait = (lastByChannel.get(channel) ?? 0) + perChannel - Date.now();
    if (wait > 0) await sleep(wait);
    const blocks = toBlockKit(message);
    try {
      await posts.run(() => client.chat.postMessage({ channel, ...blocks }));
    } catch (error) {
      throw asRefusal(error, channel) ?? error;
    } finally {
      lastByChannel.set(channel, Date.now());
      if (lastByChannel.size > 10_000) forgetOlderThan(lastByChannel, Date.now() - perChannel);
    }
  };

  const usersInfo = createRatePacer({ gapMs: options.presenceGapMs ?? 600, windowMs });
  const isAway = createPresenceCheck(client, { pacer: usersInfo, now: options.now ?? (() => new Date()), log: options.log });

  return {
    platform: 'slack',
    isAway,
    usersInfo,
    channelAccess: (channel) => channelAccess(client, channel),
    send(to: Destination, message: Message): Promise<void> {
      // A user id as channel opens the DM by itself (no conversations.open needed).
      const channel = to.kind === 'person' ? to.platformUserId : to.channel;
      const sent = (tails.get(channel) ?? Promise.resolve()).then(() => post(channel, message));
      const tail = sent.catch(() => undefined);
      tails.set(channel, tail);
      void tail.then(() => {
        if (tails.get(channel) === tail) tails.delete(channel);
      });
      return sent;
    },
    drain: async () => {
      while (tails.size > 0) await Promise.all(tails.values());
    },
  };
}

function forgetOlderThan(times: Map<string, number>, before: number): void {
  for (const [key, at] of times) if (at < before) times.delete(key);
}
