#!/usr/bin/env bash
# Generates a migration for every dialect from its schema: `npm run db:generate -- --name <change>`.
# Each dialect has its own drizzle config (drizzle.<dialect>.config.ts) and migrations folder.
set -euo pipefail
cd "$(dirname "$0")/.."
for config in drizzle.*.config.ts; do
  echo "== ${config}"
  npx drizzle-kit generate --config "${config}" "$@"
done
