import { describe, expect, it } from 'vitest';
import { parseDatabaseUrl, redactDatabaseUrl } from '../src/database-url.js';
import { openStore } from '../src/db/open-store.js';
import { SQLITE_MIGRATIONS_FOLDER } from '../src/db/sqlite/migrate.js';
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

describe('migrations folder', () => {
  it("is the repository's migrations/sqlite, found without relying on the cwd", () => {
    expect(path.isAbsolute(SQLITE_MIGRATIONS_FOLDER)).toBe(true);
    expect(SQLITE_MIGRATIONS_FOLDER).toBe(path.resolve(import.meta.dirname, '../migrations/sqlite') + path.sep);
    expect(fs.existsSync(path.join(SQLITE_MIGRATIONS_FOLDER, 'meta', '_journal.json'))).toBe(true);
  });
});
