/** Usage records: bulk upserts from importers, and a person's own totals. */
import { and, between, eq, sql, type AnyColumn } from 'drizzle-orm';
import type { IdentityMappingStore, UsageStore, UsageTotals } from '../../app/ports/index.js';
import type { UsageRecord } from '../../core/types.js';
import type { PgContext } from './context.js';
import { identityMappings, usageRecords } from './schema/index.js';

/** Records per statement: one jsonb parameter each, so no parameter limit applies. */
const CHUNK = 10_000;

const METRICS = ['input_tokens', 'output_tokens', 'cached_tokens', 'requests', 'cost_micros', 'activity'] as const;

// NOTE: a chunk travels as one jsonb array and is unpacked server-side, so 10,000 rows
// are one round trip. ON CONFLICT upserts on the five-column key; the WHERE skips rows
// whose values are all the same, so RETURNING yields nothing for them, and `xmax = 0`
// tells a freshly inserted row from an updated one. Rows are sorted by key so two
// imports upserting overlapping keys lock rows in the same order and cannot deadlock.
const UPSERT_SQL = `
INSERT INTO usage_records (source, identity, person_id, day, tool, model, ${METRICS.join(', ')})
SELECT r.source, r.identity, coalesce(r.person_id, m.person_id), r.day, r.tool, r.model, ${METRICS.map((c) => `r.${c}`).join(', ')}
FROM jsonb_to_recordset($1::jsonb) AS r(source text, identity text, person_id integer, day text, tool text, model text,
  input_tokens bigint, output_tokens bigint, cached_tokens bigint, requests bigint, cost_micros bigint, activity jsonb)
LEFT JOIN identity_mappings m ON m.source = r.source AND m.identity = r.identity
ORDER BY r.source, r.identity, r.day, r.tool, r.model
ON CONFLICT (source, identity, day, tool, model) DO UPDATE SET
  person_id = coalesce(excluded.person_id, usage_records.person_id),
  ${METRICS.map((c) => `${c} = excluded.${c}`).join(', ')}
WHERE coalesce(excluded.person_id, usage_records.person_id) IS DISTINCT FROM usage_records.person_id
  ${METRICS.map((c) => `OR excluded.${c} IS DISTINCT FROM usage_records.${c}`).join(' ')}
RETURNING (xmax = 0) AS inserted`;

const [UPSERT_HEAD, UPSERT_TAIL] = UPSERT_SQL.split('$1') as [string, string];

const keyOf = (r: UsageRecord): string => JSON.stringify([r.source, r.identity, r.day, r.tool, r.model]);

/**
 * One statement may not touch a row twice, so a chunk is split into rounds: the first
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

const toRow = (r: UsageRecord) => ({
  source: r.source,
  identity: r.identity,
  person_id: r.personId,
  day: r.day,
  tool: r.tool,
  model: r.model,
  input_tokens: r.inputTokens,
  output_tokens: r.outputTokens,
  cached_tokens: r.cachedTokens,
  requests: r.requests,
  cost_micros: r.costMicros,
  activity: r.activity,
});

/** The PostgreSQL implementation of {@link UsageStore}, plus identity mappings. */
export function pgUsage(ctx: PgContext): UsageStore & Pick<IdentityMappingStore, 'mapIdentity'> {
  const { db } = ctx;
  return {
    upsertUsage: async (records) => {
      const counts = { inserted: 0, updated: 0 };
      for (let start = 0; start < records.length; start += CHUNK) {
        for (const round of rounds(records.slice(start, start + CHUNK))) {
          const result = await db.execute<{ inserted: boolean }>(sql`${sql.raw(UPSERT_HEAD)}${JSON.stringify(round.map(toRow))}${sql.raw(UPSERT_TAIL)}`);
          for (const row of result.rows) counts[row.inserted ? 'inserted' : 'updated'] += 1;
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
