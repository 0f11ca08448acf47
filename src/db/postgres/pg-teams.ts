/** Teams, their members and leads, and their holidays. */
import { and, asc, eq, sql } from 'drizzle-orm';
import type { NewTeam, TeamPatch, TeamStore } from '../../app/ports/index.js';
import type { Team } from '../../core/types.js';
import { toMembership, toTeam } from '../shared/mappers.js';
import { hasChanges } from '../shared/patch.js';
import { nowIso, preparedOnce, type PgContext } from './context.js';
import { memberships, settings, teamHolidays, teams } from './schema/index.js';

/** The PostgreSQL implementation of {@link TeamStore}. */
export function pgTeams(ctx: PgContext): TeamStore {
  const { db } = ctx;
  // Read for every team's digest (see preparedOnce).
  const statements = preparedOnce(() => ({
    byId: db.select().from(teams).where(eq(teams.id, sql.placeholder('id'))).prepare('team_by_id'),
    holidays: db.select({ day: teamHolidays.day }).from(teamHolidays).where(eq(teamHolidays.teamId, sql.placeholder('teamId'))).orderBy(asc(teamHolidays.day)).prepare('team_holidays'),
  }));
  return {
    createTeam: (input) => createTeam(ctx, input),
    deleteTeam: async (id) => {
      await db.transaction(async (tx) => {
        // The team's setting overrides go with it; memberships and holidays cascade.
        await tx.delete(settings).where(eq(settings.scope, `team:${id}`));
        await tx.delete(teams).where(eq(teams.id, id));
      });
    },
    getTeam: async (id) => {
      const [row] = await statements().byId.execute({ id });
      return row ? toTeam(row) : null;
    },
    findTeamByKey: async (nameKey) => {
      const [row] = await db.select().from(teams).where(eq(teams.nameKey, nameKey));
      return row ? toTeam(row) : null;
    },
    listTeams: async () => (await db.select().from(teams).orderBy(asc(teams.nameKey))).map(toTeam),
    updateTeam: (id, patch) => updateTeam(ctx, id, patch),
    upsertMembership: async (teamId, personId, isLead) => {
      await db
        .insert(memberships)
        .values({ teamId, personId, isLead })
        .onConflictDoUpdate({ target: [memberships.teamId, memberships.personId], set: { isLead } });
    },
    removeMembership: async (teamId, personId) =>
      (await db.delete(memberships).where(and(eq(memberships.teamId, teamId), eq(memberships.personId, personId))).returning()).length > 0,
    listMemberships: async (teamId) =>
      (await db.select().from(memberships).where(eq(memberships.teamId, teamId)).orderBy(asc(memberships.personId))).map(toMembership),
    teamsOf: async (personId) =>
      (await db.select().from(memberships).where(eq(memberships.personId, personId)).orderBy(asc(memberships.teamId))).map(toMembership),
    addHoliday: async (teamId, day) => (await db.insert(teamHolidays).values({ teamId, day }).onConflictDoNothing().returning()).length > 0,
    removeHoliday: async (teamId, day) =>
      (await db.delete(teamHolidays).where(and(eq(teamHolidays.teamId, teamId), eq(teamHolidays.day, day))).returning()).length > 0,
    listHolidays: async (teamId) => (await statements().holidays.execute({ teamId })).map((r) => r.day),
  };
}

/** The unique index on name_key decides a race between two creators: one gets null. */
async function createTeam(ctx: PgContext, input: NewTeam): Promise<Team | null> {
  const [row] = await ctx.db
    .insert(teams)
    .values({ name: input.name, nameKey: input.nameKey, createdAt: nowIso(ctx) })
    .onConflictDoNothing({ target: teams.nameKey })
    .returning();
  return row ? toTeam(row) : null;
}

async function updateTeam(ctx: PgContext, id: number, patch: TeamPatch): Promise<Team> {
  const { db } = ctx;
  const [row] = hasChanges(patch) ? await db.update(teams).set(patch).where(eq(teams.id, id)).returning() : await db.select().from(teams).where(eq(teams.id, id));
  if (!row) throw new Error(`updateTeam: there is no team with id ${id}`);
  return toTeam(row);
}
