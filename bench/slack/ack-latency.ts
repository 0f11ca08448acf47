/**
 * Slack acknowledgement latency under load: N signed `/shiplog log …` commands, C at a time,
 * to shiplog started as `npm start` does (its own process, a temp SQLite file), whose Web API
 * calls go to the local fake. Reports how fast each request was answered (Slack's limit is
 * 3 s; target p99 < 1 s) and how long until every answer reached its response_url.
 *
 *   npx tsx bench/slack/ack-latency.ts [requests=500] [concurrency=20]
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { startFakeSlackApi } from '../../tests/support/fake-slack-api.js';
import { sendCommand } from '../../tests/support/slack-requests.js';

const SECRET = 'bench-signing-secret';
const total = Number(process.argv[2] ?? 500);
const concurrency = Number(process.argv[3] ?? 20);

const percentile = (sorted: number[], p: number): number => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = net.createServer().listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === 'object' && address !== null ? address.port : 0));
    });
  });
}

async function main(): Promise<void> {
  const api = await startFakeSlackApi();
  for (let i = 0; i < 50; i++) api.addUser({ id: `U${String(i).padStart(4, '0')}`, name: `Person ${i}`, email: `p${i}@acme.test` });
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shiplog-bench-slack-'));
  const port = await freePort();
  const env = { PATH: process.env.PATH ?? '', SLACK_BOT_TOKEN: 'xoxb-bench', SLACK_SIGNING_SECRET: SECRET, SLACK_API_URL: api.apiUrl, PORT: String(port), DATABASE_URL: `file:${path.join(dir, 'bench.db')}`, LOG_LEVEL: 'error' };
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], { env, stdio: 'inherit' });
  const base = `http://127.0.0.1:${port}`;
  while (!(await fetch(`${base}/healthz`).then((r) => r.ok, () => false))) await new Promise((r) => setTimeout(r, 100));
  const url = `${base}/slack/events`;
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
  child.kill('SIGTERM');
  await new Promise((resolve) => child.once('close', resolve));
  await api.close();
  fs.rmSync(dir, { recursive: true, force: true });
}

void main();
