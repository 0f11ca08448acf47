/** Provider requests end in bounded time, and never repeat a secret from what the provider sent. */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { ProviderHttp } from '../../src/ingest/http-client.js';
import { FakeHttpServer, recordingSleep } from '../support/fake-http.js';

const KEY = 'sk-admin-PLANTEDkey0123456789abcdef';
const OTHER = 'xoxb-PLANTED-slack-token-998877';
const provider = { label: 'OpenAI', credential: 'OPENAI_ADMIN_KEY', headers: { authorization: `Bearer ${KEY}` } };

const servers: { close(): Promise<void> }[] = [];
afterEach(async () => { await Promise.all(servers.splice(0).map((s) => s.close())); });

async function fake(answer: () => { status: number; headers?: Record<string, string>; body: unknown }): Promise<FakeHttpServer> {
  const server = await new FakeHttpServer({ 'GET /v1/x': answer }).start();
  servers.push(server);
  return server;
}

describe('provider requests', () => {
  it('fails at once, with the reason, when Retry-After asks for more than the cap', async () => {
    const server = await fake(() => ({ status: 429, headers: { 'retry-after': '3600' }, body: { error: 'slow down' } }));
    const { waits, sleep } = recordingSleep();
    const http = new ProviderHttp(provider, { sleep, maxDelayMs: 60_000 });
    await expect(http.send(`${server.url}/v1/x`)).rejects.toThrow('OpenAI asked shiplog to wait 3600 s before calling /v1/x again (HTTP 429 rate limited), longer than the 60 s it waits; try again later.');
    expect(waits).toEqual([]);
  });

  it('gives a hung provider a total deadline, not attempts × timeout', async () => {
    const hung = http.createServer(() => undefined); // accepts, never answers
    await new Promise<void>((resolve) => hung.listen(0, '127.0.0.1', resolve));
    servers.push({ close: () => new Promise<void>((resolve) => { hung.closeAllConnections(); hung.close(() => resolve()); }) });
    const url = `http://127.0.0.1:${(hung.address() as AddressInfo).port}/v1/x`;
    const { waits, sleep } = recordingSleep();
    const client = new ProviderHttp(provider, { sleep, attempts: 5, timeoutMs: 200, deadlineMs: 500, baseDelayMs: 100 });
    await expect(client.send(url)).rejects.toThrow(/^OpenAI did not answer \/v1\/x successfully within 1 s \(\d attempts, last: network error: /);
    // Each attempt got at most what was left of the deadline, so five attempts were not all made.
    expect(waits.length).toBeLessThan(4);
  });

  it('takes the key and every configured secret out of a provider error body', async () => {
    const server = await fake(() => ({
      status: 400,
      body: { error: { message: `Invalid request. Key ${KEY} is not allowed; also saw ${OTHER} and token=abcd1234efgh and Bearer ${KEY}` } },
    }));
    const client = new ProviderHttp(provider, { secrets: [OTHER] });
    const error = (await client.send(`${server.url}/v1/x`).then(() => null, (e: unknown) => e)) as Error;
    expect(error.message).toMatch(/^OpenAI refused \/v1\/x with HTTP 400 \(/);
    for (const secret of [KEY, OTHER, 'abcd1234efgh', 'PLANTED']) expect(error.message).not.toContain(secret);
    expect(error.message).toContain('[redacted]');
  });
});
