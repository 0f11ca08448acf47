/** Artifact checks per win and providers' cached answers. */
import { and, asc, eq, gte, inArray, lt } from 'drizzle-orm';
import type { ArtifactCheckStore } from '../../app/ports/index.js';
import type { PgContext } from './context.js';
import { artifactChecks, artifactFacts } from './schema/index.js';

/** The PostgreSQL implementation of {@link ArtifactCheckStore}. */
export function pgArtifactChecks({ db }: PgContext): ArtifactCheckStore {
  return {
    saveArtifactCheck: async (check) => {
      const { firstCheckedAt: _kept, ...later } = check;
      await db.insert(artifactChecks).values(check).onConflictDoUpdate({ target: [artifactChecks.winId, artifactChecks.artifactKey], set: later });
    },
    listArtifactChecks: async (winIds) =>
      winIds.length === 0 ? [] : db.select().from(artifactChecks).where(inArray(artifactChecks.winId, [...winIds])),
    listChecksDue: async (since, before, limit) =>
      db
        .select()
        .from(artifactChecks)
        .where(and(inArray(artifactChecks.status, ['pending', 'error']), gte(artifactChecks.firstCheckedAt, since.toISOString()), lt(artifactChecks.checkedAt, before.toISOString())))
        .orderBy(asc(artifactChecks.checkedAt), asc(artifactChecks.winId))
        .limit(limit),
    getArtifactFacts: async (artifactKey) => {
      const [row] = await db.select().from(artifactFacts).where(eq(artifactFacts.artifactKey, artifactKey));
      return row ? { facts: { state: row.state, people: row.people }, fetchedAt: row.fetchedAt } : null;
    },
    putArtifactFacts: async (artifactKey, facts, fetchedAt) => {
      const values = { state: facts.state, people: facts.people, fetchedAt: fetchedAt.toISOString() };
      await db.insert(artifactFacts).values({ artifactKey, ...values }).onConflictDoUpdate({ target: artifactFacts.artifactKey, set: values });
    },
  };
}
