import { describe, expect, it } from 'vitest';
import { dueItems, type OrgSnapshot } from '../../../src/core/schedule/due-items.js';
import { resolveSettings } from '../../../src/core/settings.js';
import type { Person, Team } from '../../../src/core/types.js';

const person = (id: number, over: Partial<Person> = {}): Person => ({
  id, platform: 'console', platformUserId: `p${id}`, displayName: `P${id}`, email: null, timeZone: 'Europe/Berlin', timeZoneSource: 'own',
  isAdmin: false, nudges: true, awayUntil: null, checkinDay: null, checkinTime: null, createdAt: '2026-01-01T00:00:00Z', ...over,
});
const team = (id: number, over: Partial<Team> = {}): Team => ({
  id, name: `T${id}`, channel: `t${id}`, channelPlatform: null, timeZone: 'Europe/Berlin', digestDay: null, digestTime: null, checkinDay: null, checkinTime: null, createdAt: '2026-01-01T00:00:00Z', ...over,
});

function org(over: Partial<OrgSnapshot> = {}): OrgSnapshot {
  return {
    settings: resolveSettings({}),
    people: [person(1), person(2)],
    teams: [team(1)],
    memberships: [{ teamId: 1, personId: 1, isLead: false }, { teamId: 1, personId: 2, isLead: false }],
    holidays: new Map(),
    ...over,
  };
}

const week = (o: OrgSnapshot) => dueItems(o, new Date('2026-11-23T00:00:00Z'), new Date('2026-11-30T00:00:00Z'))
  .map((i) => `${i.kind} ${i.target} ${i.period} ${i.due.toISOString()}${i.away ? ' away' : ''}`);

describe('dueItems', () => {
  it('lists a week of check-ins, reminders and the digest, oldest first', () => {
    expect(week(org())).toEqual([
      'checkin person:1 2026-W48 2026-11-26T14:00:00.000Z',
      'checkin person:2 2026-W48 2026-11-26T14:00:00.000Z',
      'reminder person:1 2026-W48 2026-11-27T14:00:00.000Z',
      'reminder person:2 2026-W48 2026-11-27T14:00:00.000Z',
      'digest team:1 2026-W48 2026-11-27T15:00:00.000Z',
    ]);
  });

  it('leaves out people with nudges off, people in no team, reminders when off, and anything due before its recipient existed', () => {
    const o = org({
      settings: resolveSettings({ reminders: 'off' }),
      people: [person(1, { nudges: false }), person(2, { createdAt: '2026-11-26T15:00:00Z' }), person(3)],
      teams: [team(1, { createdAt: '2026-11-28T00:00:00Z' })],
    });
    expect(week(o)).toEqual([]);
  });

  it('needs a channel or a lead for a digest, and marks holidays and absences as away in local time', () => {
    const o = org({
      people: [person(1, { awayUntil: '2026-11-26' }), person(2, { timeZone: 'Pacific/Auckland', awayUntil: '2026-11-26' })],
      teams: [team(1, { channel: null })],
      holidays: new Map([[1, new Set(['2026-11-27'])]]),
    });
    expect(week(o)).toEqual([
      // Auckland's Thursday 15:00 is 02:00 UTC: away through Thursday; Friday is the team holiday.
      'checkin person:2 2026-W48 2026-11-26T02:00:00.000Z away',
      'checkin person:1 2026-W48 2026-11-26T14:00:00.000Z away',
      'reminder person:2 2026-W48 2026-11-27T02:00:00.000Z away',
      'reminder person:1 2026-W48 2026-11-27T14:00:00.000Z away',
    ]);
    const withLead = org({ teams: [team(1, { channel: null })], memberships: [{ teamId: 1, personId: 1, isLead: true }] });
    expect(week(withLead).filter((l) => l.startsWith('digest'))).toEqual(['digest team:1 2026-W48 2026-11-27T15:00:00.000Z']);
  });

  it('sends admins the roll-up at the workspace digest slot', () => {
    const o = org({ people: [person(1, { isAdmin: true })], memberships: [], settings: resolveSettings({ timezone: 'Asia/Kolkata' }) });
    expect(week(o).filter((l) => l.startsWith('rollup'))).toEqual(['rollup person:1 2026-W48 2026-11-27T10:30:00.000Z']);
  });
});
