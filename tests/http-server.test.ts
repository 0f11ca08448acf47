import fs from 'node:fs';
import type { RequestListener } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openStore } from '../src/db/open-store.js';
import { startHttpServer, type RunningServer } from '../src/http-server.js';
import { createMetrics } from '../src/metrics.js';

let server: RunningServer | undefined;
const cleanups: (() => void)[] = [];
afterEach(async () => {
  await server?.close();
  for (const c of cleanups.splice(0)) c();
});

const taken: RequestListener = (_req, res) => void res.writeHead(202).end('taken');
const hook = { method: 'POST' as const, path: '/hook', listener: taken };

describe('the HTTP server', () => {
  it('answers /healthz, routes by method and path, and says 404 or 405 otherwise', async () => {
    server = await startHttpServer(0, [hook], { host: '127.0.0.1' });
    const base = `http://127.0.0.1:${server.port}`;
    const health = await fetch(`${base}/healthz`);
    expect([health.status, await health.json()]).toEqual([200, { ok: true }]);
    const answer = await fetch(`${base}/hook?x=1`, { method: 'POST', body: 'x' });
    expect([answer.status, await answer.text()]).toEqual([202, 'taken']);
    const wrongMethod = await fetch(`${base}/hook`);
    expect([wrongMethod.status, wrongMethod.headers.get('allow')]).toEqual([405, 'POST']);
    expect((await fetch(`${base}/nowhere`, { method: 'POST', body: 'x' })).status).toBe(404);
  });

  it('answers /healthz 200 while the database answers and 503 once it does not', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shiplog-health-'));
    cleanups.push(() => fs.rmSync(dir, { recursive: true, force: true }));
    const store = await openStore(`file:${path.join(dir, 'shiplog.db')}`);
    server = await startHttpServer(0, [], { host: '127.0.0.1', health: () => store.ping() });
    const base = `http://127.0.0.1:${server.port}`;
    const up = await fetch(`${base}/healthz`);
    expect([up.status, await up.json()]).toEqual([200, { ok: true, database: 'ok' }]);
    await store.close();
    const down = await fetch(`${base}/healthz`);
    expect([down.status, await down.json()]).toEqual([503, { ok: false, database: 'not answering' }]);
  });

  it('serves Prometheus metrics: requests by route and outcome with latency, and event-loop lag', async () => {
    server = await startHttpServer(0, [hook], { host: '127.0.0.1', metrics: createMetrics() });
    const base = `http://127.0.0.1:${server.port}`;
    await fetch(`${base}/hook`, { method: 'POST', body: 'x' });
    await fetch(`${base}/hook`, { method: 'POST', body: 'x' });
    await fetch(`${base}/wp-admin/${Math.random()}`);
    const scrape = await fetch(`${base}/metrics`);
    expect(scrape.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
    const text = await scrape.text();
    expect(text).toContain('shiplog_http_requests_total{route="/hook",outcome="ok"} 2');
    // Unknown paths are one series, whatever is scanned.
    expect(text).toContain('shiplog_http_requests_total{route="other",outcome="client-error"} 1');
    expect(text).toContain('shiplog_http_request_duration_seconds_count{route="/hook",outcome="ok"} 2');
    expect(text).toMatch(/shiplog_http_request_duration_seconds_bucket\{le="3",route="\/hook",outcome="ok"\} 2/);
    expect(text).toMatch(/^nodejs_eventloop_lag_seconds \d/m);
  });

  it('gives every request an id, keeping a plain one the caller sent', async () => {
    server = await startHttpServer(0, [hook], { host: '127.0.0.1' });
    const base = `http://127.0.0.1:${server.port}`;
    const given = await fetch(`${base}/healthz`, { headers: { 'x-request-id': 'lb-1234' } });
    expect(given.headers.get('x-request-id')).toBe('lb-1234');
    const odd = await fetch(`${base}/healthz`, { headers: { 'x-request-id': 'a b\u00e9<script>' } });
    const fresh = await fetch(`${base}/healthz`);
    expect(odd.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    expect(fresh.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    expect(fresh.headers.get('x-request-id')).not.toBe(odd.headers.get('x-request-id'));
  });
});
