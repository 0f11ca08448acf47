/** Socket Mode: the real Bolt SocketModeReceiver, `apps.connections.open` on the fake Slack API, a local WebSocket. */
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { createSlackAdapter, type SlackAdapter } from '../../../adapters/slack/slack-app.js';
import { makeHarness, type Harness } from '../../support/app-harness.js';
import { startFakeSlackApi, type FakeSlackApi } from '../../support/fake-slack-api.js';
import { fixture } from '../../support/slack-requests.js';

const quiet = { debug() {}, info() {}, warn() {}, error() {} };

/** A stand-in for Slack's Socket Mode server: greets each connection and records what the app sends back. */
interface FakeSocketServer {
  url: string;
  received: Record<string, unknown>[];
  connected: Promise<WebSocket>;
  close(): Promise<void>;
}

async function startFakeSocketServer(): Promise<FakeSocketServer> {
  const server = new WebSocket.Server({ host: '127.0.0.1', port: 0 });
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  const received: Record<string, unknown>[] = [];
  const connected = new Promise<WebSocket>((resolve) => {
    server.on('connection', (socket) => {
      // The client sends text frames; ws hands them over as strings.
      socket.on('message', (data) => received.push(JSON.parse(typeof data === 'string' ? data : Buffer.from(data as Buffer).toString('utf8')) as Record<string, unknown>));
      // Slack opens every connection with a hello; the client is ready once it arrives.
      socket.send(JSON.stringify({ type: 'hello', num_connections: 1, connection_info: { app_id: 'A0SHIPLOG' } }));
      resolve(socket);
    });
  });
  return {
    url: `ws://127.0.0.1:${(server.address() as AddressInfo).port}/link/?ticket=test`,
    received,
    connected,
    close: () => new Promise<void>((resolve) => {
      for (const client of server.clients) client.terminate();
      server.close(() => resolve());
    }),
  };
}

async function until(predicate: () => boolean | Promise<boolean>, what: string): Promise<void> {
  for (let i = 0; i < 500; i++) {
    if (await predicate()) return;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error(`timed out waiting for ${what}`);
}

let h: Harness;
let api: FakeSlackApi;
let ws: FakeSocketServer;
let adapter: SlackAdapter;
beforeEach(async () => {
  h = await makeHarness(new Date().toISOString());
  api = await startFakeSlackApi();
  api.addUser({ id: 'U0ADA', name: 'Ada', email: 'ada@acme.test', tz: 'Europe/Berlin' });
  ws = await startFakeSocketServer();
  api.setSocketUrl(ws.url);
  adapter = createSlackAdapter({ app: h.app, botToken: 'xoxb-test', appToken: 'xapp-test', apiUrl: api.apiUrl, log: quiet });
});
afterEach(async () => {
  await adapter.stop();
  await ws.close();
  await api.close();
  await h.close();
});

describe('Socket Mode', () => {
  it('opens the connection through apps.connections.open, acks a slash command envelope and stores the win', async () => {
    await adapter.start();
    const socket = await ws.connected;
    expect(api.ok('apps.connections.open')).toHaveLength(1);
    const payload = { ...fixture('slash-command'), text: 'log Fixed the flaky checkout test with Copilot, saved 2h', response_url: api.responseUrl() };
    socket.send(JSON.stringify({ envelope_id: 'env-1', type: 'slash_commands', accepts_response_payload: true, payload }));
    await until(() => ws.received.some((m) => m.envelope_id === 'env-1'), 'the ack envelope');
    expect(ws.received.find((m) => m.envelope_id === 'env-1')).toEqual({ envelope_id: 'env-1', payload: {} });
    await api.waitFor((calls) => calls.some((c) => c.method === 'response_url'));
    const reply = api.calls.find((c) => c.method === 'response_url')!.params;
    expect(reply.text).toBe('Logged win #1 (bug-fix).');
    const ada = await h.store.findPersonByPlatformId('slack', 'U0ADA');
    expect(await h.store.listWinsByAuthor(ada!.id, 5)).toMatchObject([{ text: 'Fixed the flaky checkout test with Copilot, saved 2h', minutes: 120, source: 'command' }]);
  });
});
