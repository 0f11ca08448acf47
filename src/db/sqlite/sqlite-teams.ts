/** Teams, their members and leads, and their holidays. */
import { and, asc, eq, sql } from 'drizzle-orm';
import type { Team } from '../../core/types.js';
import type { NewTeam, TeamPatch, TeamStore } from '../../app/ports/index.js';
import { IMMEDIATE, nowIso, run, type SqliteContext } from './context.js';
import { hasChanges } from '../shared/patch.js';
import { toMembership, toTeam } from '../shared/mappers.js';
import { memberships, settings, teamHolidays, teams } from './schema/index.js';

/** The SQLite implementation of {@link TeamStore}. */
export function sqliteTeams(ctx: SqliteContext): TeamStore {
  const { db } = ctx;
  const byId = (id: number): Team | null => {
    const row = db.select().from(teams).where(eq(teams.id, id)).get();
    return row ? toTeam(row) : null;
  };

  return {
    createTeam: (input) => run(() => createTeam(ctx, input)),
    deleteTeam: (id) =>
      run(() => {
        db.transaction((tx) => {
          // The team's setting overrides go with it; memberships and holidays cascade.
          tx.delete(settings).where(eq(settings.scope, `team:${id}`)).run();
          tx.delete(teams).where(eq(teams.id, id)).run();
        }, IMMEDIATE);
      }),
    getTeam: (id) => run(() => byId(id)),
    findTeamByKey: (nameKey) =>
      run(() => {
        const row = db.select().from(teams).where(eq(teams.nameKey, nameKey)).get();
        return row ? toTeam(row) : null;
      }),
    listTeams: () => run(() => db.select().from(teams).orderBy(asc(teams.nameKey)).all().map(toTeam)),
    updateTeam: (id, patch) => run(() => updateTeam(ctx, id, patch)),
    ...membershipMethods(ctx),
    ...holidayMethods(ctx),
  };
}

/** The unique index on name_key decides a race between two creators: one gets null. */
function createTeam(ctx: SqliteContext, input: NewTeam): Team | null {
  const row = ctx.db
    .insert(teams)
    .values({ name: input.name, nameKey: input.nameKey, createdAt: nowIso(ctx) })
    .onConflictDoNothing({ target: teams.nameKey })
    .returning()
    .get();
  return row ? toTeam(row) : null;
}

function updateTeam(ctx: SqliteContext, id: number, patch: TeamPatch): Team {
  const { db } = ctx;
  const row = hasChanges(patch)
    ? db.update(teams).set(patch).where(eq(teams.id, id)).returning().get()
    : db.select().from(teams).where(eq(teams.id, id)).get();
  if (!row) throw new Error(`updateTeam: there is no team with id ${id}`);
  return toTeam(row);
}

type MembershipMethods = Pick<TeamStore, 'upsertMembership' | 'removeMembership' | 'listMemberships' | 'teamsOf'>;

function membershipMethods({ db }: SqliteContext): MembershipMethods {
  // Prepared once: every command reads the caller's teams.
  const teamsOfQuery = db.select().from(memberships).where(eq(memberships.personId, sql.placeholder('personId'))).orderBy(asc(memberships.teamId)).prepare();
  return {
    upsertMembership: (teamId, personId, isLead) =>
      run(() => {
        db.insert(memberships)
          .values({ teamId, personId, isLead })
          .onConflictDoUpdate({ target: [memberships.teamId, memberships.personId], set: { isLead } })
          .run();
      }),
    removeMembership: (teamId, personId) =>
      run(
        () =>
          db
            .delete(memberships)
            .where(and(eq(memberships.teamId, teamId), eq(memberships.personId, personId)))
            .run().changes > 0,
      ),
    listMemberships: (teamId) =>
      run(() =>
        db.select().from(memberships).where(eq(memberships.teamId, teamId)).orderBy(asc(memberships.personId)).all().map(toMembership),
      ),
    teamsOf: (personId) => run(() => teamsOfQuery.all({ personId }).map(toMembership)),
  };
}

type HolidayMethods = Pick<TeamStore, 'addHoliday' | 'removeHoliday' | 'listHolidays'>;

function holidayMethods({ db }: SqliteContext): HolidayMethods {
  return {
    addHoliday: (teamId, day) =>
      run(() => db.insert(teamHolidays).values({ teamId, day }).onConflictDoNothing().run().changes > 0),
    removeHoliday: (teamId, day) =>
      run(
        () => db.delete(teamHolidays).where(and(eq(teamHolidays.teamId, teamId), eq(teamHolidays.day, day))).run().changes > 0,
      ),
    listHolidays: (teamId) =>
      run(() =>
        db
          .select({ day: teamHolidays.day })
          .from(teamHolidays)
          .where(eq(teamHolidays.teamId, teamId))
          .orderBy(asc(teamHolidays.day))
          .all()
          .map((r) => r.day),
      ),
  };
}
