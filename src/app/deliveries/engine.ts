/** Wires the delivery engine from the app's dependencies. */
import { composeOrgRollup, composeTeamDigest } from '../digest/compose.js';
import type { AppDeps } from '../context.js';
import type { Verifier } from '../ports/index.js';
import { createOutbox } from './outbox.js';
import type { DigestComposer } from './outgoing.js';
import type { DeliveryDeps } from './run-due.js';

/** The digest module's composers, the default for every app; `verifiers` decide what counts as verified. */
export const digestComposer = (verifiers: readonly Verifier[] = []): DigestComposer => ({
  team: (store, teamId, at) => composeTeamDigest(store, teamId, at, verifiers),
  rollup: (store, at) => composeOrgRollup(store, at, verifiers),
});

/** The engine's dependencies, or null when the app was built without a chat platform. */
export function deliveryDeps(deps: AppDeps): DeliveryDeps | null {
  const outbox = createOutbox(deps.platforms ?? []);
  if (outbox === null) return null;
  return { store: deps.store, log: deps.log, outbox, digests: deps.digests ?? digestComposer(deps.verifiers) };
}
