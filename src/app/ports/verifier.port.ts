/** Artifact providers (GitHub, GitLab, Jira, Linear) as the app asks them about linked work. */
import type { ArtifactFacts } from '../../core/evidence/index.js';
import type { Artifact, ArtifactProvider } from '../../core/types.js';

/** Why a provider could not tell: admins read the message in `verify status`; nobody is named in it. */
export type VerifierErrorCode = 'VERIFY.AUTH' | 'VERIFY.NOT_FOUND' | 'VERIFY.UNAVAILABLE' | 'VERIFY.BAD_RESPONSE';

/** A provider that could not answer about an artifact; the win stays linked. */
export class VerifierError extends Error {
  override readonly name = 'VerifierError';
  constructor(readonly code: VerifierErrorCode, message: string) {
    super(message);
  }
}

/**
 * One configured provider. `facts` follows the provider's retries and rate limits (it may
 * take minutes), so callers never await it while someone waits for a reply.
 */
export interface Verifier {
  readonly provider: ArtifactProvider;
  /** Human name for admins, e.g. `GitHub`. */
  readonly label: string;
  /** True when this verifier can check the artifact (its provider, and its host for GitHub/GitLab). */
  handles(artifact: Artifact): boolean;
  /** What the provider says about the artifact; throws {@link VerifierError} when it cannot tell. */
  facts(artifact: Artifact): Promise<ArtifactFacts>;
}
