/** Every table of the PostgreSQL schema; drizzle-kit reads this file to generate migrations. */
export { auditLog } from './audit-log.js';
export { checkinAnswers } from './checkin-answers.js';
export { conversationReferences } from './conversation-references.js';
export { deliveries } from './deliveries.js';
export { endorsements } from './endorsements.js';
export { identityMappings } from './identity-mappings.js';
export { importRuns } from './import-runs.js';
export { memberships } from './memberships.js';
export { people } from './people.js';
export { rejectedImportRows } from './rejected-import-rows.js';
export { settings } from './settings.js';
export { teamHolidays } from './team-holidays.js';
export { teams } from './teams.js';
export { usageRecords } from './usage-records.js';
export { wins } from './wins.js';
export { artifactChecks, artifactFacts } from './artifact-checks.js';
export { seenRequests } from './seen-requests.js';
