/** `me`: the caller's own wins, setbacks and usage. */
import { DateTime } from 'luxon';
import type { Message } from '../../core/message.js';
import { meReply, type OwnUsage } from '../../core/replies/me-reply.js';
import { ok, type Result } from '../../core/result.js';
import type { Ctx } from '../context.js';
import { withEvidence } from '../verify/check-win.js';

const SHOWN = 15;

export async function me(ctx: Ctx): Promise<Result<Message>> {
  const wins = await withEvidence(ctx.store, ctx.deps.verifiers ?? [], await ctx.store.listWinsByAuthor(ctx.person.id, SHOWN));
  const today = DateTime.fromJSDate(ctx.now, { zone: ctx.person.timeZone });
  const periods = [
    { label: 'this week', from: today.startOf('week') },
    { label: 'last 4 weeks', from: today.startOf('week').minus({ weeks: 4 }) },
  ];
  const usage: OwnUsage[] = [];
  for (const p of periods) {
    const totals = await ctx.store.usageTotalsForPerson(ctx.person.id, p.from.toISODate()!, today.toISODate()!);
    if (totals.inputTokens + totals.outputTokens + totals.costMicros > 0) usage.push({ label: p.label, ...totals });
  }
  return ok(meReply(wins, usage, SHOWN));
}
