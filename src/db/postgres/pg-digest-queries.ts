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
    // and weeks each travel as array parameters, so the statement has the same shape for any
    // team. Each week is summed in its own LATERAL subquery so its day range and the people
    // both bound the (person_id, day) index scan: joined on BETWEEN instead, the planner
    // read every usage row those people ever had and filtered it against each week.
    usageByPersonWeek: async (personIds, weeks) => {
      if (personIds.length === 0 || weeks.length === 0) return [];
      const result = await db.execute<Record<keyof PersonWeekUsage, string | number>>(sql`
        SELECT u.person_id AS "personId", w.week AS "week",
               u.input_tokens AS "inputTokens", u.output_tokens AS "outputTokens",
               u.cost_micros AS "costMicros", u.requests AS "requests"
        FROM unnest(${sql.param(weeks.map((w) => w.week))}::text[], ${sql.param(weeks.map((w) => w.from))}::text[], ${sql.param(weeks.map((w) => w.to))}::text[]) AS w(week, "from", "to")
        CROSS JOIN LATERAL (
          SELECT r.person_id, sum(r.input_tokens) AS input_tokens, sum(r.output_tokens) AS output_tokens,
                 sum(r.cost_micros) AS cost_micros, sum(r.requests) AS requests
          FROM usage_records r
          WHERE r.person_id = ANY(${sql.param(personIds)}::integer[]) AND r.day BETWEEN w."from" AND w."to"
          GROUP BY r.person_id
        ) u
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
