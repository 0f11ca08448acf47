/**
 * The Store contract: behaviour every database behind `Store` must show. A dialect's
 * test file calls `describeStore` with a factory that opens an empty, migrated store.
 */
import { describe } from 'vitest';
import { artifactChecksContract } from './contract/artifact-checks.js';
import { checkinAnswersContract } from './contract/checkin-answers.js';
import { concurrencyContract } from './contract/concurrency.js';
import { conversationReferencesContract } from './contract/conversation-references.js';
import { deliveriesContract } from './contract/deliveries.js';
import { digestQueriesContract } from './contract/digest-queries.js';
import { useStore, type MakeStore } from './contract/harness.js';
import { importRunsMappingsContract } from './contract/import-runs-mappings.js';
import { peopleContract } from './contract/people.js';
import { personalDataContract } from './contract/personal-data.js';
import { runsAndRequestsContract } from './contract/runs-and-requests.js';
import { settingsAuditImportsContract } from './contract/settings-audit-imports.js';
import { teamsContract } from './contract/teams.js';
import { transactionsContract } from './contract/transactions.js';
import { usageContract } from './contract/usage.js';
import { winsContract } from './contract/wins.js';

export type { ContractStore, MakeStore, StoreUnderTest } from './contract/harness.js';

/** Runs the whole contract against stores made by `makeStore`, a fresh one per test. */
export function describeStore(name: string, makeStore: MakeStore): void {
  describe(`Store contract: ${name}`, () => {
    const fixture = useStore(makeStore);
    peopleContract(fixture);
    teamsContract(fixture);
    winsContract(fixture);
    usageContract(fixture);
    deliveriesContract(fixture);
    checkinAnswersContract(fixture);
    conversationReferencesContract(fixture);
    digestQueriesContract(fixture);
    settingsAuditImportsContract(fixture);
    importRunsMappingsContract(fixture);
    personalDataContract(fixture);
    transactionsContract(fixture);
    artifactChecksContract(fixture);
    runsAndRequestsContract(fixture);
    concurrencyContract(fixture);
  });
}
