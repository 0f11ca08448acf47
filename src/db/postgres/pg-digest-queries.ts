/** The digest's reads, as few statements as possible: they run once per team per week. */
import { asc, eq, getTableColumns, sql } from 'drizzle-orm';
import type { DigestQueryStore } from '../../app/ports/index.js';
import type { PersonWeekUsage } from '../../core/digest/types.js';
import { toPerson } from '../shared/mappers.js';
import type { PgContext } from './context.js';
import { memberships, people } from './schema/index.js';

/** The PostgreSQL implementation of {@link DigestQueryStore}. */
export function pgDigestQueries({ db }: PgContext): DigestQueryStore {
  return {
    // NOTE: weeks arrive as spans from the core, so no calendar maths happens here; people
    // and weeks each travel as one parameter, so the statement has the same shape for any team.
    usageByPersonWeek: async (personIds, weeks) => {
      if (personIds.length === 0 || weeks.length === 0) return [];
      const result = await db.execute<Record<keyof PersonWeekUsage, string | number>>(sql`
        SELECT u.person_id AS "personId", w.week AS "week",
               sum(u.input_tokens) AS "inputTokens", sum(u.output_tokens) AS "outputTokens",
               sum(u.cost_micros) AS "costMicros", sum(u.requests) AS "requests"
        FROM jsonb_to_recordset(${JSON.stringify(weeks)}::jsonb) AS w(week text, "from" text, "to" text)
        JOIN usage_records u ON u.day BETWEEN w."from" AND w."to"
        WHERE u.person_id = ANY(${`{${personIds.join(',')}}`}::integer[])
        GROUP BY u.person_id, w.week
        ORDER BY u.person_id, w.week`);
      return result.rows.map((r) => ({
        personId: Number(r.personId),
        week: String(r.week),
        inputTokens: Number(r.inputTokens),
        outputTokens: Number(r.outputTokens),
        costMicros: Number(r.costMicros),
        requests: Number(r.requests),
      }));
    },
    listTeamMembers: async (teamId) =>
      (
        await db
          .select(getTableColumns(people))
          .from(memberships)
          .innerJoin(people, eq(people.id, memberships.personId))
          .where(eq(memberships.teamId, teamId))
          .orderBy(asc(people.id))
      ).map(toPerson),
  };
}
