/**
 * `npx tsx bench/digest/run-postgres.ts`: the digest benchmark on PostgreSQL. The same
 * organisation as bench/digest (seeded into SQLite, then copied table by table with
 * `\copy` into a throwaway PostgreSQL migrated by the real store), every team's digest
 * through the real store against one bare aggregate query, in the same run.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { composeTeamDigest } from '../../src/app/digest/compose.js';
import { lastWeeks } from '../../src/core/iso-week.js';
import { openStore } from '../../src/db/open-store.js';
import { startPostgresSandbox } from '../../scripts/postgres-sandbox.js';
import { AT, seedBench } from './seed.js';

const OUT = path.resolve(import.meta.dirname, '../.out');
const FILE = path.join(OUT, 'digest-bench.db');
const ROUNDS = 3;
const TABLES: Record<string, string> = {
  people: 'id, platform, platform_user_id, display_name, email, time_zone, is_admin, nudges, away_until, checkin_day, checkin_time, created_at',
  teams: 'id, name, name_key, channel, time_zone, digest_day, digest_time, checkin_day, checkin_time, created_at',
  memberships: 'team_id, person_id, is_lead',
  usage_records: 'id, source, identity, person_id, day, tool, model, input_tokens, output_tokens, cached_tokens, requests, cost_micros, activity',
  wins: 'id, author_id, kind, text, category, links, artifacts, minutes, tools, visibility, week, source, dedupe_key, created_at, updated_at',
  endorsements: 'win_id, person_id, week, created_at',
};

const BARE = `
WITH usage_by_team AS (
  SELECT m.team_id, date_trunc('week', u.day::date)::date::text AS period,
         count(DISTINCT u.person_id) AS people, sum(u.input_tokens + u.output_tokens) AS tokens, sum(u.cost_micros) AS cost
  FROM usage_records u JOIN memberships m ON m.person_id = u.person_id
  WHERE u.day BETWEEN $1 AND $2
  GROUP BY m.team_id, period
), wins_by_team AS (
  SELECT m.team_id, w.week, count(*) AS wins, count(DISTINCT w.author_id) AS people, sum(w.minutes) AS minutes,
         sum(CASE WHEN w.artifacts <> '[]'::jsonb OR EXISTS (SELECT 1 FROM endorsements e WHERE e.win_id = w.id) THEN 1 ELSE 0 END) AS verified
  FROM wins w JOIN memberships m ON m.person_id = w.author_id
  WHERE w.week = ANY($3::text[])
  GROUP BY m.team_id, w.week
)
SELECT 'usage' AS part, team_id, period, people, tokens AS a, cost AS b FROM usage_by_team
UNION ALL
SELECT 'wins', team_id, week, people, wins, verified FROM wins_by_team`;

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
const secs = (ms: number): string => `${(ms / 1000).toFixed(2)} s`;

// NOTE: an earlier run (load ≈ 12) printed the copy line and then nothing; it could not be
// reproduced. Whatever ends a run early now says so on stdout, with the exit code and
// the step it was in, instead of leaving the figures silently missing.
let step = 'seeding';
let finished = false;
process.on('exit', (code) => {
  if (!finished) console.log(`bench ended early (exit code ${code}) while ${step}; no figures. Load average: ${fs.readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ')}`);
});

for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.once(signal, () => process.exit(1));

fs.mkdirSync(OUT, { recursive: true });
if (!fs.existsSync(FILE)) await seedBench(FILE);
const sandbox = await startPostgresSandbox();
try {
  const admin = new pg.Client({ connectionString: sandbox.url() });
  await admin.connect();
  await admin.query('CREATE DATABASE bench');
  await admin.end();
  const url = sandbox.url('bench');
  await (await openStore(url)).close();
  step = 'copying the organisation';
  let t = performance.now();
  for (const [table, columns] of Object.entries(TABLES)) {
    const csv = path.join(OUT, `${table}.csv`);
    execFileSync('sqlite3', ['-csv', FILE, `SELECT ${columns} FROM ${table}`], { stdio: ['ignore', fs.openSync(csv, 'w'), 'inherit'] });
    execFileSync('psql', [url, '-q', '-c', `\\copy ${table} (${columns}) FROM '${csv}' CSV`], { stdio: 'inherit' });
    fs.rmSync(csv);
  }
  const raw = new pg.Client({ connectionString: url });
  await raw.connect();
  for (const table of ['people', 'teams', 'usage_records', 'wins']) await raw.query(`SELECT setval(pg_get_serial_sequence('${table}', 'id'), (SELECT max(id) FROM ${table}))`);
  await raw.query('ANALYZE');
  console.log(`copied the SQLite bench organisation into PostgreSQL in ${secs(performance.now() - t)}`);

  step = 'composing digests';
  const store = await openStore(url);
  const teams = await store.listTeams();
  const weeks = lastWeeks(AT, 'UTC', 8);
  const digestTimes: number[] = [];
  const queryTimes: number[] = [];
  let rows = 0;
  // Round 0 warms the caches for both; rounds 1..ROUNDS are measured, alternating.
  for (let round = 0; round <= ROUNDS; round++) {
    t = performance.now();
    for (const team of teams) {
      const digest = await composeTeamDigest(store, team.id, AT);
      if (!digest.ok) throw new Error(digest.error.message);
    }
    if (round > 0) digestTimes.push(performance.now() - t);
    t = performance.now();
    rows = (await raw.query(BARE, ['2026-10-26', '2026-11-29', weeks])).rowCount ?? 0;
    if (round > 0) queryTimes.push(performance.now() - t);
  }
  const d = median(digestTimes);
  const q = median(queryTimes);
  console.log(`all ${teams.length} team digests (PostgreSQL): ${secs(d)} (median of ${ROUNDS}; ${(d / teams.length).toFixed(1)} ms a team)`);
  console.log(`bare aggregate query (PostgreSQL):  ${secs(q)} (median of ${ROUNDS}; ${rows} aggregate rows)`);
  console.log(`ratio: ${(d / q).toFixed(2)}x; load average: ${fs.readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ')}`);
  finished = true;
  await raw.end();
  await store.close();
} catch (error) {
  console.log(`bench failed while ${step}: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
  throw error;
} finally {
  sandbox.stop();
}
