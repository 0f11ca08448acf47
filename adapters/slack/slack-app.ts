import { randomBytes } from 'node:crypto';
import type { RequestListener } from 'node:http';
import { App, HTTPReceiver, SocketModeReceiver, webApi, type AllMiddlewareArgs, type AnyMiddlewareArgs } from '@slack/bolt';
import type { ShiplogApp } from '../../src/index.js';
import { createAfterAck } from './after-ack.js';
import { boltLogger } from './bolt-logger.js';
import { createCallerLookup } from './callers.js';
import type { SlackLog } from './listeners/deps.js';
import { registerListeners } from './listeners/index.js';
import { judgePayload } from './payload-shape.js';
import type { RatePacer } from './rate-pacer.js';
import { DEFAULT_GUARD_LIMITS, guardSlackRequests, type GuardLimits } from './request-guard.js';

/** What Bolt hands the error handler with `extendedErrorHandler` (the last `error` overload). */
type ExtendedErrorArgs = Parameters<Parameters<App['error']>[0]>[0];

/** Where Slack sends commands, events and interactivity in HTTP mode. */
export const SLACK_EVENTS_PATH = '/slack/events';

/** Options for {@link createSlackAdapter}. */
export interface SlackAdapterOptions {
  app: ShiplogApp;
  botToken: string;
  /** Required in HTTP mode: every request's signature is checked with it. */
  signingSecret?: string;
  /** An `xapp-` token selects Socket Mode; no public URL is needed then. */
  appToken?: string;
  /** Web API base URL ending in `/api/`; Slack's own when absent. */
  apiUrl?: string;
  log: SlackLog;
  /** Milliseconds since the epoch, for the request-timestamp window. */
  now?: () => number;
  /** Slack workspace admins/owners are shiplog admins (`SLACK_ADMINS_FROM_WORKSPACE`); true by default. */
  adminsFromWorkspace?: boolean;
  /** Body size and concurrency caps of the HTTP endpoint; {@link DEFAULT_GUARD_LIMITS} by default. */
  limits?: Partial<GuardLimits>;
  /** Slash commands taken but not finished before more are answered "busy"; 500 by default (`MAX_COMMANDS_IN_HAND`). */
  commandsInHand?: number;
  /** `users.info`'s tier shared with the paced sender (`SlackChat.usersInfo`), so people's look-ups go ahead of a fan-out's. */
  usersInfo?: Pick<RatePacer, 'first'>;
}

/** The running Slack side of shiplog. */
export interface SlackAdapter {
  /** HTTP mode: the listener for `POST /slack/events`; undefined in Socket Mode. */
  requestListener: RequestListener | undefined;
  /** Checks the bot token (`auth.test`) and, in Socket Mode, connects. */
  start(): Promise<void>;
  /** Disconnects (Socket Mode) and resolves once the work after every acknowledgement has finished. */
  stop(): Promise<void>;
}

/**
 * The Slack adapter. `start()` checks the bot token, then builds the Bolt app with every
 * shiplog listener and one error policy (and, in Socket Mode, connects). In HTTP mode
 * `requestListener` can be routed before that; it answers 503 until the app is built.
 */
