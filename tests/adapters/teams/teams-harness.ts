/* eslint-disable @typescript-eslint/no-explicit-any, @typescript-eslint/no-unsafe-argument -- activities and cards are JSON as sent on the wire; tests read them untyped on purpose. */
/**
 * shiplog's Teams endpoint for tests: the real botbuilder CloudAdapter at POST /api/messages
 * on the one HTTP server, a real app on a real SQLite file, and a fake Bot Connector on
 * loopback as every activity's `serviceUrl`.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createTeamsAdapter, TEAMS_MESSAGES_PATH } from '../../../adapters/teams/teams-adapter.js';
import type { TeamsChat } from '../../../adapters/teams/teams-chat.js';
import type { TeamsLog } from '../../../adapters/teams/teams-log.js';
import { createApp } from '../../../src/app/create-app.js';
import type { ChatPlatform, Store } from '../../../src/app/ports/index.js';
import type { ShiplogApp } from '../../../src/app/types.js';
import { openStore } from '../../../src/db/open-store.js';
import { startHttpServer, type RunningServer } from '../../../src/http-server.js';
import { csvReader } from '../../../src/ingest/csv-source.js';
import { startFakeBotConnector, type FakeBotConnector } from '../../support/fake-bot-connector.js';

const FIXTURES = path.resolve(import.meta.dirname, '../../fixtures/teams');

/** A fixture activity with fields replaced (shallow) and the connector's serviceUrl. */
export function activity(fixture: string, connector: FakeBotConnector, over: Record<string, any> = {}): any {
  const base = JSON.parse(fs.readFileSync(path.join(FIXTURES, `${fixture}.json`), 'utf8'));
  return { ...base, id: `act-${Math.random().toString(36).slice(2)}`, serviceUrl: connector.serviceUrl, ...over };
}

/** A person as Teams sends them in `from`, and as the roster knows them. */
export interface TeamsUser {
  id: string;
  name: string;
  aadObjectId: string;
  email: string;
}

export const ADA: TeamsUser = { id: '29:1ada-lovelace', name: 'Ada Lovelace', aadObjectId: 'aad-ada', email: 'ada@acme.test' };
export const TOM: TeamsUser = { id: '29:1tom-baker', name: 'Tom Baker', aadObjectId: 'aad-tom', email: 'tom@acme.test' };

export interface TeamsHarness {
  base: string;
  connector: FakeBotConnector;
  app: ShiplogApp;
  store: Store;
  chat: TeamsChat;
  clock: { now: () => Date; set(iso: string): void };
  /** Sleeps the chat asked for (pacing, retries), recorded and not waited for. */
  waits: number[];
  post(body: unknown, headers?: Record<string, string>): Promise<{ status: number; body: any }>;
  /** A 1:1 message from `user`. */
  say(user: TeamsUser, text: string): Promise<{ status: number; body: any }>;
  close(): Promise<void>;
}

export interface TeamsHarnessOptions {
  appId?: string;
  /** Other platforms served next to Teams (the app gets them all). */
  others?: ChatPlatform[];
  start?: string;
  admins?: string[];
  /** Where the adapter logs (silent by default). */
  log?: TeamsLog;
  maxPendingBodies?: number;
}

export async function startTeams(options: TeamsHarnessOptions = {}): Promise<TeamsHarness> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shiplog-teams-'));
  let now = new Date(options.start ?? '2026-11-25T10:00:00Z');
  const clock = { now: () => new Date(now), set: (iso: string) => { now = new Date(iso); } };
  const store = await openStore(`file:${path.join(dir, 'test.db')}`, { clock });
  const connector = await startFakeBotConnector();
  const waits: number[] = [];
  const silent = { info() {}, warn() {}, error() {} };
  const teams = createTeamsAdapter({
    MicrosoftAppId: options.appId,
    MicrosoftAppPassword: options.appId ? 'secret' : undefined,
    MicrosoftAppType: undefined,
    MicrosoftAppTenantId: undefined,
    references: store,
    log: options.log ?? silent,
    now: clock.now,
    retry: { retries: 3, minMs: 2000, maxMs: 20_000, random: () => 0.5 },
    sleep: (ms) => { waits.push(ms); return Promise.resolve(); },
    ...(options.maxPendingBodies !== undefined && { maxPendingBodies: options.maxPendingBodies }),
  });
  const app = createApp({ store, clock, log: silent, platforms: [teams.chat, ...(options.others ?? [])], admins: options.admins ?? [], csv: csvReader({ today: () => clock.now().toISOString().slice(0, 10) }) });
  const server: RunningServer = await startHttpServer(0, [{ method: 'POST', path: TEAMS_MESSAGES_PATH, listener: teams.requestListener(app) }], { host: '127.0.0.1' });
  const base = `http://127.0.0.1:${server.port}`;
  const post = async (body: unknown, headers: Record<string, string> = {}) => {
    const res = await fetch(`${base}${TEAMS_MESSAGES_PATH}`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: typeof body === 'string' ? body : JSON.stringify(body) });
    const text = await res.text();
    let parsed: any = text;
    try {
      parsed = text === '' ? null : JSON.parse(text);
    } catch {
      // a plain-text body (errors) stays text
    }
    return { status: res.status, body: parsed };
  };
  for (const user of [ADA, TOM]) connector.addMember(user);
  return {
    base, connector, app, store, chat: teams.chat, clock, waits, post,
    say: (user, text) => post(activity('message-personal', connector, { text, from: { id: user.id, name: user.name, aadObjectId: user.aadObjectId }, conversation: { conversationType: 'personal', tenantId: 'tenant-acme', id: `a:chat-${user.aadObjectId}` } })),
    close: async () => {
      await server.close();
      await teams.chat.drain();
      await connector.close();
      await store.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Text of the cards of activities sent to a conversation (TextBlocks and facts), for assertions. */
export function cardText(activityJson: any): string {
  const parts: string[] = [];
  const walk = (node: any): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (node === null || typeof node !== 'object') return;
    if (node.type === 'TextBlock' && typeof node.text === 'string') parts.push(node.text);
    if (node.type === 'FactSet') for (const f of node.facts) parts.push(`${f.title}: ${f.value}`);
    for (const v of Object.values(node)) walk(v);
  };
  walk(activityJson.attachments ?? activityJson);
  if (typeof activityJson.text === 'string') parts.unshift(activityJson.text);
  return parts.join('\n');
}
