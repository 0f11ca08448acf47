/** Who becomes a shiplog admin when Teams (which has no workspace-admin flag) is in play. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createApp } from '../../src/app/create-app.js';
import type { AppDeps } from '../../src/app/context.js';
import type { Store } from '../../src/app/ports/index.js';
import type { Caller } from '../../src/app/types.js';
import { openStore } from '../../src/db/open-store.js';

const dirs: string[] = [];
const stores: Store[] = [];
afterEach(async () => {
  for (const s of stores.splice(0)) await s.close();
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

async function appWith(options: Pick<AppDeps, 'admins' | 'firstAdminPlatforms'>) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shiplog-admins-'));
  dirs.push(dir);
  const clock = { now: () => new Date('2026-11-25T10:00:00Z') };
  const store = await openStore(`file:${path.join(dir, 'test.db')}`, { clock });
  stores.push(store);
  return { app: createApp({ store, clock, log: { info() {}, warn() {}, error() {} }, ...options }), store };
}

const teamsUser = (id: string, extra: Partial<Caller> = {}): Caller => ({ platform: 'teams', platformUserId: `29:${id}`, displayName: id, directoryId: `aad-${id}`, email: `${id}@acme.test`, ...extra });
const slackAdmin: Caller = { platform: 'slack', platformUserId: 'U0ADA', displayName: 'Ada', isPlatformAdmin: true };

describe('admins with Teams', () => {
  it('a Teams user who writes first does not become admin of a workspace that already has Slack admins', async () => {
    const { app, store } = await appWith({});
    await app.ensurePerson(slackAdmin);
    await app.ensurePerson(teamsUser('mallory'));
    expect((await store.listAdmins()).map((p) => p.displayName)).toEqual(['Ada']);
  });

  it('with Slack configured too, the first Teams user does not become admin even before any Slack admin wrote', async () => {
    const { app, store } = await appWith({ firstAdminPlatforms: ['slack'] });
    await app.ensurePerson(teamsUser('mallory'));
    expect(await store.listAdmins()).toEqual([]);
    await app.ensurePerson({ platform: 'slack', platformUserId: 'U0SAM', displayName: 'Sam' });
    expect((await store.listAdmins()).map((p) => p.displayName)).toEqual(['Sam']);
  });

  it('SHIPLOG_ADMINS names admins by AAD object id or email; nobody else becomes admin by being first', async () => {
    const { app, store } = await appWith({ admins: ['aad-grace', 'LINUS@acme.test'] });
    await app.ensurePerson(teamsUser('mallory'));
    await app.ensurePerson(teamsUser('grace'));
    await app.ensurePerson(teamsUser('linus', { directoryId: null }));
    expect((await store.listAdmins()).map((p) => p.displayName)).toEqual(['grace', 'linus']);
  });

  it('a listed person already known is promoted on their next contact, and it is audited', async () => {
    const first = await appWith({ firstAdminPlatforms: [] });
    await first.app.ensurePerson(teamsUser('grace'));
    expect(await first.store.listAdmins()).toEqual([]);
    const app = createApp({ store: first.store, clock: { now: () => new Date('2026-11-25T11:00:00Z') }, log: { info() {}, warn() {}, error() {} }, admins: ['aad-grace'] });
    await app.handleCommand(teamsUser('grace'), 'help');
    expect((await first.store.listAdmins()).map((p) => p.displayName)).toEqual(['grace']);
    expect((await first.store.listAudit(5)).map((a) => a.detail)).toContain('automatic: listed in SHIPLOG_ADMINS');
  });
});
