/** Results of checking wins' artifacts with their providers, and the providers' cached answers. */
import type { ArtifactCheck, ArtifactFacts } from '../../core/evidence/index.js';

/** A provider's answer about one artifact, as cached. */
export interface CachedFacts {
  facts: ArtifactFacts;
  fetchedAt: string;
}

/** Stores artifact checks per win and caches what providers said per artifact. */
export interface ArtifactCheckStore {
  /**
   * Records (or replaces) the check of one artifact of one win. A replaced check keeps its
   * first `firstCheckedAt`, so re-checks stop 14 days after the first.
   */
  saveArtifactCheck(check: ArtifactCheck): Promise<void>;
  /** The checks of these wins, in no particular order. */
  listArtifactChecks(winIds: readonly number[]): Promise<ArtifactCheck[]>;
  /** Pending or failed checks first made at or after `since` and last made before `before`, oldest first. */
  listChecksDue(since: Date, before: Date, limit: number): Promise<ArtifactCheck[]>;
  /** What a provider last said about an artifact (by `artifactKey`), or null. */
  getArtifactFacts(artifactKey: string): Promise<CachedFacts | null>;
  putArtifactFacts(artifactKey: string, facts: ArtifactFacts, fetchedAt: Date): Promise<void>;
}
