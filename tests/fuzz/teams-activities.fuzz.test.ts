/* eslint-disable @typescript-eslint/no-explicit-any, @typescript-eslint/no-unsafe-return -- activities are JSON as sent on the wire. */
/**
 * Fuzzing the Teams endpoint: activities mutated from the recorded fixtures (a 1:1 message, a
 * channel mention, an Action.Execute invoke, an installation) are posted to the real
 * botbuilder endpoint. Each gets an HTTP answer that is not a server error, no turn fails
 * into the error policy, and the bot still answers a plain message afterwards.
 * Seeded and bounded; FUZZ_RUNS / FUZZ_SEED go longer.
 */
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADA, startTeams, type TeamsHarness } from '../adapters/teams/teams-harness.js';
import { mutated } from '../support/fuzz-json.js';

const RUNS = Number(process.env.FUZZ_RUNS ?? 150);
const SEED = Number(process.env.FUZZ_SEED ?? 20261127);
const FIXTURES = path.resolve(import.meta.dirname, '../fixtures/teams');
const fixture = (name: string): any => JSON.parse(fs.readFileSync(path.join(FIXTURES, `${name}.json`), 'utf8'));

const failures: string[] = [];
const log = { info() {}, warn() {}, error: (obj: object, msg?: string) => void failures.push(`${msg ?? ''} ${JSON.stringify(obj)}`) };
let h: TeamsHarness;
beforeAll(async () => {
  h = await startTeams({ log });
  await h.say(ADA, 'team create core');
});
afterAll(async () => h.close());

describe('fuzz: the Teams endpoint', () => {
  it('answers every mutated activity without a server error or a failed turn', async () => {
    const samples = ['message-personal', 'message-channel-mention', 'invoke-action-execute', 'installation-update-team'].map((name) => {
      const base = fixture(name);
      // The connector the bot answers to is always the local fake, or replies would leave loopback.
      return mutated(base).map((a) => (a !== null && typeof a === 'object' && !Array.isArray(a) ? { ...a, serviceUrl: h.connector.serviceUrl } : a));
    });
    const texts = fc.constantFrom('help', 'log Shipped it with Claude', 'me', 'export me', 'team list', '<at>shiplog</at> digest preview core', '');
    const activity = fc.oneof(...samples, fc.record({ type: fc.constant('message'), text: texts }).map((m) => ({ ...fixture('message-personal'), ...m, serviceUrl: h.connector.serviceUrl })));
    let answered = 0;
    await fc.assert(fc.asyncProperty(activity, async (a) => {
      const before = failures.length;
      const sent = h.connector.sent().length;
      const res = await h.post(a);
      if (h.connector.sent().length > sent || (res.status === 200 && res.body !== null && typeof res.body === 'object')) answered++;
      // 501: an invoke shiplog does not handle, said as such; any other 5xx is a failure.
      expect(res.status < 500 || res.status === 501, JSON.stringify({ status: res.status, sent: a, answer: res.body })).toBe(true);
      expect(failures.slice(before), JSON.stringify(a)).toEqual([]);
    }), { numRuns: RUNS, seed: SEED });
    // Not vacuous: plenty of the activities were well-formed enough to be answered by the app.
    expect(answered).toBeGreaterThan(RUNS / 10);
    const res = await h.say(ADA, 'help');
    expect(res.status).toBe(200);
  }, 180_000);
});
