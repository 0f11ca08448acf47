/**
 * Crash mid fan-out (issue 11, item 10): a process sending check-ins to Slack is SIGKILLed
 * part-way; after a restart every due check-in has gone out exactly once. The posts in flight
 * at the kill (a few check-ins go out at once) are cut off with their process (the fake drops
 * a request whose sender is gone).
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { openStore } from '../../../src/db/open-store.js';
import { startFakeSlackApi, type FakeSlackApi } from '../../support/fake-slack-api.js';
import { tempDir, type TempDir } from '../../db/temp-db.js';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const FAN_OUT = path.join(import.meta.dirname, 'fixtures/slack-fan-out.ts');
const PEOPLE = 24;
/** Thursday 10:00 UTC: the workspace's check-in moment below. */
const DUE = '2026-11-26T10:00:00.000Z';
/** Past the ten minutes after which a claim whose process died is taken over. */
const AFTER_RESTART = '2026-11-26T10:11:00.000Z';

let tmp: TempDir;
let api: FakeSlackApi;
afterEach(async () => {
  await api.close();
  tmp.remove();
});

function fanOut(file: string, at: string) {
  const child = spawn(process.execPath, ['--import', 'tsx', FAN_OUT, file, at, api.apiUrl], { cwd: ROOT });
  let output = '';
  child.stdout.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr.on('data', (d: Buffer) => (output += d.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
  return { child, exited, output: () => output };
}

async function seed(file: string): Promise<void> {
  const store = await openStore(`file:${file}`, { clock: { now: () => new Date('2026-11-23T09:00:00Z') } });
  for (const [key, value] of [['checkin-day', 'thu'], ['checkin-time', '10:00'], ['timezone', 'UTC'], ['reminders', 'off']]) await store.setSetting('workspace', key!, value!);
  const team = await store.createTeam({ name: 'Atlas', nameKey: 'atlas' });
  for (let i = 1; i <= PEOPLE; i++) {
    const id = `U${String(i).padStart(3, '0')}`;
    api.addUser({ id, name: `Person ${i}`, tz: 'UTC' });
    const person = await store.createPerson({ platform: 'slack', platformUserId: id, displayName: `Person ${i}`, email: null, timeZone: 'UTC', isAdmin: false });
    await store.upsertMembership(team!.id, person.id, false);
  }
  await store.close();
}

const posts = () => api.calls.filter((c) => c.method === 'chat.postMessage' && c.status === 200);

it('SIGKILL mid fan-out: after a restart every due check-in has gone out exactly once', async () => {
  tmp = tempDir();
  api = await startFakeSlackApi();
  const file = tmp.file();
  await seed(file);

  const first = fanOut(file, DUE);
  await api.waitFor(() => posts().length >= PEOPLE / 3, 60_000);
  const release = api.hold('chat.postMessage');
  await api.waitFor(() => api.heldCalls('chat.postMessage') >= 1, 60_000);
  first.child.kill('SIGKILL');
  expect((await first.exited).signal).toBe('SIGKILL');
  await api.waitFor(() => api.droppedCalls('chat.postMessage') === api.heldCalls('chat.postMessage'), 60_000);
  release();
  const before = posts().length;
  expect(before).toBeLessThan(PEOPLE);

  const second = fanOut(file, AFTER_RESTART);
  expect(await second.exited).toEqual({ code: 0, signal: null });
  expect(second.output()).toBe(`done ${PEOPLE - before}\n`);

  const channels = posts().map((c) => String(c.params.channel));
  expect(channels).toHaveLength(PEOPLE);
  expect(new Set(channels).size).toBe(PEOPLE);
  const store = await openStore(`file:${file}`);
  const people = await store.listPeople();
  for (const p of people) expect(await store.getDelivery('checkin', `person:${p.id}`, '2026-W48')).toMatchObject({ status: 'sent' });
  await store.close();
}, 120_000);
