/**
 * When each weekly send is due: check-ins and reminders per person in the person's zone,
 * digests per team in the team's zone, the admins' roll-up in the workspace zone. Pure.
 */
import type { WorkspaceSettings } from '../settings.js';
import type { IsoWeek, Person, Team, Weekday } from '../types.js';
import { localMoment, nextWorkDayInWeek, onWorkDay, outsideQuietHours } from './calendar.js';

/** A weekly slot: a day and clock time in a zone. */
export interface WeeklySlot {
  day: Weekday;
  time: string;
  zone: string;
}

/**
 * A person's check-in slot: their own override ?? the first of their teams (by id) that
 * sets one ?? the workspace setting, always in the person's own zone.
 */
export function checkinSlot(person: Person, teams: readonly Team[], settings: WorkspaceSettings): WeeklySlot {
  const ordered = [...teams].sort((a, b) => a.id - b.id);
  return {
    day: person.checkinDay ?? ordered.find((t) => t.checkinDay !== null)?.checkinDay ?? settings.checkinDay,
    time: person.checkinTime ?? ordered.find((t) => t.checkinTime !== null)?.checkinTime ?? settings.checkinTime,
    zone: person.timeZone,
  };
}

/**
 * When the check-in of an ISO week is due: the slot's day moved onto a work day, at the
 * slot's time moved out of quiet hours.
 */
export function checkinDueAt(slot: WeeklySlot, week: IsoWeek, workDays: readonly Weekday[]): Date {
  return localMoment(week, onWorkDay(slot.day, workDays), outsideQuietHours(slot.time), slot.zone);
}

/**
 * When the one reminder of an ISO week is due: the next work day after the check-in, at
 * the same time. Null when no work day is left in that week (a reminder never spills
 * into the next week, which has its own check-in).
 */
export function reminderDueAt(slot: WeeklySlot, week: IsoWeek, workDays: readonly Weekday[]): Date | null {
  const next = nextWorkDayInWeek(onWorkDay(slot.day, workDays), workDays);
  return next === null ? null : localMoment(week, next, outsideQuietHours(slot.time), slot.zone);
}

/** A team's digest slot: team overrides ?? workspace, in team zone ?? workspace zone. */
export function digestSlot(team: Team, settings: WorkspaceSettings): WeeklySlot {
  return {
    day: team.digestDay ?? settings.digestDay,
    time: team.digestTime ?? settings.digestTime,
    zone: team.timeZone ?? settings.timeZone,
  };
}

/** The admins' organisation roll-up goes out at the workspace digest slot. */
export const rollupSlot = (settings: WorkspaceSettings): WeeklySlot => ({
  day: settings.digestDay,
  time: settings.digestTime,
  zone: settings.timeZone,
});

/**
 * When a digest (or roll-up) of an ISO week is due. Digests keep the admin's chosen time:
 * they go to channels and leads, so work days and quiet hours do not move them.
 */
export const digestDueAt = (slot: WeeklySlot, week: IsoWeek): Date => localMoment(week, slot.day, slot.time, slot.zone);
