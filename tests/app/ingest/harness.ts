/** The app harness with CSV import and the given usage sources, on a real SQLite temp file. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createApp } from '../../../src/app/create-app.js';
import type { Caller, ShiplogApp } from '../../../src/app/types.js';
import { openStore } from '../../../src/db/open-store.js';
import { csvReader } from '../../../src/ingest/csv-source.js';
import type { Store, Telemetry, UsageSource } from '../../../src/app/ports/index.js';

export interface IngestHarness {
  app: ShiplogApp;
  store: Store;
  dir: string;
  /** Writes a file in the temp dir and returns its path. */
  file(name: string, content: string): string;
  as(name: string, extra?: Partial<Caller>): Caller;
  close(): Promise<void>;
}

const silent = { info() {}, warn() {}, error() {} };

export async function makeIngestHarness(sources: UsageSource[] = [], telemetry?: Telemetry): Promise<IngestHarness> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shiplog-ingest-'));
  const clock = { now: () => new Date('2026-11-25T10:00:00Z') };
  const store = await openStore(`file:${path.join(dir, 'test.db')}`, { clock });
  const csv = csvReader({ today: () => '2026-11-25' });
  return {
    app: createApp({ store, clock, log: silent, csv, sources, ...(telemetry && { telemetry }) }),
    store,
    dir,
    file: (name, content) => {
      const at = path.join(dir, name);
      fs.writeFileSync(at, content);
      return at;
    },
    as: (name, extra = {}) => ({ platform: 'console', platformUserId: name.toLowerCase(), displayName: name, email: `${name.toLowerCase()}@example.com`, ...extra }),
    close: async () => {
      await store.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A generic usage CSV of `rows` rows for `people` identities, one row per identity-day. */
export function generatedCsv(rows: number, people: number, corrupt: Map<number, string> = new Map()): string {
  const lines = ['date,email,tool,model,input_tokens,output_tokens,requests,cost_usd'];
  for (let i = 0; i < rows; i++) {
    const day = new Date(Date.UTC(2026, 0, 1) + Math.floor(i / people) * 86_400_000).toISOString().slice(0, 10);
    lines.push(corrupt.get(i) ?? `${day},p${i % people}@example.com,Claude,sonnet,10,2,1,0.01`);
  }
  return `${lines.join('\n')}\n`;
}
