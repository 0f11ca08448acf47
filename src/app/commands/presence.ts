/** A person's own check-in preferences: away, back, nudges, personal check-in time. */
import type { Message } from '../../core/message.js';
import { note } from '../../core/replies/basic.js';
import { fail, ok, type Result } from '../../core/result.js';
import { localDate } from '../../core/time.js';
import type { IsoDate, Weekday } from '../../core/types.js';
import type { Ctx } from '../context.js';
import { personCheckinWords } from './schedule-words.js';

export async function away(ctx: Ctx, until: IsoDate): Promise<Result<Message>> {
  const today = localDate(ctx.now, ctx.person.timeZone);
  if (until < today) {
    return fail('AWAY.PAST', `${until} is already past (today is ${today} for you).`, 'Give the last day you are away, e.g. away until 2026-12-31.');
  }
  const person = await ctx.store.updatePerson(ctx.person.id, { awayUntil: until });
  return ok(note(`Enjoy the time off. No check-ins or nudges for you through ${until}; type back if you return early. ${await personCheckinWords(ctx, person)}`));
}

export async function back(ctx: Ctx): Promise<Result<Message>> {
  if (ctx.person.awayUntil === null) return ok(note('You were not set as away; check-ins are on as usual.'));
  const person = await ctx.store.updatePerson(ctx.person.id, { awayUntil: null });
  return ok(note(`Welcome back. ${await personCheckinWords(ctx, person)}`));
}

export async function nudges(ctx: Ctx, on: boolean): Promise<Result<Message>> {
  const person = await ctx.store.updatePerson(ctx.person.id, { nudges: on });
  return ok(note(on
    ? `Nudges are on: a weekly check-in, at most one reminder. ${await personCheckinWords(ctx, person)}`
    : 'Nudges are off: no check-ins or reminders. You can still log wins any time; nudges on brings them back.'));
}

export async function checkin(ctx: Ctx, day: Weekday, time: string): Promise<Result<Message>> {
  const person = await ctx.store.updatePerson(ctx.person.id, { checkinDay: day, checkinTime: time });
  return ok(note(`Your check-in is now ${day} at ${time}, ${person.timeZone} time. ${await personCheckinWords(ctx, person)}`));
}
