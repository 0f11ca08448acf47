/** Starts checking a stored win's artifacts in the background and tells the author the answer. */
import { artifactKey } from '../../core/evidence/index.js';
import { evidenceNote } from '../../core/replies/verify-replies.js';
import type { Win, WinEvidence } from '../../core/types.js';
import type { AppDeps } from '../context.js';
import { createOutbox } from '../deliveries/outbox.js';
import { checkWin, type CheckDeps } from './check-win.js';

/** What notifying needs besides checking. */
export type NotifyDeps = CheckDeps & Pick<AppDeps, 'platforms'>;

/** Sends the author a note when the answer settles the win (confirmed, or every artifact refused). */
export async function notifyAuthor(deps: NotifyDeps, win: Win, evidence: WinEvidence): Promise<void> {
  if (evidence.level !== 'confirmed' && !evidence.disputed) return;
  const author = await deps.store.getPerson(win.authorId);
  const outbox = createOutbox(deps.platforms ?? []);
  if (!author || outbox === null || !outbox.platforms.includes(author.platform)) return;
  await outbox.send({ kind: 'person', platform: author.platform, personId: author.id, platformUserId: author.platformUserId, displayName: author.displayName }, evidenceNote(win, evidence));
}

/**
 * Checks `win` after the reply, when any configured verifier handles one of its artifacts.
 * Each such artifact is first recorded as pending, so a check lost to a restart is picked up
 * by the daily re-check.
 */
export async function startCheck(deps: AppDeps, win: Win): Promise<void> {
  const verifiers = deps.verifiers ?? [];
  const checkable = win.artifacts.filter((a) => verifiers.some((v) => v.handles(a)));
  if (!deps.background || checkable.length === 0) return;
  const at = deps.clock.now().toISOString();
  for (const a of checkable) {
    await deps.store.saveArtifactCheck({ winId: win.id, artifactKey: artifactKey(a), provider: a.provider, status: 'pending', reason: null, firstCheckedAt: at, checkedAt: at });
  }
  const check: NotifyDeps = { store: deps.store, log: deps.log, verifiers, ...(deps.platforms && { platforms: deps.platforms }) };
  deps.background.run(`check win ${win.id}`, async () => notifyAuthor(check, win, await checkWin(check, win, deps.clock.now())));
}
