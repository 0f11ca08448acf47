import { randomBytes } from 'node:crypto';
import type { RequestListener } from 'node:http';
import { ActivityTypes, CloudAdapter, ConfigurationBotFrameworkAuthentication, type TurnContext } from 'botbuilder';
import type { ConversationReferenceStore, ShiplogApp } from '../../src/index.js';
import { createFileOffers } from './file-offers.js';
import { bridgeResponse, createBodyGate, MAX_BODY_BYTES, MAX_PENDING_BODIES, readBody, refuse, refuseUnread } from './http-bridge.js';
import type { RetryPolicy } from './pacing.js';
import { createTeamsChat, type TeamsChat } from './teams-chat.js';
import type { TeamsLog } from './teams-log.js';
import { createProfileLookup, handleTurn } from './teams-turn.js';

/** Where the Bot Connector (Teams, the Agents Playground) posts activities. */
export const TEAMS_MESSAGES_PATH = '/api/messages';

/** Options for {@link createTeamsAdapter}; the credentials keep botbuilder's own names. */
export interface TeamsAdapterOptions {
  /** Empty: botbuilder accepts every request unauthenticated (local testing only). */
  MicrosoftAppId: string | undefined;
  MicrosoftAppPassword: string | undefined;
  MicrosoftAppType: string | undefined;
  MicrosoftAppTenantId: string | undefined;
  references: ConversationReferenceStore;
  log: TeamsLog;
  now?: () => Date;
  /** Bodies read at once before their token is checked; {@link MAX_PENDING_BODIES} by default. */
  maxPendingBodies?: number;
  /** Throttled-send retries; the docs' 3 retries between 2 s and 20 s by default. */
  retry?: RetryPolicy;
  sleep?: (ms: number) => Promise<void>;
}

/** The Teams side of shiplog: outbound messaging, and the endpoint once the app exists. */
export interface TeamsAdapter {
  chat: TeamsChat;
  /** The listener for `POST /api/messages`. */
  requestListener(app: ShiplogApp): RequestListener;
}

/**
 * The Teams adapter on botbuilder's `CloudAdapter`. Inbound requests are authenticated by
 * botbuilder (a Bot Connector JWT whose audience is the app id and whose `serviceurl`
 * claim matches the activity); errors are answered by one policy and never leak internals.
 */
export function createTeamsAdapter(options: TeamsAdapterOptions): TeamsAdapter {
  const auth = new ConfigurationBotFrameworkAuthentication({
    MicrosoftAppId: options.MicrosoftAppId ?? '',
    MicrosoftAppPassword: options.MicrosoftAppPassword ?? '',
    MicrosoftAppType: options.MicrosoftAppType ?? '',
    MicrosoftAppTenantId: options.MicrosoftAppTenantId ?? '',
  });
  const adapter = new CloudAdapter(auth);
  adapter.onTurnError = errorPolicy(options.log);
  const now = options.now ?? (() => new Date());
  const offers = createFileOffers(() => now().getTime());
  const chat = createTeamsChat({
    adapter,
    appId: options.MicrosoftAppId ?? '',
    references: options.references,
    offers,
    log: options.log,
    now: () => now().getTime(),
    ...(options.retry && { retry: options.retry }),
    ...(options.sleep && { sleep: options.sleep }),
  });
  const profiles = createProfileLookup();

  return {
    chat,
    requestListener(app) {
      const deps = { app, chat, references: options.references, offers, profiles, log: options.log, now };
      // NOTE: without an app id botbuilder authenticates nobody (local testing), so no token is asked for then.
      const gate = createBodyGate({ requireToken: (options.MicrosoftAppId ?? '') !== '', maxPending: options.maxPendingBodies ?? MAX_PENDING_BODIES });
      return (req, res) => {
        const refused = gate.admit(req);
        if (refused !== null) return refuseUnread(req, res, refused.status, refused.message, refused.headers);
        void (async () => {
          const text = await readBody(req, MAX_BODY_BYTES).finally(() => gate.done());
          if (text === null) return refuse(res, 413, 'request body too large');
          let body: unknown;
          try {
            body = JSON.parse(text);
          } catch {
            return refuse(res, 400, 'request body is not JSON');
          }
          if (typeof body !== 'object' || body === null || Array.isArray(body)) return refuse(res, 400, 'request body is not an activity');
          if (typeof (body as { type?: unknown }).type !== 'string' || (body as { type: string }).type === '') return refuse(res, 400, 'request body is not an activity: it has no type');
          const request = { body: body as Record<string, unknown>, headers: req.headers, method: req.method ?? 'POST' };
          await adapter.process(request, bridgeResponse(res), (context) => handleTurn(deps, context));
        })().catch((error: unknown) => {
          // botbuilder checks the activity's schema (zod) before authenticating and throws past its own handler.
          if (error instanceof Error && error.name === 'ZodError') return void (res.headersSent || refuse(res, 400, 'request body is not a valid activity'));
          options.log.error({ err: error instanceof Error ? error.message : String(error) }, 'teams request failed');
          if (!res.headersSent) refuse(res, 500, 'internal error');
        });
      };
    },
  };
}

/** The adapter's one error policy: log with a reference, tell the person that reference. */
function errorPolicy(log: TeamsLog): (context: TurnContext, error: Error) => Promise<void> {
  return async (context, error) => {
    const ref = randomBytes(4).toString('hex');
    log.error({ ref, err: error.message, stack: error.stack, activity: context.activity.type }, 'teams turn failed');
    const text = `Something went wrong (ref ${ref}); the error was logged. Please try again.`;
    try {
      if (context.activity.type === 'invoke') {
        await context.sendActivity({ type: ActivityTypes.InvokeResponse, value: { status: 200, body: { statusCode: 200, type: 'application/vnd.microsoft.activity.message', value: text } } });
      } else if (context.activity.type === 'message') {
        await context.sendActivity(text);
      }
    } catch {
      // NOTE: the connector may be what failed; the log already has the error.
    }
  };
}
