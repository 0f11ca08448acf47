/**
 * Ingestion benchmark on PostgreSQL: `npm run ingest` into a throwaway server next to
 * `COPY` of the same file into an equivalent table (same value columns and indexes), in
 * the same run. Usage: npx tsx bench/ingest/run-postgres.ts [rows=1000000]
 */
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { startPostgresSandbox } from '../../scripts/postgres-sandbox.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const rows = Number(process.argv[2] ?? '1000000');
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'shiplog-pgbench-'));
const csv = path.join(work, 'usage.csv');
const sandbox = await startPostgresSandbox();

async function sql(database: string, text: string): Promise<pg.QueryResult> {
  const client = new pg.Client({ connectionString: sandbox.url(database) });
  await client.connect();
  try {
    return await client.query(text);
  } finally {
    await client.end();
  }
}

/** Runs a command under GNU time; seconds and peak RSS in MB. */
function timed(command: string, args: string[], env: Record<string, string> = {}): { seconds: number; rssMb: number } {
  const out = path.join(work, 'time');
  const result = spawnSync('/usr/bin/time', ['-f', '%e %M', '-o', out, command, ...args], { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'inherit'] });
  if (result.status !== 0) throw new Error(`${command} failed (${result.status})`);
  const [seconds = '0', kb = '0'] = fs.readFileSync(out, 'utf8').trim().split(' ');
  return { seconds: Number(seconds), rssMb: Math.round(Number(kb) / 1024) };
}

try {
  if (!fs.existsSync('/usr/bin/time')) execFileSync('apt-get', ['install', '-y', '-q', 'time'], { stdio: 'ignore' });
  execFileSync('npx', ['tsx', 'bench/ingest/generate-csv.ts', String(rows), csv], { cwd: ROOT, stdio: 'inherit' });
  await sql('postgres', 'CREATE DATABASE shiplog');
  await sql('postgres', 'CREATE DATABASE bare');
  await sql('postgres', 'CREATE DATABASE same');

  process.stderr.write('npm run ingest…\n');
  const shiplog = timed('npm', ['run', '-s', 'ingest', '--', csv], { DATABASE_URL: sandbox.url('shiplog'), LOG_LEVEL: 'silent' });
  const stored = (await sql('shiplog', 'SELECT count(*)::int AS n FROM usage_records')).rows[0] as { n: number };

  process.stderr.write('COPY…\n');
  // The same value columns and the same three indexes as usage_records (unique key, person-day, day).
  await sql('bare', `CREATE TABLE usage_csv (date text NOT NULL, email text NOT NULL, tool text NOT NULL, model text NOT NULL,
    input_tokens bigint NOT NULL, output_tokens bigint NOT NULL, requests bigint NOT NULL, cost_usd numeric NOT NULL, person_id integer);
    CREATE UNIQUE INDEX usage_csv_key_uq ON usage_csv (email, date, tool, model);
    CREATE INDEX usage_csv_person_day_idx ON usage_csv (person_id, date);
    CREATE INDEX usage_csv_day_idx ON usage_csv (date);`);
  const copy = timed('psql', [sandbox.url('bare'), '-q', '-c', `\\copy usage_csv (date, email, tool, model, input_tokens, output_tokens, requests, cost_usd) FROM '${csv}' CSV HEADER`]);

  // COPY into the real usage_records (migrated by the store: identity id, foreign key to
  // people, five-column key, jsonb activity), from the same rows already in its columns.
  execFileSync('npx', ['tsx', '-e', `import('./src/db/open-store.ts').then(async (m) => (await m.openStore(${JSON.stringify(sandbox.url('same'))})).close())`], { cwd: ROOT, stdio: 'inherit' });
  const rowsFile = path.join(work, 'usage-records.csv');
  fs.writeFileSync(rowsFile, fs.readFileSync(csv, 'utf8').split('\n').slice(1).filter((l) => l !== '').map((l) => {
    const [date, email, tool, model, input, output, requests, cost] = l.split(',');
    return `csv,${email},,${date},${tool},${model},${input},${output},0,${requests},${Math.round(Number(cost) * 1e6)},{}`;
  }).join('\n'));
  const copySame = timed('psql', [sandbox.url('same'), '-q', '-c', `\\copy usage_records (source, identity, person_id, day, tool, model, input_tokens, output_tokens, cached_tokens, requests, cost_micros, activity) FROM '${rowsFile}' CSV`]);

  const rate = (s: number) => Math.round(rows / s).toLocaleString('en-US');
  console.log(`rows: ${rows.toLocaleString('en-US')}; stored by shiplog: ${stored.n.toLocaleString('en-US')}`);
  console.log(`npm run ingest (PostgreSQL): ${shiplog.seconds.toFixed(1)} s, ${rate(shiplog.seconds)} rows/s, peak RSS ${shiplog.rssMb} MB`);
  console.log(`COPY (psql \\copy):          ${copy.seconds.toFixed(1)} s, ${rate(copy.seconds)} rows/s`);
  console.log(`COPY into usage_records:     ${copySame.seconds.toFixed(1)} s, ${rate(copySame.seconds)} rows/s`);
  console.log(`shiplog rate = ${Math.round((copy.seconds / shiplog.seconds) * 100)}% of COPY, ${Math.round((copySame.seconds / shiplog.seconds) * 100)}% of COPY into usage_records`);
  console.log(`load average: ${fs.readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ')}`);
} finally {
  sandbox.stop();
  fs.rmSync(work, { recursive: true, force: true });
}
