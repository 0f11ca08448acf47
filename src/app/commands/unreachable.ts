/** `unreachable` (admin): people and channels the platform refuses messages to. */
import type { Message } from '../../core/message.js';
import { ok, type Result } from '../../core/result.js';
import { unreachableReply, type UnreachableLine } from '../../core/replies/unreachable-reply.js';
import type { Ctx } from '../context.js';

const PERSON = 'person:';

export async function listUnreachable(ctx: Ctx): Promise<Result<Message>> {
  const lines: UnreachableLine[] = [];
  for (const r of await ctx.store.listUnreachable()) {
    const person = r.key.startsWith(PERSON) ? await ctx.store.findPersonByPlatformId(r.platform, r.key.slice(PERSON.length)) : null;
    lines.push({ who: person?.displayName ?? r.key, platform: r.platform, since: r.unreachableSince ?? r.updatedAt, reason: r.unreachableReason ?? 'refused' });
  }
  return ok(unreachableReply(lines));
}
