import { dayInWeek, shiftWeek } from '../../../src/core/iso-week.js';
import { describe, expect, it } from 'vitest';
import { isQuietAt, localMoment, onWorkDay } from '../../../src/core/schedule/calendar.js';
import { checkinDueAt, checkinSlot, digestDueAt, digestSlot, reminderDueAt } from '../../../src/core/schedule/due.js';
import { resolveSettings } from '../../../src/core/settings.js';
import type { Person, Team, Weekday } from '../../../src/core/types.js';

const settings = resolveSettings({});
const weekdays: Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri'];
const person = (over: Partial<Person> = {}): Person => ({
  id: 1, platform: 'console', platformUserId: 'p', displayName: 'P', email: null, timeZone: 'Europe/Berlin', timeZoneSource: 'own',
  isAdmin: false, nudges: true, awayUntil: null, checkinDay: null, checkinTime: null, createdAt: '2026-01-01T00:00:00Z', ...over,
});
const team = (over: Partial<Team> = {}): Team => ({
  id: 1, name: 'T', channel: null, channelPlatform: null, timeZone: null, digestDay: null, digestTime: null, checkinDay: null, checkinTime: null, createdAt: '2026-01-01T00:00:00Z', ...over,
});
const iso = (d: Date | null) => d?.toISOString() ?? null;

describe('check-in due moments', () => {
  it.each([
    // Berlin leaves summer time on Sun 25 Oct 2026: 15:00 is 13:00Z before, 14:00Z after.
    ['Europe/Berlin', '2026-W43', '2026-10-22T13:00:00.000Z'],
    ['Europe/Berlin', '2026-W44', '2026-10-29T14:00:00.000Z'],
    // New York leaves summer time on Sun 1 Nov 2026.
    ['America/New_York', '2026-W44', '2026-10-29T19:00:00.000Z'],
    ['America/New_York', '2026-W45', '2026-11-05T20:00:00.000Z'],
    // Kolkata is UTC+05:30 all year.
    ['Asia/Kolkata', '2026-W48', '2026-11-26T09:30:00.000Z'],
  ])('in %s, week %s, the default Thursday 15:00 is %s', (zone, week, expected) => {
    const slot = checkinSlot(person({ timeZone: zone }), [], settings);
    expect(iso(checkinDueAt(slot, week, weekdays))).toBe(expected);
  });

  it('takes the person override before the team override before the workspace', () => {
    const teams = [team({ id: 2, checkinDay: 'tue', checkinTime: '10:00' }), team({ id: 1, checkinTime: '11:30' })];
    expect(checkinSlot(person(), teams, settings)).toEqual({ day: 'tue', time: '11:30', zone: 'Europe/Berlin' });
    expect(checkinSlot(person({ checkinDay: 'mon', checkinTime: '09:00' }), teams, settings)).toEqual({ day: 'mon', time: '09:00', zone: 'Europe/Berlin' });
    expect(checkinSlot(person(), [], settings)).toEqual({ day: 'thu', time: '15:00', zone: 'Europe/Berlin' });
  });

  it('moves a check-in set inside quiet hours to 08:00, and one set on a weekend to the last work day', () => {
    const late = checkinSlot(person({ checkinDay: 'wed', checkinTime: '22:30' }), [], settings);
    expect(iso(checkinDueAt(late, '2026-W48', weekdays))).toBe('2026-11-25T07:00:00.000Z');
    const saturday = checkinSlot(person({ checkinDay: 'sat', checkinTime: '10:00' }), [], settings);
    expect(iso(checkinDueAt(saturday, '2026-W48', weekdays))).toBe('2026-11-27T09:00:00.000Z');
    expect(onWorkDay('sun', ['tue', 'wed'])).toBe('wed');
    expect(onWorkDay('mon', ['tue', 'wed'])).toBe('tue');
  });

  it('reminds on the next work day in the same week, never spilling into the next', () => {
    const thu = checkinSlot(person({ timeZone: 'Asia/Kolkata' }), [], settings);
    expect(iso(reminderDueAt(thu, '2026-W48', weekdays))).toBe('2026-11-27T09:30:00.000Z');
    const fri = checkinSlot(person({ checkinDay: 'fri' }), [], settings);
    expect(reminderDueAt(fri, '2026-W48', weekdays)).toBeNull();
    expect(iso(reminderDueAt(thu, '2026-W48', ['mon', 'thu', 'sat']))).toBe('2026-11-28T09:30:00.000Z');
  });

  it('moves a time skipped by spring-forward to after the gap', () => {
    // 2026-03-08 is a Sunday: New York jumps from 02:00 to 03:00.
    expect(localMoment('2026-W10', 'sun', '02:30', 'America/New_York').toISOString()).toBe('2026-03-08T07:30:00.000Z');
  });
});

describe('digest due moments', () => {
  it('uses the team zone and overrides, else the workspace', () => {
    const ws = resolveSettings({ timezone: 'America/New_York' });
    expect(iso(digestDueAt(digestSlot(team(), ws), '2026-W48'))).toBe('2026-11-27T21:00:00.000Z');
    const kolkata = team({ timeZone: 'Asia/Kolkata', digestDay: 'mon', digestTime: '09:15' });
    expect(iso(digestDueAt(digestSlot(kolkata, ws), '2026-W49'))).toBe('2026-11-30T03:45:00.000Z');
  });

  it('keeps a digest set in the evening where it is (quiet hours are for personal DMs)', () => {
    const evening = team({ timeZone: 'Europe/Berlin', digestTime: '21:00' });
    expect(iso(digestDueAt(digestSlot(evening, settings), '2026-W48'))).toBe('2026-11-27T20:00:00.000Z');
  });
});

describe('calendar helpers', () => {
  it('steps weeks across a year end and knows their days', () => {
    expect(shiftWeek('2026-W53', 1)).toBe('2027-W01');
    expect(shiftWeek('2026-W01', -1)).toBe('2025-W52');
    expect(dayInWeek('2026-W48', 'mon')).toBe('2026-11-23');
    expect(dayInWeek('2026-W01', 'mon')).toBe('2025-12-29');
  });

  it('tells quiet hours in the local zone', () => {
    expect(isQuietAt(new Date('2026-11-25T19:30:00Z'), 'Europe/Berlin')).toBe(true);
    expect(isQuietAt(new Date('2026-11-25T19:30:00Z'), 'America/New_York')).toBe(false);
    expect(isQuietAt(new Date('2026-11-25T02:00:00Z'), 'Asia/Kolkata')).toBe(true);
    expect(isQuietAt(new Date('2026-11-25T02:30:00Z'), 'Asia/Kolkata')).toBe(false);
    expect(isQuietAt(new Date('2026-11-25T02:00:00Z'), 'Europe/Berlin')).toBe(true);
  });
});
