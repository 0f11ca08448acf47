import { TurnContext, type CloudAdapter, type ConversationReference } from 'botbuilder';
import { RecipientUnreachableError, type ChatPlatform, type ConversationReferenceStore, type Destination, type Message } from '../../src/index.js';
import { DEFAULT_RETRY, PER_CONVERSATION, PER_TENANT, RETRYABLE, retryDelay, SlidingWindows, type RetryPolicy } from './pacing.js';
import { messageActivities, personalActivities, type OutgoingActivity } from './activities.js';
import type { FileOffers } from './file-offers.js';
import { channelKey, personKey, SERVICE_KEY } from './reference-keys.js';
import type { TeamsLog } from './teams-log.js';

/** Options for {@link createTeamsChat}. */
export interface TeamsChatOptions {
  adapter: CloudAdapter;
  /** The bot's Microsoft App Id; empty in anonymous (local testing) mode. */
  appId: string;
  references: ConversationReferenceStore;
  /** Where files for a person wait for their consent. */
  offers: FileOffers;
  log: TeamsLog;
  retry?: RetryPolicy;
  sleep?: (ms: number) => Promise<void>;
  now?: () => number;
}

/** Outbound Teams messaging that can also be drained on shutdown. */
export interface TeamsChat extends ChatPlatform {
  /** A person's 1:1 chat by their Teams id (private answers to channel commands). */
  sendToUser(userId: string, message: Message): Promise<void>;
  drain(): Promise<void>;
}

const sleepFor = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));
const AUDIENCE = 'https://api.botframework.com';

/** What a failed connector call says: status, Retry-After, and whether the person blocked the bot. */
function failureOf(error: unknown): { status: number | null; retryAfter: number | null; blocked: boolean } {
  const e = error as { statusCode?: number; response?: { headers?: { get?(name: string): string | undefined }; bodyAsText?: string }; message?: string };
  const header = e.response?.headers?.get?.('retry-after');
  const text = `${e.response?.bodyAsText ?? ''} ${e.message ?? ''}`;
  return { status: typeof e.statusCode === 'number' ? e.statusCode : null, retryAfter: header ? Number(header) : null, blocked: e.statusCode === 403 && /MessageWritesBlocked/.test(text) };
}

/**
 * Drops the Azure pipeline's own retry policy from this turn's connector client: it retries
 * 429 and 5xx by itself (but not 412) on its own clock, so sends would be retried twice and
 * never paced. shiplog's policy below is then the only one.
 */
function withoutSdkRetries(context: TurnContext): void {
  const connector = context.turnState.get<{ client?: { pipeline?: { removePolicy(policy: { name: string }): unknown } } } | undefined>(context.adapter.ConnectorClientKey);
  connector?.client?.pipeline?.removePolicy({ name: 'defaultRetryPolicy' });
}

/**
 * shiplog speaking first on Teams (check-ins, digests, private answers to channel commands).
 * A destination is resolved to a stored conversation reference; a person who never wrote to
 * the bot gets a new 1:1 conversation (the app must be installed for them or in a team of
 * theirs). Sends go one at a time, paced to Teams' per-conversation and per-tenant limits;
 * 429/412/502/504 are retried with backoff and jitter; 403 MessageWritesBlocked marks the
 * address unreachable and stops further sends to it.
 */
