import { randomBytes } from 'node:crypto';
import type { RequestListener } from 'node:http';
import { App, HTTPReceiver, SocketModeReceiver } from '@slack/bolt';
import type { ShiplogApp } from '../../src/index.js';
import { boltLogger } from './bolt-logger.js';
import { createCallerLookup } from './callers.js';
import type { SlackLog } from './listeners/deps.js';
import { registerListeners } from './listeners/index.js';
import { rejectStaleOrFuture } from './request-freshness.js';

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
}

/** The running Slack side of shiplog. */
export interface SlackAdapter {
  /** HTTP mode: the listener for `POST /slack/events`; undefined in Socket Mode. */
  requestListener: RequestListener | undefined;
  /** Checks the bot token (`auth.test`) and, in Socket Mode, connects. */
  start(): Promise<void>;
  stop(): Promise<void>;
}

/** Builds the Bolt app with every shiplog listener and one error policy. */
export function createSlackAdapter(options: SlackAdapterOptions): SlackAdapter {
  const logger = boltLogger(options.log);
  const clientOptions = options.apiUrl === undefined ? {} : { slackApiUrl: options.apiUrl };
  const socketMode = options.appToken !== undefined;
  let httpReceiver: HTTPReceiver | undefined;
  let receiver: HTTPReceiver | SocketModeReceiver;
  if (options.appToken !== undefined) {
    receiver = new SocketModeReceiver({ appToken: options.appToken, logger });
  } else {
    if (options.signingSecret === undefined) throw new Error('SLACK_SIGNING_SECRET is required in HTTP mode');
    httpReceiver = new HTTPReceiver({ signingSecret: options.signingSecret, endpoints: SLACK_EVENTS_PATH, logger });
    receiver = httpReceiver;
  }
  const bolt = new App({ token: options.botToken, receiver, logger, clientOptions, extendedErrorHandler: true });
  registerListeners(bolt, { app: options.app, lookup: createCallerLookup(), log: options.log });
  bolt.error(async ({ error, body, context }: ExtendedErrorArgs) => {
    // NOTE: the adapter's one error policy: log with a reference and tell the person it.
    const ref = randomBytes(4).toString('hex');
    options.log.error({ ref, err: error, code: (error as { code?: string }).code }, 'slack request failed');
    const user = userOf(body);
    if (user === undefined || context.botToken === undefined) return;
    await bolt.client.chat
      .postMessage({ channel: user, text: `Something went wrong (ref ${ref}); the error was logged. Please try again.` })
      .catch(() => undefined);
  });
  return {
    requestListener: httpReceiver === undefined ? undefined : rejectStaleOrFuture(httpReceiver.requestListener, options.now),
    async start() {
      await bolt.client.auth.test();
      if (socketMode) await (receiver as SocketModeReceiver).start();
    },
    async stop() {
      if (socketMode) await (receiver as SocketModeReceiver).stop();
    },
  };
}

/** The Slack user a request came from, when the body names one. */
function userOf(body: unknown): string | undefined {
  const b = body as { user_id?: unknown; user?: { id?: unknown } | unknown; event?: { user?: unknown } } | undefined;
  if (typeof b?.user_id === 'string') return b.user_id;
  if (typeof b?.user === 'object' && b.user !== null && typeof (b.user as { id?: unknown }).id === 'string') return (b.user as { id: string }).id;
  if (typeof b?.event?.user === 'string') return b.event.user;
  return undefined;
}
