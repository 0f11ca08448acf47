/**
 * The yardstick: one aggregate SQL query returning what every team's digest needs
 * (wins, people, verified and minutes per team per trend week; usage per team per week
 * with the number of people behind it), straight from the database.
 */
import type Database from 'better-sqlite3';

const SQL = `
WITH usage_by_team AS (
  SELECT m.team_id, date(u.day, '-3 days', 'weekday 4') AS thu,
         count(DISTINCT u.person_id) AS people, sum(u.input_tokens + u.output_tokens) AS tokens, sum(u.cost_micros) AS cost
  FROM usage_records u JOIN memberships m ON m.person_id = u.person_id
  WHERE u.day BETWEEN @usageFrom AND @to
  GROUP BY m.team_id, thu
), wins_by_team AS (
  SELECT m.team_id, w.week, count(*) AS wins, count(DISTINCT w.author_id) AS people, sum(w.minutes) AS minutes,
         sum(w.artifacts <> '[]' OR EXISTS (SELECT 1 FROM endorsements e WHERE e.win_id = w.id)) AS verified
  FROM wins w JOIN memberships m ON m.person_id = w.author_id
  WHERE w.week IN (SELECT value FROM json_each(@weeks))
  GROUP BY m.team_id, w.week
)
SELECT 'usage' AS part, team_id, thu AS period, people, tokens AS a, cost AS b FROM usage_by_team
UNION ALL
SELECT 'wins', team_id, week, people, wins, verified FROM wins_by_team`;

/** Runs the query once; returns how many aggregate rows it produced. */
export function bareQuery(db: Database.Database, weeks: string[], usageFrom: string, to: string): number {
  return db.prepare(SQL).all({ weeks: JSON.stringify(weeks), usageFrom, to }).length;
}
