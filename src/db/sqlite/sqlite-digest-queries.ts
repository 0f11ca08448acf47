/** The digest's reads, as few statements as possible: they run once per team per week. */
import { asc, eq, getTableColumns } from 'drizzle-orm';
import type { PersonWeekUsage } from '../../core/digest/types.js';
import type { DigestQueryStore } from '../../app/ports/index.js';
import { run, type SqliteContext } from './context.js';
import { toPerson } from './mappers.js';
import { memberships, people } from './schema/index.js';

// NOTE: the ISO week of a day is the week of its Thursday: `date(day, '-3 days',
// 'weekday 4')` moves Mon..Sun to that Thursday, whose year is the ISO week-year and whose
// day-of-year gives the week number. People come in as one JSON array so the statement is
// prepared once for any team size; `IN (SELECT value FROM json_each(?))` still walks the
// (person_id, day) index as a covering index.
const USAGE_BY_PERSON_WEEK = `
SELECT person_id AS personId,
       printf('%s-W%02d', strftime('%Y', thu), (CAST(strftime('%j', thu) AS INTEGER) + 6) / 7) AS week,
       sum(input_tokens) AS inputTokens,
       sum(output_tokens) AS outputTokens,
       sum(cost_micros) AS costMicros,
       sum(requests) AS requests
FROM (
  SELECT person_id, input_tokens, output_tokens, cost_micros, requests, date(day, '-3 days', 'weekday 4') AS thu
  FROM usage_records
  WHERE person_id IN (SELECT value FROM json_each(@people)) AND day BETWEEN @from AND @to
)
GROUP BY person_id, thu
ORDER BY person_id, thu`;

/** The SQLite implementation of {@link DigestQueryStore}. */
export function sqliteDigestQueries(ctx: SqliteContext): DigestQueryStore {
  const byPersonWeek = ctx.sqlite.prepare<{ people: string; from: string; to: string }, PersonWeekUsage>(USAGE_BY_PERSON_WEEK);
  return {
    usageByPersonWeek: (personIds, from, to) =>
      run(() => (personIds.length === 0 ? [] : byPersonWeek.all({ people: JSON.stringify(personIds), from, to }))),
    listTeamMembers: (teamId) =>
      run(() =>
        ctx.db
          .select(getTableColumns(people))
          .from(memberships)
          .innerJoin(people, eq(people.id, memberships.personId))
          .where(eq(memberships.teamId, teamId))
          .orderBy(asc(people.id))
          .all()
          .map(toPerson),
      ),
  };
}
