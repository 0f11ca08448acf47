/** Conversation references (Teams) by platform and key, with the unreachable mark. */
import { and, asc, eq, isNotNull } from 'drizzle-orm';
import type { ConversationReferenceStore, StoredConversationReference } from '../../app/ports/index.js';
import type { PgContext } from './context.js';
import { conversationReferences } from './schema/index.js';

/** The PostgreSQL implementation of {@link ConversationReferenceStore}. */
export function pgConversationReferences({ db }: PgContext): ConversationReferenceStore {
  const where = (platform: StoredConversationReference['platform'], key: string) =>
    and(eq(conversationReferences.platform, platform), eq(conversationReferences.key, key));
  return {
    saveConversationReference: async (platform, key, reference, at) => {
      const fresh = { reference, updatedAt: at.toISOString(), unreachableSince: null, unreachableReason: null };
      await db.insert(conversationReferences).values({ platform, key, ...fresh }).onConflictDoUpdate({ target: [conversationReferences.platform, conversationReferences.key], set: fresh });
    },
    getConversationReference: async (platform, key) => {
      const [row] = await db.select().from(conversationReferences).where(where(platform, key));
      return row ?? null;
    },
    markUnreachable: async (platform, key, reason, at) => {
      await db.update(conversationReferences).set({ unreachableSince: at.toISOString(), unreachableReason: reason }).where(where(platform, key));
    },
    listUnreachable: () => db.select().from(conversationReferences).where(isNotNull(conversationReferences.unreachableSince)).orderBy(asc(conversationReferences.unreachableSince)),
  };
}
