/** The digest's reads, as few statements as possible: they run once per team per week. */
import { asc, eq, getTableColumns, sql } from 'drizzle-orm';
import type { DigestQueryStore } from '../../app/ports/index.js';
import { toPerson } from '../shared/mappers.js';
import { preparedOnce, type PgContext } from './context.js';
import { memberships, people } from './schema/index.js';

// NOTE: weeks arrive as spans from the core, so no calendar maths happens here; people and
// weeks travel as array parameters, so the statement has the same shape for any team. Each
// week is summed in its own LATERAL subquery so its day range and the people both bound
// the (person_id, day) index scan: joined on BETWEEN instead, the planner read every usage
// row those people ever had and filtered it against each week.
const WEEKS_AND_SUMS = sql`unnest(${sql.placeholder('weeks')}::text[], ${sql.placeholder('froms')}::text[], ${sql.placeholder('tos')}::text[]) AS w(week, "from", "to")
  CROSS JOIN LATERAL (
    SELECT r.person_id, sum(r.input_tokens) AS input_tokens, sum(r.output_tokens) AS output_tokens,
           sum(r.cost_micros) AS cost_micros, sum(r.requests) AS requests
    FROM usage_records r
    WHERE r.person_id = ANY(${sql.placeholder('people')}::integer[]) AND r.day BETWEEN w."from" AND w."to"
    GROUP BY r.person_id
  ) u`;

/** The PostgreSQL implementation of {@link DigestQueryStore}. */
export function pgDigestQueries({ db }: PgContext): DigestQueryStore {
  const statements = preparedOnce(() => ({
    usage: db
      .select({
        personId: sql<number>`u.person_id`.mapWith(Number),
        week: sql<string>`w.week`,
        inputTokens: sql<number>`u.input_tokens`.mapWith(Number),
        outputTokens: sql<number>`u.output_tokens`.mapWith(Number),
        costMicros: sql<number>`u.cost_micros`.mapWith(Number),
        requests: sql<number>`u.requests`.mapWith(Number),
      })
      .from(WEEKS_AND_SUMS)
      .orderBy(sql`u.person_id`, sql`w.week`)
      .prepare('digest_usage_by_person_week'),
    members: db
      .select(getTableColumns(people))
      .from(memberships)
      .innerJoin(people, eq(people.id, memberships.personId))
      .where(eq(memberships.teamId, sql.placeholder('teamId')))
      .orderBy(asc(people.id))
      .prepare('digest_team_members'),
  }));
  return {
    usageByPersonWeek: async (personIds, weeks) => {
      if (personIds.length === 0 || weeks.length === 0) return [];
      return statements().usage.execute({ people: personIds, weeks: weeks.map((w) => w.week), froms: weeks.map((w) => w.from), tos: weeks.map((w) => w.to) });
    },
    listTeamMembers: async (teamId) => (await statements().members.execute({ teamId })).map(toPerson),
  };
}
