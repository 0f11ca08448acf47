/**
 * Slack acknowledgement latency under load: N signed `/shiplog log …` commands, C at a time,
 * through the real Bolt receiver and app on a temp SQLite file, against the local fake Web
 * API. Reports how fast each request was answered (Slack's limit is 3 s; target p99 < 1 s)
 * and how long until every answer reached its response_url.
 *
 *   npx tsx bench/slack/ack-latency.ts [requests=500] [concurrency=20]
 */
import { createSlackAdapter, SLACK_EVENTS_PATH } from '../../adapters/slack/slack-app.js';
import { startHttpServer } from '../../src/http-server.js';
import { makeHarness } from '../../tests/support/app-harness.js';
import { startFakeSlackApi } from '../../tests/support/fake-slack-api.js';
import { sendCommand } from '../../tests/support/slack-requests.js';

const SECRET = 'bench-signing-secret';
const total = Number(process.argv[2] ?? 500);
const concurrency = Number(process.argv[3] ?? 20);
const quiet = { debug() {}, info() {}, warn() {}, error() {} };

const percentile = (sorted: number[], p: number): number => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;

async function main(): Promise<void> {
  const api = await startFakeSlackApi();
  for (let i = 0; i < 50; i++) api.addUser({ id: `U${String(i).padStart(4, '0')}`, name: `Person ${i}`, email: `p${i}@acme.test` });
  const h = await makeHarness(new Date().toISOString());
  const adapter = createSlackAdapter({ app: h.app, botToken: 'xoxb-bench', signingSecret: SECRET, apiUrl: api.apiUrl, log: quiet });
  await adapter.start();
  const server = await startHttpServer(0, [{ method: 'POST', path: SLACK_EVENTS_PATH, listener: adapter.requestListener! }], '127.0.0.1');
  const url = `http://127.0.0.1:${server.port}${SLACK_EVENTS_PATH}`;
  const latencies: number[] = [];
  let failures = 0;
  let next = 0;
  const started = performance.now();
  const worker = async (): Promise<void> => {
    while (next < total) {
      const i = next++;
      const res = await sendCommand(url, SECRET, { text: `log Shipped change ${i} with Claude, saved 20 min`, user_id: `U${String(i % 50).padStart(4, '0')}`, response_url: api.responseUrl() });
      if (res.status !== 200) failures++;
      latencies.push(res.elapsedMs);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  const acked = performance.now() - started;
  await api.waitFor((calls) => calls.filter((c) => c.method === 'response_url').length >= total, 120_000);
  const answered = performance.now() - started;
  latencies.sort((a, b) => a - b);
  const fmt = (ms: number): string => `${ms.toFixed(1)} ms`;
  console.log(`${total} commands, ${concurrency} at a time, ${failures} not answered 200`);
  console.log(`ack latency p50 ${fmt(percentile(latencies, 50))}, p95 ${fmt(percentile(latencies, 95))}, p99 ${fmt(percentile(latencies, 99))}, max ${fmt(latencies.at(-1) ?? NaN)}`);
  console.log(`all acknowledged after ${fmt(acked)}; all answers at response_url after ${fmt(answered)}`);
  await server.close();
  await adapter.stop();
  await api.close();
  await h.close();
}

void main();