export function createSlackAdapter(options: SlackAdapterOptions): SlackAdapter {
  const clientOptions = options.apiUrl === undefined ? {} : { slackApiUrl: options.apiUrl };
  if (options.appToken === undefined && options.signingSecret === undefined) throw new Error('SLACK_SIGNING_SECRET is required in HTTP mode');
  let http: RequestListener | undefined;
  let socket: SocketModeReceiver | undefined;
  const inFlight = new Set<Promise<void>>();
  return {
    requestListener:
      options.appToken !== undefined
        ? undefined
        : guardSlackRequests((req, res) => (http === undefined ? void res.writeHead(503).end() : http(req, res)), {
            ...DEFAULT_GUARD_LIMITS,
            ...options.limits,
            signingSecret: options.signingSecret ?? '',
            now: options.now ?? Date.now,
            onRefused: (status, reason) => options.log.warn({ status, reason }, 'slack request refused'),
          }),
    async start() {
      const identity = await checkToken(options.botToken, clientOptions);
      const logger = boltLogger(options.log);
      let receiver: HTTPReceiver | SocketModeReceiver;
      // NOTE: Bolt hands `installerOptions.clientOptions` to its SocketModeClient, so SLACK_API_URL
      // also moves `apps.connections.open` (which names the WebSocket URL) off slack.com.
      if (options.appToken !== undefined) receiver = socket = new SocketModeReceiver({ appToken: options.appToken, logger, installerOptions: { clientOptions } });
      // The guard in front has checked the signature on the body it hands over.
      // The guard found the request's keys (signature, event id); they are claimed after the ack (after-ack.ts).
      else receiver = new HTTPReceiver({ signingSecret: options.signingSecret ?? '', endpoints: SLACK_EVENTS_PATH, logger, signatureVerification: false, customPropertiesExtractor: (req) => ({ requestKeys: (req as { requestKeys?: string[] }).requestKeys ?? [] }) });
      // Known bot ids spare Bolt its own auth.test (whose failure would be an unhandled rejection).
      // shiplog keeps no conversation state in Bolt: its per-request store look-up is skipped.
      const bolt = new App({ token: options.botToken, ...identity, receiver, logger, clientOptions, extendedErrorHandler: true, convoStore: false });
      bolt.use(tracked(inFlight));
      bolt.use(acknowledgeStrays);
      registerListeners(bolt, { app: options.app, afterAck: createAfterAck((keys) => options.app.claimRequest(keys)), lookup: createCallerLookup({ adminsFromWorkspace: options.adminsFromWorkspace ?? true, ...(options.usersInfo !== undefined && { usersInfo: options.usersInfo }) }), log: options.log, ...(options.commandsInHand !== undefined && { commandsInHand: options.commandsInHand }) });
      bolt.error(errorPolicy(bolt, options.log));
      if (receiver instanceof HTTPReceiver) http = receiver.requestListener;
      if (socket !== undefined) await socket.start();
    },
    async stop() {
      await socket?.stop();
      // NOTE: the HTTP answer is the ack; the reply and the write come after it and must not be cut off.
      await Promise.allSettled([...inFlight]);
    },
  };
}

/** Bolt's first middleware: keeps each request's whole run (listeners included) in `inFlight` until it ends. */
function tracked(inFlight: Set<Promise<void>>): (args: AnyMiddlewareArgs & AllMiddlewareArgs) => Promise<void> {
  return async ({ next }) => {
    const work = next();
    inFlight.add(work);
    try {
      await work;
    } finally {
      inFlight.delete(work);
    }
  };
}

/**
 * Socket Mode has no front door: the same judgement runs as Bolt's first middleware, so a
 * stray or malformed payload is acknowledged at once instead of timing out in a listener.
 */
async function acknowledgeStrays(args: AnyMiddlewareArgs & AllMiddlewareArgs): Promise<void> {
  if (judgePayload(args.body).kind === 'pass') return args.next();
  await (args as { ack?: () => Promise<void> }).ack?.();
}

/** The adapter's one error policy: log with a reference, and tell the person that reference. */
function errorPolicy(bolt: App, log: SlackLog): (args: ExtendedErrorArgs) => Promise<void> {
  return async ({ error, body }) => {
    const ref = randomBytes(4).toString('hex');
    log.error({ ref, err: error, code: (error as { code?: string }).code }, 'slack request failed');
    const user = userOf(body);
    if (user === undefined) return;
    await bolt.client.chat
      .postMessage({ channel: user, text: `Something went wrong (ref ${ref}); the error was logged. Please try again.` })
      .catch(() => undefined);
  };
}

/** Fails start-up at once, with Slack's reason, when the bot token is refused or Slack is unreachable. */
async function checkToken(botToken: string, clientOptions: { slackApiUrl?: string }): Promise<{ botId: string; botUserId: string }> {
  // NOTE: a separate client without long retries: Bolt's own would retry for half an hour.
  const client = new webApi.WebClient(botToken, { ...clientOptions, retryConfig: { retries: 1, minTimeout: 200 }, logLevel: webApi.LogLevel.ERROR });
  try {
    const answer = await client.auth.test();
    return { botId: answer.bot_id ?? '', botUserId: answer.user_id ?? '' };
  } catch (error) {
    const code = (error as { data?: { error?: string } }).data?.error;
    throw new Error(code !== undefined ? `Slack refused SLACK_BOT_TOKEN (${code})` : `cannot reach the Slack Web API: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** The Slack user a request came from, when the body names one. */
function userOf(body: unknown): string | undefined {
  const b = body as { user_id?: unknown; user?: { id?: unknown }; event?: { user?: unknown } } | undefined;
  if (typeof b?.user_id === 'string') return b.user_id;
  if (typeof b?.user?.id === 'string') return b.user.id;
  if (typeof b?.event?.user === 'string') return b.event.user;
  return undefined;
}
