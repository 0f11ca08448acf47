/** Admin mappings of provider identities to people (`map <source>:<identity> @person`). */
import type { UnmappedLine } from '../../core/usage/unmapped-reply.js';

/**
 * A provider identity no person is attached to, with how many records it has. Never its
 * token or cost volume: that is one person's usage, which an admin may not see.
 */
export type UnmappedIdentity = UnmappedLine;

/** Maps provider identities to people and finds the identities nobody owns. */
export interface IdentityMappingStore {
  /**
   * Maps (source, identity) to a person: later imports of that identity are theirs, and
   * usage already stored for it is re-attributed to them now.
   */
  mapIdentity(source: string, identity: string, personId: number): Promise<void>;
  /** The mappings of one source, identity -> person id. */
  listIdentityMappings(source: string): Promise<Map<string, number>>;
  /** Identities whose stored usage belongs to nobody, ordered by source then identity (never by volume). */
  listUnmappedIdentities(): Promise<UnmappedIdentity[]>;
}
