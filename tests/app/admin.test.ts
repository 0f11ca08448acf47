import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeHarness, type Harness } from '../support/app-harness.js';
import { textOf } from '../support/message-text.js';

let h: Harness;
beforeEach(async () => { h = await makeHarness(); });
afterEach(async () => { await h.close(); });

const ada = () => h.as('Ada');
const sam = () => h.as('Sam');

describe('admins', () => {
  it('makes the first person in a fresh workspace its admin, and nobody after', async () => {
    await h.app.handleCommand(ada(), 'help');
    await h.app.handleCommand(sam(), 'help');
    expect((await h.store.listAdmins()).map((p) => p.displayName)).toEqual(['Ada']);
  });

  it('refuses admin commands to everyone else, writing nothing', async () => {
    await h.app.handleCommand(ada(), 'help');
    const reply = await h.app.handleCommand(sam(), 'set min-group-size 7');
    expect(reply.errorCode).toBe('AUTH.FORBIDDEN');
    expect(reply.summary).toBe('Only shiplog admins can run "set". Ask an admin (Ada).');
    expect(await h.store.getSettings('workspace')).toEqual({});
    expect((await h.store.listAudit(10)).map((a) => `${a.action} ${a.target} ${a.detail}`)).toEqual(['auth.refused run "set" command; needs admin']);
  });

  it('shows each person only the help they may use', async () => {
    await h.app.handleCommand(ada(), 'help');
    const mine = textOf(await h.app.handleCommand(sam(), 'help'));
    expect(mine).toContain('log <what AI helped you ship>');
    expect(mine).not.toContain('set <key> <value>');
    expect(mine).not.toContain('Admins');
    expect(textOf(await h.app.handleCommand(ada(), 'help'))).toContain('set <key> <value>');
    expect((await h.app.handleCommand(sam(), 'help set')).errorCode).toBe('HELP.NOT_ALLOWED');
    expect(textOf(await h.app.handleCommand(sam(), 'help log'))).toContain('Examples');
  });

  it('grants and revokes admin rights, never removing the last admin', async () => {
    await h.app.handleCommand(ada(), 'help');
    await h.app.handleCommand(sam(), 'help');
    expect((await h.app.handleCommand(ada(), 'admins remove @ada')).errorCode).toBe('ADMINS.LAST');
    expect((await h.app.handleCommand(ada(), 'admins add @sam')).summary).toBe('Sam is now a shiplog admin.');
    expect((await h.app.handleCommand(sam(), 'admins remove @ada')).summary).toBe('Ada is no longer a shiplog admin.');
    expect((await h.app.handleCommand(ada(), 'settings')).errorCode).toBe('AUTH.FORBIDDEN');
  });
});

describe('settings', () => {
  it.each([
    ['set min-group-size two', 'VALUE.NUMBER'],
    ['set min-group-size 1', 'VALUE.RANGE'],
    ['set retention-days 7', 'VALUE.RANGE'],
    ['set digest-time 25:00', 'VALUE.TIME'],
    ['set digest-day someday', 'VALUE.DAY'],
    ['set timezone Mars/Olympus', 'VALUE.TIMEZONE'],
    ['set colour blue', 'SETTINGS.UNKNOWN_KEY'],
  ])('rejects "%s" with %s and writes nothing', async (line, code) => {
    await h.app.handleCommand(ada(), 'help');
    const reply = await h.app.handleCommand(ada(), line);
    expect(reply.errorCode).toBe(code);
    expect(reply.summary).not.toContain('\n');
    expect(await h.store.getSettings('workspace')).toEqual({});
    expect(await h.store.listAudit(10)).toEqual([]);
  });

  it('stores a valid value normalised, audits it and shows it in settings', async () => {
    await h.app.handleCommand(ada(), 'help');
    expect((await h.app.handleCommand(ada(), 'set checkin-day Wednesday')).summary).toMatch(/^checkin-day is now wed \(was thu\)\. /);
    expect((await h.app.handleCommand(ada(), 'set checkin-day wed')).summary).toBe('checkin-day was already wed; nothing changed.');
    expect((await h.app.handleCommand(ada(), 'set timezone europe/berlin')).errorCode).toBeUndefined();
    expect((await h.app.handleCommand(ada(), 'set work-days mon-thu')).summary).toMatch(/^work-days is now mon,tue,wed,thu \(was mon,tue,wed,thu,fri\)\. /);
    expect(await h.store.getSettings('workspace')).toMatchObject({ timezone: 'Europe/Berlin', 'work-days': 'mon,tue,wed,thu' });
    const audit = await h.store.listAudit(10);
    expect(audit.map((a) => `${a.action} ${a.target} ${a.detail}`)).toContain('settings.set timezone UTC -> Europe/Berlin');
    expect(audit.filter((a) => a.target === 'checkin-day')).toHaveLength(1);
    expect(textOf(await h.app.handleCommand(ada(), 'settings'))).toContain('timezone: Europe/Berlin ·');
  });
});

