/** Digest maths: pure functions from loaded team data to a message. */
export { computeDigest } from './compute-digest.js';
export { renderDigest } from './render-digest.js';
export { renderRollup } from './render-rollup.js';
export { isAwayForWeek, isHolidayWeek } from './calendar.js';
export { claimsReviewNote, claimsToReview, type ClaimReview } from './claims-review.js';
export { normaliseWinText, textSimilarity } from './duplicates.js';
export { DIGEST_RULES } from './rules.js';
export type { DigestInput, DigestMember, DigestModel, PersonWeekUsage } from './types.js';
