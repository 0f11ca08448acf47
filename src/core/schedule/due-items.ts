/**
 * The list of weekly sends whose due moment falls in a time window, with whether the
 * recipient is away at that moment. Pure: the app supplies an org snapshot and the window.
 */
import type { WorkspaceSettings } from '../settings.js';
import type { IsoDate, IsoWeek, Membership, Person, Team } from '../types.js';
import { isoWeekOf } from '../time.js';
import { isAwayAt, type AbsenceFacts } from './absence.js';
import { shiftWeek } from './calendar.js';
import { checkinDueAt, checkinSlot, digestDueAt, digestSlot, reminderDueAt, rollupSlot, type WeeklySlot } from './due.js';

/** The kinds of scheduled delivery. */
export type DeliveryKind = 'checkin' | 'reminder' | 'digest' | 'rollup';

/** Everything the schedule depends on, read once per tick. */
export interface OrgSnapshot {
  settings: WorkspaceSettings;
  people: Person[];
  teams: Team[];
  memberships: Membership[];
  /** Holidays per team id. */
  holidays: ReadonlyMap<number, ReadonlySet<IsoDate>>;
}

/** One weekly send that is due. `target` and `period` form its delivery key with `kind`. */
export interface DueItem {
  kind: DeliveryKind;
  target: string;
  period: IsoWeek;
  due: Date;
  /** The zone whose calendar the period and absence are judged in. */
  zone: string;
  personId?: number;
  teamId?: number;
  /** The recipient (person, or the team for a digest) is away at the due moment. */
  away: boolean;
}

export const personTarget = (id: number): string => `person:${id}`;
export const teamTarget = (id: number): string => `team:${id}`;

/** The ISO weeks (in a zone) that a window touches, oldest first. */
function weeksTouching(from: Date, to: Date, zone: string): IsoWeek[] {
  const weeks = [isoWeekOf(from, zone)];
  const last = isoWeekOf(to, zone);
  while (weeks.at(-1)! < last && weeks.length < 60) weeks.push(shiftWeek(weeks.at(-1)!, 1));
  return weeks;
}

/** Due moments of a slot in (from, to], after the recipient existed. */
function slotDues(slot: WeeklySlot, from: Date, to: Date, createdAt: string, dueIn: (week: IsoWeek) => Date | null) {
  const born = Date.parse(createdAt);
  return weeksTouching(from, to, slot.zone).flatMap((week) => {
    const due = dueIn(week);
    return due !== null && due > from && due <= to && due.getTime() >= born ? [{ week, due }] : [];
  });
}

function personItems(org: OrgSnapshot, person: Person, from: Date, to: Date): DueItem[] {
  const teamIds = new Set(org.memberships.filter((m) => m.personId === person.id).map((m) => m.teamId));
  if (teamIds.size === 0 || !person.nudges) return [];
  const teams = org.teams.filter((t) => teamIds.has(t.id));
  const facts: AbsenceFacts = { awayUntil: person.awayUntil, holidays: unionHolidays(org, teamIds) };
  const slot = checkinSlot(person, teams, org.settings);
  const { workDays } = org.settings;
  const item = (kind: DeliveryKind, week: IsoWeek, due: Date): DueItem => ({
    kind, target: personTarget(person.id), period: week, due, zone: slot.zone, personId: person.id, away: isAwayAt(facts, due, slot.zone),
  });
  const checkins = slotDues(slot, from, to, person.createdAt, (w) => checkinDueAt(slot, w, workDays)).map((d) => item('checkin', d.week, d.due));
  if (!org.settings.reminders) return checkins;
  const reminders = slotDues(slot, from, to, person.createdAt, (w) => reminderDueAt(slot, w, workDays)).map((d) => item('reminder', d.week, d.due));
  return [...checkins, ...reminders];
}

function unionHolidays(org: OrgSnapshot, teamIds: ReadonlySet<number>): Set<IsoDate> {
  const all = new Set<IsoDate>();
  for (const id of teamIds) for (const day of org.holidays.get(id) ?? []) all.add(day);
  return all;
}

function teamItems(org: OrgSnapshot, team: Team, from: Date, to: Date): DueItem[] {
  const hasLead = org.memberships.some((m) => m.teamId === team.id && m.isLead);
  if (team.channel === null && !hasLead) return [];
  const slot = digestSlot(team, org.settings);
  const facts: AbsenceFacts = { awayUntil: null, holidays: org.holidays.get(team.id) ?? new Set() };
  return slotDues(slot, from, to, team.createdAt, (w) => digestDueAt(slot, w)).map(({ week, due }) => ({
    kind: 'digest', target: teamTarget(team.id), period: week, due, zone: slot.zone, teamId: team.id, away: isAwayAt(facts, due, slot.zone),
  }));
}

function rollupItems(org: OrgSnapshot, from: Date, to: Date): DueItem[] {
  if (org.teams.length === 0) return [];
  const slot = rollupSlot(org.settings);
  return org.people.filter((p) => p.isAdmin).flatMap((admin) =>
    slotDues(slot, from, to, admin.createdAt, (w) => digestDueAt(slot, w)).map(({ week, due }) => ({
      kind: 'rollup' as const, target: personTarget(admin.id), period: week, due, zone: slot.zone, personId: admin.id,
      away: admin.awayUntil !== null && isAwayAt({ awayUntil: admin.awayUntil, holidays: new Set() }, due, admin.timeZone),
    })),
  );
}

/**
 * Every check-in, reminder, digest and roll-up due in (from, to], oldest first. Check-ins
 * and reminders go to members of at least one team with nudges on; digests to teams with
 * a channel or a lead; nothing is due from before its recipient existed.
 */
export function dueItems(org: OrgSnapshot, from: Date, to: Date): DueItem[] {
  const items = [
    ...org.people.flatMap((p) => personItems(org, p, from, to)),
    ...org.teams.flatMap((t) => teamItems(org, t, from, to)),
    ...rollupItems(org, from, to),
  ];
  return items.sort((a, b) => a.due.getTime() - b.due.getTime() || a.kind.localeCompare(b.kind) || a.target.localeCompare(b.target));
}