describe('teams', () => {
  beforeEach(async () => {
    await h.app.handleCommand(ada(), 'help');
    await h.app.handleCommand(sam(), 'help');
  });

  it('creates, fills, leads, channels and lists a team, auditing each change', async () => {
    expect((await h.app.handleCommand(ada(), 'team create "Mobile Apps"')).errorCode).toBeUndefined();
    expect((await h.app.handleCommand(ada(), 'team create mobile apps')).errorCode).toBe('TEAM.EXISTS');
    expect((await h.app.handleCommand(ada(), 'team add "mobile apps" @sam @ada')).summary).toBe('Added Sam, Ada to Mobile Apps.');
    expect((await h.app.handleCommand(ada(), 'team add "Mobile Apps" @sam')).summary).toBe('No change to Mobile Apps. Sam already in the team.');
    await h.app.handleCommand(ada(), 'team lead "Mobile Apps" @sam');
    await h.app.handleCommand(ada(), 'team channel "Mobile Apps" #mobile');
    await h.app.handleCommand(ada(), 'team holiday add "Mobile Apps" 2026-12-25');
    const list = textOf(await h.app.handleCommand(ada(), 'team list'));
    expect(list).toContain('Mobile Apps · 2 members: Ada, Sam · led by Sam · channel mobile · holidays 2026-12-25');
    const actions = (await h.store.listAudit(20)).map((a) => a.action).reverse();
    expect(actions).toEqual(['team.create', 'team.add', 'team.add', 'team.lead', 'team.channel', 'team.holiday.add']);
  });

  it('names unknown teams and people clearly', async () => {
    expect((await h.app.handleCommand(ada(), 'team add nowhere @sam')).errorCode).toBe('TEAM.NOT_FOUND');
    await h.app.handleCommand(ada(), 'team create core');
    const reply = await h.app.handleCommand(ada(), 'team add core @ghost');
    expect(reply.errorCode).toBe('PERSON.NOT_FOUND');
    expect((await h.store.listMemberships((await h.store.findTeamByKey('core'))!.id))).toEqual([]);
  });

  it('deletes a team but keeps its members\' wins', async () => {
    await h.app.handleCommand(ada(), 'team create core');
    await h.app.handleCommand(ada(), 'team add core @sam');
    await h.app.handleCommand(sam(), 'log Shipped the thing with Copilot');
    await h.app.handleCommand(ada(), 'team delete core');
    expect(await h.store.listTeams()).toEqual([]);
    expect(await h.store.getWin(1)).not.toBeNull();
  });

  it('lets a lead be recognised as one (lead-only commands, help)', async () => {
    await h.app.handleCommand(ada(), 'team create core');
    await h.app.handleCommand(ada(), 'team lead core @sam');
    expect(textOf(await h.app.handleCommand(sam(), 'help'))).not.toContain('Admins');
  });

  it('lists the audit log newest first for admins', async () => {
    await h.app.handleCommand(ada(), 'team create core');
    await h.app.handleCommand(ada(), 'set reminders off');
    const text = textOf(await h.app.handleCommand(ada(), 'audit 5'));
    expect(text.indexOf('settings.set')).toBeLessThan(text.indexOf('team.create'));
    expect((await h.app.handleCommand(sam(), 'audit')).errorCode).toBe('AUTH.FORBIDDEN');
  });
});

