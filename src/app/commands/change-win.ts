/** Editing, undoing, deleting and endorsing wins. */
import { isoWeekOf } from '../../core/iso-week.js';
import type { WinChanges } from '../../core/commands.js';
import type { Message } from '../../core/message.js';
import { winEdited, winEndorsed, winRemoved } from '../../core/replies/win-replies.js';
import { fail, ok, type Result } from '../../core/result.js';
import type { Win } from '../../core/types.js';
import { checkEndorsement, checkWinText } from '../../core/wins.js';
import { maySee } from '../../core/visibility.js';
import { viewerFor } from '../viewer.js';
import { parseWinText } from '../../core/win-text/index.js';
import type { WinPatch } from '../ports/index.js';
import type { Ctx } from '../context.js';
import { ownWin } from './log-win.js';
import { recognitionFor, rememberKeys } from '../verify/recognition.js';
import { startCheck } from '../verify/start-check.js';

/** How long after logging `undo` still applies; older wins are removed with `delete <id>`. */
const UNDO_WINDOW_MS = 60 * 60 * 1000;

export async function editWin(ctx: Ctx, id: number, changes: WinChanges): Promise<Result<Message>> {
  const found = await ownWin(ctx, id);
  if (!found.ok) return found;
  const patch: WinPatch = {};
  if (changes.text !== undefined) {
    const checked = checkWinText(changes.text, found.value.kind);
    if (!checked.ok) return checked;
    // New text brings new links, artifacts and tools; category and time stay as the person set them.
    const facts = parseWinText(checked.value, await recognitionFor(ctx));
    await rememberKeys(ctx, facts.artifacts);
    Object.assign(patch, { text: checked.value, links: facts.links, artifacts: facts.artifacts, tools: facts.tools });
  }
  if (changes.category !== undefined) patch.category = changes.category;
  if (changes.minutes !== undefined) patch.minutes = changes.minutes;
  if (changes.visibility !== undefined) patch.visibility = changes.visibility;
  const updated = await ctx.store.updateWin(id, patch);
  if (patch.artifacts !== undefined) await startCheck(ctx.deps, updated);
  return ok(winEdited(updated));
}

export async function deleteWin(ctx: Ctx, id: number): Promise<Result<Message>> {
  const found = await ownWin(ctx, id);
  if (!found.ok) return found;
  await ctx.store.deleteWin(id);
  return ok(winRemoved(found.value, 'deleted'));
}

/** Undo the caller's latest entry, or a specific one from an Undo button. */
export async function undoWin(ctx: Ctx, id: number | null): Promise<Result<Message>> {
  let win: Win | undefined;
  if (id === null) {
    win = (await ctx.store.listWinsByAuthor(ctx.person.id, 1))[0];
  } else {
    const found = await ownWin(ctx, id);
    if (!found.ok) return found;
    win = found.value;
  }
  if (!win || ctx.now.getTime() - Date.parse(win.createdAt) > UNDO_WINDOW_MS) {
    return fail('UNDO.NOTHING', 'There is nothing of yours from the last hour to undo.', 'To remove an older entry, type delete <id> (me lists the ids).');
  }
  await ctx.store.deleteWin(win.id);
  return ok(winRemoved(win, 'undone'));
}

export async function endorseWin(ctx: Ctx, id: number): Promise<Result<Message>> {
  const win = await ctx.store.getWin(id);
  if (!win || !maySee(await viewerFor(ctx, win.authorId), { kind: win.kind, visibility: win.visibility })) {
    return fail('WIN.NOT_FOUND', `There is no win #${id} you can see.`, 'Endorse wins from your team\'s digest or check-in ideas.');
  }
  const week = isoWeekOf(ctx.now, ctx.person.timeZone);
  // NOTE: count and insert in one unit of work, so parallel +1s cannot overspend the budget.
  const { given, outcome } = await ctx.store.transaction(async (tx) => {
    const given = await tx.countEndorsementsGiven(ctx.person.id, week);
    const allowed = checkEndorsement(ctx.person.id, win, given, ctx.settings.endorsementBudget);
    return { given, outcome: allowed.ok ? await tx.addEndorsement(win.id, ctx.person.id, week) : allowed };
  });
  if (typeof outcome !== 'string') return outcome;
  if (outcome === 'duplicate') return fail('ENDORSE.DUPLICATE', `You already endorsed #${win.id}.`, 'Each person can +1 a win once.');
  if (outcome === 'no-win') return fail('WIN.NOT_FOUND', `There is no win #${win.id}.`, 'It may have been deleted.');
  const author = await ctx.store.getPerson(win.authorId);
  const updated = (await ctx.store.getWin(win.id)) ?? win;
  return ok(winEndorsed(updated, author?.displayName ?? 'a teammate', ctx.settings.endorsementBudget - given - 1));
}
