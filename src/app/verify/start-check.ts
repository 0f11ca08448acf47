/** Starts checking a stored win's artifacts in the background and tells the author the answer. */
import { evidenceNote } from '../../core/replies/verify-replies.js';
import type { Win, WinEvidence } from '../../core/types.js';
import type { AppDeps } from '../context.js';
import { checkWin, type CheckDeps } from './check-win.js';

/** What notifying needs besides checking. */
export type NotifyDeps = CheckDeps & Pick<AppDeps, 'platform'>;

/** Sends the author a note when the answer settles the win (confirmed, or every artifact refused). */
export async function notifyAuthor(deps: NotifyDeps, win: Win, evidence: WinEvidence): Promise<void> {
  if (evidence.level !== 'confirmed' && !evidence.disputed) return;
  const author = await deps.store.getPerson(win.authorId);
  if (!author || !deps.platform || deps.platform.platform !== author.platform) return;
  await deps.platform.send({ kind: 'person', personId: author.id, platformUserId: author.platformUserId, displayName: author.displayName }, evidenceNote(win, evidence));
}

/** Checks `win` after the reply, when any configured verifier handles one of its artifacts. */
export function startCheck(deps: AppDeps, win: Win): void {
  const verifiers = deps.verifiers ?? [];
  if (!deps.background || !win.artifacts.some((a) => verifiers.some((v) => v.handles(a)))) return;
  const check: NotifyDeps = { store: deps.store, log: deps.log, verifiers, ...(deps.platform && { platform: deps.platform }) };
  deps.background.run(`check win ${win.id}`, async () => notifyAuthor(check, win, await checkWin(check, win, deps.clock.now())));
}
