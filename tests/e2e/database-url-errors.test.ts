/** `npm start` with a DATABASE_URL it cannot use: one line naming the problem, never the password. */
import net from 'node:net';
import { expect, it } from 'vitest';
import { inject } from 'vitest';
import { runShiplog } from '../support/run-shiplog.js';

const PASSWORD = 'hunter2-very-secret';

/** A loopback port nobody listens on. */
function closedPort(): Promise<number> {
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

async function start(databaseUrl: string): Promise<string> {
  const run = await runShiplog('', { DATABASE_URL: databaseUrl, SHIPLOG_CONSOLE_USER: 'Ada' });
  expect(run.code).not.toBe(0);
  expect(run.stdout).toBe('');
  expect(run.stderr.trim().split('\n')).toHaveLength(1);
  expect(run.stderr).not.toContain(PASSWORD);
  return run.stderr.trim();
}

it('names an unreachable server by host and port', async () => {
  const port = await closedPort();
  expect(await start(`postgres://shiplog:${PASSWORD}@127.0.0.1:${port}/shiplog`)).toBe(
    `shiplog: could not start: Cannot reach PostgreSQL at shiplog@127.0.0.1:${port}/shiplog: connection refused. Is the server running and listening there?`,
  );
}, 60_000);

it('says the login was refused for a wrong password', async () => {
  const url = new URL(inject('postgresUrl'));
  url.password = PASSWORD;
  expect(await start(url.toString())).toBe(
    `shiplog: could not start: PostgreSQL at ${url.username}@127.0.0.1:${url.port}/postgres refused the login: check the user and password in DATABASE_URL.`,
  );
}, 60_000);

it('says which database is missing', async () => {
  const url = new URL(inject('postgresUrl'));
  url.pathname = '/no_such_db';
  expect(await start(url.toString())).toBe(
    `shiplog: could not start: PostgreSQL at ${url.username}@127.0.0.1:${url.port}/no_such_db has no such database: create it first (createdb), then start shiplog.`,
  );
}, 60_000);

it('refuses a URL it cannot read, with the password masked', async () => {
  expect(await start(`mysql://shiplog:${PASSWORD}@db/shiplog`)).toBe(
    'shiplog: configuration error: DATABASE_URL must be file:<path> (SQLite) or postgres://user:password@host:5432/database (PostgreSQL) (got "mysql://shiplog:***@db/shiplog").',
  );
}, 60_000);
