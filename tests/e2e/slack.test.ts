/** Slack end to end: `src/main.ts` as a child process, a signed slash command over HTTP, a real SQLite file. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../../src/db/open-store.js';
import { startFakeSlackApi, type FakeSlackApi } from '../support/fake-slack-api.js';
import { freePort, healthy, spawnShiplog, type ShiplogProcess } from '../support/shiplog-server.js';
import { sendCommand } from '../support/slack-requests.js';

const SECRET = 'e2e-signing-secret';
/** Starting a child process through tsx is slow on a busy machine; this bounds the whole test, not Slack's deadline. */
const STARTUP_TIMEOUT_MS = 60_000;

/** `src/main.ts` as `npm start` runs it, with only the given environment plus Slack's settings. */
function startShiplog(env: Record<string, string>): ShiplogProcess {
  return spawnShiplog({ SLACK_BOT_TOKEN: 'xoxb-test', SLACK_SIGNING_SECRET: SECRET, SLACK_API_URL: api.apiUrl, LOG_LEVEL: 'warn', ...env });
}

let dir: string;
let api: FakeSlackApi;
beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shiplog-slack-e2e-'));
  api = await startFakeSlackApi();
  api.addUser({ id: 'U0ADA', name: 'Ada', email: 'ada@acme.test', tz: 'Europe/Berlin' });
});
afterAll(async () => {
  await api.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('npm start with Slack configured', () => {
  it('serves /slack/events: a signed /shiplog log is answered 200 within Slack\'s 3 s and the win is stored', async () => {
    const port = await freePort();
    const databaseUrl = `file:${path.join(dir, 'shiplog.db')}`;
    const shiplog = startShiplog({ PORT: String(port), DATABASE_URL: databaseUrl });
    const { child, exited } = shiplog;
    try {
      const base = `http://127.0.0.1:${port}`;
      await healthy(base, shiplog);
      const res = await sendCommand(`${base}/slack/events`, SECRET, { text: 'log Cut CI time in half with Claude, saved 2h', response_url: api.responseUrl() });
      expect(res.status).toBe(200);
      // NOTE: Slack's protocol deadline for acknowledging a slash command, not a performance target.
      expect(res.elapsedMs).toBeLessThan(3000);
      await api.waitFor((calls) => calls.some((c) => c.method === 'response_url'), 10_000);
      expect(api.calls.find((c) => c.method === 'response_url')!.params.text).toMatch(/^Logged win #1/);
    } finally {
      child.kill('SIGTERM');
    }
    expect(await exited).toBe(0);
    const store = await openStore(databaseUrl);
    try {
      const ada = await store.findPersonByPlatformId('slack', 'U0ADA');
      expect(await store.listWinsByAuthor(ada!.id, 5)).toMatchObject([{ text: 'Cut CI time in half with Claude, saved 2h', minutes: 120, source: 'command' }]);
    } finally {
      await store.close();
    }
  }, STARTUP_TIMEOUT_MS);

  it('stops at start-up with Slack\'s reason when the bot token is refused', async () => {
    api.failNext('auth.test', 'invalid_auth', 2);
    const port = await freePort();
    const { exited, stderr } = startShiplog({ PORT: String(port), DATABASE_URL: `file:${path.join(dir, 'refused.db')}` });
    expect(await exited).toBe(1);
    expect(stderr()).toContain('shiplog: could not start: Slack refused SLACK_BOT_TOKEN (invalid_auth)');
  }, STARTUP_TIMEOUT_MS);
});
