/** Exactly once across instances and crashes: the claims in the deliveries table. */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { createApp } from '../../../src/app/create-app.js';
import { openStore } from '../../../src/db/open-store.js';
import { makeDeliveryHarness, recipient, silent, stubDigests, type DeliveryHarness } from '../../support/delivery-harness.js';
import { recordingPlatform } from '../../support/recording-platform.js';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const CRASHER = path.join(import.meta.dirname, 'fixtures/crash-after-claim.ts');

let h: DeliveryHarness;
afterEach(async () => { await h.close(); });

async function threeTeams(): Promise<void> {
  await h.person('Admin', 'UTC');
  for (const [name, zone] of [['Atlas', 'Europe/Berlin'], ['Hudson', 'America/New_York'], ['Ganga', 'Asia/Kolkata']] as const) {
    const member = await h.person(`${name} member`, zone);
    await h.team(name, [member], { channel: name.toLowerCase(), timeZone: zone });
  }
}

it('two app instances on one SQLite file, ticking together, send each digest and check-in once', async () => {
  h = await makeDeliveryHarness('2026-11-23T00:00:00Z');
  await threeTeams();
  const other = await openStore(`file:${h.file}`, { clock: h.clock });
  const otherPlatform = recordingPlatform(h.clock);
  const second = createApp({ store: other, clock: h.clock, log: silent, platforms: [otherPlatform], digests: stubDigests });
  for (let t = Date.parse('2026-11-26T00:00:00Z'); t <= Date.parse('2026-11-28T00:00:00Z'); t += 30 * 60_000) {
    h.clock.set(new Date(t));
    await Promise.all([h.app.runDue(), second.runDue(), h.app.runDue(), second.runDue()]);
  }
  await other.close();
  const all = [...h.platform.sent, ...otherPlatform.sent].map((s) => recipient(s.to));
  for (const channel of ['#atlas', '#hudson', '#ganga']) expect(all.filter((r) => r === channel)).toHaveLength(1);
  // Each member: one check-in and one reminder; the admin: one roll-up.
  expect(all.filter((r) => r === 'atlas member')).toHaveLength(2);
  expect(all.filter((r) => r === 'admin')).toHaveLength(1);
  expect(all).toHaveLength(3 + 3 * 2 + 1);
});

function crashChild(file: string, at: string): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', CRASHER, file, at], { cwd: ROOT });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, output }));
  });
}

it('a process that dies after claiming a digest and before sending it: the digest goes out once after restart', async () => {
  h = await makeDeliveryHarness('2026-11-23T00:00:00Z');
  const atlas = await h.team('Atlas', [], { channel: 'atlas', timeZone: 'Europe/Berlin' });
  const crash = await crashChild(h.file, '2026-11-27T15:00:00Z');
  expect(crash).toEqual({ code: 17, output: '' });
  expect(await h.store.getDelivery('digest', `team:${atlas.id}`, '2026-W48')).toMatchObject({ status: 'claimed', attempts: 1, sentAt: null });

  // The claim is fresh: another instance must not assume its owner is dead yet.
  expect((await h.tick('2026-11-27T15:05:00Z')).sent).toEqual([]);
  // Once it is stale (10 minutes), it is taken over and sent, once.
  expect((await h.tick('2026-11-27T15:10:00Z')).sent).toEqual([`digest team:${atlas.id} 2026-W48`]);
  expect((await h.tick('2026-11-27T15:30:00Z')).sent).toEqual([]);
  expect(h.platform.sent.map((s) => recipient(s.to))).toEqual(['#atlas']);
  expect(await h.store.getDelivery('digest', `team:${atlas.id}`, '2026-W48')).toMatchObject({ status: 'sent', attempts: 2 });
}, 60_000);
