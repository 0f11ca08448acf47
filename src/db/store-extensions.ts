/**
 * Store methods once proposed here are now part of `src/ports.ts`; this re-export keeps
 * older imports working.
 */
export type { IdentityMappingStore } from '../ports.js';
