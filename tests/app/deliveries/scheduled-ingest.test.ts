/** The daily usage pull: once per UTC day per source, across instances, retried, then told to admins. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApp } from '../../../src/app/create-app.js';
import type { ShiplogApp } from '../../../src/app/types.js';
import { openStore } from '../../../src/db/open-store.js';
import { createUsageSources } from '../../../src/ingest/sources.js';
import { UsageSourceError, type DayRange, type Store, type UsageBatch, type UsageSource } from '../../../src/app/ports/index.js';
import { cursorMember, cursorRow, startFakeCursor } from '../../support/fake-cursor.js';
import { textOf } from '../../support/message-text.js';
import { recordingPlatform, type RecordingPlatform } from '../../support/recording-platform.js';

const silent = { info() {}, warn() {}, error() {} };

/** A source that records each pull's range and yields one record per day for ada@example.com. */
function fakeSource(name: string, failWith: string | null = null): UsageSource & { pulls: DayRange[] } {
  const pulls: DayRange[] = [];
  return {
    name, pulls,
    pull(range) {
      pulls.push(range);
      return Readable.from((function* (): Generator<UsageBatch> {
        if (failWith !== null) throw new UsageSourceError('SOURCE.AUTH', failWith);
        const records = [];
        for (let d = Date.parse(range.from); d <= Date.parse(range.to); d += 86_400_000) {
          const day = new Date(d).toISOString().slice(0, 10);
          records.push({ source: name, identity: 'ada@example.com', personId: null, day, tool: name, model: 'm', inputTokens: 100, outputTokens: 10, cachedTokens: 0, requests: 1, costMicros: 1000, activity: {} });
        }
        yield { records, rejected: [] };
      })());
    },
  };
}

interface Instance { app: ShiplogApp; store: Store; platform: RecordingPlatform; tick(iso: string | number): Promise<unknown> }

