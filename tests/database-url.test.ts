import { describe, expect, it } from 'vitest';
import { DatabaseUrlError, parseDatabaseUrl, redactDatabaseUrl } from '../src/database-url.js';
import { openStore } from '../src/db/open-store.js';
import { SQLITE_MIGRATIONS_FOLDER } from '../src/db/sqlite/migrate.js';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

describe('parseDatabaseUrl', () => {
  it.each([
    ['file:./data/shiplog.db', { kind: 'file', path: '/srv/app/data/shiplog.db' }],
    ['file:data/shiplog.db', { kind: 'file', path: '/srv/app/data/shiplog.db' }],
    ['file:/var/lib/shiplog.db', { kind: 'file', path: '/var/lib/shiplog.db' }],
    ['file:///var/lib/shiplog.db', { kind: 'file', path: '/var/lib/shiplog.db' }],
    ['./shiplog.db', { kind: 'file', path: '/srv/app/shiplog.db' }],
    ['/tmp/x.db', { kind: 'file', path: '/tmp/x.db' }],
    ['  file:./a.db  ', { kind: 'file', path: '/srv/app/a.db' }],
    [':memory:', { kind: 'memory' }],
    ['file::memory:', { kind: 'memory' }],
  ])('reads %j', (url, location) => {
    expect(parseDatabaseUrl(url, '/srv/app')).toEqual({ dialect: 'sqlite', location });
  });

  it.each([
    ['postgres://shiplog:s3cret@db.internal:6432/shiplog', 'shiplog@db.internal:6432/shiplog'],
    ['postgresql://db/shiplog', 'db:5432/shiplog'],
    ['  postgres://u:p%40ss@10.0.0.5/app  ', 'u@10.0.0.5:5432/app'],
  ])('reads %j as PostgreSQL, shown as %j', (url, shown) => {
    expect(parseDatabaseUrl(url, '/srv/app')).toEqual({ dialect: 'postgres', url: url.trim(), shown });
  });

  it('masks the password of a URL', () => {
    expect(redactDatabaseUrl('postgres://shiplog:s3cret@db/x')).toBe('postgres://shiplog:***@db/x');
    expect(redactDatabaseUrl('postgres://db/x')).toBe('postgres://db/x');
    expect(redactDatabaseUrl('file:./a:b@c.db')).toBe('file:./a:b@c.db');
  });

  it.each([
    ['postgres://shiplog:s3cret@/shiplog', /^DATABASE_URL is not a valid PostgreSQL URL \(postgres:\/\/shiplog:\*\*\*@\/shiplog\)/],
    ['mysql://db/shiplog', /scheme "mysql:" is not supported/],
    ['', /DATABASE_URL is empty/],
    ['file:', /names no file/],
  ])('refuses %j', (url, message) => {
    expect(() => parseDatabaseUrl(url, '/srv/app')).toThrow(message);
  });

  it('makes openStore reject with the same message', async () => {
    await expect(openStore('mysql://db/shiplog')).rejects.toThrow(/scheme "mysql:" is not supported/);
  });
});

describe('a SQLite file shiplog cannot open', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shiplog-url-'));
  const notADb = path.join(dir, 'notadb.txt');
  fs.writeFileSync(notADb, 'hello, not a database\n');
  const aFile = path.join(dir, 'hostname');
  fs.writeFileSync(aFile, 'box\n');

  it.each([
    [`file:${notADb}`, `DATABASE_URL file:${notADb} is not a SQLite database. Point it at a new file or at an existing shiplog database.`],
    [`file:${dir}`, `DATABASE_URL file:${dir} names a folder, not a file. Name a file in it, such as file:${dir}/shiplog.db.`],
    [`file:${aFile}/x.db`, `DATABASE_URL file:${aFile}/x.db cannot be used: ${aFile} is a file, not a folder.`],
    // Node's recursive mkdir spins forever here; shiplog must stop with one line instead.
    ['file:/proc/x/y.db', 'DATABASE_URL file:/proc/x/y.db cannot be used: cannot create the folder /proc/x (ENOENT).'],
  ])('%s: one line naming the variable', async (url, message) => {
    const error = await openStore(url).then(() => null, (e: unknown) => e);
    expect(error).toBeInstanceOf(DatabaseUrlError);
    expect((error as Error).message).toBe(message);
  });
});

describe('migrations folder', () => {
  it("is the repository's migrations/sqlite, found without relying on the cwd", () => {
    expect(path.isAbsolute(SQLITE_MIGRATIONS_FOLDER)).toBe(true);
    expect(SQLITE_MIGRATIONS_FOLDER).toBe(path.resolve(import.meta.dirname, '../migrations/sqlite') + path.sep);
    expect(fs.existsSync(path.join(SQLITE_MIGRATIONS_FOLDER, 'meta', '_journal.json'))).toBe(true);
  });
});
