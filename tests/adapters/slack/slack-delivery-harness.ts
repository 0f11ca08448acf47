/** The real app with the real Slack ChatPlatform (paced outbound client) against the fake Slack Web API. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createSlackChat, type SlackChat } from '../../../adapters/slack/slack-chat.js';
import { createApp } from '../../../src/app/create-app.js';
import { introducePerson } from '../../../src/app/people.js';
import { createNamedTeam } from '../../../src/app/teams.js';
import type { Caller, ShiplogApp } from '../../../src/app/types.js';
import type { Person, Team } from '../../../src/core/types.js';
import { openStore } from '../../../src/db/open-store.js';
import type { Store } from '../../../src/app/ports/index.js';
import { startFakeSlackApi, type FakeSlackApi } from '../../support/fake-slack-api.js';

export interface SlackDeliveryHarness {
  app: ShiplogApp;
  store: Store;
  api: FakeSlackApi;
  chat: SlackChat;
  /** What the chat client logged as warnings. */
  warnings: string[];
  /** Sets the app clock (the chat's clock too) and runs what is due. */
  tick(iso: string): ReturnType<ShiplogApp['runDue']>;
  /** A Slack person shiplog knows, in Europe/Berlin. */
  person(userId: string, name: string): Promise<Person>;
  team(name: string, members: Person[], channel?: string): Promise<Team>;
  caller(person: Person): Caller;
  close(): Promise<void>;
}

export async function startSlackDeliveryHarness(startIso: string): Promise<SlackDeliveryHarness> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shiplog-slack-deliver-'));
  let now = new Date(startIso);
  const clock = { now: () => new Date(now) };
  const store = await openStore(`file:${path.join(dir, 'test.db')}`, { clock });
  const api = await startFakeSlackApi();
  const warnings: string[] = [];
  const log = { debug() {}, info() {}, warn: (_obj: object, msg?: string) => void warnings.push(msg ?? ''), error() {} };
  const chat = createSlackChat({ botToken: 'xoxb-test', apiUrl: api.apiUrl, perChannelGapMs: 0, globalGapMs: 0, presenceGapMs: 0, now: clock.now, log });
  const app = createApp({ store, clock, log: { info() {}, warn() {}, error() {} }, platforms: [chat] });
  return {
    app, store, api, chat, warnings,
    tick: (iso) => { now = new Date(iso); return app.runDue(); },
    person: (userId, name) => introducePerson(store, { platform: 'slack', platformUserId: userId, displayName: name, email: null, timeZone: 'Europe/Berlin', isAdmin: false }),
    async team(name, members, channel) {
      const created = await createNamedTeam(store, name);
      if (!created.ok) throw new Error(created.error.message);
      for (const m of members) await store.upsertMembership(created.value.id, m.id, false);
      return channel === undefined ? created.value : store.updateTeam(created.value.id, { channel });
    },
    caller: (p) => ({ platform: 'slack', platformUserId: p.platformUserId, displayName: p.displayName }),
    async close() {
      await chat.drain();
      await api.close();
      await store.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
