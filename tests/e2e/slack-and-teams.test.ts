/* eslint-disable @typescript-eslint/no-unsafe-argument -- activities are JSON as sent on the wire */
/**
 * `src/main.ts` as a child process with Slack and Teams configured together: one HTTP
 * server serves both, and each team's digest goes to its own platform. Without a Teams
 * app id or TEAMS_ENABLED, /api/messages is not served at all.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeBotConnector, type FakeBotConnector } from '../support/fake-bot-connector.js';
import { startFakeSlackApi, type FakeSlackApi } from '../support/fake-slack-api.js';
import { sendCommand } from '../support/slack-requests.js';
import { activity, cardText, TOM } from '../adapters/teams/teams-harness.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const SECRET = 'e2e-signing-secret';
/** Starting a child process through tsx is slow on a busy machine; this bounds the whole test. */
const TIMEOUT_MS = 90_000;

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === 'object' && address !== null ? address.port : 0));
    });
  });
}

function start(env: Record<string, string>): { child: ChildProcess; exited: Promise<number | null>; stderr: () => string; stdout: () => string } {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'src/main.ts')], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', SLACK_BOT_TOKEN: 'xoxb-test', SLACK_SIGNING_SECRET: SECRET, SLACK_API_URL: slack.apiUrl, LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  let stdout = '';
  child.stderr.on('data', (d: Buffer) => { stderr += d.toString(); });
  child.stdout.on('data', (d: Buffer) => { stdout += d.toString(); });
  return { child, exited: new Promise((resolve) => child.on('close', resolve)), stderr: () => stderr, stdout: () => stdout };
}

async function healthy(base: string, child: ChildProcess, stderr: () => string): Promise<void> {
  for (let i = 0; i < 1200; i++) {
    if (child.exitCode !== null) throw new Error(`shiplog exited early (${child.exitCode}): ${stderr()}`);
    if (await fetch(`${base}/healthz`).then((r) => r.ok, () => false)) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`shiplog never became healthy: ${stderr()}`);
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
    const { child, exited, stderr, stdout } = start({ PORT: String(port), DATABASE_URL: `file:${path.join(dir, 'both.db')}`, TEAMS_ENABLED: 'true', SHIPLOG_ADMINS: TOM.aadObjectId, LOG_LEVEL: 'info' });
    try {
      const base = `http://127.0.0.1:${port}`;
      await healthy(base, child, stderr);
      expect(stdout()).toMatch(/WITHOUT authentication/);
      const slashes = ['team create Atlas', 'team add Atlas <@U0ADA>', 'team channel Atlas <#C0ATLAS|atlas>', 'digest send Atlas'];
      for (const text of slashes) expect((await sendCommand(`${base}/slack/events`, SECRET, { text, response_url: slack.responseUrl() })).status).toBe(200);

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
    const { child, exited, stderr } = start({ PORT: String(port), DATABASE_URL: `file:${path.join(dir, 'slack-only.db')}` });
    try {
      const base = `http://127.0.0.1:${port}`;
      await healthy(base, child, stderr);
      const res = await fetch(`${base}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(activity('message-personal', connector)) });
      expect(res.status).toBe(404);
    } finally {
      child.kill('SIGTERM');
    }
    expect(await exited).toBe(0);
  }, TIMEOUT_MS);
});
