/**
 * Builds the benchmark organisation straight into SQLite (migrated by the real store
 * first): 10,000 people in 400 teams, 12 weeks of daily usage from 3 tools, 40,000 wins.
 */
import Database from 'better-sqlite3';
import { openStore } from '../../src/db/open-store.js';
import { seededRandom } from '../../src/core/demo/demo-org.js';

export const ORG = { people: 10_000, teams: 400, weeks: 12, tools: ['claude', 'cursor', 'copilot'], wins: 40_000, endorsements: 12_000 } as const;
/** Monday of 2026-W37; twelve weeks run to Sunday 2026-11-29 (end of 2026-W48). */
const FIRST_DAY = Date.UTC(2026, 8, 7);
export const AT = new Date('2026-11-27T16:00:00Z');

const dayAt = (i: number): string => new Date(FIRST_DAY + i * 86_400_000).toISOString().slice(0, 10);
const weekAt = (i: number): string => `2026-W${37 + Math.floor(i / 7)}`;
const TEXTS = ['Fixed the flaky test', 'Shipped the retry queue', 'Automated the report', 'Documented the API', 'Reviewed the PR', 'Analysed churn', 'Learned the fraud engine'];

/** Creates the database at `file` (which must not exist) and fills it. */
export async function seedBench(file: string): Promise<{ usageRows: number }> {
  await (await openStore(`file:${file}`)).close();
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = OFF');
  const rand = seededRandom(2026);
  const now = new Date().toISOString();
  db.transaction(() => {
    const person = db.prepare('INSERT INTO people (platform, platform_user_id, display_name, email, time_zone, is_admin, nudges, created_at) VALUES (?, ?, ?, ?, ?, 0, 1, ?)');
    for (let p = 1; p <= ORG.people; p++) person.run('slack', `U${p}`, `Person ${p}`, `p${p}@example.com`, 'UTC', now);
    const team = db.prepare('INSERT INTO teams (name, name_key, created_at) VALUES (?, ?, ?)');
    const member = db.prepare('INSERT INTO memberships (team_id, person_id, is_lead) VALUES (?, ?, ?)');
    const size = ORG.people / ORG.teams;
    for (let t = 1; t <= ORG.teams; t++) {
      team.run(`Team ${t}`, `team ${t}`, now);
      for (let k = 0; k < size; k++) member.run(t, (t - 1) * size + k + 1, k === 0 ? 1 : 0);
    }
  })();
  const usage = db.prepare("INSERT INTO usage_records (source, identity, person_id, day, tool, model, input_tokens, output_tokens, cached_tokens, requests, cost_micros, activity) VALUES (?, ?, ?, ?, ?, 'm', ?, ?, 0, ?, ?, '{}')");
  let usageRows = 0;
  for (let p = 1; p <= ORG.people; p++) {
    db.transaction(() => {
      for (let d = 0; d < ORG.weeks * 7; d++) {
        for (const tool of ORG.tools) {
          const input = Math.floor(rand() * 200_000);
          usage.run(tool, `p${p}@example.com`, p, dayAt(d), tool, input, Math.floor(input / 5), 1 + Math.floor(input / 4000), input * 3);
          usageRows++;
        }
      }
    })();
  }
  seedWins(db, rand, now);
  db.close();
  return { usageRows };
}

function seedWins(db: Database.Database, rand: () => number, now: string): void {
  const win = db.prepare("INSERT INTO wins (author_id, kind, text, category, links, artifacts, minutes, tools, visibility, week, source, created_at, updated_at) VALUES (?, ?, ?, 'other', '[]', ?, ?, '[]', 'team', ?, 'command', ?, ?)");
  const endorse = db.prepare('INSERT OR IGNORE INTO endorsements (win_id, person_id, week, created_at) VALUES (?, ?, ?, ?)');
  const pr = JSON.stringify([{ kind: 'pull-request', label: 'acme/x#1', url: 'https://github.com/acme/x/pull/1' }]);
  db.transaction(() => {
    for (let i = 0; i < ORG.wins; i++) {
      const week = weekAt(Math.floor(rand() * ORG.weeks * 7));
      const kind = rand() < 0.1 ? 'setback' : 'win';
      const text = `${TEXTS[Math.floor(rand() * TEXTS.length)]} ${Math.floor(rand() * 1000)} ${i}`;
      win.run(1 + Math.floor(rand() * ORG.people), kind, text, rand() < 0.4 ? pr : '[]', Math.floor(rand() * 240), week, now, now);
    }
    for (let i = 0; i < ORG.endorsements; i++) endorse.run(1 + Math.floor(rand() * ORG.wins), 1 + Math.floor(rand() * ORG.people), 'W', now);
  })();
}