let dir: string;
const open: Store[] = [];
beforeEach(() => { dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shiplog-sched-ingest-')); });
afterEach(async () => {
  for (const s of open.splice(0)) await s.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

async function instance(sources: UsageSource[]): Promise<Instance> {
  let now = new Date('2026-11-23T00:00:00Z');
  const clock = { now: () => new Date(now) };
  const store = await openStore(`file:${path.join(dir, 'shared.db')}`, { clock });
  open.push(store);
  const platform = recordingPlatform(clock);
  const app = createApp({ store, clock, log: silent, platforms: [platform], sources });
  return { app, store, platform, tick: (at) => { now = new Date(at); return app.runDue(); } };
}

/** Ticks every `stepMin` minutes over [from, to], on each instance in turn. */
async function run(instances: Instance[], from: string, to: string, stepMin = 10): Promise<void> {
  for (let t = Date.parse(from); t <= Date.parse(to); t += stepMin * 60_000) for (const i of instances) await i.tick(t);
}

describe('the daily scheduled pull', () => {
  it('pulls every source once a UTC day at 02:00, reading the three days before, and stores the records', async () => {
    const openai = fakeSource('openai');
    const cursor = fakeSource('cursor');
    const a = await instance([openai, cursor]);
    await a.store.createPerson({ platform: 'console', platformUserId: 'ada', displayName: 'Ada', email: 'ada@example.com', timeZone: 'UTC', isAdmin: false });
    await run([a], '2026-11-23T00:00:00Z', '2026-11-25T23:50:00Z');
    for (const s of [openai, cursor]) {
      expect(s.pulls).toEqual([
        { from: '2026-11-20', to: '2026-11-22' },
        { from: '2026-11-21', to: '2026-11-23' },
        { from: '2026-11-22', to: '2026-11-24' },
      ]);
    }
    expect(await a.store.getDelivery('ingest', 'source:openai', '2026-11-24')).toMatchObject({ status: 'sent', attempts: 1 });
    const ada = await a.store.findPersonByPlatformId('console', 'ada');
    // Five days (11-20 … 11-24) from two sources, each day once despite overlapping pulls.
    expect(await a.store.usageTotalsForPerson(ada!.id, '2026-11-01', '2026-11-30')).toMatchObject({ inputTokens: 2 * 5 * 100, requests: 10 });
    const runs = await a.store.listImportRuns(20);
    expect(runs).toHaveLength(6);
    expect(runs.every((r) => r.trigger === 'schedule' && r.status === 'complete')).toBe(true);
  });

  it('waits for 02:00 UTC, and after a restart does not pull the same day again', async () => {
    const openai = fakeSource('openai');
    const a = await instance([openai]);
    await run([a], '2026-11-23T00:00:00Z', '2026-11-23T01:59:00Z', 1);
    expect(openai.pulls).toHaveLength(0);
    await a.tick('2026-11-23T02:00:00Z');
    expect(openai.pulls).toHaveLength(1);
    const restarted = await instance([openai]);
    await run([restarted], '2026-11-23T02:01:00Z', '2026-11-24T01:59:00Z');
    expect(openai.pulls).toHaveLength(1);
  });

  it('two instances on one database pull once a day between them', async () => {
    const first = fakeSource('anthropic');
    const second = fakeSource('anthropic');
    const a = await instance([first]);
    const b = await instance([second]);
    await run([a, b], '2026-11-23T00:00:00Z', '2026-11-25T23:50:00Z');
    expect(first.pulls.length + second.pulls.length).toBe(3);
    expect([...first.pulls, ...second.pulls].map((r) => r.to).sort()).toEqual(['2026-11-22', '2026-11-23', '2026-11-24']);
  });

  it('retries a failing source with backoff, then tells each admin once, with the reason', async () => {
    const copilot = fakeSource('copilot', 'The GitHub token was refused (401): check GITHUB_TOKEN.');
    const a = await instance([copilot]);
    await a.store.createPerson({ platform: 'console', platformUserId: 'admin', displayName: 'Admin', email: null, timeZone: 'UTC', isAdmin: true });
    await a.store.createPerson({ platform: 'console', platformUserId: 'bob', displayName: 'Bob', email: null, timeZone: 'UTC', isAdmin: false });
    await run([a], '2026-11-23T01:59:00Z', '2026-11-23T03:00:00Z', 1);
    expect(copilot.pulls).toHaveLength(4);
    expect(await a.store.getDelivery('ingest', 'source:copilot', '2026-11-23')).toMatchObject({
      status: 'failed', attempts: 4, lastError: 'The GitHub token was refused (401): check GITHUB_TOKEN.',
    });
    const told = a.platform.sent.filter((s) => textOf(s.message).includes('could not pull usage'));
    expect(told.map((s) => (s.to.kind === 'person' ? s.to.platformUserId : s.to.channel))).toEqual(['admin']);
    expect(textOf(told[0]!.message)).toContain('could not pull usage from copilot for 2026-11-20 to 2026-11-22 after 4 attempts (last error: The GitHub token was refused (401): check GITHUB_TOKEN.)');
    expect(textOf(told[0]!.message)).toContain('ingest run copilot');
    await run([a], '2026-11-23T03:01:00Z', '2026-11-24T01:59:00Z');
    expect(copilot.pulls).toHaveLength(4);
    expect((await a.store.listImportRuns(10)).every((r) => r.status === 'failed')).toBe(true);
  });

  it('pulls with the real Cursor importer, and tells the admins its sentence when the key is refused', async () => {
    const cursor = await startFakeCursor({
      key: 'key_good', members: [cursorMember(1, 'ada@example.com')],
      usage: { '2026-11-20': [[cursorRow(1, 'ada@example.com', '2026-11-21', { chatRequests: 7 })], [cursorRow(1, 'ada@example.com', '2026-11-22', { chatRequests: 3 })]] },
    });
    try {
      const fast = { sleep: () => Promise.resolve(), baseDelayMs: 1, attempts: 2, now: () => new Date('2026-11-23T02:00:00Z') };
      const good = await instance(createUsageSources({ openai: undefined, anthropic: undefined, github: undefined, cursor: { key: 'key_good', baseUrl: cursor.url } }, fast));
      await good.store.createPerson({ platform: 'console', platformUserId: 'ada', displayName: 'Ada', email: 'ada@example.com', timeZone: 'UTC', isAdmin: true });
      await run([good], '2026-11-23T01:50:00Z', '2026-11-23T03:00:00Z');
      const ada = await good.store.findPersonByPlatformId('console', 'ada');
      expect(await good.store.usageTotalsForPerson(ada!.id, '2026-11-20', '2026-11-22')).toMatchObject({ requests: 10 });
      expect(await good.store.getDelivery('ingest', 'source:cursor', '2026-11-23')).toMatchObject({ status: 'sent', attempts: 1 });

      const bad = await instance(createUsageSources({ openai: undefined, anthropic: undefined, github: undefined, cursor: { key: 'key_revoked', baseUrl: cursor.url } }, fast));
      await run([bad], '2026-11-24T01:50:00Z', '2026-11-24T03:00:00Z', 1);
      expect(await bad.store.getDelivery('ingest', 'source:cursor', '2026-11-24')).toMatchObject({ status: 'failed', attempts: 4 });
      const told = bad.platform.sent.filter((m) => textOf(m.message).includes('could not pull usage from cursor'));
      expect(told).toHaveLength(1);
      expect(textOf(told[0]!.message)).toMatch(/after 4 attempts \(last error: .*CURSOR_ADMIN_KEY/);
    } finally {
      await cursor.close();
    }
  });
});

describe('pulls off the tick path', () => {
  it('a tick returns while a provider hangs, the next tick does not start a second pull, and the pull completes later', async () => {
    let release = (): void => undefined;
    const held = new Promise<void>((resolve) => { release = resolve; });
    let started = (): void => undefined;
    const pulling = new Promise<void>((resolve) => { started = resolve; });
    const inner = fakeSource('openai');
    const hanging: UsageSource & { pulls: DayRange[] } = {
      name: 'openai', pulls: inner.pulls,
      pull(range) {
        started();
        const batches = inner.pull(range);
        return (async function* () { await held; yield* batches; })();
      },
    };
    let now = new Date('2026-11-24T02:00:00Z');
    const store = await openStore(`file:${path.join(dir, 'hang.db')}`, { clock: { now: () => new Date(now) } });
    open.push(store);
    const app = createApp({ store, clock: { now: () => new Date(now) }, log: silent, sources: [hanging] });
    const tick = (): Promise<string> => Promise.race([
      app.runDue({ pullsInBackground: true }).then(() => 'returned'),
      pulling.then(() => new Promise<string>((resolve) => setTimeout(() => resolve('held up by the pull'), 2000))),
    ]);
    expect(await tick()).toBe('returned');
    now = new Date('2026-11-24T02:01:00Z');
    expect(await tick()).toBe('returned');
    await pulling;
    expect(hanging.pulls).toHaveLength(1);
    release();
    await app.idle();
    expect(await store.getDelivery('ingest', 'source:openai', '2026-11-24')).toMatchObject({ status: 'sent' });
  });
});
