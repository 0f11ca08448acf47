/** A real app with a recording platform on a real SQLite file, and helpers to set up an org. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createApp } from '../../src/app/create-app.js';
import { introducePerson } from '../../src/app/people.js';
import { createNamedTeam } from '../../src/app/teams.js';
import type { DigestComposer } from '../../src/app/deliveries/outgoing.js';
import type { ShiplogApp } from '../../src/app/types.js';
import { ok } from '../../src/core/result.js';
import type { Person, Team } from '../../src/core/types.js';
import { openStore } from '../../src/db/open-store.js';
import type { Store, Telemetry } from '../../src/app/ports/index.js';
import { recordingPlatform, type RecordingPlatform } from './recording-platform.js';

export const silent = { info() {}, warn() {}, error() {} };

/** A digest composer that says which team and moment it was asked for: enough to see delivery. */
export const stubDigests: DigestComposer = {
  team: async (store, teamId, at) => {
    const team = await store.getTeam(teamId);
    return ok({ summary: `Digest for ${team?.name ?? teamId} at ${at.toISOString()}`, blocks: [], private: false });
  },
  rollup: (_store, at) => Promise.resolve({ summary: `Roll-up at ${at.toISOString()}`, blocks: [], private: true }),
};

export interface DeliveryHarness {
  app: ShiplogApp;
  store: Store;
  platform: RecordingPlatform;
  file: string;
  clock: { now: () => Date; set(iso: string | Date): void };
  person(name: string, timeZone: string, extra?: Partial<Person>): Promise<Person>;
  team(name: string, members: Person[], extra?: Partial<Pick<Team, 'channel' | 'timeZone' | 'digestDay' | 'digestTime' | 'checkinDay' | 'checkinTime'>>): Promise<Team>;
  /** Sets the clock and runs what is due. */
  tick(iso: string | Date): ReturnType<ShiplogApp['runDue']>;
  close(): Promise<void>;
}

export async function makeDeliveryHarness(startIso: string, options: { digests?: DigestComposer; file?: string; telemetry?: Telemetry } = {}): Promise<DeliveryHarness> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shiplog-deliver-'));
  const file = options.file ?? path.join(dir, 'test.db');
  let now = new Date(startIso);
  const clock = { now: () => new Date(now), set: (at: string | Date) => { now = new Date(at); } };
  const store = await openStore(`file:${file}`, { clock });
  const platform = recordingPlatform(clock);
  const app = createApp({ store, clock, log: silent, platforms: [platform], digests: options.digests ?? stubDigests, ...(options.telemetry && { telemetry: options.telemetry }) });
  return {
    app, store, platform, file, clock,
    person: async (name, timeZone, extra = {}) => {
      const p = await introducePerson(store, { platform: 'console', platformUserId: name.toLowerCase(), displayName: name, email: null, timeZone, isAdmin: false });
      return Object.keys(extra).length > 0 ? store.updatePerson(p.id, extra) : p;
    },
    team: async (name, members, extra = {}) => {
      const created = await createNamedTeam(store, name);
      if (!created.ok) throw new Error(created.error.message);
      for (const m of members) await store.upsertMembership(created.value.id, m.id, false);
      return Object.keys(extra).length > 0 ? store.updateTeam(created.value.id, extra) : created.value;
    },
    tick: (at) => { clock.set(at); return app.runDue(); },
    close: async () => {
      await store.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Who a recorded send went to: a person's display id or `#channel`. */
export const recipient = (to: RecordingPlatform['sent'][number]['to']): string =>
  to.kind === 'person' ? to.platformUserId : `#${to.channel}`;
