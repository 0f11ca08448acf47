import { webApi } from '@slack/bolt';
import type { ChatPlatform, Destination, Message } from '../../src/index.js';
import type { SlackLog } from './listeners/deps.js';
import { createPresenceCheck } from './presence.js';
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
  /** The current time, for when a Slack status expires; the wall clock by default. */
  now?: () => Date;
  /** Where failed status look-ups are reported (they count as "not away"). */
  log?: SlackLog;
}

/** Outbound Slack messaging that can also be shut down. */
export interface SlackChat extends ChatPlatform {
  /** Resolves once every queued send has finished. */
  drain(): Promise<void>;
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * shiplog speaking first (check-ins, digests) on Slack. It has its own WebClient, so a 429
 * during a weekly fan-out pauses only this client's queue (for Retry-After) and never the
 * client that answers people interactively. Sends go one at a time, paced below Slack's
 * `chat.postMessage` limits so a fan-out to thousands does not turn into a storm of 429s.
 * `isAway` reads the person's Slack status (a vacation or out-of-office status is away).
 */
export function createSlackChat(options: SlackChatOptions): SlackChat {
  const client = new webApi.WebClient(options.botToken, {
    ...(options.apiUrl !== undefined && { slackApiUrl: options.apiUrl }),
    // A 429 waits for Retry-After and tries again; other failures retry briefly then surface.
    retryConfig: { retries: 5, factor: 2, minTimeout: 200, maxTimeout: 5000 },
    logLevel: webApi.LogLevel.ERROR,
  });
  const perChannel = options.perChannelGapMs ?? 1000;
  const global = options.globalGapMs ?? 250;
  const lastByChannel = new Map<string, number>();
  let lastAny = 0;
  let queue: Promise<void> = Promise.resolve();

  const post = async (channel: string, message: Message): Promise<void> => {
    const readyAt = Math.max(lastAny + global, (lastByChannel.get(channel) ?? 0) + perChannel);
    const wait = readyAt - Date.now();
    if (wait > 0) await sleep(wait);
    try {
      await client.chat.postMessage({ channel, ...toBlockKit(message) });
    } catch (error) {
      throw asRefusal(error, channel) ?? error;
    } finally {
      lastAny = Date.now();
      lastByChannel.set(channel, lastAny);
      if (lastByChannel.size > 10_000) lastByChannel.clear();
    }
  };

  const isAway = createPresenceCheck(client, { gapMs: options.presenceGapMs ?? 600, now: options.now ?? (() => new Date()), log: options.log });

  return {
    platform: 'slack',
    isAway,
    channelAccess: (channel) => channelAccess(client, channel),
    send(to: Destination, message: Message): Promise<void> {
      // A user id as channel opens the DM by itself (no conversations.open needed).
      const channel = to.kind === 'person' ? to.platformUserId : to.channel;
      const sent = queue.then(() => post(channel, message));
      queue = sent.catch(() => undefined);
      return sent;
    },
    drain: () => queue,
  };
}
