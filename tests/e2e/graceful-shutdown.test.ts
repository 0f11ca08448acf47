/**
 * SIGTERM, gracefully (issue 11, item 8): shiplog as a child process stops taking
 * connections, finishes the command it has acknowledged but not yet answered (the reply
 * and the stored win come after the ack), closes the database and exits 0.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { openStore } from '../../src/db/open-store.js';
import { startFakeSlackApi, type FakeSlackApi } from '../support/fake-slack-api.js';
import { freePort, healthy, spawnShiplog } from '../support/shiplog-server.js';
import { sendCommand } from '../support/slack-requests.js';

const SECRET = 'e2e-signing-secret';
/** Starting a child process through tsx is slow on a busy machine; this bounds the whole test. */
const TIMEOUT_MS = 90_000;

let dir: string;
let api: FakeSlackApi;
beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shiplog-sigterm-'));
  api = await startFakeSlackApi();
  api.addUser({ id: 'U0ADA', name: 'Ada', email: 'ada@acme.test', tz: 'Europe/Berlin', isOwner: true });
});
afterAll(async () => {
  await api.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

it('on SIGTERM refuses new connections, finishes the acknowledged command, closes the database and exits 0', async () => {
  const port = await freePort();
  const databaseUrl = `file:${path.join(dir, 'shiplog.db')}`;
  const shiplog = spawnShiplog({ SLACK_BOT_TOKEN: 'xoxb-test', SLACK_SIGNING_SECRET: SECRET, SLACK_API_URL: api.apiUrl, PORT: String(port), DATABASE_URL: databaseUrl, LOG_LEVEL: 'info' });
  const base = `http://127.0.0.1:${port}`;
  try {
    await healthy(base, shiplog);
    // The work after the ack starts with users.info; held there, the command is in flight.
    const release = api.hold('users.info');
    const ack = await sendCommand(`${base}/slack/events`, SECRET, { text: 'log Cut CI time in half with Claude, saved 2h', response_url: api.responseUrl() });
    expect(ack.status).toBe(200);
    await api.waitFor(() => api.heldCalls('users.info') === 1, 20_000);
    shiplog.child.kill('SIGTERM');
    // Stopped listening: a new connection is refused while the old command is still held.
    for (let i = 0; await fetch(`${base}/healthz`).then(() => true, () => false); i++) {
      if (i > 600) throw new Error(`still serving after SIGTERM: ${shiplog.stdout()}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(api.calls.filter((c) => c.method === 'response_url')).toEqual([]);
    release();
    expect(await shiplog.exited).toBe(0);
  } finally {
    shiplog.child.kill('SIGKILL');
  }
  expect(api.calls.find((c) => c.method === 'response_url')?.params.text).toMatch(/^Logged win #1/);
  const lines = shiplog.stdout().trim().split('\n').map((l) => JSON.parse(l) as { msg: string; reqId?: string });
  const at = (msg: string) => lines.findIndex((l) => l.msg === msg);
  // The win was written after the shutdown began, as part of its request; then the database closed.
  expect(at('shutting down: finishing the requests, sends and tick in flight')).toBeLessThan(at('win logged'));
  expect(lines[at('win logged')]!.reqId).toEqual(expect.any(String));
  expect(lines.at(-1)!.msg).toBe('stopped');
  const store = await openStore(databaseUrl);
  try {
    const ada = await store.findPersonByPlatformId('slack', 'U0ADA');
    expect(await store.listWinsByAuthor(ada!.id, 5)).toMatchObject([{ text: 'Cut CI time in half with Claude, saved 2h', minutes: 120 }]);
  } finally {
    await store.close();
  }
}, TIMEOUT_MS);
