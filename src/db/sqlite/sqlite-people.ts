/** People: identities, admins, personal preferences. */
import { and, asc, eq, sql } from 'drizzle-orm';
import type { Person, Platform } from '../../core/types.js';
import type { NewPerson, PeopleStore, PersonPatch } from '../../app/ports/index.js';
import { nowIso, run, type SqliteContext } from './context.js';
import { hasChanges } from '../shared/patch.js';
import { toPerson } from '../shared/mappers.js';
import { people } from './schema/index.js';

/** The SQLite implementation of {@link PeopleStore}. */
export function sqlitePeople(ctx: SqliteContext): PeopleStore {
  const { db } = ctx;
  // NOTE: prepared once: every command looks its caller up, and building and compiling the
  // statement each time cost more than running it (issue 11, bench/slack).
  const byIdQuery = db.select().from(people).where(eq(people.id, sql.placeholder('id'))).prepare();
  const byPlatformIdQuery = db
    .select()
    .from(people)
    .where(and(eq(people.platform, sql.placeholder('platform')), eq(people.platformUserId, sql.placeholder('platformUserId'))))
    .prepare();
  const adminsQuery = db.select().from(people).where(eq(people.isAdmin, true)).orderBy(asc(people.id)).prepare();
  const byId = (id: number): Person | null => {
    const row = byIdQuery.get({ id });
    return row ? toPerson(row) : null;
  };
  const byPlatformId = (platform: Platform, platformUserId: string): Person | null => {
    const row = byPlatformIdQuery.get({ platform, platformUserId });
    return row ? toPerson(row) : null;
  };
  const all = (): Person[] => db.select().from(people).orderBy(asc(people.id)).all().map(toPerson);

  return {
    getPerson: (id) => run(() => byId(id)),
    findPersonByPlatformId: (platform, platformUserId) => run(() => byPlatformId(platform, platformUserId)),
    findPersonByEmail: (email) =>
      run(() => {
        const row = db
          .select()
          .from(people)
          .where(sql`lower(${people.email}) = lower(${email.trim()})`)
          .orderBy(asc(people.id))
          .get();
        return row ? toPerson(row) : null;
      }),
    createPerson: (input) => run(() => insertPerson(ctx, input) ?? mustExist(byPlatformId(input.platform, input.platformUserId))),
    updatePerson: (id, patch) => run(() => updatePerson(ctx, id, patch) ?? missing(id)),
    listPeople: () => run(all),
    listAdmins: () => run(() => adminsQuery.all().map(toPerson)),
  };
}

/**
 * Inserts the person, or returns null when (platform, platformUserId) is already known —
 * two events for a new person can race, and both callers should get the same person.
 */
function insertPerson(ctx: SqliteContext, input: NewPerson): Person | null {
  const row = ctx.db
    .insert(people)
    .values({
      platform: input.platform,
      platformUserId: input.platformUserId,
      displayName: input.displayName,
      email: input.email,
      timeZone: input.timeZone,
      timeZoneSource: input.timeZoneSource ?? 'workspace',
      isAdmin: input.isAdmin,
      createdAt: nowIso(ctx),
    })
    .onConflictDoNothing({ target: [people.platform, people.platformUserId] })
    .returning()
    .get();
  return row ? toPerson(row) : null;
}

function updatePerson(ctx: SqliteContext, id: number, patch: PersonPatch): Person | null {
  const { db } = ctx;
  const row = hasChanges(patch)
    ? db.update(people).set(patch).where(eq(people.id, id)).returning().get()
    : db.select().from(people).where(eq(people.id, id)).get();
  return row ? toPerson(row) : null;
}

const mustExist = (person: Person | null): Person => {
  if (!person) throw new Error('createPerson: the person vanished between insert and read');
  return person;
};

const missing = (id: number): never => {
  throw new Error(`updatePerson: there is no person with id ${id}`);
};
