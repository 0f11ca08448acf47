/**
 * Imports that end honestly (child processes): a killed import leaves its progress and is
 * marked abandoned at the next start (of the CLI or of shiplog itself); an interrupted one
 * says where it stopped; a re-run completes it with exact totals, nothing counted twice.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startConsole } from '../support/console-process.js';
import { runEntry } from '../support/run-shiplog.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const ROWS = 120_000;

let dir: string;
let url: string;
let csv: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shiplog-kill-'));
  url = `file:${path.join(dir, 'shiplog.db')}`;
  csv = path.join(dir, 'usage.csv');
  const lines = ['date,email,tool,input_tokens,output_tokens'];
  for (let i = 0; i < ROWS; i++) lines.push(`2026-${String(1 + (i % 10)).padStart(2, '0')}-${String(1 + (Math.floor(i / 10) % 28)).padStart(2, '0')},p${Math.floor(i / 280)}@acme.test,Claude,${i % 1000},1`);
  fs.writeFileSync(csv, `${lines.join('\n')}\n`);
});
afterEach(() => { fs.rmSync(dir, { recursive: true, force: true }); });

function startImport(): ChildProcess {
  return spawn(process.execPath, ['--import', import.meta.resolve('tsx'), path.join(ROOT, 'src/ingest-cli.ts'), csv], {
    cwd: dir, env: { PATH: process.env.PATH ?? '', DATABASE_URL: url }, stdio: ['ignore', 'pipe', 'pipe'],
  });
}

function query<T>(sql: string): T {
  const db = new Database(path.join(dir, 'shiplog.db'), { readonly: true, fileMustExist: true });
  try {
    return db.prepare(sql).get() as T;
  } finally {
    db.close();
  }
}

/** Resolves once the running import has recorded progress (its first chunk is committed). */
async function progressed(child: Pick<ChildProcess, 'exitCode'>): Promise<void> {
  for (;;) {
    if (child.exitCode !== null) throw new Error('the import ended before it recorded progress');
    try {
      if (query<{ n: number }>("SELECT count(*) AS n FROM import_runs WHERE status = 'running' AND read > 0").n > 0) return;
    } catch {
      // The database or its tables do not exist yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

const exited = (child: ChildProcess): Promise<number | null> => new Promise((resolve) => child.on('exit', (code, signal) => resolve(code ?? (signal === null ? null : -1))));

type RunRow = { id: number; status: string; trigger: string; read: number; inserted: number; error: string | null; owner: string | null };

const exactTotals = { n: ROWS, t: (ROWS / 1000) * ((999 * 1000) / 2) };

describe('an import that does not reach its end', () => {
  it('killed: keeps its progress, is marked abandoned at the next start, and a re-run makes the totals exact', async () => {
    const child = startImport();
    const gone = exited(child);
    await progressed(child);
    child.kill('SIGKILL');
    await gone;
    const killed = query<RunRow>('SELECT * FROM import_runs WHERE id = 1');
    expect(killed.status).toBe('running');
    expect(killed.read).toBeGreaterThan(0);

    const rerun = await runEntry('src/ingest-cli.ts', { args: [csv], cwd: dir, env: { DATABASE_URL: url } });
    expect(rerun.code).toBe(0);
    const abandoned = query<RunRow>('SELECT * FROM import_runs WHERE id = 1');
    expect(abandoned.status).toBe('abandoned');
    expect(abandoned.error).toMatch(/^INGEST\.ABANDONED: its process stopped before the end \(killed or crashed\) after [\d,]+ rows; /);
    expect(query<RunRow>('SELECT * FROM import_runs WHERE id = 2')).toMatchObject({ status: 'complete', read: ROWS });
    expect(query<{ n: number; t: number }>('SELECT count(*) AS n, sum(input_tokens) AS t FROM usage_records')).toEqual(exactTotals);
  }, 240_000);

  it('killed inside shiplog (an admin\'s import command): the restarted shiplog marks it abandoned, and importing again makes the totals exact', async () => {
    const bot = startConsole({ DATABASE_URL: url, SHIPLOG_CONSOLE_USER: 'Ada' });
    // Never answered: the process is killed while it imports.
    bot.run([`import ${csv}`]).catch(() => undefined);
    // Bounded by the test's timeout should the import end or fail before recording progress.
    await progressed({ exitCode: null });
    await bot.kill('SIGKILL');
    const killed = query<RunRow>('SELECT * FROM import_runs WHERE id = 1');
    expect(killed).toMatchObject({ status: 'running', trigger: 'command' });
    expect(killed.owner).toMatch(/^.+:\d+$/);
    expect(killed.read).toBeGreaterThan(0);

    const restarted = startConsole({ DATABASE_URL: url, SHIPLOG_CONSOLE_USER: 'Ada' });
    const answer = await restarted.run([`import ${csv}`]);
    expect(await restarted.end()).toBe(0);
    expect(answer).toContain(`Read ${ROWS.toLocaleString('en-US')} rows`);
    const abandoned = query<RunRow>('SELECT * FROM import_runs WHERE id = 1');
    expect(abandoned).toMatchObject({ status: 'abandoned', read: killed.read, inserted: killed.inserted });
    expect(abandoned.error).toMatch(/^INGEST\.ABANDONED: its process stopped before the end \(killed or crashed\) after [\d,]+ rows; /);
    expect(query<RunRow>('SELECT * FROM import_runs WHERE id = 2')).toMatchObject({ status: 'complete', read: ROWS });
    expect(query<{ n: number; t: number }>('SELECT count(*) AS n, sum(input_tokens) AS t FROM usage_records')).toEqual(exactTotals);
  }, 240_000);

  it('interrupted with SIGINT: stops after the chunk in hand, says so, exits 130', async () => {
    const child = startImport();
    let stdout = '';
    child.stdout?.on('data', (d: Buffer) => { stdout += d.toString(); });
    const gone = exited(child);
    await progressed(child);
    child.kill('SIGINT');
    expect(await gone).toBe(130);
    const run = query<RunRow>('SELECT * FROM import_runs WHERE id = 1');
    expect(run.status).toBe('failed');
    expect(run.error).toMatch(/^SOURCE\.INTERRUPTED: it was stopped \(SIGINT\) after [\d,]+ rows/);
    expect(stdout).toMatch(/did not finish: it was stopped \(SIGINT\) after [\d,]+ rows; running it again picks up the rest/);
    expect(query<{ n: number }>('SELECT count(*) AS n FROM usage_records').n).toBe(run.inserted);
  }, 240_000);
});
