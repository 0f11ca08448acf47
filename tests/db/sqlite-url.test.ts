import { describe, expect, it } from 'vitest';
import { SQLITE_MIGRATIONS_FOLDER } from '../../src/db/sqlite/migrate.js';
import { openSqliteStore, parseDatabaseUrl } from '../../src/db/sqlite/open-sqlite.js';
import fs from 'node:fs';
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
  ])('reads %j', (url, expected) => {
    expect(parseDatabaseUrl(url, '/srv/app')).toEqual(expected);
  });

  it.each([
    ['postgres://shiplog@db/shiplog', /PostgreSQL is not supported yet/],
    ['postgresql://db/shiplog', /PostgreSQL is not supported yet/],
    ['mysql://db/shiplog', /scheme "mysql:" is not supported/],
    ['', /DATABASE_URL is empty/],
    ['file:', /names no file/],
  ])('refuses %j', (url, message) => {
    expect(() => parseDatabaseUrl(url, '/srv/app')).toThrow(message);
  });

  it('makes openSqliteStore reject with the same message', async () => {
    await expect(openSqliteStore('postgres://db/shiplog')).rejects.toThrow(/PostgreSQL is not supported yet/);
  });
});

describe('migrations folder', () => {
  it("is the repository's migrations/sqlite, found without relying on the cwd", () => {
    expect(path.isAbsolute(SQLITE_MIGRATIONS_FOLDER)).toBe(true);
    expect(SQLITE_MIGRATIONS_FOLDER).toBe(path.resolve(import.meta.dirname, '../../migrations/sqlite') + path.sep);
    expect(fs.existsSync(path.join(SQLITE_MIGRATIONS_FOLDER, 'meta', '_journal.json'))).toBe(true);
  });
});
