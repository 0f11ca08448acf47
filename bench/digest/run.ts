/**
 * `npm run bench:digest`: every team's digest against the one bare aggregate query, on the
 * same database, in the same run. `--fresh` rebuilds the database.
 */
import { lastWeeks } from '../../src/core/iso-week.js';
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import Database from 'better-sqlite3';
import { composeTeamDigest } from '../../src/app/digest/compose.js';
import { openStore } from '../../src/db/open-store.js';
import { bareQuery } from './bare-query.js';
import { AT, ORG, seedBench } from './seed.js';

const OUT = path.resolve(import.meta.dirname, '../.out');
const FILE = path.join(OUT, 'digest-bench.db');
const ROUNDS = 3;

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
const secs = (ms: number): string => `${(ms / 1000).toFixed(2)} s`;

async function main(): Promise<void> {
  fs.mkdirSync(OUT, { recursive: true });
  if (process.argv.includes('--fresh')) for (const f of fs.readdirSync(OUT).filter((x) => x.startsWith('digest-bench.db'))) fs.rmSync(path.join(OUT, f));
  if (!fs.existsSync(FILE)) {
    const started = performance.now();
    const { usageRows } = await seedBench(FILE);
    console.log(`seeded ${ORG.people.toLocaleString('en')} people, ${ORG.teams} teams, ${usageRows.toLocaleString('en')} usage rows, ${ORG.wins.toLocaleString('en')} wins in ${secs(performance.now() - started)}`);
  }
  const store = await openStore(`file:${FILE}`);
  const raw = new Database(FILE, { readonly: true });
  const teams = await store.listTeams();
  const weeks = lastWeeks(AT, 'UTC', 8);
  const digestTimes: number[] = [];
  const queryTimes: number[] = [];
  let rows = 0;
  // Round 0 warms the page cache for both; rounds 1..ROUNDS are measured, alternating.
  for (let round = 0; round <= ROUNDS; round++) {
    let t = performance.now();
    for (const team of teams) {
      const digest = await composeTeamDigest(store, team.id, AT);
      if (!digest.ok) throw new Error(digest.error.message);
    }
    if (round > 0) digestTimes.push(performance.now() - t);
    t = performance.now();
    rows = bareQuery(raw, weeks, '2026-10-26', '2026-11-29');
    if (round > 0) queryTimes.push(performance.now() - t);
  }
  const d = median(digestTimes);
  const q = median(queryTimes);
  console.log(`all ${teams.length} team digests: ${secs(d)} (median of ${ROUNDS}; ${(d / teams.length).toFixed(1)} ms a team)`);
  console.log(`bare aggregate query:   ${secs(q)} (median of ${ROUNDS}; ${rows} aggregate rows)`);
  console.log(`ratio: ${(d / q).toFixed(2)}x   targets: digests < 5 s ${d < 5000 ? 'met' : 'MISSED'}, within 3x ${d / q <= 3 ? 'met' : 'MISSED'}`);
  raw.close();
  await store.close();
}

await main();
