/**
 * vitest global setup: one throwaway PostgreSQL server for the whole run (see
 * scripts/postgres-sandbox.ts). Tests reach it with `inject('postgresUrl')` and make their
 * own databases on it. When it cannot start, setup throws and the run fails: never skipped.
 */
import type { TestProject } from 'vitest/node';
import { startPostgresSandbox } from '../../scripts/postgres-sandbox.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The sandbox server's `postgres` database, as a URL with the test password. */
    postgresUrl: string;
  }
}

export default async function setup(project: TestProject): Promise<() => void> {
  const sandbox = await startPostgresSandbox();
  project.provide('postgresUrl', sandbox.url('postgres'));
  return () => sandbox.stop();
}
