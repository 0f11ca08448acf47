/** Artifact checks per win and providers' cached answers. */
import { and, asc, eq, gte, inArray, lt } from 'drizzle-orm';
import type { ArtifactCheckStore } from '../../app/ports/index.js';
import type { ArtifactCheck } from '../../core/evidence/index.js';
import { run, type SqliteContext } from './context.js';
import { artifactChecks, artifactFacts } from './schema/index.js';

type CheckRow = typeof artifactChecks.$inferSelect;
const toCheck = (r: CheckRow): ArtifactCheck => ({ ...r });

/** The SQLite implementation of {@link ArtifactCheckStore}. */
export function sqliteArtifactChecks({ db }: SqliteContext): ArtifactCheckStore {
  return {
    saveArtifactCheck: (check) =>
      run(() => {
        const { firstCheckedAt: _kept, ...later } = check;
        db.insert(artifactChecks).values(check).onConflictDoUpdate({ target: [artifactChecks.winId, artifactChecks.artifactKey], set: later }).run();
      }),
    listArtifactChecks: (winIds) =>
      run(() => (winIds.length === 0 ? [] : db.select().from(artifactChecks).where(inArray(artifactChecks.winId, [...winIds])).all().map(toCheck))),
    listChecksDue: (since, before, limit) =>
      run(() =>
        db
          .select()
          .from(artifactChecks)
          .where(and(inArray(artifactChecks.status, ['pending', 'error']), gte(artifactChecks.firstCheckedAt, since.toISOString()), lt(artifactChecks.checkedAt, before.toISOString())))
          .orderBy(asc(artifactChecks.checkedAt), asc(artifactChecks.winId))
          .limit(limit)
          .all()
          .map(toCheck),
      ),
    getArtifactFacts: (artifactKey) =>
      run(() => {
        const row = db.select().from(artifactFacts).where(eq(artifactFacts.artifactKey, artifactKey)).get();
        return row ? { facts: { state: row.state, people: row.people }, fetchedAt: row.fetchedAt } : null;
      }),
    putArtifactFacts: (artifactKey, facts, fetchedAt) =>
      run(() => {
        const values = { state: facts.state, people: facts.people, fetchedAt: fetchedAt.toISOString() };
        db.insert(artifactFacts).values({ artifactKey, ...values }).onConflictDoUpdate({ target: artifactFacts.artifactKey, set: values }).run();
      }),
  };
}
