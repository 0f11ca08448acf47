/**
 * Composes digests from store data. The scheduler and `digest send` call these when a
 * digest is due; `digest preview` shows the same message before it goes out.
 */
import { isoWeekOf } from '../../core/iso-week.js';
import { computeDigest } from '../../core/digest/compute-digest.js';
import { renderDigest } from '../../core/digest/render-digest.js';
import { renderRollup } from '../../core/digest/render-rollup.js';
import type { DigestModel } from '../../core/digest/types.js';
import type { Message } from '../../core/message.js';
import { ok, type Result } from '../../core/result.js';
import type { WorkspaceSettings } from '../../core/settings.js';
import type { Store, Verifier } from '../ports/index.js';
import { withEvidence } from '../verify/check-win.js';
import { loadDigestInput, loadSettings, loadTeamFacts } from './load-input.js';

async function teamModel(store: Store, teamId: number, at: Date, settings: WorkspaceSettings | Promise<WorkspaceSettings>, verifiers: readonly Verifier[]): Promise<Result<DigestModel>> {
  // The settings (when not read yet) and the team's facts do not depend on each other: read together.
  const [facts, resolved] = await Promise.all([loadTeamFacts(store, teamId), settings]);
  const input = await loadDigestInput(store, facts, at, resolved);
  if (!input.ok) return input;
  const wins = await withEvidence(store, verifiers, input.value.wins);
  return ok(computeDigest({ ...input.value, wins, verifying: verifiers.length > 0 }));
}

/**
 * The digest of the ISO week containing `at` in the team's zone (its own, else the
 * workspace `timezone`). Fails with `TEAM.NOT_FOUND` for an unknown team.
 */
export async function composeTeamDigest(store: Store, teamId: number, at: Date, verifiers: readonly Verifier[] = []): Promise<Result<Message>> {
  const model = await teamModel(store, teamId, at, loadSettings(store), verifiers);
  return model.ok ? ok(renderDigest(model.value)) : model;
}

/** The organisation roll-up for admins: every team as a unit, for the week of `at` in the workspace zone. */
export async function composeOrgRollup(store: Store, at: Date, verifiers: readonly Verifier[] = []): Promise<Message> {
  const settings = await loadSettings(store);
  const models: DigestModel[] = [];
  for (const team of await store.listTeams()) {
    const model = await teamModel(store, team.id, at, settings, verifiers);
    if (model.ok) models.push(model.value);
  }
  return renderRollup(models, isoWeekOf(at, settings.timeZone), settings.minGroupSize);
}
