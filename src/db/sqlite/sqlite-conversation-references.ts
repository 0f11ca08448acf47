/** Conversation references (Teams) by platform and key, with the unreachable mark. */
import { and, asc, eq, isNotNull } from 'drizzle-orm';
import type { ConversationReferenceStore, StoredConversationReference } from '../../app/ports/index.js';
import { run, type SqliteContext } from './context.js';
import { conversationReferences } from './schema/index.js';

/** The SQLite implementation of {@link ConversationReferenceStore}. */
export function sqliteConversationReferences({ db }: SqliteContext): ConversationReferenceStore {
  const where = (platform: StoredConversationReference['platform'], key: string) =>
    and(eq(conversationReferences.platform, platform), eq(conversationReferences.key, key));
  return {
    saveConversationReference: (platform, key, reference, at) =>
      run(() => {
        const fresh = { reference, updatedAt: at.toISOString(), unreachableSince: null, unreachableReason: null };
        db.insert(conversationReferences)
          .values({ platform, key, ...fresh })
          .onConflictDoUpdate({ target: [conversationReferences.platform, conversationReferences.key], set: fresh })
          .run();
      }),
    getConversationReference: (platform, key) => run(() => db.select().from(conversationReferences).where(where(platform, key)).get() ?? null),
    markUnreachable: (platform, key, reason, at) =>
      run(() => {
        db.update(conversationReferences).set({ unreachableSince: at.toISOString(), unreachableReason: reason }).where(where(platform, key)).run();
      }),
    listUnreachable: () =>
      run(() => db.select().from(conversationReferences).where(isNotNull(conversationReferences.unreachableSince)).orderBy(asc(conversationReferences.unreachableSince)).all()),
  };
}
