/**
 * Two processes writing one SQLite file: `npm run ingest` of a large CSV while the bot logs
 * wins as fast as it can. Neither may fail with `database is locked`, and nothing is lost.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { createApp } from '../../src/app/create-app.js';
import type { Store } from '../../src/app/ports/index.js';
import { openStore } from '../../src/db/open-store.js';
import { csvReader } from '../../src/ingest/csv-source.js';
import { runEntry } from '../support/run-shiplog.js';

const ROWS = 60_000;
const silent = { info() {}, warn() {}, error() {} };

let dir: string;
let store: Store;
beforeEach(() => { dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shiplog-writers-')); });
afterEach(async () => {
  await store.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

function writeCsv(file: string): void {
  const lines = ['date,email,tool,model,input_tokens,output_tokens'];
  for (let i = 0; i < ROWS; i++) lines.push(`2026-${String(1 + (i % 10)).padStart(2, '0')}-${String(1 + (Math.floor(i / 10) % 28)).padStart(2, '0')},p${Math.floor(i / 280)}@acme.test,Claude,m${i % 7},${i},1`);
  fs.writeFileSync(file, `${lines.join('\n')}\n`);
}

it('a CLI import and the bot write the same file at once: no "database is locked", nothing lost', async () => {
  const url = `file:${path.join(dir, 'shiplog.db')}`;
  const csv = path.join(dir, 'usage.csv');
  writeCsv(csv);
  store = await openStore(url);
  const clock = { now: () => new Date() };
  const app = createApp({ store, clock, log: silent, csv: csvReader({ today: () => '2026-11-25' }) });
  const ada = { platform: 'console' as const, platformUserId: 'ada', displayName: 'Ada' };
  await app.handleCommand(ada, 'help');

  let finished = false;
  const child = runEntry('src/ingest-cli.ts', { args: [csv], env: { DATABASE_URL: url } }).finally(() => { finished = true; });
  const failures: string[] = [];
  let logged = 0;
  while ((!finished || logged + failures.length < 20) && failures.length < 20) {
    try {
      const reply = await app.handleCommand(ada, `log Fixed flaky test ${logged} with Claude`);
      if (reply.errorCode !== undefined) failures.push(`${reply.errorCode}: ${reply.summary}`);
      else logged++;
    } catch (error) {
      failures.push(error instanceof Error ? error.message : String(error));
    }
    // The store answers without touching the event loop; give the child's exit a turn.
    await new Promise((resolve) => setImmediate(resolve));
  }
  const result = await child;
  expect(failures).toEqual([]);
  expect(result.stderr).not.toMatch(/locked|busy/i);
  expect(result.code).toBe(0);
  const person = await store.findPersonByPlatformId('console', 'ada');
  expect(await store.listWinsByAuthor(person!.id, 100_000)).toHaveLength(logged);
  expect((await store.listImportRuns(1))[0]).toMatchObject({ status: 'complete', read: ROWS, inserted: ROWS });
}, 180_000);
