/** `me [page]`: the caller's own wins, setbacks and usage, with notes on claims not counted in full. */
import { DateTime } from 'luxon';
import { claimsToReview } from '../../core/digest/index.js';
import type { Message } from '../../core/message.js';
import { meReply, type OwnUsage } from '../../core/replies/me-reply.js';
import { ok, type Result } from '../../core/result.js';
import type { Ctx } from '../context.js';
import { withEvidence } from '../verify/check-win.js';

const SHOWN = 15;

export async function me(ctx: Ctx, page = 1): Promise<Result<Message>> {
  // Everything up to this page (and one more, to know whether older wins exist): a person's
  // own wins are few, and reviewing a claim needs the other wins of its week.
  const upTo = await ctx.store.listWinsByAuthor(ctx.person.id, page * SHOWN + 1);
  const wins = await withEvidence(ctx.store, ctx.deps.verifiers ?? [], upTo.slice((page - 1) * SHOWN, page * SHOWN));
  const reviews = claimsToReview(upTo).filter((r) => r.winId === null ? wins.some((w) => w.week === r.week) : wins.some((w) => w.id === r.winId));
  const today = DateTime.fromJSDate(ctx.now, { zone: ctx.person.timeZone });
  const periods = [
    { label: 'this week', from: today.startOf('week') },
    { label: 'last 4 weeks', from: today.startOf('week').minus({ weeks: 4 }) },
  ];
  const usage: OwnUsage[] = [];
  for (const p of page === 1 ? periods : []) {
    // Through the week's end: usage days are UTC days, so west of UTC today's usage may be dated tomorrow.
    const totals = await ctx.store.usageTotalsForPerson(ctx.person.id, p.from.toISODate()!, today.endOf('week').toISODate()!);
    if (totals.inputTokens + totals.outputTokens + totals.costMicros > 0) usage.push({ label: p.label, ...totals });
  }
  return ok(meReply(wins, usage, { page, size: SHOWN, more: upTo.length > page * SHOWN, reviews }));
}