describe('presence', () => {
  it('sets away in the future only, and back', async () => {
    expect((await h.app.handleCommand(ada(), 'away until 2026-11-01')).errorCode).toBe('AWAY.PAST');
    await h.app.handleCommand(ada(), 'away until 2026-12-01');
    expect((await h.store.findPersonByPlatformId('console', 'ada'))?.awayUntil).toBe('2026-12-01');
    await h.app.handleCommand(ada(), 'back');
    expect((await h.store.findPersonByPlatformId('console', 'ada'))?.awayUntil).toBeNull();
  });

  it('turns nudges off and sets a personal check-in time', async () => {
    await h.app.handleCommand(ada(), 'nudges off');
    await h.app.handleCommand(ada(), 'checkin fri 09:30');
    expect(await h.store.findPersonByPlatformId('console', 'ada')).toMatchObject({ nudges: false, checkinDay: 'fri', checkinTime: '09:30' });
  });
});

describe('team holidays in the past', () => {
  it('refuses a holiday already past, naming today and the next time that day comes round; removing one stays possible', async () => {
    const h = await makeHarness('2026-11-27T10:00:00Z');
    const ada = () => h.as('Ada');
    try {
      await h.app.handleCommand(ada(), 'team create "Mobile Apps"');
      const past = await h.app.handleCommand(ada(), 'team holiday add "Mobile Apps" 2026-01-01');
      expect(past.errorCode).toBe('TEAM.PAST_HOLIDAY');
      expect(textOf(past)).toContain('2026-01-01 has already passed (today is 2026-11-27 in UTC), so a holiday then would change nothing.');
      expect(textOf(past)).toContain('For the next one: team holiday add "Mobile Apps" 2027-01-01');
      expect(await h.store.listHolidays((await h.store.findTeamByKey('mobile apps'))!.id)).toEqual([]);
      // Today itself is still to come; so is a leap day's next occurrence.
      expect((await h.app.handleCommand(ada(), 'team holiday add "Mobile Apps" 2026-11-27')).errorCode).toBeUndefined();
      expect(textOf(await h.app.handleCommand(ada(), 'team holiday add "Mobile Apps" 2024-02-29'))).toContain('2028-02-29');
      expect((await h.app.handleCommand(ada(), 'team holiday remove "Mobile Apps" 2026-11-27')).errorCode).toBeUndefined();
    } finally {
      await h.close();
    }
  });
});

describe('a team check-in time in quiet hours', () => {
  it('explains the move to 08:00 once, not again in the "For you" part', async () => {
    const h = await makeHarness('2026-11-25T10:00:00Z');
    try {
      const ada = h.as('Ada');
      await h.app.handleCommand(ada, 'team create core');
      await h.app.handleCommand(ada, 'team add core @ada');
      const text = textOf(await h.app.handleCommand(ada, 'team set core checkin-time 07:00'));
      expect(text.match(/is in quiet hours/g)).toHaveLength(1);
      expect(text).toContain('07:00 is in quiet hours (20:00–08:00), so it comes at 08:00. For you: The next one arrives Thu 2026-11-26 08:00 UTC.');
      // On its own, a person's check-in still says why it moved.
      expect(textOf(await h.app.handleCommand(ada, 'checkin thu 07:00'))).toContain('07:00 is in quiet hours');
    } finally {
      await h.close();
    }
  });
});
