/* eslint-disable @typescript-eslint/no-explicit-any -- Slack payloads are JSON as sent on the wire; tests read them untyped on purpose. */
/** The real Slack adapter on the real HTTP server and app, against the fake Slack Web API. */
import type { SlackLog } from '../../../adapters/slack/listeners/deps.js';
import type { GuardLimits } from '../../../adapters/slack/request-guard.js';
import { createSlackAdapter, SLACK_EVENTS_PATH, type SlackAdapter } from '../../../adapters/slack/slack-app.js';
import type { AppDeps } from '../../../src/app/context.js';
import { startHttpServer, type RunningServer } from '../../../src/http-server.js';
import { makeHarness, type Harness } from '../../support/app-harness.js';
import { startFakeSlackApi, type FakeSlackApi } from '../../support/fake-slack-api.js';
import { fixture, sendCommand, sendEvent, sendInteraction, type SignedOptions, type SlackResponse } from '../../support/slack-requests.js';

export const SECRET = '8f742231b10e8888abcd99yyyzzz85a5';

export interface SlackHarness {
  h: Harness;
  api: FakeSlackApi;
  server: RunningServer;
  url: string;
  command(text: string, extra?: Record<string, string>, options?: Partial<SignedOptions>): Promise<SlackResponse>;
  interact(payload: object, options?: Partial<SignedOptions>): Promise<SlackResponse>;
  event(envelope: object, options?: Partial<SignedOptions>): Promise<SlackResponse>;
  /** The shiplog person behind a Slack user id. */
  person(userId: string): ReturnType<Harness['store']['findPersonByPlatformId']>;
  close(): Promise<void>;
}

const quiet = { debug() {}, info() {}, warn() {}, error() {} };

/** Adapter settings a test may change. */
export interface SlackHarnessOptions {
  adminsFromWorkspace?: boolean;
  log?: SlackLog;
  limits?: Partial<GuardLimits>;
  /** App settings, e.g. `admins` (`SHIPLOG_ADMINS`). */
  appDeps?: Partial<AppDeps>;
}

export async function startSlackHarness(options: SlackHarnessOptions = {}): Promise<SlackHarness> {
  const api = await startFakeSlackApi();
  api.addUser({ id: 'U0ADA', name: 'Ada', email: 'ada@acme.test', tz: 'Europe/Berlin', isOwner: true });
  api.addUser({ id: 'U0SAM', name: 'Sam', email: 'sam@acme.test', tz: 'America/New_York' });
  // The app's clock is the real time here: Slack's signatures are checked against it.
  const h = await makeHarness(new Date().toISOString(), options.appDeps);
  const { adapter, server, url } = await serve(h, api, options);
  return {
    h,
    api,
    server,
    url,
    command: (text, extra = {}, options = {}) => sendCommand(url, SECRET, { text, response_url: api.responseUrl(), ...extra }, options),
    interact: (payload, options = {}) => sendInteraction(url, SECRET, payload, options),
    event: (envelope, options = {}) => sendEvent(url, SECRET, envelope, options),
    person: (userId) => h.store.findPersonByPlatformId('slack', userId),
    async close() {
      await server.close();
      await adapter.stop();
      await api.close();
      await h.close();
    },
  };
}

async function serve(h: Harness, api: FakeSlackApi, { appDeps: _, ...options }: SlackHarnessOptions = {}): Promise<{ adapter: SlackAdapter; server: RunningServer; url: string }> {
  const adapter = createSlackAdapter({ app: h.app, botToken: 'xoxb-test', signingSecret: SECRET, apiUrl: api.apiUrl, log: options.log ?? quiet, ...options });
  await adapter.start();
  const server = await startHttpServer(0, [{ method: 'POST', path: SLACK_EVENTS_PATH, listener: adapter.requestListener! }], { host: '127.0.0.1', ...(options.log && { log: options.log }) });
  return { adapter, server, url: `http://127.0.0.1:${server.port}${SLACK_EVENTS_PATH}` };
}

/** A second, freshly started adapter on the same store and fake Slack (as after a restart). */
export async function restart(s: SlackHarness): Promise<{ url: string; event: SlackHarness['event']; close(): Promise<void> }> {
  const { adapter, server, url } = await serve(s.h, s.api);
  return {
    url,
    event: (envelope, options = {}) => sendEvent(url, SECRET, envelope, options),
    async close() {
      await server.close();
      await adapter.stop();
    },
  };
}

/** A block_actions payload pressing one button, built on the fixture. */
export function buttonPress(actionId: string, value: string, overrides: Record<string, unknown> = {}): Record<string, any> {
  const payload = fixture('block-actions');
  payload.actions[0].action_id = actionId;
  payload.actions[0].value = value;
  return { ...payload, ...overrides };
}
