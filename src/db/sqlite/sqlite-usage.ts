/** Usage records: bulk upserts from importers, and a person's own totals. */
import type { Statement } from 'better-sqlite3';
import { and, between, eq, sql, type AnyColumn } from 'drizzle-orm';
import type { UsageRecord } from '../../core/types.js';
import type { IdentityMappingStore, UsageStore } from '../../app/ports/index.js';
import { setTimeout as sleep } from 'node:timers/promises';
import { lockQueueOf } from './busy.js';
import { IMMEDIATE, run, type SqliteContext } from './context.js';
import { identityMappings, usageRecords } from './schema/index.js';

/**
 * Records per transaction; between chunks the event loop gets a turn. Large because each
 * commit rewrites every index page the chunk touched (bench/ingest, 64 MB cache: 5,000 -> 20,000
 * took a million-row import from 31 % to 57 % of the sqlite3 shell's rate).
 */
const CHUNK = 20_000;

/** Between chunks: long enough for a writer in another process, polling for the lock, to get it. */
const CHUNK_PAUSE_MS = 15;

const METRICS = ['input_tokens', 'output_tokens', 'cached_tokens', 'requests', 'cost_micros', 'activity'] as const;

// NOTE: hand-prepared because importers send 100k rows at a time. The mapping fills
// person_id only when the record has none; the WHERE skips rows whose values are all
// the same, so RETURNING yields nothing for them. A new row's id is above every id
// before it (rowid without AUTOINCREMENT), which is how inserts are told from updates.
const UPSERT_SQL = `
INSERT INTO usage_records (source, identity, person_id, day, tool, model, ${METRICS.join(', ')})
VALUES (@source, @identity,
  coalesce(@personId, (SELECT person_id FROM identity_mappings m WHERE m.source = @source AND m.identity = @identity)),
  @day, @tool, @model, @inputTokens, @outputTokens, @cachedTokens, @requests, @costMicros, @activity)
ON CONFLICT (source, identity, day, tool, model) DO UPDATE SET
  person_id = coalesce(excluded.person_id, usage_records.person_id),
  ${METRICS.map((c) => `${c} = excluded.${c}`).join(', ')}
WHERE coalesce(excluded.person_id, usage_records.person_id) IS NOT usage_records.person_id
  ${METRICS.map((c) => `OR excluded.${c} IS NOT usage_records.${c}`).join(' ')}
RETURNING id`;

type UpsertParams = Omit<UsageRecord, 'activity'> & { activity: string };

/** The SQLite implementation of {@link UsageStore}, plus identity mappings. */
export function sqliteUsage(ctx: SqliteContext): UsageStore & Pick<IdentityMappingStore, 'mapIdentity'> {
  const upsert = ctx.sqlite.prepare<UpsertParams, { id: number }>(UPSERT_SQL);
  const totals = totalsQuery(ctx);
  const maxId = ctx.sqlite.prepare<[], { id: number }>('SELECT coalesce(max(id), 0) AS id FROM usage_records').pluck(false);
  const upsertChunk = ctx.sqlite.transaction((records: UsageRecord[]) => upsertAll(upsert, maxId.get()?.id ?? 0, records));

  return {
    /**
     * Upserts in chunks of {@link CHUNK}, each its own transaction, so a large import does
     * not hold the write lock or the event loop for long; re-running it is harmless.
     * `updated` counts rows whose stored values changed: a record identical to what is
     * stored counts as neither inserted nor updated.
     */
    upsertUsage: async (records) => {
      const counts = { inserted: 0, updated: 0 };
      for (let start = 0; start < records.length; start += CHUNK) {
        const work = () => upsertChunk.immediate(records.slice(start, start + CHUNK));
        // NOTE: the pause lets another process (the bot) take the write lock between chunks.
        if (start > 0) await sleep(CHUNK_PAUSE_MS);
        const chunk = await lockQueueOf(ctx.sqlite).run(() => (start === 0 ? work() : ctx.afterTurn(work)));
        counts.inserted += chunk.inserted;
        counts.updated += chunk.updated;
      }
      return counts;
    },
    usageTotalsForPerson: (personId, from, to) => run(() => totals.get({ personId, from, to }) ?? { inputTokens: 0, outputTokens: 0, costMicros: 0, requests: 0 }),
    mapIdentity: (source, identity, personId) => run(() => mapIdentity(ctx, source, identity, personId)),
  };
}

function upsertAll(upsert: Statement<UpsertParams, { id: number }>, maxIdBefore: number, records: UsageRecord[]) {
  let highest = maxIdBefore;
  let inserted = 0;
  let updated = 0;
  for (const record of records) {
    const row = upsert.get({ ...record, activity: canonicalJson(record.activity) });
    if (row === undefined) continue;
    if (row.id > highest) {
      inserted++;
      highest = row.id;
    } else {
      updated++;
    }
  }
  return { inserted, updated };
}

/** Sorted keys, so the same counts in another order are not mistaken for a change. */
function canonicalJson(activity: Record<string, number>): string {
  const keys = Object.keys(activity).sort();
  return JSON.stringify(activity, keys);
}

/** A person's usage summed over days; prepared once per store, since every check-in asks twice (bench/fanout). */
function totalsQuery(ctx: SqliteContext) {
  const sum = (column: AnyColumn) => sql`coalesce(sum(${column}), 0)`.mapWith(Number);
  return ctx.db
    .select({
      inputTokens: sum(usageRecords.inputTokens),
      outputTokens: sum(usageRecords.outputTokens),
      costMicros: sum(usageRecords.costMicros),
      requests: sum(usageRecords.requests),
    })
    .from(usageRecords)
    .where(and(eq(usageRecords.personId, sql.placeholder('personId')), between(usageRecords.day, sql.placeholder('from'), sql.placeholder('to'))))
    .prepare();
}

function mapIdentity(ctx: SqliteContext, source: string, identity: string, personId: number): void {
  ctx.db.transaction((tx) => {
    tx.insert(identityMappings)
      .values({ source, identity, personId })
      .onConflictDoUpdate({ target: [identityMappings.source, identityMappings.identity], set: { personId } })
      .run();
    tx.update(usageRecords)
      .set({ personId })
      .where(and(eq(usageRecords.source, source), eq(usageRecords.identity, identity)))
      .run();
  }, IMMEDIATE);
}
