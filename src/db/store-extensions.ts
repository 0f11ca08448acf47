/**
 * Store methods the app needs that `src/ports.ts` does not have yet. Kept dialect-neutral
 * so the contract tests can hold every store to them; they belong in the port.
 */

/** Admin mappings of provider identities to people (`map <source>:<identity> @person`). */
export interface IdentityMappingStore {
  /**
   * Maps (source, identity) to a person: later imports of that identity are theirs, and
   * usage already stored for it is re-attributed to them now.
   */
  mapIdentity(source: string, identity: string, personId: number): Promise<void>;
}
