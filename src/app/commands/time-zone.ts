/** `timezone <zone>|auto`: a person's own zone. */
import type { Message } from '../../core/message.js';
import { note } from '../../core/replies/basic.js';
import { ok, type Result } from '../../core/result.js';
import type { TimeZoneSource } from '../../core/types.js';
import { parseTimeZone } from '../../core/values.js';
import type { Ctx } from '../context.js';
import { personCheckinWords } from './schedule-words.js';

const FROM: Readonly<Record<TimeZoneSource, string>> = {
  own: 'your choice',
  platform: 'your chat profile',
  workspace: "the workspace's zone",
};

export async function setTimeZone(ctx: Ctx, zone: string): Promise<Result<Message>> {
  const profile = ctx.caller.timeZone ? parseTimeZone(ctx.caller.timeZone) : null;
  const [timeZone, timeZoneSource]: [string, TimeZoneSource] =
    zone !== 'auto' ? [zone, 'own'] : profile?.ok ? [profile.value, 'platform'] : [ctx.settings.timeZone, 'workspace'];
  const unchanged = timeZone === ctx.person.timeZone && timeZoneSource === ctx.person.timeZoneSource;
  const person = unchanged ? ctx.person : await ctx.store.updatePerson(ctx.person.id, { timeZone, timeZoneSource });
  const lead = unchanged ? `Your time zone was already ${timeZone} (${FROM[timeZoneSource]}).` : `Your time zone is now ${timeZone} (${FROM[timeZoneSource]}).`;
  return ok(note(`${lead} Your check-ins follow it. ${await personCheckinWords(ctx, person)}`));
}
