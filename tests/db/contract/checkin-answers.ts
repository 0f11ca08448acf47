/** Contract: CheckinAnswerStore. */
import { describe, expect, it } from 'vitest';
import { newPerson, type StoreFixture } from './harness.js';

export function checkinAnswersContract(t: StoreFixture): void {
  describe('check-in answers', () => {
    it('keeps one answer per person and week, the latest winning', async () => {
      const ann = await t.store.createPerson(newPerson({ platformUserId: 'U1' }));
      const ben = await t.store.createPerson(newPerson({ platformUserId: 'U2', displayName: 'Ben' }));
      expect(await t.store.getCheckinAnswer(ann.id, '2026-W48')).toBeNull();
      await t.store.recordCheckinAnswer(ann.id, '2026-W48', 'nothing', new Date('2026-11-26T15:00:00Z'));
      await t.store.recordCheckinAnswer(ann.id, '2026-W48', 'snooze', new Date('2026-11-26T15:05:00Z'));
      await t.store.recordCheckinAnswer(ben.id, '2026-W49', 'nothing', new Date('2026-12-03T15:00:00Z'));
      expect(await t.store.getCheckinAnswer(ann.id, '2026-W48')).toBe('snooze');
      expect(await t.store.getCheckinAnswer(ann.id, '2026-W49')).toBeNull();
      expect(await t.store.getCheckinAnswer(ben.id, '2026-W48')).toBeNull();
      expect(await t.store.getCheckinAnswer(ben.id, '2026-W49')).toBe('nothing');
    });
  });
}
