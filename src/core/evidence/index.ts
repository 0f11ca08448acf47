/** Evidence levels: what providers say about a win's artifacts, and how much that backs the win. Pure. */
export type * from './types.js';
export { judgeArtifact } from './judge-artifact.js';
export { artifactKey, decideEvidence, evidenceRank, uncheckedEvidence } from './win-evidence.js';
