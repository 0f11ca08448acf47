/**
 * The front door before Bolt: body size and concurrent unauthenticated bodies are capped,
 * and a request without a signature is refused before its body is read.
 */
import http from 'node:http';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startSlackHarness, type SlackHarness } from './slack-harness.js';

let s: SlackHarness;
beforeEach(async () => { s = await startSlackHarness({ limits: { maxBodyBytes: 4096, maxPendingBodies: 2 } }); });
afterEach(async () => { await s.close(); });

interface Opened {
  req: http.ClientRequest;
  response: Promise<{ status: number; body: string; headers: http.IncomingHttpHeaders }>;
}

/** Starts a POST with Slack's headers and leaves the body to the caller. */
function open(headers: Record<string, string>): Opened {
  const ts = String(Math.floor(Date.now() / 1000));
  const req = http.request(s.url, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-slack-request-timestamp': ts, 'x-slack-signature': `v0=${'0'.repeat(64)}`, ...headers } });
  const response = new Promise<{ status: number; body: string; headers: http.IncomingHttpHeaders }>((resolve, reject) => {
    req.on('response', (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => { body += c; });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body, headers: res.headers }));
    });
    req.on('error', reject);
  });
  return { req, response };
}

describe('the Slack front door', () => {
  it('refuses a declared body over the cap before reading it', async () => {
    const { req, response } = open({ 'content-length': String(4 * 1024 * 1024) });
    req.write('payload=');
    const res = await response;
    expect(res.status).toBe(413);
    expect(res.body).toBe('the body is larger than 4096 bytes');
    req.destroy();
  });

  it('stops reading a streamed body at the cap', async () => {
    const { req, response } = open({ 'transfer-encoding': 'chunked' });
    for (let i = 0; i < 10; i++) req.write('x'.repeat(1000));
    const res = await response;
    expect(res.status).toBe(413);
    req.destroy();
  });

  it('refuses a request without a signature before its body is read', async () => {
    const { req, response } = open({ 'x-slack-signature': '', 'content-length': '1000' });
    req.write('payload=');
    expect((await response).status).toBe(401);
    req.destroy();
  });

  it('answers 503 with Retry-After when too many unauthenticated bodies are being read', async () => {
    const slow = [open({ 'content-length': '1000' }), open({ 'content-length': '1000' })];
    for (const { req } of slow) req.write('payload=');
    // The two slow bodies are being read once the server has seen their headers; a third waits for neither.
    let third = open({ 'content-length': '10' });
    third.req.end('payload=xx');
    for (let tries = 0; (await third.response).status !== 503 && tries < 50; tries++) {
      third = open({ 'content-length': '10' });
      third.req.end('payload=xx');
    }
    const refused = await third.response;
    expect(refused).toMatchObject({ status: 503, body: 'too many requests at once; retry shortly' });
    expect(refused.headers['retry-after']).toBe('1');
    for (const { req } of slow) req.end('x'.repeat(992));
    expect((await Promise.all(slow.map((o) => o.response))).map((r) => r.status)).toEqual([401, 401]);
    // With the slow ones gone, a genuine command goes through again.
    expect((await s.command('help')).status).toBe(200);
  });

  it('rejects a command it does not answer at once, repeating none of it', async () => {
    const hostile = `<script>${'x'.repeat(500)}`;
    const res = await s.command('help', { command: hostile });
    expect(res).toMatchObject({ status: 400, body: 'malformed Slack request: shiplog answers /shiplog only' });
  });
});
