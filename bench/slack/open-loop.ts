/**
 * Open-loop load: signed `/shiplog log …` commands at fixed rates (default 100, 200 and 500 a
 * second, 20 s each), sent on schedule whether or not earlier ones were answered, to shiplog
 * (`src/main.ts`, a temp SQLite file) and, in the same run, to a bare Bolt app that only acks
 * and responds. Both call the same local fake Slack API, which runs in its own process.
 * Each target's 20 s run as alternating slices (BENCH_ROUNDS, 4 by default): this machine's CPU
 * speed swings by up to 2x within seconds (a fixed loop measured 33–141 ms), so back-to-back
 * 20 s phases compared different machines.
 * Reports per target and rate: ack latency p50/p99/max, errors (no answer within 10 s or not
 * 200), commands answered busy, server CPU per request (from /proc), response_url posts; and
 * for shiplog, wins stored against commands accepted.
 *
 *   npx tsx bench/slack/open-loop.ts [rates=100,200,500] [seconds=20]
 *   BENCH_IMPORT_ROWS=1000000 npx tsx bench/slack/open-loop.ts   # while imports run
 *
 * With BENCH_IMPORT_ROWS, `npm run ingest`'s CLI imports generated CSVs of that many rows into
 * shiplog's database back to back for the whole of each rate (shiplog's and bare Bolt's slices
 * alike, so both share the machine with it); each file holds days the others do not, so every
 * import writes new rows (BENCH_IMPORT_FILES, 8 by default, before they repeat).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { fixture, signature, slashCommandBody } from '../../tests/support/slack-requests.js';

const SECRET = 'bench-signing-secret';
// BENCH_PEOPLE: how many people send the commands. shiplog looks each one up (users.info) once
// and caches the profile; the look-ups share Slack's Tier 4 (100 a minute) with the fan-out, so
// a warm-up meets at most 100 people a minute.
const USERS = Number(process.env.BENCH_PEOPLE ?? 500);
const rates = (process.argv[2] ?? '100,200,500').split(',').map(Number);
const seconds = Number(process.argv[3] ?? 20);
const ROOT = path.resolve(import.meta.dirname, '../..');
const TIMEOUT_MS = 10_000;
const IMPORT_ROWS = Number(process.env.BENCH_IMPORT_ROWS ?? 0);
// BENCH_ROUNDS: each rate's seconds per target are split into this many slices, the targets taking turns.
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 4);
// Distinct import files (different days); after the last one the first is imported again (rows already stored).
const IMPORT_FILES = Number(process.env.BENCH_IMPORT_FILES ?? 8);

const percentile = (sorted: number[], p: number): number => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const loadavg = () => fs.readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');

/** CPU seconds (user + system) a process has used so far. */
function cpuSeconds(pid: number): number {
  const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  // Clock ticks of 1/100 s (USER_HZ on Linux).
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

function start(args: string[], env: Record<string, string>, ipc = false): { child: ChildProcess; ready: Promise<string> } {
  const child = spawn(process.execPath, ['--import', 'tsx', ...args], { cwd: ROOT, env: { PATH: process.env.PATH ?? '', ...env }, stdio: ['ignore', 'pipe', 'inherit', ...(ipc ? ['ipc' as const] : [])] });
  const ready = new Promise<string>((resolve) => {
    let out = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const line = out.split('\n').find((l) => l.startsWith('ready'));
      if (line !== undefined) resolve(line);
    });
  });
  return { child, ready };
}

async function freePort(): Promise<number> {
  const net = await import('node:net');
  return new Promise((resolve) => {
    const probe = net.createServer().listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === 'object' && address !== null ? address.port : 0));
    });
  });
}

interface Outcome { ms: number; status: number; busy: boolean; text: string }

