/**
 * Pacing to a Slack rate tier by call start (bench/fanout): on a virtual clock, calls start a gap
 * apart however long each answer takes, and no window ever holds more calls than the tier
 * allows, counting a call anywhere from its start to its answer. Then, on loopback, a fake
 * that enforces the tier never has to refuse a presence look-up.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { webApi } from '@slack/bolt';
import { createCallerLookup } from '../../../adapters/slack/callers.js';
import { createPresenceCheck } from '../../../adapters/slack/presence.js';
import { createRatePacer, NoRoomInTier } from '../../../adapters/slack/rate-pacer.js';
import { startTieredSlackApi, type TieredSlackApi } from '../../support/tiered-slack-api.js';

/** A clock that moves only when every task is waiting on it. */
function virtualClock() {
  let t = 0;
  const timers: { at: number; wake: () => void }[] = [];
  const sleep = (ms: number) => new Promise<void>((wake) => timers.push({ at: t + ms, wake }));
  const settle = () => new Promise<void>((resolve) => setImmediate(resolve));
  return {
    now: () => t,
    sleep,
    /** Runs until `done` settles, advancing to the next timer whenever nothing else can run. */
    async runUntil<T>(done: Promise<T>): Promise<T> {
      let finished = false;
      void done.finally(() => (finished = true));
      for (await settle(); !finished; await settle()) {
        timers.sort((a, b) => a.at - b.at);
        const next = timers.shift();
        if (next === undefined) throw new Error('stuck: nothing to wait for');
        t = Math.max(t, next.at);
        next.wake();
      }
      return done;
    },
  };
}

interface Span { start: number; end: number }

/** `count` calls through a pacer, each answered after `latency(i)` virtual ms. */
async function paced(count: number, gapMs: number, windowMs: number, latency: (i: number) => number) {
  const clock = virtualClock();
  const pacer = createRatePacer({ gapMs, windowMs, now: clock.now, sleep: clock.sleep });
  const spans: Span[] = [];
  let inFlight = 0;
  let mostInFlight = 0;
  const all = Promise.all(Array.from({ length: count }, (_, i) => pacer.run(async () => {
    const start = clock.now();
    mostInFlight = Math.max(mostInFlight, ++inFlight);
    await clock.sleep(latency(i));
    inFlight--;
    spans[i] = { start, end: clock.now() };
    return i;
  })));
  const answers = await clock.runUntil(all);
  return { spans, answers, mostInFlight };
}

describe('rate pacer', () => {
  it('starts calls a gap apart however long each takes, overlapping them, answers in order', async () => {
    // 600 ms apart (users.info, Tier 4), each answer taking 250 ms: the old pacing waited 850 ms.
    const { spans, answers, mostInFlight } = await paced(50, 600, 60_000, () => 250);
    expect(answers).toEqual(Array.from({ length: 50 }, (_, i) => i));
    expect(spans.map((s) => s.start)).toEqual(Array.from({ length: 50 }, (_, i) => i * 600));
    const slow = await paced(20, 10, 1000, () => 35);
    expect(slow.spans.map((s) => s.start)).toEqual(Array.from({ length: 20 }, (_, i) => i * 10));
    expect(slow.mostInFlight).toBe(4);
    expect(mostInFlight).toBe(1);
  });

  it('never lets a window hold more calls than the tier allows, wherever in its span Slack counts a call', async () => {
    // 100 a window; uneven answers, a few of them slow.
    const { spans } = await paced(450, 10, 1000, (i) => (i % 7 === 0 ? 40 : i % 3));
    // When a call starts, fewer than 100 others may still be counted: started before it, answered within the window before it.
    const countedAt = (k: number) => spans.filter((s, j) => j !== k && s.start <= spans[k]!.start && s.end > spans[k]!.start - 1000).length;
    expect(Math.max(...spans.map((_, k) => countedAt(k)))).toBe(99);
    // The window costs one answer's time per 100 calls, not one per call.
    expect(spans.at(-1)!.start).toBeLessThanOrEqual(449 * 10 + 4 * 40);
  });

  it('runs people\'s own look-ups first: at once while the window has room, else at the first free place, ahead of paced calls', async () => {
    const clock = virtualClock();
    const pacer = createRatePacer({ gapMs: 10, windowMs: 1000, now: clock.now, sleep: clock.sleep });
    const own: number[] = [];
    const lookUp = () => pacer.first(async () => { own.push(clock.now()); await clock.sleep(5); });
    // 30 people write in at once; one more at 700 ms, when paced calls have filled the window.
    const people = Promise.all([...Array.from({ length: 30 }, lookUp), clock.sleep(700).then(lookUp)]);
    const starts: number[] = [];
    const paced = Promise.all(Array.from({ length: 100 }, () => pacer.run(async () => { starts.push(clock.now()); await clock.sleep(1); })));
    await clock.runUntil(Promise.all([people, paced]));
    expect(own.slice(0, 30)).toEqual(Array.from({ length: 30 }, () => 0));
    // 70 paced calls fit beside them, a gap apart; then the late look-up takes the first free place.
    expect(starts.slice(0, 70)).toEqual(Array.from({ length: 70 }, (_, i) => i * 10));
    expect(own[30]).toBe(1001);
    expect(starts[70]).toBeGreaterThan(1001);
  });

  it('gives a person\'s look-up up when no place frees within its wait, without making the call', async () => {
    const clock = virtualClock();
    const pacer = createRatePacer({ gapMs: 10, windowMs: 1000, now: clock.now, sleep: clock.sleep });
    let made = 0;
    const lookUp = () => pacer.first(async () => { made++; await clock.sleep(5); }, 300).then(() => 'answered', (e: unknown) => (e instanceof NoRoomInTier ? 'gave up' : 'failed'));
    // 100 fill the window at 0 ms; one more at 1 ms would wait until 1005 ms, more than its 300 ms.
    const outcomes = await clock.runUntil(Promise.all([...Array.from({ length: 100 }, lookUp), clock.sleep(1).then(lookUp)]));
    expect(outcomes.filter((o) => o === 'answered')).toHaveLength(100);
    expect(outcomes[100]).toBe('gave up');
    expect(made).toBe(100);
  });

  it('keeps to the schedule when a timer fires late', async () => {
    const clock = virtualClock();
    const late = (ms: number) => clock.sleep(ms + 3);
    const pacer = createRatePacer({ gapMs: 10, windowMs: 1000, now: clock.now, sleep: late });
    const starts: number[] = [];
    await clock.runUntil(Promise.all(Array.from({ length: 50 }, () => pacer.run(() => Promise.resolve(starts.push(clock.now()))))));
    // Each start 3 ms late at most, rather than 3 ms more late with every call.
    starts.forEach((start, i) => expect(start - i * 10).toBeLessThanOrEqual(3));
  });

  it('lets everything start at once when no gap is asked for, people\'s look-ups among them', async () => {
    const { spans } = await paced(10, 0, 60_000, () => 5);
    expect(spans.map((s) => s.start)).toEqual(Array.from({ length: 10 }, () => 0));
    const clock = virtualClock();
    const pacer = createRatePacer({ gapMs: 0, windowMs: 60_000, now: clock.now, sleep: clock.sleep });
    const both = Promise.all([pacer.first(() => clock.sleep(5)), pacer.run(() => clock.sleep(5)), pacer.first(() => clock.sleep(5))]);
    await clock.runUntil(both);
    expect(clock.now()).toBe(5);
  });
});

