/** The ports the app needs from the world; adapters and `src/db` implement them. Every method is async. */
export type * from './audit.port.js';
export type * from './chat-platform.port.js';
export type * from './checkin-answers.port.js';
export type * from './clock.port.js';
export type * from './deliveries.port.js';
export type * from './digest-queries.port.js';
export type * from './endorsements.port.js';
export type * from './identity-mappings.port.js';
export type * from './import-runs.port.js';
export type * from './imports.port.js';
export type * from './people.port.js';
export type * from './seen-requests.port.js';
export type * from './settings.port.js';
export type * from './store.port.js';
export type * from './teams.port.js';
export type * from './usage.port.js';
export type * from './wins.port.js';
export * from './usage-source.port.js';
