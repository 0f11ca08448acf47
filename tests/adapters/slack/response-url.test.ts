/** Replies to a response_url: JSON posted as Slack expects, and every failure a rejection the error policy sees. */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, expect, it } from 'vitest';
import { postToResponseUrl, ResponseUrlError } from '../../../adapters/slack/response-url.js';

let server: http.Server | undefined;
afterEach(async () => {
  server?.closeAllConnections();
  await new Promise((resolve) => server?.close(resolve) ?? resolve(undefined));
  server = undefined;
});

async function serve(handler: http.RequestListener): Promise<string> {
  server = http.createServer(handler);
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/commands/T1/42/secret`;
}

it('posts the reply as JSON to the response_url and resolves on 200', async () => {
  const seen: { method?: string; path?: string; type?: string; body: string }[] = [];
  const url = await serve((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString()));
    req.on('end', () => {
      seen.push({ method: req.method, path: req.url, type: req.headers['content-type'], body });
      res.writeHead(200).end('ok');
    });
  });
  let connections = 0;
  server!.on('connection', () => connections++);
  await postToResponseUrl(url, { response_type: 'ephemeral', text: 'Logged #1 — Grüße' });
  await postToResponseUrl(url, { text: 'second, on the same kept-alive connection' });
  expect(seen).toHaveLength(2);
  expect(connections).toBe(1);
  expect(seen[0]).toEqual({ method: 'POST', path: '/commands/T1/42/secret', type: 'application/json', body: JSON.stringify({ response_type: 'ephemeral', text: 'Logged #1 — Grüße' }) });
});

it('rejects with the status when Slack refuses the post (an expired response_url)', async () => {
  const url = await serve((_req, res) => void res.writeHead(404).end('expired_url'));
  const failure = await postToResponseUrl(url, { text: 'late' }).catch((error: unknown) => error);
  expect(failure).toBeInstanceOf(ResponseUrlError);
  expect((failure as ResponseUrlError).status).toBe(404);
});

it('rejects when nobody answers in time, and when nobody listens', async () => {
  const url = await serve(() => undefined);
  await expect(postToResponseUrl(url, { text: 'hello?' }, 200)).rejects.toThrow('no answer from the response_url within 200 ms');
  await expect(postToResponseUrl('http://127.0.0.1:1/x', { text: 'hello?' })).rejects.toThrow(/ECONNREFUSED/);
});
