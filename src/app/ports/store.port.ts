/** The whole store: every role port, a unit of work, and closing. One implementation per dialect. */
import type { ArtifactCheckStore } from './artifact-checks.port.js';
import type { AuditStore } from './audit.port.js';
import type { CheckinAnswerStore } from './checkin-answers.port.js';
import type { ConversationReferenceStore } from './conversation-references.port.js';
import type { DeliveryStore } from './deliveries.port.js';
import type { DigestQueryStore } from './digest-queries.port.js';
import type { EndorsementStore } from './endorsements.port.js';
import type { IdentityMappingStore } from './identity-mappings.port.js';
import type { ImportRunStore } from './import-runs.port.js';
import type { ImportStore } from './imports.port.js';
import type { PeopleStore } from './people.port.js';
import type { SeenRequestStore } from './seen-requests.port.js';
import type { PersonalDataStore } from './personal-data.port.js';
import type { SettingsStore } from './settings.port.js';
import type { TeamStore } from './teams.port.js';
import type { UsageStore } from './usage.port.js';
import type { WinStore } from './wins.port.js';

/** Every role port together: what a use case may ask for, and what a transaction hands out. */
export interface StorePorts
  extends PeopleStore,
    TeamStore,
    WinStore,
    EndorsementStore,
    SettingsStore,
    AuditStore,
    UsageStore,
    DeliveryStore,
    ImportStore,
    IdentityMappingStore,
    ImportRunStore,
    DigestQueryStore,
    CheckinAnswerStore,
    SeenRequestStore,
    ArtifactCheckStore,
    ConversationReferenceStore,
    PersonalDataStore {}

/** Everything the app persists. */
export interface Store extends StorePorts {
  /**
   * Runs `fn` as one unit of work: everything it does through `tx` commits together, or
   * nothing does when it throws (the error is rethrown). Use `tx`, never the outer store,
   * inside `fn`; other callers of the store wait until the unit of work has finished.
   */
  transaction<T>(fn: (tx: StorePorts) => Promise<T>): Promise<T>;
  /** Resolves when the database answers a trivial query (`GET /healthz`); rejects otherwise. */
  ping(): Promise<void>;
  close(): Promise<void>;
}
