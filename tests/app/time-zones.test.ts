/** Time zones people and teams can set, and schedules that say when things really arrive. */
import { findTeamNamed } from '../../src/app/teams.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeHarness, type Harness } from '../support/app-harness.js';
import { textOf } from '../support/message-text.js';

let h: Harness;
// Wednesday 2026-11-25, 10:00 UTC.
beforeEach(async () => { h = await makeHarness('2026-11-25T10:00:00Z'); });
afterEach(async () => { await h.close(); });

const run = async (name: string, line: string): Promise<string> => {
  const reply = await h.app.handleCommand(h.as(name), line);
  return `${reply.errorCode ?? ''} ${reply.summary}\n${textOf(reply)}`;
};
const zoneOf = async (name: string) => (await h.store.findPersonByPlatformId('console', name.toLowerCase()))!.timeZone;

describe('a person\'s own time zone', () => {
  it('is set with timezone <zone>, kept as typed, and the confirmation says when the next check-in arrives', async () => {
    const reply = await run('Ada', 'timezone Asia/Kolkata');
    expect(await zoneOf('Ada')).toBe('Asia/Kolkata');
    expect(reply).toContain('Asia/Kolkata');
    expect(reply).toContain('Thu 2026-11-26 15:00');
    await run('Ada', 'timezone europe/berlin');
    expect(await zoneOf('Ada')).toBe('Europe/Berlin');
  });

  it('refuses a zone that does not exist, with an example', async () => {
    const reply = await run('Ada', 'timezone Mars/Olympus');
    expect(reply).toMatch(/^VALUE.TIMEZONE/);
  });

  it('goes back to the workspace zone with timezone auto when the platform gives none', async () => {
    await run('Ada', 'set timezone America/New_York');
    await run('Ada', 'timezone Europe/Berlin');
    const reply = await run('Ada', 'timezone auto');
    expect(await zoneOf('Ada')).toBe('America/New_York');
    expect(reply).toContain('America/New_York');
  });
});

describe('the workspace zone', () => {
  it('applies to everyone who never chose one, including people who already exist', async () => {
    await run('Ada', 'help');
    await run('Sam', 'help');
    await run('Ada', 'timezone Asia/Kolkata');
    const reply = await run('Ada', 'set timezone Europe/Berlin');
    expect(await zoneOf('Sam')).toBe('Europe/Berlin');
    expect(await zoneOf('Ada')).toBe('Asia/Kolkata');
    expect(reply).toContain('1 person');
    await run('Bo', 'help');
    expect(await zoneOf('Bo')).toBe('Europe/Berlin');
  });
});

describe('team settings', () => {
  beforeEach(async () => {
    await run('Ada', 'team create core');
  });

  it.each([
    ['timezone', 'Europe/Berlin', { timeZone: 'Europe/Berlin' }],
    ['digest-day', 'thursday', { digestDay: 'thu' }],
    ['digest-time', '17:30', { digestTime: '17:30' }],
    ['checkin-day', 'wed', { checkinDay: 'wed' }],
    ['checkin-time', '9:30', { checkinTime: '09:30' }],
  ])('team set core %s %s', async (key, value, stored) => {
    const reply = await run('Ada', `team set core ${key} ${value}`);
    expect(reply).not.toMatch(/^[A-Z]+\./);
    expect(await findTeamNamed(h.store, 'core')).toMatchObject(stored);
  });

  it('says when the team\'s digest goes out, in the team\'s zone, and clears back to the workspace', async () => {
    await run('Ada', 'team set core timezone Europe/Berlin');
    const reply = await run('Ada', 'team set core digest-time 17:30');
    expect(reply).toContain('Fri 2026-11-27 17:30 Europe/Berlin');
    await run('Ada', 'team set core digest-time default');
    expect((await findTeamNamed(h.store, 'core'))!.digestTime).toBeNull();
  });

  it('refuses an unknown key and a bad value', async () => {
    expect(await run('Ada', 'team set core colour blue')).toMatch(/^TEAM.UNKNOWN_SETTING/);
    expect(await run('Ada', 'team set core digest-time 25:00')).toMatch(/^VALUE.TIME/);
  });

  it('is for admins only', async () => {
    expect(await run('Sam', 'team set core timezone Europe/Berlin')).toMatch(/^AUTH.FORBIDDEN/);
  });
});