describe('presence look-ups against a fake that enforces users.info\'s tier', () => {
  let api: TieredSlackApi;
  afterEach(async () => { await api.close(); });

  it('asks about 250 people with no 429, Slack\'s minute run 300 times faster (100 look-ups a 200 ms window)', async () => {
    api = await startTieredSlackApi(300);
    const client = new webApi.WebClient('xoxb-test', { slackApiUrl: api.apiUrl, logLevel: webApi.LogLevel.ERROR, retryConfig: { retries: 0 } });
    const isAway = createPresenceCheck(client, { pacer: createRatePacer({ gapMs: 2, windowMs: 200 }), now: () => new Date(), log: undefined });
    const answers = await Promise.all(Array.from({ length: 250 }, (_, i) => isAway(`U${i}`)));
    expect(answers.every((away) => !away)).toBe(true);
    expect(Object.fromEntries(api.refused)).toEqual({});
    expect(api.accepted.get('users.info')).toBe(250);
  });
});

describe('people\'s own look-ups share users.info\'s tier with the fan-out', () => {
  let api: TieredSlackApi;
  afterEach(async () => { await api.close(); });

  it('runs each caller look-up through the tier, and asks Slack no more than before', async () => {
    api = await startTieredSlackApi(1);
    const client = new webApi.WebClient('xoxb-test', { slackApiUrl: api.apiUrl, logLevel: webApi.LogLevel.ERROR });
    const events: string[] = [];
    const first = async <T>(call: () => Promise<T>): Promise<T> => {
      events.push('start');
      const answer = await call();
      events.push('answered');
      return answer;
    };
    const lookup = createCallerLookup({ usersInfo: { first } });
    const caller = await lookup(client, 'U0ANN', 'ann');
    await lookup(client, 'U0ANN', 'ann');
    expect(caller).toMatchObject({ platformUserId: 'U0ANN', timeZone: 'Europe/Berlin' });
    expect(events).toEqual(['start', 'answered']);
    expect(api.accepted.get('users.info')).toBe(1);
  });

  it('lets a request go ahead with what the payload says when the tier has no room (a burst of new people), and asks again next time', async () => {
    api = await startTieredSlackApi(1);
    const client = new webApi.WebClient('xoxb-test', { slackApiUrl: api.apiUrl, logLevel: webApi.LogLevel.ERROR });
    let full = true;
    const first = async <T>(call: () => Promise<T>, maxWaitMs?: number): Promise<T> => {
      expect(maxWaitMs).toBe(1000);
      if (full) throw new NoRoomInTier('full');
      return call();
    };
    const lookup = createCallerLookup({ usersInfo: { first } });
    expect(await lookup(client, 'U0ANN', 'ann')).toEqual({ platform: 'slack', platformUserId: 'U0ANN', displayName: 'ann', platformNamesAdmins: true });
    full = false;
    expect(await lookup(client, 'U0ANN', 'ann')).toMatchObject({ platformUserId: 'U0ANN', timeZone: 'Europe/Berlin' });
    expect(api.accepted.get('users.info')).toBe(1);
  });
});
