import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 20_000,
    pool: 'forks',
    // One throwaway PostgreSQL server per run (installed when missing); see scripts/postgres-sandbox.ts.
    globalSetup: ['tests/support/postgres-global-setup.ts'],
  },
});
