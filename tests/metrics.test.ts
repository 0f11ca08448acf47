/** GET /metrics content: deliveries by kind and state, imports, provider failures (issue 11, item 8). */
import { afterEach, expect, it } from 'vitest';
import { ProviderHttp } from '../src/ingest/http-client.js';
import { createMetrics, type Metrics } from '../src/metrics.js';
import { makeDeliveryHarness, type DeliveryHarness } from './support/delivery-harness.js';
import { FakeHttpServer } from './support/fake-http.js';
import { makeIngestHarness } from './app/ingest/harness.js';

const closers: (() => Promise<void>)[] = [];
afterEach(async () => { for (const close of closers.splice(0)) await close(); });

/** The value of one sample line, e.g. `shiplog_imports_total{source="csv",status="complete"}`. */
async function sample(metrics: Metrics, series: string): Promise<number | undefined> {
  const line = (await metrics.render()).body.split('\n').find((l) => l.startsWith(`${series} `));
  return line === undefined ? undefined : Number(line.slice(series.length + 1));
}

it('counts scheduled deliveries by kind and state, as the tick reported them', async () => {
  const metrics = createMetrics();
  const h: DeliveryHarness = await makeDeliveryHarness('2026-11-23T00:00:00Z', { telemetry: metrics });
  closers.push(() => h.close());
  await h.person('Admin', 'UTC');
  const member = await h.person('Atlas member', 'Europe/Berlin');
  await h.team('Atlas', [member], { channel: 'atlas', timeZone: 'Europe/Berlin' });
  const counted = new Map<string, number>();
  for (let t = Date.parse('2026-11-26T00:00:00Z'); t <= Date.parse('2026-11-28T00:00:00Z'); t += 60 * 60_000) {
    const report = await h.tick(new Date(t));
    for (const key of report.sent) counted.set(key.split(' ')[0]!, (counted.get(key.split(' ')[0]!) ?? 0) + 1);
  }
  expect([...counted.keys()].sort()).toEqual(['checkin', 'digest', 'reminder', 'rollup']);
  for (const [kind, n] of counted) expect(await sample(metrics, `shiplog_deliveries_total{kind="${kind}",state="sent"}`)).toBe(n);
});

it('counts imports by source and status, with the rows they read', async () => {
  const metrics = createMetrics();
  const h = await makeIngestHarness([], metrics);
  closers.push(() => h.close());
  const ada = h.as('Ada');
  const csv = h.file('usage.csv', 'date,email,tool,input_tokens,output_tokens\n2026-11-23,ada@example.com,Claude,10,2\n2026-11-24,ada@example.com,Claude,5,1\n');
  await h.app.handleCommand(ada, `import ${csv}`);
  await h.app.handleCommand(ada, `import ${csv}`);
  expect(await sample(metrics, 'shiplog_imports_total{source="csv",status="complete"}')).toBe(2);
  expect(await sample(metrics, 'shiplog_import_rows_total{source="csv"}')).toBe(4);
});

it('counts failed provider calls by provider and reason', async () => {
  const metrics = createMetrics();
  const provider = await new FakeHttpServer({ 'GET /ok': () => ({ body: { ok: true } }), 'GET /denied': () => ({ status: 401, body: { error: 'bad key' } }) }).start();
  closers.push(() => provider.close());
  provider.failFirst((r) => r.path === '/ok', { status: 503, body: 'down' }, { status: 429, headers: { 'retry-after': '0' }, body: 'slow down' });
  const http = new ProviderHttp({ label: 'Acme', credential: 'ACME_KEY', headers: { authorization: 'Bearer k' } }, { onFailure: metrics.providerFailure, sleep: () => Promise.resolve() });
  await http.send(`${provider.url}/ok`);
  await expect(http.send(`${provider.url}/denied`)).rejects.toThrow(/refused the credential/);
  expect(await sample(metrics, 'shiplog_provider_errors_total{provider="Acme",reason="server-error"}')).toBe(1);
  expect(await sample(metrics, 'shiplog_provider_errors_total{provider="Acme",reason="rate-limited"}')).toBe(1);
  expect(await sample(metrics, 'shiplog_provider_errors_total{provider="Acme",reason="auth"}')).toBe(1);
});
