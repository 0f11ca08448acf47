/** Waiting for SQLite's write lock: one caller tries, the rest queue behind it, in order, without blocking the loop. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, expect, it } from 'vitest';
import { LockQueue, StillLockedError } from '../../src/db/sqlite/busy.js';

let dir: string | undefined;
afterEach(() => { if (dir) fs.rmSync(dir, { recursive: true, force: true }); dir = undefined; });

function twoConnections(): { app: Database.Database; importer: Database.Database } {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shiplog-locks-'));
  const file = path.join(dir, 'locks.db');
  const app = new Database(file);
  app.pragma('journal_mode = WAL');
  app.pragma('busy_timeout = 0');
  app.exec('CREATE TABLE t (n INTEGER)');
  const importer = new Database(file);
  importer.pragma('busy_timeout = 0');
  return { app, importer };
}

it('lets only the first waiter try while the lock is held, then runs every waiter in order once it is free', async () => {
  const { app, importer } = twoConnections();
  const queue = new LockQueue();
  const insert = app.prepare('INSERT INTO t (n) VALUES (?)');
  const attempts = new Map<number, number>();
  importer.exec('BEGIN IMMEDIATE');
  const writes = Array.from({ length: 50 }, (_, n) =>
    queue.run(() => {
      attempts.set(n, (attempts.get(n) ?? 0) + 1);
      return insert.run(n).changes;
    }),
  );
  // The loop keeps turning while they wait (a blocking busy handler would freeze it).
  let turns = 0;
  while (turns < 20) await new Promise((resolve) => setTimeout(resolve, 5)).then(() => turns++);
  expect(attempts.get(0)).toBeGreaterThan(1);
  // Every other writer tried once, found the queue, and waited its turn without trying again.
  for (let n = 1; n < 50; n++) expect(attempts.get(n) ?? 0).toBeLessThanOrEqual(1);
  importer.exec('COMMIT');
  expect(await Promise.all(writes)).toEqual(Array.from({ length: 50 }, () => 1));
  expect(app.prepare('SELECT n FROM t ORDER BY rowid').pluck().all()).toEqual(Array.from({ length: 50 }, (_, n) => n));
  importer.close();
  app.close();
});

it('gives up with StillLockedError when the lock stays taken past the wait, and the next waiter still runs after release', async () => {
  const { app, importer } = twoConnections();
  const queue = new LockQueue();
  const insert = app.prepare('INSERT INTO t (n) VALUES (?)');
  importer.exec('BEGIN IMMEDIATE');
  const doomed = queue.run(() => insert.run(1), 30);
  const patient = queue.run(() => insert.run(2), 60_000);
  await expect(doomed).rejects.toBeInstanceOf(StillLockedError);
  importer.exec('COMMIT');
  await patient;
  expect(app.prepare('SELECT n FROM t').pluck().all()).toEqual([2]);
  importer.close();
  app.close();
});

it('passes other errors through at once', async () => {
  const { app, importer } = twoConnections();
  const queue = new LockQueue();
  await expect(queue.run(() => app.prepare('INSERT INTO nowhere VALUES (1)').run())).rejects.toThrow(/no such table/);
  importer.close();
  app.close();
});

it('works through the queue in short slices once the lock is free, so requests in between are answered', async () => {
  const { app, importer } = twoConnections();
  const queue = new LockQueue();
  const insert = app.prepare('INSERT INTO t (n) VALUES (?)');
  let done = 0;
  importer.exec('BEGIN IMMEDIATE');
  // Each write takes a millisecond: fifty back to back would hold the loop for 50 ms.
  const slowInsert = (n: number) => {
    const until = performance.now() + 1;
    while (performance.now() < until);
    return insert.run(n);
  };
  const writes = Array.from({ length: 50 }, (_, n) => queue.run(() => slowInsert(n)).then(() => done++));
  await new Promise((resolve) => setTimeout(resolve, 20));
  importer.exec('COMMIT');
  // What an acknowledgement would be: a callback of a later turn. It must not wait for all fifty.
  const seenByLaterTurns: number[] = [];
  for (let turn = 0; turn < 5; turn++) await new Promise((resolve) => setTimeout(resolve, 2)).then(() => seenByLaterTurns.push(done));
  expect(seenByLaterTurns.some((n) => n > 0 && n < 50)).toBe(true);
  await Promise.all(writes);
  expect(done).toBe(50);
  importer.close();
  app.close();
});