export function createTeamsChat(options: TeamsChatOptions): TeamsChat {
  const retry = options.retry ?? DEFAULT_RETRY;
  const sleep = options.sleep ?? sleepFor;
  const now = options.now ?? Date.now;
  const perConversation = new SlidingWindows(PER_CONVERSATION);
  const perTenant = new SlidingWindows(PER_TENANT);
  let queue: Promise<void> = Promise.resolve();

  const paced = async (conversationId: string, tenantId: string, call: () => Promise<unknown>): Promise<void> => {
    for (let attempt = 1; ; attempt++) {
      const wait = Math.max(perConversation.delay(conversationId, now()), perTenant.delay(tenantId, now()));
      if (wait > 0) await sleep(wait);
      perConversation.record(conversationId, now());
      perTenant.record(tenantId, now());
      try {
        await call();
        return;
      } catch (error) {
        const failure = failureOf(error);
        if (failure.status === null || !RETRYABLE.has(failure.status) || attempt > retry.retries) throw error;
        const delay = retryDelay(retry, attempt, failure.retryAfter);
        options.log.warn({ status: failure.status, attempt, delayMs: delay }, 'teams send throttled; retrying');
        await sleep(delay);
      }
    }
  };

  /**
   * The logic run inside a proactive turn. NOTE: botbuilder hands errors thrown there to
   * `onTurnError` and returns normally, so the failure is kept here and rethrown outside.
   */
  const sending = (activities: OutgoingActivity[], key: string) => {
    let failure: Error | null = null;
    const logic = async (context: TurnContext): Promise<void> => {
      try {
        await sendAll(context, activities, key);
      } catch (error) {
        failure = error instanceof Error ? error : new Error(String(error));
      }
    };
    return { logic, rethrow: () => { if (failure !== null) throw failure; } };
  };

  const sendAll = async (context: TurnContext, activities: OutgoingActivity[], key: string): Promise<void> => {
    withoutSdkRetries(context);
    const reference = TurnContext.getConversationReference(context.activity);
    const conversationId = reference.conversation?.id ?? key;
    const tenantId = reference.conversation?.tenantId ?? '';
    try {
      for (const activity of activities) await paced(conversationId, tenantId, () => context.sendActivity(activity));
    } catch (error) {
      if (!failureOf(error).blocked) throw error;
      await options.references.markUnreachable('teams', key, 'MessageWritesBlocked', new Date(now()));
      throw new RecipientUnreachableError(`Teams refused messages to ${key} (blocked or uninstalled)`);
    }
  };

  /** Sends in the conversation of `reference`. */
  const continueIn = async (reference: Partial<ConversationReference>, activities: OutgoingActivity[], key: string): Promise<void> => {
    const run = sending(activities, key);
    await options.adapter.continueConversationAsync(options.appId, reference, run.logic);
    run.rethrow();
  };

  const serviceReference = async (): Promise<Partial<ConversationReference>> => {
    const stored = await options.references.getConversationReference('teams', SERVICE_KEY);
    if (stored === null) throw new Error('no Teams conversation is known yet: install the app in a team or chat with it first');
    return JSON.parse(stored.reference) as Partial<ConversationReference>;
  };

  const toPerson = async (userId: string, activities: OutgoingActivity[]): Promise<void> => {
    const key = personKey(userId);
    const stored = await options.references.getConversationReference('teams', key);
    if (stored?.unreachableSince) throw new RecipientUnreachableError(`Teams refused messages to ${key} since ${stored.unreachableSince}`);
    if (stored !== null) return continueIn(JSON.parse(stored.reference) as Partial<ConversationReference>, activities, key);
    // NOTE: never wrote to the bot: open the 1:1 chat (Teams allows it where the app is installed for them or their team).
    const service = await serviceReference();
    const tenantId = service.conversation?.tenantId ?? '';
    const parameters = { isGroup: false, bot: service.bot ?? { id: '', name: '' }, members: [{ id: userId, name: '' }], tenantId, channelData: { tenant: { id: tenantId } } };
    const run = sending(activities, key);
    await options.adapter.createConversationAsync(options.appId, 'msteams', service.serviceUrl ?? '', AUDIENCE, parameters, async (context) => {
      const { activityId: _reply, ...reference } = { ...TurnContext.getConversationReference(context.activity), user: { id: userId, name: '' } };
      await options.references.saveConversationReference('teams', key, JSON.stringify(reference), new Date(now()));
      await run.logic(context);
    });
    run.rethrow();
  };

  const toChannel = async (channel: string, activities: OutgoingActivity[]): Promise<void> => {
    const key = channelKey(channel);
    const stored = await options.references.getConversationReference('teams', key);
    if (stored?.unreachableSince) throw new RecipientUnreachableError(`Teams refused messages to ${key} since ${stored.unreachableSince}`);
    const reference: Partial<ConversationReference> =
      stored !== null
        ? (JSON.parse(stored.reference) as Partial<ConversationReference>)
        : // A channel of a team the bot is in: its id is the conversation to post a new thread to.
          await serviceReference().then((s) => ({ ...s, conversation: { id: channel, isGroup: true, conversationType: 'channel', tenantId: s.conversation?.tenantId, name: '' } }));
    return continueIn(reference, activities, key);
  };

  const enqueue = (send: () => Promise<void>): Promise<void> => {
    const sent = queue.then(send);
    queue = sent.catch(() => undefined);
    return sent;
  };

  return {
    platform: 'teams',
    send(to: Destination, message: Message): Promise<void> {
      const activities = messageActivities(message);
      return enqueue(() => (to.kind === 'person' ? toPerson(to.platformUserId, activities) : toChannel(to.channel, activities)));
    },
    sendToUser: (userId, message) => enqueue(() => toPerson(userId, personalActivities(message, userId, options.offers))),
    drain: () => queue,
  };
}
