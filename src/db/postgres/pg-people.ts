/** People: identities, admins, personal preferences. */
import { and, asc, eq, sql } from 'drizzle-orm';
import type { NewPerson, PeopleStore, PersonPatch } from '../../app/ports/index.js';
import type { Person, Platform } from '../../core/types.js';
import { toPerson } from '../shared/mappers.js';
import { hasChanges } from '../shared/patch.js';
import { nowIso, type PgContext } from './context.js';
import { people } from './schema/index.js';

/** The PostgreSQL implementation of {@link PeopleStore}. */
export function pgPeople(ctx: PgContext): PeopleStore {
  const { db } = ctx;
  const byPlatformId = async (platform: Platform, platformUserId: string): Promise<Person | null> => {
    const [row] = await db
      .select()
      .from(people)
      .where(and(eq(people.platform, platform), eq(people.platformUserId, platformUserId)));
    return row ? toPerson(row) : null;
  };
  return {
    getPerson: async (id) => {
      const [row] = await db.select().from(people).where(eq(people.id, id));
      return row ? toPerson(row) : null;
    },
    findPersonByPlatformId: byPlatformId,
    findPersonByEmail: async (email) => {
      const [row] = await db
        .select()
        .from(people)
        .where(sql`lower(${people.email}) = lower(${email.trim()})`)
        .orderBy(asc(people.id))
        .limit(1);
      return row ? toPerson(row) : null;
    },
    createPerson: async (input) => (await insertPerson(ctx, input)) ?? mustExist(await byPlatformId(input.platform, input.platformUserId)),
    updatePerson: async (id, patch) => (await updatePerson(ctx, id, patch)) ?? missing(id),
    listPeople: async () => (await db.select().from(people).orderBy(asc(people.id))).map(toPerson),
    listAdmins: async () => (await db.select().from(people).where(eq(people.isAdmin, true)).orderBy(asc(people.id))).map(toPerson),
  };
}

/**
 * Inserts the person, or returns null when (platform, platformUserId) is already known.
 * NOTE: ON CONFLICT DO NOTHING on the unique index: two events for a new person racing on
 * two connections both end with one row, and the loser reads the winner's.
 */
async function insertPerson(ctx: PgContext, input: NewPerson): Promise<Person | null> {
  const [row] = await ctx.db
    .insert(people)
    .values({ ...input, createdAt: nowIso(ctx) })
    .onConflictDoNothing({ target: [people.platform, people.platformUserId] })
    .returning();
  return row ? toPerson(row) : null;
}

async function updatePerson(ctx: PgContext, id: number, patch: PersonPatch): Promise<Person | null> {
  const { db } = ctx;
  const [row] = hasChanges(patch)
    ? await db.update(people).set(patch).where(eq(people.id, id)).returning()
    : await db.select().from(people).where(eq(people.id, id));
  return row ? toPerson(row) : null;
}

const mustExist = (person: Person | null): Person => {
  if (!person) throw new Error('createPerson: the person vanished between insert and read');
  return person;
};

const missing = (id: number): never => {
  throw new Error(`updatePerson: there is no person with id ${id}`);
};
