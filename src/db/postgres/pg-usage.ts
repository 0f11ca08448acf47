/** Usage records: bulk upserts from importers, and a person's own totals. */
import { and, between, eq, sql, type AnyColumn, type SQL } from 'drizzle-orm';
import type { IdentityMappingStore, UsageStore, UsageTotals } from '../../app/ports/index.js';
import type { UsageRecord } from '../../core/types.js';
import type { PgContext } from './context.js';
import { identityMappings, usageRecords } from './schema/index.js';

/** Records per statement: each column travels as one array parameter, whatever the count. */
const CHUNK = 10_000;
/** Statements of one round in flight at once, each on its own pooled connection. */
const IN_FLIGHT = 2;

const KEY = ['source', 'identity', 'day', 'tool', 'model'] as const;
const METRICS = ['input_tokens', 'output_tokens', 'cached_tokens', 'requests', 'cost_micros', 'activity'] as const;
/** Every column a record fills, in parameter order, with its array type. */
const COLUMNS = [
  ['source', 'text'], ['identity', 'text'], ['person_id', 'int4'], ['day', 'text'], ['tool', 'text'], ['model', 'text'],
  ['input_tokens', 'int8'], ['output_tokens', 'int8'], ['cached_tokens', 'int8'], ['requests', 'int8'], ['cost_micros', 'int8'], ['activity', 'jsonb'],
] as const;

// NOTE: a chunk travels as one array per column, unnested server-side: 10,000 rows are one
// round trip, and arrays cost the server about a fifth less than one jsonb document to
// unpack (measured: 2.0 s against 2.5 s of server CPU for 100,000 new rows). ON CONFLICT
// upserts on the five-column key; the WHERE skips rows whose values are all the same, so
// RETURNING yields nothing for them, and `xmax = 0` tells a freshly inserted row from an
// updated one. Rows are sorted by key so two imports upserting overlapping keys lock rows
// in the same order and cannot deadlock.
const UPSERT_SQL = `
INSERT INTO usage_records (${COLUMNS.map(([c]) => c).join(', ')})
SELECT r.source, r.identity, coalesce(r.person_id, m.person_id), r.day, r.tool, r.model, ${METRICS.map((c) => `r.${c}`).join(', ')}
FROM unnest(${COLUMNS.map(([, type], i) => `$${i + 1}::${type}[]`).join(', ')}) AS r(${COLUMNS.map(([c]) => c).join(', ')})
LEFT JOIN identity_mappings m ON m.source = r.source AND m.identity = r.identity
ORDER BY ${KEY.map((c) => `r.${c}`).join(', ')}
ON CONFLICT (${KEY.join(', ')}) DO UPDATE SET
  person_id = coalesce(excluded.person_id, usage_records.person_id),
  ${METRICS.map((c) => `${c} = excluded.${c}`).join(', ')}
WHERE coalesce(excluded.person_id, usage_records.person_id) IS DISTINCT FROM usage_records.person_id
  ${METRICS.map((c) => `OR excluded.${c} IS DISTINCT FROM usage_records.${c}`).join(' ')}
RETURNING (xmax = 0) AS inserted`;

/** The statement with `$n` placeholders split out, so drizzle binds each column array as one parameter. */
const UPSERT_PARTS = UPSERT_SQL.split(/\$\d+/);

const keyOf = (r: UsageRecord): string => JSON.stringify([r.source, r.identity, r.day, r.tool, r.model]);

/**
 * One statement may not touch a row twice, so a batch is split into rounds: the first
 * record of each key, then the second, and so on, applied in order — the same outcome and
 * counts as applying the records one by one. Usually there is a single round.
 */
function rounds(records: UsageRecord[]): UsageRecord[][] {
  const seen = new Map<string, number>();
  const out: UsageRecord[][] = [];
  for (const r of records) {
    const key = keyOf(r);
    const round = seen.get(key) ?? 0;
    seen.set(key, round + 1);
    (out[round] ??= []).push(r);
  }
  return out;
}

/** The records as one array per column, in {@link COLUMNS} order. */
const toColumns = (rs: UsageRecord[]): unknown[][] => [
  rs.map((r) => r.source), rs.map((r) => r.identity), rs.map((r) => r.personId), rs.map((r) => r.day), rs.map((r) => r.tool), rs.map((r) => r.model),
  rs.map((r) => r.inputTokens), rs.map((r) => r.outputTokens), rs.map((r) => r.cachedTokens), rs.map((r) => r.requests), rs.map((r) => r.costMicros),
  rs.map((r) => JSON.stringify(r.activity)),
];

const upsertStatement = (rs: UsageRecord[]): SQL => {
  const params = toColumns(rs);
  return sql.join(UPSERT_PARTS.flatMap((part, i) => (i < params.length ? [sql.raw(part), sql.param(params[i])] : [sql.raw(part)])));
};

/** The PostgreSQL implementation of {@link UsageStore}, plus identity mappings. */
export function pgUsage(ctx: PgContext): UsageStore & Pick<IdentityMappingStore, 'mapIdentity'> {
  const { db } = ctx;
  return {
    // NOTE: the chunks of one round hold disjoint keys, so they may run side by side: the
    // server upserts one on each of two connections (a second core) while the next round
    // waits for both. Each statement locks its rows in key order, so statements in flight,
    // here or in another instance's import, cannot deadlock. Inside a unit of work the one
    // connection runs them one after the other.
    upsertUsage: async (records) => {
      const counts = { inserted: 0, updated: 0 };
      for (const round of rounds(records)) {
        for (let start = 0; start < round.length; start += CHUNK * IN_FLIGHT) {
          const chunks = Array.from({ length: IN_FLIGHT }, (_, i) => round.slice(start + i * CHUNK, start + (i + 1) * CHUNK)).filter((c) => c.length > 0);
          // allSettled: a failed chunk is reported only once its neighbour has finished too.
          for (const result of await Promise.allSettled(chunks.map((c) => db.execute<{ inserted: boolean }>(upsertStatement(c))))) {
            if (result.status === 'rejected') throw result.reason;
            for (const row of result.value.rows) counts[row.inserted ? 'inserted' : 'updated'] += 1;
          }
        }
      }
      return counts;
    },
    usageTotalsForPerson: (personId, from, to) => totalsFor(ctx, personId, from, to),
    mapIdentity: async (source, identity, personId) => {
      await db.transaction(async (tx) => {
        await tx
          .insert(identityMappings)
          .values({ source, identity, personId })
          .onConflictDoUpdate({ target: [identityMappings.source, identityMappings.identity], set: { personId } });
        await tx.update(usageRecords).set({ personId }).where(and(eq(usageRecords.source, source), eq(usageRecords.identity, identity)));
      });
    },
  };
}

async function totalsFor(ctx: PgContext, personId: number, from: string, to: string): Promise<UsageTotals> {
  const sum = (column: AnyColumn) => sql`coalesce(sum(${column}), 0)`.mapWith(Number);
  const [row] = await ctx.db
    .select({
      inputTokens: sum(usageRecords.inputTokens),
      outputTokens: sum(usageRecords.outputTokens),
      costMicros: sum(usageRecords.costMicros),
      requests: sum(usageRecords.requests),
    })
    .from(usageRecords)
    .where(and(eq(usageRecords.personId, personId), between(usageRecords.day, from, to)));
  return row ?? { inputTokens: 0, outputTokens: 0, costMicros: 0, requests: 0 };
}