/** The ingest CLI as `npm run ingest` runs it, on `csv` into `dbFile`; resolves when it ends. */
function startImport(csv: string, dbFile: string): { started: number; done: Promise<{ code: number | null; seconds: number; out: string }> } {
  const started = performance.now();
  const child = spawn(process.execPath, ['--import', 'tsx', '--max-old-space-size=192', 'src/ingest-cli.ts', csv], { cwd: ROOT, env: { PATH: process.env.PATH ?? '', DATABASE_URL: `file:${dbFile}`, LOG_LEVEL: 'silent' }, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  child.stdout.on('data', (c: Buffer) => (out += c.toString()));
  child.stderr.on('data', (c: Buffer) => (out += c.toString()));
  return { started, done: new Promise((resolve) => child.once('close', (code) => resolve({ code, seconds: (performance.now() - started) / 1000, out }))) };
}

let nextFile = 0;
/** Imports the files one after another (cycling) until stopped; `stop` waits for the running one and sums up. */
function backgroundImports(csvs: string[], dbFile: string): { stop(): Promise<string> } {
  let stopping = false;
  const ended: { code: number | null; seconds: number; out: string }[] = [];
  const loop = (async () => {
    while (!stopping) ended.push(await startImport(csvs[nextFile++ % csvs.length]!, dbFile).done);
  })();
  return {
    async stop() {
      stopping = true;
      await loop;
      const failed = ended.filter((r) => r.code !== 0);
      return `${ended.length} × ${IMPORT_ROWS.toLocaleString('en-US')} rows, ${ended.map((r) => r.seconds.toFixed(0)).join(' + ')} s${failed.length === 0 ? ', all exit 0' : `; ${failed.length} failed: ${failed[0]!.out.trim().split('\n').at(-1)}`}`;
    },
  };
}

/** One signed command; resolves with how it was answered (status 0: no answer in time). */
async function send(url: string, text: string, user: string, responseUrl: string, trigger: string): Promise<Outcome> {
  const body = slashCommandBody({ ...fixture<Record<string, string>>('slash-command'), text, user_id: user, user_name: user, response_url: responseUrl, trigger_id: trigger });
  const timestamp = Math.floor(Date.now() / 1000);
  const started = performance.now();
  try {
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-slack-request-timestamp': String(timestamp), 'x-slack-signature': signature(SECRET, timestamp, body) },
      body,
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
    const answer = await res.text();
    return { ms: performance.now() - started, status: res.status, busy: answer.includes('too busy'), text };
  } catch {
    return { ms: performance.now() - started, status: 0, busy: false, text };
  }
}

/** Sends `rate` commands a second for `seconds`, on schedule, and waits for every answer. */
async function phase(url: string, tag: string, rate: number, responseBase: string, duration = seconds): Promise<Outcome[]> {
  const total = rate * duration;
  const pending: Promise<Outcome>[] = [];
  const t0 = performance.now();
  let sent = 0;
  while (sent < total) {
    const due = Math.min(total, Math.floor(((performance.now() - t0) / 1000) * rate) + 1);
    for (; sent < due; sent++) {
      const id = `${tag}-${sent}`;
      pending.push(send(url, `log Shipped change ${id} with Claude, saved 20 min`, `U${String(sent % USERS).padStart(5, '0')}`, `${responseBase}/${id}`, `bench.${id}`));
    }
    await sleep(5);
  }
  return Promise.all(pending);
}

async function responsesFor(fake: ChildProcess, prefix: string): Promise<number> {
  return new Promise((resolve) => {
    const onMessage = (m: { prefix: string; counts: number }) => { if (m.prefix === prefix) { fake.off('message', onMessage); resolve(m.counts); } };
    fake.on('message', onMessage);
    fake.send({ prefix });
  });
}

/** Waits until the posts to a prefix stop growing (or reach `expected`). */
async function settle(fake: ChildProcess, prefix: string, expected: number): Promise<number> {
  let last = -1;
  for (let quiet = 0; quiet < 6; ) {
    const now = await responsesFor(fake, prefix);
    if (now >= expected) return now;
    quiet = now === last ? quiet + 1 : 0;
    last = now;
    await sleep(500);
  }
  return last;
}

const fake = start(['bench/slack/fake-api-process.ts', String(USERS)], {}, true);
const [, apiUrl = '', responseBase = ''] = (await fake.ready).split(' ');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shiplog-bench-open-'));
const dbFile = path.join(dir, 'bench.db');
const shiplogPort = await freePort();
const boltPort = await freePort();
// BENCH_CPU_PROF=<dir>: shiplog and bare Bolt write CPU profiles there when they stop.
const profile = process.env.BENCH_CPU_PROF === undefined ? [] : ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_CPU_PROF}`];
const shiplog = start([...profile, 'src/main.ts'], { SLACK_BOT_TOKEN: 'xoxb-bench', SLACK_SIGNING_SECRET: SECRET, SLACK_API_URL: apiUrl, PORT: String(shiplogPort), DATABASE_URL: `file:${dbFile}`, LOG_LEVEL: 'error' });
const bare = start([...profile, 'bench/slack/bare-bolt.ts'], { SLACK_SIGNING_SECRET: SECRET, SLACK_API_URL: apiUrl, PORT: String(boltPort) });
await bare.ready;
while (!(await fetch(`http://127.0.0.1:${shiplogPort}/healthz`).then((r) => r.ok, () => false))) await sleep(100);

const targets = [
  { name: 'shiplog', url: `http://127.0.0.1:${shiplogPort}/slack/events`, pid: shiplog.child.pid! },
  { name: 'bare Bolt', url: `http://127.0.0.1:${boltPort}/slack/events`, pid: bare.child.pid! },
];
const accepted: string[] = [];
// Warm-up (not reported): JIT, connection pools, and shiplog meeting every person (users.info) once,
// as a running instance already has; 50 a second, long enough for each of the USERS to send one.
for (const [i, target] of targets.entries()) {
  const outcomes = await phase(target.url, `warm${i}`, 50, responseBase, Math.ceil(USERS / 50));
  if (target.name === 'shiplog') accepted.push(...outcomes.filter((o) => o.status === 200 && !o.busy).map((o) => o.text.slice('log '.length)));
}
await sleep(2000);
const csvs: string[] = [];
if (IMPORT_ROWS > 0) {
  // Files with different days: each import writes rows the database does not hold yet.
  const days = Math.ceil(IMPORT_ROWS / 5000);
  for (let i = 0; i < IMPORT_FILES; i++) {
    const csv = path.join(dir, `usage-${i}.csv`);
    await new Promise((resolve) => spawn(process.execPath, ['--import', 'tsx', 'bench/ingest/generate-csv.ts', String(IMPORT_ROWS), csv, String(i * days)], { cwd: ROOT, stdio: 'inherit' }).once('close', resolve));
    csvs.push(csv);
  }
}
console.log(`open-loop bench, ${seconds} s a rate and target in ${ROUNDS} alternating slices, ${USERS} people${csvs.length === 0 ? '' : `, while ${IMPORT_ROWS.toLocaleString('en-US')}-row imports run back to back`}; load average at start ${loadavg()}`);
console.log(`| rate | target | sent | answered 200 | busy | errors | ack p50 | ack p99 | ack max | response_url posts | CPU per request | load |${csvs.length === 0 ? '' : ' imports |'}`);
for (const rate of rates) {
  const importer = csvs.length === 0 ? undefined : backgroundImports(csvs, dbFile);
  // The first import gets past start-up and migrations and into its rows before the commands start.
  if (importer !== undefined) await sleep(3000);
  const totals = targets.map(() => ({ outcomes: [] as Outcome[], posts: 0, cpu: 0 }));
  for (let round = 0; round < ROUNDS; round++) {
    // Alternating slices: both targets meet the machine's slower and faster moments alike.
    const order = round % 2 === 0 ? [0, 1] : [1, 0];
    for (const i of order) {
      const target = targets[i]!;
      const total = totals[i]!;
      const tag = `r${rate}t${i}k${round}`;
      const cpu0 = cpuSeconds(target.pid);
      const outcomes = await phase(target.url, tag, rate, responseBase, seconds / ROUNDS);
      total.posts += await settle(fake.child, `${tag}-`, outcomes.filter((o) => o.status === 200 && !o.busy).length);
      total.cpu += cpuSeconds(target.pid) - cpu0;
      total.outcomes.push(...outcomes);
      await sleep(1000);
    }
  }
  const imports = importer === undefined ? '' : ` ${await importer.stop()} |`;
  for (const [i, target] of targets.entries()) {
    const { outcomes, posts, cpu } = totals[i]!;
    const ok = outcomes.filter((o) => o.status === 200);
    if (target.name === 'shiplog') accepted.push(...ok.filter((o) => !o.busy).map((o) => o.text.slice('log '.length)));
    const ms = outcomes.map((o) => o.ms).sort((a, b) => a - b);
    const f = (x: number) => `${Math.round(x).toLocaleString('en-US')} ms`;
    console.log(`| ${rate}/s | ${target.name} | ${outcomes.length} | ${ok.length} | ${ok.filter((o) => o.busy).length} | ${outcomes.length - ok.length} | ${f(percentile(ms, 50))} | ${f(percentile(ms, 99))} | ${f(ms.at(-1) ?? NaN)} | ${posts} | ${((cpu / outcomes.length) * 1000).toFixed(2)} ms | ${loadavg()} |${i === 0 ? imports : csvs.length === 0 ? '' : ' |'}`);
  }
  await sleep(2000);
}
shiplog.child.kill('SIGTERM');
await new Promise((resolve) => shiplog.child.once('close', resolve));
const db = new Database(dbFile, { readonly: true });
const stored = (db.prepare('SELECT text FROM wins').all() as { text: string }[]).map((r) => r.text);
db.close();
const storedSet = new Set(stored);
const missing = accepted.filter((t) => !storedSet.has(t)).length;
console.log(`shiplog: ${accepted.length} commands accepted (200, not busy), ${stored.length} wins stored, ${storedSet.size} distinct; accepted but not stored: ${missing}; stored twice: ${stored.length - storedSet.size}`);
bare.child.kill('SIGTERM');
fake.child.disconnect();
fs.rmSync(dir, { recursive: true, force: true });
