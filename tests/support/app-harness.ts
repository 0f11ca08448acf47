/** A real app on a real SQLite temp file, with a clock the test moves. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { AppDeps } from '../../src/app/context.js';
import { createApp } from '../../src/app/create-app.js';
import type { Caller, ShiplogApp } from '../../src/app/types.js';
import { openStore } from '../../src/db/open-store.js';
import { csvReader } from '../../src/ingest/csv-source.js';
import type { Store } from '../../src/app/ports/index.js';

export interface Harness {
  app: ShiplogApp;
  store: Store;
  /** The SQLite file, for tests that read every table directly. */
  dbPath: string;
  clock: { now: () => Date; set(iso: string): void; advance(ms: number): void };
  /** A console caller with this display name. */
  as(name: string, extra?: Partial<Caller>): Caller;
  close(): Promise<void>;
}

const silent = { info() {}, warn() {}, error() {} };

/** `deps` adds or replaces app dependencies (verifiers, configured hosts). */
export async function makeHarness(startIso = '2026-11-25T10:00:00Z', deps: Partial<AppDeps> = {}): Promise<Harness> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shiplog-app-'));
  let now = new Date(startIso);
  const dbPath = path.join(dir, 'test.db');
  const store = await openStore(`file:${dbPath}`, { clock: { now: () => new Date(now) } });
  const clock = {
    now: () => new Date(now),
    set: (iso: string) => { now = new Date(iso); },
    advance: (ms: number) => { now = new Date(now.getTime() + ms); },
  };
  return {
    app: createApp({ store, clock, log: silent, csv: csvReader({ today: () => clock.now().toISOString().slice(0, 10) }), ...deps }),
    store,
    dbPath,
    clock,
    as: (name, extra = {}) => ({ platform: 'console', platformUserId: name.toLowerCase(), displayName: name, ...extra }),
    close: async () => {
      await store.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
