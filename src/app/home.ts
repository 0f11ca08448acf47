/** The person's own home page (Slack App Home). */
import type { Message } from '../core/message.js';
import { homeReply } from '../core/replies/home-reply.js';
import { ok, type Result } from '../core/result.js';
import { localDate } from '../core/time.js';
import type { Ctx } from './context.js';
import { withEvidence } from './verify/check-win.js';

const SHOWN = 10;

export async function home(ctx: Ctx): Promise<Result<Message>> {
  // Re-read: an action may have just changed the person's preferences.
  const person = (await ctx.store.getPerson(ctx.person.id)) ?? ctx.person;
  const wins = await withEvidence(ctx.store, ctx.deps.verifiers ?? [], await ctx.store.listWinsByAuthor(person.id, SHOWN));
  const checkin = { day: person.checkinDay ?? ctx.settings.checkinDay, time: person.checkinTime ?? ctx.settings.checkinTime };
  return ok(homeReply(person, wins, checkin, localDate(ctx.now, person.timeZone), SHOWN));
}
