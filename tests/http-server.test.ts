import { afterEach, describe, expect, it } from 'vitest';
import { startHttpServer, type RunningServer } from '../src/http-server.js';

let server: RunningServer | undefined;
afterEach(async () => { await server?.close(); });

describe('the HTTP server', () => {
  it('answers /healthz, routes by method and path, and says 404 or 405 otherwise', async () => {
    server = await startHttpServer(0, [{ method: 'POST', path: '/hook', listener: (_req, res) => void res.writeHead(202).end('taken') }], '127.0.0.1');
    const base = `http://127.0.0.1:${server.port}`;
    const health = await fetch(`${base}/healthz`);
    expect([health.status, await health.json()]).toEqual([200, { ok: true }]);
    const hook = await fetch(`${base}/hook?x=1`, { method: 'POST', body: 'x' });
    expect([hook.status, await hook.text()]).toEqual([202, 'taken']);
    const wrongMethod = await fetch(`${base}/hook`);
    expect([wrongMethod.status, wrongMethod.headers.get('allow')]).toEqual([405, 'POST']);
    expect((await fetch(`${base}/nowhere`, { method: 'POST', body: 'x' })).status).toBe(404);
  });
});
