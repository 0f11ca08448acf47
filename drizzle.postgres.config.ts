/** drizzle-kit settings for PostgreSQL; `npm run db:generate -- --name <change>` generates every dialect. */
import { defineConfig } from 'drizzle-kit';

export default defineConfig({
  dialect: 'postgresql',
  schema: './src/db/postgres/schema/index.ts',
  out: './migrations/postgres',
});
