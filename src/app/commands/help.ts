/** `help [command | family]`: only what the caller may run. */
import { COMMANDS, helpTopicWords, resolveHelpTopic } from '../../core/command-catalog.js';
import { closestWord } from '../../core/grammar/suggest.js';
import type { Message } from '../../core/message.js';
import { mayRun } from '../../core/permissions.js';
import { excerpt } from '../../core/replies/basic.js';
import { helpFamily, helpOverview, helpTopic } from '../../core/replies/help-reply.js';
import { fail, ok, type Result } from '../../core/result.js';
import { NOT_YET_AVAILABLE } from '../availability.js';
import type { Ctx } from '../context.js';

export async function help(ctx: Ctx, topic: string | null): Promise<Result<Message>> {
  const standing = await ctx.standing();
  const visible = COMMANDS.filter((s) => mayRun(s.role, standing) && !NOT_YET_AVAILABLE.has(s.name));
  if (topic === null) return ok(helpOverview(visible));
  const found = resolveHelpTopic(topic);
  if (found?.kind === 'one' && visible.includes(found.spec)) return ok(helpTopic(found.spec));
  const family = found?.kind === 'family' ? found.specs.filter((s) => visible.includes(s)) : [];
  if (found?.kind === 'family' && family.length > 0) return ok(helpFamily(found.name, family));
  if (found !== null) {
    const who = found.kind === 'one' ? found.spec.role : found.specs[0]?.role;
    return fail('HELP.NOT_ALLOWED', `"${excerpt(topic, 40)}" is for ${who === 'lead' ? 'team leads and admins' : 'shiplog admins'}.`, 'Type help to see what you can run.');
  }
  const near = closestWord(topic.trim().split(/\s+/)[0] ?? '', helpTopicWords());
  const hint = near === null ? 'Type help to see them all.' : `Did you mean: help ${near}? Or type help to see them all.`;
  return fail('HELP.UNKNOWN_TOPIC', `There is no command "${excerpt(topic, 40)}" you can run.`, hint);
}
