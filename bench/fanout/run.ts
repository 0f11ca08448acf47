/**
 * The weekly check-in fan-out on Slack: N people (10,000 by default) all due at the same
 * moment, sent by shiplog's own scheduler path (`runDue`) and Slack sender through a fake Web
 * API in its own process that enforces Slack's per-method limits (`tiered-slack-api.ts`).
 * Time is scaled: a Slack minute lasts 60 / SCALE seconds on the fake, and shiplog's pacing
 * gaps are divided by SCALE alike, so the run takes minutes instead of hours. Meanwhile
 * signed `/shiplog log` commands arrive at 10 a second (scaled time is not applied to them).
 * Reports wall time against the least the limits allow, 429s, messages lost, and the
 * commands' ack p50/p99.
 *
 *   npx tsx bench/fanout/run.ts [people=10000] [scale=60]
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createSlackAdapter, SLACK_EVENTS_PATH } from '../../adapters/slack/slack-app.js';
import { createSlackChat } from '../../adapters/slack/slack-chat.js';
import { createApp } from '../../src/app/create-app.js';
import { teamNameKey } from '../../src/core/team-name.js';
import { openStore } from '../../src/db/open-store.js';
import { startHttpServer } from '../../src/http-server.js';
import { fixture, signature, slashCommandBody } from '../../tests/support/slack-requests.js';
import { SLACK_LIMITS } from '../../tests/support/tiered-slack-api.js';

const PEOPLE = Number(process.argv[2] ?? 10_000);
const SCALE = Number(process.argv[3] ?? 60);
const SECRET = 'bench-fanout-secret';
const ROOT = path.resolve(import.meta.dirname, '../..');
// Thursday 3 December 2026, 15:00 in Berlin: everyone's check-in is due (the default thu 15:00).
const DUE = new Date('2026-12-03T14:00:30Z');
const quiet = { debug() {}, info() {}, warn() {}, error() {} };
const loadavg = () => fs.readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const percentile = (sorted: number[], p: number): number => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;

function startFake(): { child: ChildProcess; ready: Promise<string[]> } {
  const child = spawn(process.execPath, ['--import', 'tsx', 'bench/fanout/fake-process.ts', String(SCALE)], { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit', 'ipc'] });
  const ready = new Promise<string[]>((resolve) => {
    let out = '';
    child.stdout!.on('data', (c: Buffer) => {
      out += c.toString();
      const line = out.split('\n').find((l) => l.startsWith('ready'));
      if (line !== undefined) resolve(line.split(' ').slice(1));
    });
  });
  return { child, ready };
}

interface Counts { accepted: Record<string, number>; refused: Record<string, number>; channels: number; posts: number }
const countsOf = (fake: ChildProcess): Promise<Counts> => new Promise((resolve) => { fake.once('message', (m) => resolve(m as Counts)); fake.send('counts'); });

const fake = startFake();
const [apiUrl = '', responseBase = ''] = await fake.ready;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shiplog-fanout-'));
// People joined two weeks before; the clock then stands at the due moment.
let now = new Date(DUE.getTime() - 14 * 86_400_000);
const clock = { now: () => new Date(now) };
const store = await openStore(`file:${path.join(dir, 'fanout.db')}`, { clock });
await store.setSetting('workspace', 'timezone', 'Europe/Berlin');
// Teams of 25, as in bench/digest: check-ins go to people in a team.
let team = null as Awaited<ReturnType<typeof store.createTeam>>;
for (let i = 0; i < PEOPLE; i++) {
  if (i % 25 === 0) team = await store.createTeam({ name: `Team ${i / 25}`, nameKey: teamNameKey(`Team ${i / 25}`) });
  const person = await store.createPerson({ platform: 'slack', platformUserId: `U${String(i).padStart(6, '0')}`, displayName: `Person ${i}`, email: `p${i}@acme.test`, timeZone: 'Europe/Berlin', isAdmin: i === 0 });
  await store.upsertMembership(team!.id, person.id, false);
}
now = DUE;
// shiplog's own pacing (1 s per channel, 250 ms between posts, 600 ms between status look-ups), scaled.
const chat = createSlackChat({ botToken: 'xoxb-bench', apiUrl, perChannelGapMs: 1000 / SCALE, globalGapMs: 250 / SCALE, presenceGapMs: 600 / SCALE, rateWindowMs: 60_000 / SCALE, log: quiet });
const app = createApp({ store, clock, log: quiet, platforms: [chat] });
const adapter = createSlackAdapter({ app, botToken: 'xoxb-bench', signingSecret: SECRET, apiUrl, log: quiet, usersInfo: chat.usersInfo });
await adapter.start();
const server = await startHttpServer(0, [{ method: 'POST', path: SLACK_EVENTS_PATH, listener: adapter.requestListener! }], { host: '127.0.0.1' });
const url = `http://127.0.0.1:${server.port}${SLACK_EVENTS_PATH}`;

// Slack minutes the limits need at the least: every check-in is one status look-up and one post.
const minimumMinutes = Math.max(PEOPLE / SLACK_LIMITS['users.info']!, PEOPLE / SLACK_LIMITS['chat.postMessage']!);
const loadBefore = loadavg().split(' ')[0];
console.log(`fan-out bench: ${PEOPLE.toLocaleString('en-US')} people, time scale ${SCALE}x (a Slack minute = ${(60 / SCALE).toFixed(2)} s); load average ${loadavg()}`);

let fanning = true;
const acks: number[] = [];
let commandErrors = 0;
let sent = 0;
const commands = (async () => {
  const pending: Promise<void>[] = [];
  while (fanning) {
    const id = sent++;
    const body = slashCommandBody({ ...fixture<Record<string, string>>('slash-command'), text: `log Shipped fan-out change ${id} with Claude`, user_id: `U${String(id % 50).padStart(6, '0')}`, response_url: `${responseBase}/cmd-${id}`, trigger_id: `fanout.${id}` });
    const ts = Math.floor(Date.now() / 1000);
    const started = performance.now();
    pending.push(fetch(url, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-slack-request-timestamp': String(ts), 'x-slack-signature': signature(SECRET, ts, body) }, body, signal: AbortSignal.timeout(10_000) })
      .then(async (r) => { await r.text(); if (r.status !== 200) commandErrors++; acks.push(performance.now() - started); }, () => { commandErrors++; acks.push(performance.now() - started); }));
    await sleep(100);
  }
  await Promise.all(pending);
})();

// The minute before: the tick that settles the two weeks since people joined (20,000 missed
// check-ins and reminders, skipped). A running shiplog did that long before; timed apart.
now = new Date(DUE.getTime() - 60_000);
const earlierStarted = performance.now();
const earlier = await app.runDue();
const earlierWall = (performance.now() - earlierStarted) / 1000;
now = DUE;
const started = performance.now();
const report = await app.runDue();
await chat.drain();
const wall = (performance.now() - started) / 1000;
fanning = false;
await commands;
await sleep(1000);
const counts = await countsOf(fake.child);
const checkins = report.sent.filter((k) => k.startsWith('checkin ')).length;
const lost = PEOPLE - counts.channels;
const twice = counts.posts - counts.channels;
const minimum = minimumMinutes * (60 / SCALE);
acks.sort((a, b) => a - b);
console.log(`earlier tick: ${earlier.skipped.length.toLocaleString('en-US')} missed items settled (skipped) in ${earlierWall.toFixed(1)} s, ${earlier.sent.length} sent`);
console.log(`check-ins sent: ${checkins.toLocaleString('en-US')} (report), ${counts.channels.toLocaleString('en-US')} people got one (${counts.posts.toLocaleString('en-US')} posts); lost: ${lost}, sent twice: ${twice}; skipped ${report.skipped.length}, failed ${report.failed.length}`);
console.log(`wall time ${wall.toFixed(1)} s = ${(wall / (60 / SCALE)).toFixed(1)} Slack minutes; least the limits allow ${minimum.toFixed(1)} s = ${minimumMinutes.toFixed(1)} Slack minutes; ratio ${(wall / minimum).toFixed(2)}x`);
console.log(`429s: ${JSON.stringify(counts.refused)}; accepted: ${JSON.stringify(counts.accepted)}`);
const [p50, p99, max] = [percentile(acks, 50), percentile(acks, 99), acks.at(-1) ?? NaN].map(Math.round);
console.log(`slash commands during both ticks: ${acks.length} sent at 10/s, ${commandErrors} errors, ack p50 ${p50} ms, p99 ${p99} ms, max ${max} ms; load average ${loadavg()}`);
const refused = Object.values(counts.refused).reduce((a, b) => a + b, 0);
const at = new Date().toISOString();
console.log('table row (bench/README.md):');
console.log(`| ${at.slice(0, 10)}, ${at.slice(11, 16)} UTC | load ≈ ${loadBefore}–${loadavg().split(' ')[0]} | ${PEOPLE.toLocaleString('en-US')} | ${SCALE}x | ${wall.toFixed(1)} s (${(wall / (60 / SCALE)).toFixed(0)}) | ${minimum.toFixed(1)} s (${minimumMinutes.toFixed(0)}) | ${(wall / minimum).toFixed(2)}x | ${refused} | ${lost}${twice > 0 ? ` (${twice} twice)` : ''} | ${p50} / ${p99} / ${max} ms, ${commandErrors} |`);
await server.close();
await adapter.stop();
await store.close();
fake.child.disconnect();
fs.rmSync(dir, { recursive: true, force: true });
