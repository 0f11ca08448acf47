/** Logging wins and setbacks, from a command, a DM reply or a form. */
import { isoWeekOf } from '../../core/iso-week.js';
import type { Message } from '../../core/message.js';
import { winLogged } from '../../core/replies/win-replies.js';
import { fail, ok, type Result } from '../../core/result.js';
import type { Category, Visibility, Win, WinKind, WinSource } from '../../core/types.js';
import { concreteHint, draftWin } from '../../core/wins.js';
import type { Ctx } from '../context.js';
import { recognitionFor, rememberKeys } from '../verify/recognition.js';
import { configuredProviders } from '../verify/check-win.js';
import { startCheck } from '../verify/start-check.js';
import { decideEvidence } from '../../core/evidence/index.js';
import { maySee } from '../../core/visibility.js';
import { viewerFor } from '../viewer.js';

export interface LogInput {
  kind: WinKind;
  text: string;
  source: WinSource;
  dedupeKey?: string;
  category?: Category;
  minutes?: number | null;
  visibility?: Visibility;
}

export async function logWin(ctx: Ctx, input: LogInput): Promise<Result<Message>> {
  const drafted = draftWin({
    authorId: ctx.person.id,
    kind: input.kind,
    text: input.text,
    source: input.source,
    week: isoWeekOf(ctx.now, ctx.person.timeZone),
    ...(input.category !== undefined && { category: input.category }),
    ...(input.minutes !== undefined && { minutes: input.minutes }),
    ...(input.visibility !== undefined && { visibility: input.visibility }),
    recognition: await recognitionFor(ctx),
  });
  if (!drafted.ok) return drafted;
  const win = await ctx.store.insertWin({
    ...drafted.value.draft,
    ...(input.dedupeKey !== undefined && { dedupeKey: input.dedupeKey }),
  });
  await rememberKeys(ctx, win.artifacts);
  ctx.deps.log.info({ winId: win.id, kind: win.kind, source: win.source }, 'win logged');
  // NOTE: the reply goes out now; artifacts are checked afterwards and the author hears the answer.
  await startCheck(ctx.deps, win);
  const evidence = decideEvidence(win, [], configuredProviders(ctx.deps.verifiers ?? []));
  return ok(winLogged({ ...win, evidence }, concreteHint(win.kind, drafted.value.facts)));
}

/** Loads a win the caller authored. Someone else's private win reads as missing, so ids reveal nothing. */
export async function ownWin(ctx: Ctx, id: number): Promise<Result<Win>> {
  const win = await ctx.store.getWin(id);
  const viewer = win ? await viewerFor(ctx, win.authorId) : 'stranger';
  if (!win || !maySee(viewer, { kind: win.kind, visibility: win.visibility })) {
    return fail('WIN.NOT_FOUND', `There is no win #${id} of yours.`, 'Type me to see your wins and their numbers.');
  }
  if (viewer !== 'self') {
    return fail('WIN.NOT_YOURS', `#${id} belongs to someone else; only its author can change it.`);
  }
  return ok(win);
}
