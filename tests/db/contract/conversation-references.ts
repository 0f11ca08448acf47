/** Contract: ConversationReferenceStore. */
import { describe, expect, it } from 'vitest';
import type { StoreFixture } from './harness.js';

export function conversationReferencesContract(t: StoreFixture): void {
  describe('conversation references', () => {
    const at = (minute: number) => new Date(Date.UTC(2026, 10, 25, 10, minute));

    it('stores one reference per platform and key, the latest winning', async () => {
      expect(await t.store.getConversationReference('teams', 'person:29:a')).toBeNull();
      await t.store.saveConversationReference('teams', 'person:29:a', '{"v":1}', at(0));
      await t.store.saveConversationReference('teams', 'person:29:a', '{"v":2}', at(1));
      await t.store.saveConversationReference('slack', 'person:29:a', '{"other":true}', at(2));
      expect(await t.store.getConversationReference('teams', 'person:29:a')).toEqual({
        platform: 'teams', key: 'person:29:a', reference: '{"v":2}', updatedAt: at(1).toISOString(), unreachableSince: null, unreachableReason: null,
      });
    });

    it('marks an address unreachable until a fresh contact stores it again', async () => {
      await t.store.saveConversationReference('teams', 'person:29:b', '{}', at(0));
      await t.store.saveConversationReference('teams', 'person:29:c', '{}', at(0));
      await t.store.markUnreachable('teams', 'person:29:c', 'MessageWritesBlocked', at(5));
      await t.store.markUnreachable('teams', 'person:29:b', 'MessageWritesBlocked', at(3));
      expect((await t.store.listUnreachable()).map((r) => [r.key, r.unreachableSince, r.unreachableReason])).toEqual([
        ['person:29:b', at(3).toISOString(), 'MessageWritesBlocked'],
        ['person:29:c', at(5).toISOString(), 'MessageWritesBlocked'],
      ]);
      await t.store.saveConversationReference('teams', 'person:29:b', '{"again":true}', at(9));
      expect((await t.store.listUnreachable()).map((r) => r.key)).toEqual(['person:29:c']);
    });
  });
}
