/** `help [command]`: only what the caller may run. */
import { COMMANDS, findSpecByWords } from '../../core/command-catalog.js';
import type { Message } from '../../core/message.js';
import { mayRun } from '../../core/permissions.js';
import { excerpt } from '../../core/replies/basic.js';
import { helpOverview, helpTopic } from '../../core/replies/help-reply.js';
import { fail, ok, type Result } from '../../core/result.js';
import { NOT_YET_AVAILABLE } from '../availability.js';
import type { Ctx } from '../context.js';

export async function help(ctx: Ctx, topic: string | null): Promise<Result<Message>> {
  const standing = await ctx.standing();
  const visible = COMMANDS.filter((s) => mayRun(s.role, standing) && !NOT_YET_AVAILABLE.has(s.name));
  if (topic === null) return ok(helpOverview(visible));
  const spec = findSpecByWords(topic);
  if (!spec || !visible.includes(spec)) {
    return fail('HELP.UNKNOWN_TOPIC', `There is no command "${excerpt(topic, 40)}" you can run.`, 'Type help to see them all.');
  }
  return ok(helpTopic(spec));
}
