/** The Store contract on real SQLite, plus what only a file-backed SQLite store must do. */
import { spawn } from 'node:child_process';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { openSqliteStore } from '../../src/db/sqlite/open-sqlite.js';
import { newPerson } from './contract/harness.js';
import { describeStore } from './store-contract.js';
import { tempDir, type TempDir } from './temp-db.js';

describeStore('SQLite temp file', async (clock) => {
  const tmp = tempDir();
  const store = await openSqliteStore(`file:${tmp.file()}`, { clock });
  const cleanup = async () => {
    await store.close();
    tmp.remove();
  };
  return { store, cleanup };
});

// As the server opens it: WAL checkpoints on a worker thread (checkpointer.ts).
describeStore('SQLite temp file, checkpoints on a thread', async (clock) => {
  const tmp = tempDir();
  const store = await openSqliteStore(`file:${tmp.file()}`, { clock, checkpointInBackground: true });
  const cleanup = async () => {
    await store.close();
    tmp.remove();
  };
  return { store, cleanup };
});

describeStore('SQLite :memory:', async (clock) => {
  const store = await openSqliteStore(':memory:', { clock });
  return { store, cleanup: () => store.close() };
});

describe('SQLite store on a file', () => {
  let tmp: TempDir;
  afterEach(() => tmp.remove());

  it('runs in WAL mode with foreign keys on', async () => {
    tmp = tempDir();
    const store = await openSqliteStore(tmp.file());
    await store.close();
    const raw = new Database(tmp.file(), { readonly: true });
    expect(raw.pragma('journal_mode', { simple: true })).toBe('wal');
    raw.close();
  });

  it('waits for another process holding the write lock instead of failing', async () => {
    tmp = tempDir();
    const store = await openSqliteStore(tmp.file());
    const holder = holdWriteLock(tmp.file(), 700);
    await holder.locked;
    const started = Date.now();
    await store.setSetting('workspace', 'timezone', 'UTC');
    expect(Date.now() - started).toBeGreaterThanOrEqual(300);
    expect(await holder.exited).toBe(0);
    expect(await store.getSettings('workspace')).toEqual({ timezone: 'UTC' });
    await store.close();
  });

  it('keeps data across close and reopen, and reopening does not migrate twice', async () => {
    tmp = tempDir();
    const first = await openSqliteStore(`file:${tmp.file()}`);
    const ada = await first.createPerson(newPerson({ displayName: 'Ada' }));
    await first.setSetting('workspace', 'digest-day', 'thu');
    await first.close();
    const second = await openSqliteStore(`file:${tmp.file()}`);
    expect(await second.getPerson(ada.id)).toEqual(ada);
    expect(await second.getSettings('workspace')).toEqual({ 'digest-day': 'thu' });
    const bob = await second.createPerson(newPerson());
    expect(bob.isAdmin).toBe(false);
    await second.close();
  });

  it('creates missing parent directories', async () => {
    tmp = tempDir();
    const store = await openSqliteStore(`file:${tmp.dir}/nested/deeper/shiplog.db`);
    expect(await store.listPeople()).toEqual([]);
    await store.close();
  });

  it('hands each delivery key to exactly one of two stores racing on one file', async () => {
    tmp = tempDir();
    const [a, b] = [await openSqliteStore(tmp.file()), await openSqliteStore(tmp.file())];
    const now = new Date('2026-11-27T15:00:00Z');
    const staleBefore = new Date('2026-11-27T14:00:00Z');
    const keys = Array.from({ length: 50 }, (_, i) => `team:${i}`);
    const claims = keys.flatMap((key) => [a, b, a, b].map((s) => s.claimDelivery('digest', key, '2026-W48', now, staleBefore).then((won) => ({ key, won }))));
    const results = await Promise.all(claims);
    for (const key of keys) expect(results.filter((r) => r.key === key && r.won)).toHaveLength(1);
    await Promise.all([a.close(), b.close()]);
  });

  it('upserts 100,000 usage records quickly', async () => {
    tmp = tempDir();
    const store = await openSqliteStore(tmp.file());
    const records = Array.from({ length: 100_000 }, (_, i) => ({
      source: 'openai',
      identity: `user-${i % 250}@example.com`,
      personId: null,
      day: new Date(Date.UTC(2026, 0, 1) + Math.floor(i / 250) * 86_400_000).toISOString().slice(0, 10),
      tool: 'chatgpt',
      model: 'gpt-5',
      inputTokens: i,
      outputTokens: 10,
      cachedTokens: 0,
      requests: 1,
      costMicros: 25,
      activity: {},
    }));
    // Speed is measured by benchmarks under bench/, never asserted here.
    expect(await store.upsertUsage(records)).toEqual({ inserted: 100_000, updated: 0 });
    await store.close();
  });
});

/** A child process that takes SQLite's write lock, holds it for `ms`, then lets go. */
function holdWriteLock(file: string, ms: number) {
  const script = `
    const db = new (require('better-sqlite3'))(process.argv[1]);
    db.exec('BEGIN IMMEDIATE');
    console.log('locked');
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ${ms});
    db.exec('COMMIT');
    db.close();`;
  const child = spawn(process.execPath, ['-e', script, file], { stdio: ['ignore', 'pipe', 'inherit'] });
  const locked = new Promise<void>((resolve) => child.stdout.once('data', () => resolve()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
  return { locked, exited };
}
