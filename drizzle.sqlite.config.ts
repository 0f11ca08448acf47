/** drizzle-kit settings for SQLite; `npm run db:generate -- --name <change>` generates every dialect. */
import { defineConfig } from 'drizzle-kit';

export default defineConfig({
  dialect: 'sqlite',
  schema: './src/db/sqlite/schema/index.ts',
  out: './migrations/sqlite',
});
