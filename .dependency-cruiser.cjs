/** Dependency rules from ARCHITECTURE.md: core <- app <- (db, ingest, scheduler, adapters) <- main. */
module.exports = {
  forbidden: [
    {
      name: 'core-is-pure',
      comment: 'src/core holds pure rules: it imports nothing outside src/core (no node:, no packages but a few pure ones).',
      severity: 'error',
      from: { path: '^src/core/' },
      to: { pathNot: ['^src/core/', 'node_modules/(luxon|zod)/', '^luxon$', '^zod$'] },
    },
    {
      name: 'app-only-core-and-ports',
      comment: 'src/app talks to the world only through the ports.',
      severity: 'error',
      from: { path: '^src/app/' },
      to: { pathNot: ['^src/app/', '^src/core/', 'node_modules/(luxon|zod)/', '^luxon$', '^zod$'] },
    },
    {
      name: 'outer-rings-see-only-app-ports',
      comment: 'db, ingest and verify implement ports: of src/app they see only src/app/ports.',
      severity: 'error',
      from: { path: '^src/(db|ingest|verify)/' },
      to: { path: '^src/app/', pathNot: '^src/app/ports/' },
    },
    {
      name: 'ports-are-interfaces',
      comment: 'Ports depend on core types only, never on use cases.',
      severity: 'error',
      from: { path: '^src/app/ports/' },
      to: { path: '^src/app/', pathNot: '^src/app/ports/' },
    },
    {
      name: 'one-dialect-per-folder',
      comment: 'A dialect folder never reaches into another; only src/db/open-store.ts picks between them.',
      severity: 'error',
      from: { path: '^src/db/(sqlite|postgres)/' },
      to: { path: '^src/db/(sqlite|postgres)/', pathNot: '^src/db/$1/' },
    },
    {
      name: 'src-never-imports-adapters',
      comment: 'Only the composition root (src/main.ts) may pick adapters.',
      severity: 'error',
      from: { path: '^src/', pathNot: '^src/main\\.ts$' },
      to: { path: '^adapters/' },
    },
    {
      name: 'adapters-use-one-door',
      comment: 'Adapters import shiplog only through src/index.ts, never src/db, src/app internals or drizzle.',
      severity: 'error',
      from: { path: '^adapters/' },
      to: { path: ['^src/', 'drizzle-orm', 'better-sqlite3'], pathNot: ['^src/index\\.ts$'] },
    },
    {
      name: 'no-adapter-imports-another',
      severity: 'error',
      from: { path: '^adapters/([^/]+)/' },
      to: { path: '^adapters/', pathNot: '^adapters/$1/' },
    },
    {
      name: 'only-main-composes',
      comment: 'Only the composition root wires db, ingest, scheduler and adapters together.',
      severity: 'error',
      from: { path: '^src/(db|ingest|scheduler|verify)/' },
      // The retrying provider HTTP client of src/ingest is shared with the verifiers (same retries, same error sentences).
      to: { path: ['^src/(db|ingest|scheduler|verify)/', '^src/main\\.ts$'], pathNot: ['^src/$1/', '^src/ingest/http-client\\.ts$'] },
    },
    {
      name: 'no-circular',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default'], extensions: ['.ts', '.js'] },
  },
};
