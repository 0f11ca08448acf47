/**
 * Every command of the catalog and every button, run by each viewer role over a seeded org:
 * a private win reaches only its author, and one person's usage figure only that person.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApp } from '../../src/app/create-app.js';
import { COMMANDS } from '../../src/core/command-catalog.js';
import type { ActionId, Message } from '../../src/core/message.js';
import { ACTION_ROLES } from '../../src/core/permissions.js';
import { makeHarness, type Harness } from '../support/app-harness.js';
import { textOf } from '../support/message-text.js';
import { recordingPlatform } from '../support/recording-platform.js';
import { seedOrg } from '../support/seeded-org.js';

let h: Harness;
beforeEach(async () => { h = await makeHarness(); await seedOrg(h); await h.app.handleCommand(h.as('Kim'), 'help'); });
afterEach(async () => { await h.close(); });

const PRIVATE = 'My private experiment with Cursor';
/** Sam's usage (per record, as `me` sums it, and an unmatched record under his email), which only Sam may read. */
const SAMS_FIGURES = ['2,007', '3,007', '5,007', '5,014', '0.06'];

const LINES = ['me', 'unmapped', 'audit 100', 'digest preview core', 'digest history core', 'export wins', 'export wins core', 'export me', ...COMMANDS.flatMap((c) => c.examples).filter((l) => !l.startsWith('forget'))];
const everything = (m: Message): string => `${textOf(m)}\n${(m.files ?? []).map((f) => f.content).join('\n')}`;

describe.each([
  ['Ada', 'admin and lead'],
  ['Zoe', 'teammate'],
  ['Kim', 'stranger'],
])('%s (%s)', (viewer) => {
  it('never sees Sam\'s private win or Sam\'s usage, in any reply, file or button answer', async () => {
    for (const line of LINES) {
      const m = await h.app.handleCommand(h.as(viewer), line);
      expect(everything(m), `${viewer}: ${line}`).not.toContain(PRIVATE);
      for (const f of SAMS_FIGURES) expect(everything(m), `${viewer}: ${line} shows ${f}`).not.toContain(f);
    }
    for (const action of Object.keys(ACTION_ROLES) as ActionId[]) {
      for (const value of ['1', '2', '4', 'core', '2026-W48']) {
        if (action === 'forget-me' || action === 'forget-person') continue;
        const m = await h.app.handleAction(h.as(viewer), action, value);
        expect(everything(m), `${viewer}: ${action}=${value}`).not.toContain(PRIVATE);
      }
    }
    // Someone else's private win reads as missing: its id reveals nothing.
    expect((await h.app.handleCommand(h.as(viewer), 'endorse 4')).errorCode).toBe('WIN.NOT_FOUND');
  });
});

describe('the author', () => {
  it('sees their private win and their own usage', async () => {
    const me = textOf(await h.app.handleCommand(h.as('Sam'), 'me'));
    expect(me).toContain(PRIVATE);
    expect(me).toMatch(/5,014 tokens/);
  });
});

describe('scheduled messages', () => {
  it('carry no private win and no one person\'s usage to anyone else', async () => {
    const platform = recordingPlatform(h.clock);
    const app = createApp({ store: h.store, clock: h.clock, log: { info() {}, warn() {}, error() {} }, platforms: [platform] });
    const since = h.clock.now();
    h.clock.set('2026-11-29T20:00:00Z');
    await app.runDue({ since });
    expect(platform.sent.length).toBeGreaterThan(0);
    const sam = (await h.store.findPersonByPlatformId('console', 'sam'))!.id;
    for (const s of platform.sent.filter((x) => !(x.to.kind === 'person' && x.to.personId === sam))) {
      expect(textOf(s.message)).not.toContain(PRIVATE);
      for (const f of SAMS_FIGURES) expect(textOf(s.message)).not.toContain(f);
    }
  });
});
