/** What providers say about artifacts and what shiplog concludes about wins. Plain data. */
import type { ArtifactProvider } from '../types.js';

/** How a provider names someone involved in an artifact. Any of the fields may be missing. */
export interface ArtifactPerson {
  role: 'author' | 'co-author' | 'reviewer' | 'assignee' | 'committer';
  /** Provider login or account id (GitHub/GitLab username, Jira accountId, Linear user id). */
  login?: string;
  email?: string;
}

/** What a provider said about one artifact. */
export interface ArtifactFacts {
  /**
   * `done`: merged, resolved or completed (a commit that exists is done); `open`: not done
   * yet; `abandoned`: closed without merging, or resolved as not done (won't do, duplicate).
   */
  state: 'done' | 'open' | 'abandoned';
  people: ArtifactPerson[];
}

/**
 * The outcome of checking one artifact of one win. `pending`: not done yet, checked again
 * daily; `error`: the provider could not answer (the win stays linked; admins see why).
 */
export type CheckStatus = 'confirmed' | 'pending' | 'rejected' | 'error';

/** One artifact of one win, as last checked. */
export interface ArtifactCheck {
  winId: number;
  /** `artifactKey` of the artifact. */
  artifactKey: string;
  provider: ArtifactProvider;
  status: CheckStatus;
  /** For the author when rejected ("was closed without being merged"); for admins on errors. */
  reason: string | null;
  /** When it was first checked: re-checks stop 14 days later. */
  firstCheckedAt: string;
  checkedAt: string;
}

export type { EvidenceLevel, WinEvidence } from '../types.js';
