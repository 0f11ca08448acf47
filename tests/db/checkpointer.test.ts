/** The server's WAL checkpoints run on a worker thread, never inside a request's commit (issue 11, throughput during imports). */
import fs from 'node:fs';
import Database from 'better-sqlite3';
import { afterEach, expect, it } from 'vitest';
import { startCheckpointer } from '../../src/db/sqlite/checkpointer.js';
import { tempDir, type TempDir } from './temp-db.js';

let tmp: TempDir | undefined;
afterEach(() => { tmp?.remove(); tmp = undefined; });

function walDatabase(): { sqlite: Database.Database; file: string } {
  tmp = tempDir('shiplog-checkpoint-');
  const file = tmp.file();
  const sqlite = new Database(file);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = NORMAL');
  sqlite.exec('CREATE TABLE blobs (b BLOB)');
  return { sqlite, file };
}

/** One commit that leaves about 2,500 pages in the WAL, past SQLite's 1,000-page checkpoint mark. */
const bigCommit = (sqlite: Database.Database) => sqlite.transaction(() => { for (let i = 0; i < 2500; i++) sqlite.prepare('INSERT INTO blobs VALUES (?)').run(Buffer.alloc(4000, i % 251)); })();
const size = (file: string) => fs.statSync(file).size;

it('without the thread, the commit that crosses the mark copies the WAL into the database itself (what blocked requests)', () => {
  const { sqlite, file } = walDatabase();
  const before = size(file);
  bigCommit(sqlite);
  expect(size(file)).toBeGreaterThan(before + 5_000_000);
  sqlite.close();
});

it('with the thread, the commit leaves the copy to it, and it happens within a second', async () => {
  const { sqlite, file } = walDatabase();
  const checkpointer = await startCheckpointer(sqlite, file, 50);
  await new Promise((resolve) => setTimeout(resolve, 200));
  const before = size(file);
  bigCommit(sqlite);
  // Measured the moment the commit returns: it did not copy its 10 MB (the thread may just have begun).
  expect(size(file)).toBeLessThan(before + 5_000_000);
  const until = Date.now() + 5000;
  while (size(file) <= before + 5_000_000 && Date.now() < until) await new Promise((resolve) => setTimeout(resolve, 20));
  expect(size(file)).toBeGreaterThan(before + 5_000_000);
  // And it keeps up with later commits.
  for (let round = 0; round < 3; round++) bigCommit(sqlite);
  while (size(file) <= before + 35_000_000 && Date.now() < until + 5000) await new Promise((resolve) => setTimeout(resolve, 20));
  expect(size(file)).toBeGreaterThan(before + 35_000_000);
  await checkpointer.stop();
  expect(sqlite.prepare('SELECT count(*) FROM blobs').pluck().get()).toBe(10_000);
  sqlite.close();
  // The last connection closed: everything is in the database file, the WAL gone.
  expect(fs.existsSync(`${file}-wal`)).toBe(false);
});

it('refuses to start on a database file that is not there', async () => {
  const { sqlite, file } = walDatabase();
  await expect(startCheckpointer(sqlite, `${file}.missing`)).rejects.toThrow();
  sqlite.close();
});
