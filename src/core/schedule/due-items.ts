/**
 * The list of weekly sends whose due moment falls in a time window, with whether the
 * recipient is away at that moment. Pure: the app supplies an org snapshot and the window.
 */
import { isoWeekOf, shiftWeek } from '../iso-week.js';
import type { WorkspaceSettings } from '../settings.js';
import type { IsoDate, IsoWeek, Membership, Person, Team } from '../types.js';
import { isAwayAt, type AbsenceFacts } from './absence.js';
import { checkinDueAt, checkinSlot, digestDueAt, digestSlot, reminderDueAt, rollupSlot } from './due.js';

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

/** Delivery targets: `person:<id>` for DMs, `team:<id>` for digests. */
export const personTarget = (id: number): string => `person:${id}`;
export const teamTarget = (id: number): string => `team:${id}`;

/**
 * The ISO weeks a window touches in any zone, oldest first: the UTC weeks with one more
 * on each side, since no zone is more than a day from UTC. Each slot's due moments are
 * then filtered to the window exactly.
 */
function weeksTouching(from: Date, to: Date): IsoWeek[] {
  const weeks = [shiftWeek(isoWeekOf(from, 'utc'), -1)];
  const last = shiftWeek(isoWeekOf(to, 'utc'), 1);
  while (weeks.at(-1)! < last && weeks.length < 60) weeks.push(shiftWeek(weeks.at(-1)!, 1));
  return weeks;
}

/** Due moments of a slot in (from, to], after the recipient existed. */
function slotDues(w: Window, createdAt: string, dueIn: (week: IsoWeek) => Date | null) {
  const born = Date.parse(createdAt);
  return w.weeks.flatMap((week) => {
    const due = dueIn(week);
    return due !== null && due > w.from && due <= w.to && due.getTime() >= born ? [{ week, due }] : [];
  });
}

/** The time window of one call, with the weeks it touches worked out once. */
interface Window {
  from: Date;
  to: Date;
  weeks: IsoWeek[];
}

/**
 * Due moments already worked out in this call, by kind, slot and week: people mostly share a
 * few slots, and each moment costs zone arithmetic (bench/fanout: 10,000 people a tick).
 */
type DueMemo = Map<string, Date | null>;

const remembered = (memo: DueMemo, key: string, work: () => Date | null): Date | null => {
  if (memo.has(key)) return memo.get(key)!;
  const due = work();
  memo.set(key, due);
  return due;
};

function personItems(org: OrgSnapshot, person: Person, w: Window, teamsOf: ReadonlyMap<number, ReadonlySet<number>>, memo: DueMemo): DueItem[] {
  const teamIds = teamsOf.get(person.id) ?? new Set<number>();
  if (teamIds.size === 0 || !person.nudges) return [];
  const teams = org.teams.filter((t) => teamIds.has(t.id));
  const facts: AbsenceFacts = { awayUntil: person.awayUntil, holidays: unionHolidays(org, teamIds) };
  const slot = checkinSlot(person, teams, org.settings);
  const { workDays } = org.settings;
  const item = (kind: DeliveryKind, week: IsoWeek, due: Date): DueItem => ({
    kind, target: personTarget(person.id), period: week, due, zone: slot.zone, personId: person.id, away: isAwayAt(facts, due, slot.zone),
  });
  const key = `${slot.day} ${slot.time} ${slot.zone}`;
  const checkins = slotDues(w, person.createdAt, (week) => remembered(memo, `checkin ${key} ${week}`, () => checkinDueAt(slot, week, workDays))).map((d) => item('checkin', d.week, d.due));
  if (!org.settings.reminders) return checkins;
  const reminders = slotDues(w, person.createdAt, (week) => remembered(memo, `reminder ${key} ${week}`, () => reminderDueAt(slot, week, workDays))).map((d) => item('reminder', d.week, d.due));
  return [...checkins, ...reminders];
}

function unionHolidays(org: OrgSnapshot, teamIds: ReadonlySet<number>): Set<IsoDate> {
  const all = new Set<IsoDate>();
  for (const id of teamIds) for (const day of org.holidays.get(id) ?? []) all.add(day);
  return all;
}

function teamItems(org: OrgSnapshot, team: Team, w: Window, ledTeams: ReadonlySet<number>): DueItem[] {
  if (team.channel === null && !ledTeams.has(team.id)) return [];
  const slot = digestSlot(team, org.settings);
  const facts: AbsenceFacts = { awayUntil: null, holidays: org.holidays.get(team.id) ?? new Set() };
  return slotDues(w, team.createdAt, (week) => digestDueAt(slot, week)).map(({ week, due }) => ({
    kind: 'digest', target: teamTarget(team.id), period: week, due, zone: slot.zone, teamId: team.id, away: isAwayAt(facts, due, slot.zone),
  }));
}

function rollupItems(org: OrgSnapshot, w: Window): DueItem[] {
  if (org.teams.length === 0) return [];
  const slot = rollupSlot(org.settings);
  return org.people.filter((p) => p.isAdmin).flatMap((admin) =>
    slotDues(w, admin.createdAt, (week) => digestDueAt(slot, week)).map(({ week, due }) => ({
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
  const w: Window = { from, to, weeks: weeksTouching(from, to) };
  // Indexed once: looking each person's teams up in the whole list cost 10,000 x 10,000 steps a tick (bench/fanout).
  const teamsOf = new Map<number, Set<number>>();
  const memo: DueMemo = new Map();
  const ledTeams = new Set(org.memberships.filter((m) => m.isLead).map((m) => m.teamId));
  for (const m of org.memberships) {
    const ids = teamsOf.get(m.personId) ?? new Set<number>();
    teamsOf.set(m.personId, ids.add(m.teamId));
  }
  const items = [
    ...org.people.flatMap((p) => personItems(org, p, w, teamsOf, memo)),
    ...org.teams.flatMap((t) => teamItems(org, t, w, ledTeams)),
    ...rollupItems(org, w),
  ];
  // Plain code-unit order: keys are ASCII, and localeCompare cost more than the rest of a 10,000-person tick.
  const order = (x: string, y: string): number => (x < y ? -1 : x > y ? 1 : 0);
  return items.sort((a, b) => a.due.getTime() - b.due.getTime() || order(a.kind, b.kind) || order(a.target, b.target));
}