describe('schedules that say what they will do', () => {
  it('moves a check-in out of quiet hours and says so', async () => {
    const reply = await run('Ada', 'checkin thu 21:30');
    expect(reply).toContain('quiet hours');
    expect(reply).toContain('Thu 2026-11-26 08:00');
  });

  it('moves a check-in off a day that is not a work day and says so', async () => {
    const reply = await run('Ada', 'checkin sat 10:00');
    expect(reply).toContain('not a work day');
    expect(reply).toContain('Fri 2026-11-27 10:00');
  });

  it('states the real arrival in the person\'s own zone', async () => {
    await run('Ada', 'timezone Asia/Kolkata');
    const reply = await run('Ada', 'checkin wed 15:00');
    // 10:00 UTC is 15:30 in Kolkata: this week's 15:00 has passed.
    expect(reply).toContain('Wed 2026-12-02 15:00 Asia/Kolkata');
  });

  it('warns when a workspace or team setting lands in quiet hours or on a non-work day', async () => {
    expect(await run('Ada', 'set checkin-time 21:00')).toContain('quiet hours');
    await run('Ada', 'team create core');
    expect(await run('Ada', 'team set core checkin-day sun')).toContain('not a work day');
    expect(await run('Ada', 'set digest-day sat')).toContain('not a work day');
  });

  it('accepts a Middle-East week, sun-thu', async () => {
    const reply = await run('Ada', 'set work-days sun-thu');
    expect(reply).not.toMatch(/^VALUE/);
    expect((await h.store.getSettings('workspace'))['work-days']).toBe('mon,tue,wed,thu,sun');
    const friday = await run('Ada', 'checkin fri 10:00');
    expect(friday).toContain('not a work day');
    expect(friday).toContain('Thu 2026-11-26 10:00');
  });
});

describe('check-in confirmations say what the scheduler will do', () => {
  it('skip a team holiday and an absence, say so, and say nothing comes while nudges are off', async () => {
    await run('Ada', 'team create core');
    await run('Ada', 'team add core @ada');
    await run('Ada', 'team holiday add core 2026-11-26');
    expect(await run('Ada', 'checkin thu 15:00')).toContain('The next one arrives Thu 2026-12-03 15:00 UTC. Thu 2026-11-26 is skipped: you are away or your team is on holiday.');
    expect(await run('Ada', 'away until 2026-12-05')).toContain('The next one arrives Thu 2026-12-10 15:00 UTC. Thu 2026-11-26, Thu 2026-12-03 are skipped');
    expect(await run('Ada', 'back')).toContain('The next one arrives Thu 2026-12-03 15:00 UTC.');
    expect(await run('Ada', 'nudges off')).not.toContain('arrives');
    const off = await run('Ada', 'checkin thu 16:00');
    expect(off).toContain('Check-ins are off for you (nudges off), so none will arrive');
    expect(off).not.toContain('The next one arrives');
    expect(await run('Ada', 'nudges on')).toContain('The next one arrives Thu 2026-12-03 16:00 UTC.');
  });
});

describe('a person\'s own usage in me', () => {
  it('counts usage dated by UTC day even where that day is still tomorrow (west of UTC in the evening)', async () => {
    // Friday 2026-11-27, 22:00 in New York = Saturday 03:00 UTC; usage days are UTC days.
    const late = await makeHarness('2026-11-28T03:00:00Z');
    try {
      await late.app.handleCommand(late.as('Ada'), 'timezone America/New_York');
      const ada = (await late.store.findPersonByPlatformId('console', 'ada'))!;
      const day = (d: string, tokens: number) => ({ source: 'csv', identity: 'ada', personId: ada.id, day: d, tool: 'Claude', model: 'm', inputTokens: tokens, outputTokens: 0, cachedTokens: 0, requests: 1, costMicros: 0, activity: {} });
      // Friday's (UTC) and Saturday's (UTC, her evening): both of her week; the Monday after is not.
      await late.store.upsertUsage([day('2026-11-27', 100_000), day('2026-11-28', 20_000), day('2026-11-30', 7_000)]);
      const reply = textOf(await late.app.handleCommand(late.as('Ada'), 'me'));
      expect(reply).toMatch(/Your AI usage, this week\W+120,000 tokens/);
    } finally {
      await late.close();
    }
  });
});
