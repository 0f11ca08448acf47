/**
 * Fails when a dialect's schema (src/db/<dialect>/schema) changed without a migration:
 * drizzle-kit generates into a copy of migrations/<dialect> and must find nothing to add.
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterEach, expect, it } from 'vitest';
import { tempDir, type TempDir } from './temp-db.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const DRIZZLE_KIT = path.join(ROOT, 'node_modules/.bin/drizzle-kit');

// Stack frames are dropped: vitest would try to source-map drizzle-kit's bundle and fail.
const withoutStack = (text: string): string =>
  text
    .split('\n')
    .filter((line) => !/^\s*at /.test(line))
    .join('\n');

const listFiles = (dir: string): string[] =>
  fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort();

let tmp: TempDir;
afterEach(() => tmp.remove());

it.each([
  ['sqlite', 'sqlite'],
  ['postgres', 'postgresql'],
] as const)('has a migration for every change to src/db/%s/schema', async (folder, dialect) => {
  const MIGRATIONS = path.join(ROOT, 'migrations', folder);
  tmp = tempDir('shiplog-drift-');
  const out = path.join(tmp.dir, 'out');
  fs.cpSync(MIGRATIONS, out, { recursive: true });
  // NOTE: drizzle-kit prefixes `out` with "./", so it must be relative to the cwd.
  const config = { dialect, schema: path.join(ROOT, `src/db/${folder}/schema/index.ts`), out: './out' };
  fs.writeFileSync(path.join(tmp.dir, 'drizzle.config.mjs'), `export default ${JSON.stringify(config)};\n`);

  const { stdout, stderr } = await promisify(execFile)(DRIZZLE_KIT, ['generate', '--config', 'drizzle.config.mjs', '--name', 'drift'], {
    cwd: tmp.dir,
    timeout: 55_000,
  });

  const report = `drizzle-kit said:\n${stdout}\n${withoutStack(stderr)}\nRun \`npm run db:generate -- --name <change>\` and commit the migration.`;
  // NOTE: drizzle-kit can exit 0 after an error, so its words are checked, not only files.
  expect(stdout, report).toContain('No schema changes');
  expect(listFiles(out), report).toEqual(listFiles(MIGRATIONS));
  const journal = (dir: string) => fs.readFileSync(path.join(dir, 'meta/_journal.json'), 'utf8');
  expect(journal(out), report).toBe(journal(MIGRATIONS));
}, 60_000);
