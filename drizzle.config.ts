/** drizzle-kit settings: `npm run db:generate -- --name <change>` writes a new SQLite migration. */
import { defineConfig } from 'drizzle-kit';

export default defineConfig({
  dialect: 'sqlite',
  schema: './src/db/schema/index.ts',
  out: './migrations/sqlite',
});
