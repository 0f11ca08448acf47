/** What a changed workspace setting means for when check-ins and digests arrive. */
import { checkinShifts, describeDigest, rollupSlot } from '../../core/schedule/index.js';
import type { Ctx } from '../context.js';
import { personCheckinWords } from './schedule-words.js';

const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

/** Sentences for the confirmation of `set <key>`; `followers` = people whose zone moved with it. */
export async function scheduleWords(ctx: Ctx, key: string, followers: number): Promise<string[]> {
  const s = ctx.settings;
  const forYou = async () => `For you: ${await personCheckinWords(ctx, ctx.person)}`;
  switch (key) {
    case 'timezone':
      return [`It is now the zone of ${plural(followers, 'person', 'people')} who never chose their own, and of everyone new.`, 'Teams without their own zone send their digest in it.'];
    case 'checkin-day':
    case 'checkin-time':
      return [`Check-ins go out ${s.checkinDay} at ${s.checkinTime} in each person's own zone, unless they or their team set their own.`, ...checkinShifts({ day: s.checkinDay, time: s.checkinTime }, s.workDays), await forYou()];
    case 'digest-day':
    case 'digest-time':
      return [`Teams without their own digest time: ${describeDigest(rollupSlot(s), s.workDays, ctx.now)}`];
    case 'work-days':
      return [...checkinShifts({ day: s.checkinDay, time: s.checkinTime }, s.workDays).map((n) => `Check-ins: ${n}`), await forYou()];
    default:
      return [];
  }
}
