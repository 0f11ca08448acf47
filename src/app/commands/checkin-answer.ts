/** The check-in buttons: Nothing this week, Snooze to next week. */
import { isoWeekOf } from '../../core/iso-week.js';
import { checkinAnswerReply } from '../../core/checkin/checkin-message.js';
import type { Message } from '../../core/message.js';
import { ok, type Result } from '../../core/result.js';
import type { CheckinAnswer } from '../../core/types.js';
import type { Ctx } from '../context.js';

/**
 * Stores the answer for the week the check-in asked about (the button's value), or the
 * caller's current week when the value is not a week. An answered week gets no reminder.
 */
export async function answerCheckin(ctx: Ctx, answer: CheckinAnswer, value: string): Promise<Result<Message>> {
  const week = /^\d{4}-W\d{2}$/.test(value) ? value : isoWeekOf(ctx.now, ctx.person.timeZone);
  await ctx.store.recordCheckinAnswer(ctx.person.id, week, answer, ctx.now);
  return ok(checkinAnswerReply(answer, week));
}
