/* eslint-disable @typescript-eslint/no-unsafe-argument -- activities are JSON as sent on the wire */
/**
 * `src/main.ts` as a child process with Slack and Teams configured together: one HTTP
 * server serves both, and each team's digest goes to its own platform. Without a Teams
 * app id or TEAMS_ENABLED, /api/messages is not served at all.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeBotConnector, type FakeBotConnector } from '../support/fake-bot-connector.js';
import { startFakeSlackApi, type FakeSlackApi } from '../support/fake-slack-api.js';
import { freePort, healthy, spawnShiplog, type ShiplogProcess } from '../support/shiplog-server.js';
import { sendCommand } from '../support/slack-requests.js';
import { activity, cardText, TOM } from '../adapters/teams/teams-harness.js';

const SECRET = 'e2e-signing-secret';
/** Starting a child process through tsx is slow on a busy machine; this bounds the whole test. */
const TIMEOUT_MS = 90_000;

function start(env: Record<string, string>): ShiplogProcess {
  return spawnShiplog({ SLACK_BOT_TOKEN: 'xoxb-test', SLACK_SIGNING_SECRET: SECRET, SLACK_API_URL: slack.apiUrl, LOG_LEVEL: 'warn', ...env });
}

let dir: string;
let slack: FakeSlackApi;
let connector: FakeBotConnector;
beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shiplog-both-e2e-'));
  slack = await startFakeSlackApi();
  slack.addUser({ id: 'U0ADA', name: 'Ada', email: 'ada@acme.test', tz: 'Europe/Berlin', isAdmin: true });
  connector = await startFakeBotConnector();
  connector.addMember(TOM);
});
afterAll(async () => {
  await slack.close();
  await connector.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('npm start with Slack and Teams together', () => {
  it('serves both on one port; each team\'s digest goes to its own platform', async () => {
    const port = await freePort();
    const shiplog = start({ PORT: String(port), DATABASE_URL: `file:${path.join(dir, 'both.db')}`, TEAMS_ENABLED: 'true', SHIPLOG_ADMINS: TOM.aadObjectId, LOG_LEVEL: 'info' });
    const { child, exited, stdout } = shiplog;
    try {
      const base = `http://127.0.0.1:${port}`;
      await healthy(base, shiplog);
      expect(stdout()).toMatch(/WITHOUT authentication/);
      const slashes = ['team create Atlas', 'team add Atlas <@U0ADA>', 'team channel Atlas <#C0ATLAS|atlas>', 'digest send Atlas'];
      const answers = () => slack.calls.filter((c) => c.method === 'response_url').length;
      for (const text of slashes) {
        // As a person would: each command's answer arrives before the next is typed (work after an ack may interleave).
        const before = answers();
        expect((await sendCommand(`${base}/slack/events`, SECRET, { text, response_url: slack.responseUrl() })).status).toBe(200);
        await slack.waitFor(() => answers() > before, 15_000);
      }

      const teams = (body: object) => fetch(`${base}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
      const from = { from: { id: TOM.id, name: TOM.name, aadObjectId: TOM.aadObjectId } };
      const general = { type: 'mention', text: '<at>General</at>', mentioned: { id: '19:core-general@thread.tacv2', name: 'General', type: 'channel' } };
      const bot = { type: 'mention', text: '<at>shiplog</at>', mentioned: { id: '28:shiplog-bot', name: 'shiplog' } };
      for (const text of ['team create Core', `team add Core <at>Tom Baker</at>`, 'team channel Core <at>General</at>', 'digest send Core']) {
        const entities = [bot, general, { type: 'mention', text: '<at>Tom Baker</at>', mentioned: { id: TOM.id, name: 'Tom Baker' } }];
        const res = await teams(activity('message-channel-mention', connector, { ...from, text: `<at>shiplog</at> ${text}`, entities }));
        expect(res.status).toBe(200);
      }

      await slack.waitFor((calls) => calls.some((c) => c.method === 'chat.postMessage' && c.params.channel === 'C0ATLAS'), 15_000);
      await connector.waitFor((sent) => sent.some((s) => s.conversationId === '19:core-general@thread.tacv2'), 15_000);
      const slackDigest = slack.calls.filter((c) => c.method === 'chat.postMessage' && c.params.channel === 'C0ATLAS');
      expect(slackDigest).toHaveLength(1);
      expect(JSON.stringify(slackDigest[0]!.params)).toMatch(/Atlas/);
      const teamsDigest = connector.sent().filter((s) => s.conversationId === '19:core-general@thread.tacv2');
      expect(teamsDigest).toHaveLength(1);
      expect(cardText(teamsDigest[0]!.activity)).toMatch(/Core/);
      // Neither platform got the other's digest.
      expect(JSON.stringify(slack.calls.filter((c) => c.method === 'chat.postMessage'))).not.toMatch(/Core/);
      expect(connector.sent().some((s) => /Atlas/.test(cardText(s.activity)))).toBe(false);
      for (const c of connector.cards()) expect(c.problems).toEqual([]);
    } finally {
      child.kill('SIGTERM');
    }
    expect(await exited).toBe(0);
  }, TIMEOUT_MS);

  it('without MicrosoftAppId or TEAMS_ENABLED, /api/messages is not served', async () => {
    const port = await freePort();
    const shiplog = start({ PORT: String(port), DATABASE_URL: `file:${path.join(dir, 'slack-only.db')}` });
    const { child, exited } = shiplog;
    try {
      const base = `http://127.0.0.1:${port}`;
      await healthy(base, shiplog);
      const res = await fetch(`${base}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(activity('message-personal', connector)) });
      expect(res.status).toBe(404);
    } finally {
      child.kill('SIGTERM');
    }
    expect(await exited).toBe(0);
  }, TIMEOUT_MS);
});
