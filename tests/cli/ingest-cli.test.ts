/** `npm run ingest` as a child process: the CSV path, a summary when piped, exit codes. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runEntry } from '../support/run-shiplog.js';

let dir: string;
beforeEach(() => { dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shiplog-cli-')); });
afterEach(() => { fs.rmSync(dir, { recursive: true, force: true }); });

const ingest = (args: string[]) =>
  runEntry('src/ingest-cli.ts', { args, cwd: dir, env: { DATABASE_URL: `file:${path.join(dir, 'shiplog.db')}` } });

const CSV = 'date,email,tool,input_tokens,output_tokens\n2026-01-05,ada@example.com,Claude,10,1\n2026-01-05,bob@example.com,Claude,20,2\n2026-01-06,bob@example.com,Claude,oops,2\n';

describe('npm run ingest', () => {
  it('imports a CSV and prints a plain summary when piped; a second run changes nothing', async () => {
    fs.writeFileSync(path.join(dir, 'usage.csv'), CSV);
    const first = await ingest(['usage.csv']);
    expect(first.code).toBe(0);
    expect(first.stderr).toBe('');
    expect(first.stdout).toContain('Imported usage from usage.csv (csv).\nRead 3 rows: 2 new, 0 updated, 0 unchanged, 1 rejected.\n  line 4: input_tokens "oops" is not a whole number');
    const second = await ingest(['usage.csv']);
    expect(second.stdout).toContain('Read 3 rows: 0 new, 0 updated, 2 unchanged, 1 rejected.');
    const db = new Database(path.join(dir, 'shiplog.db'), { readonly: true });
    try {
      expect(db.prepare('SELECT sum(input_tokens) AS t, count(*) AS n FROM usage_records').get()).toEqual({ t: 30, n: 2 });
      expect(db.prepare("SELECT count(*) AS n FROM import_runs WHERE status = 'complete'").get()).toEqual({ n: 2 });
    } finally {
      db.close();
    }
  }, 90_000);

  it('exits 1 with one sentence when the file cannot be read', async () => {
    const result = await ingest(['missing.csv']);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('Usage import from missing.csv (csv) did not finish: missing.csv was not found; check the path.\n');
  }, 90_000);

  it('exits 2 for a source that is not configured, or bad arguments', async () => {
    const unconfigured = await ingest(['openai']);
    expect(unconfigured.code).toBe(2);
    expect(unconfigured.stderr).toContain('"openai" is not configured, and no usage source is.');
    const badRange = await ingest(['openai', '--from', '2026-02-30']);
    expect(badRange.code).toBe(2);
    expect(badRange.stderr).toContain('--from "2026-02-30" is not a date; use YYYY-MM-DD.');
    const none = await ingest([]);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('usage: npm run ingest -- <file.csv | source>');
  }, 90_000);

  it('answers --help with how to use it and every source, and lists the sources for an unknown one', async () => {
    const help = await ingest(['--help']);
    expect(help.code).toBe(0);
    expect(help.stderr).toBe('');
    expect(help.stdout).toContain('usage: npm run ingest -- <file.csv | source>');
    for (const name of ['openai', 'anthropic', 'claude-code', 'copilot', 'cursor']) expect(help.stdout).toContain(name);
    expect(help.stdout).toContain('GITHUB_TOKEN');
    const unknown = await ingest(['copilto']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('"copilto" is not a usage source. Did you mean copilot?');
    expect(unknown.stderr).toContain('Sources: openai, anthropic, claude-code, copilot, cursor');
  }, 90_000);
});
