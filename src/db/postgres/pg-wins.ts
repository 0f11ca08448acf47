/** Wins and setbacks, each read with its endorsement count. */
import { and, asc, desc, eq, getTableColumns, sql } from 'drizzle-orm';
import type { NewWin, WinStore } from '../../app/ports/index.js';
import type { Win } from '../../core/types.js';
import { toWin, winRow } from '../shared/mappers.js';
import { hasChanges } from '../shared/patch.js';
import { nowIso, preparedOnce, type PgContext } from './context.js';
import { endorsements, wins } from './schema/index.js';

const winWithCount = {
  ...getTableColumns(wins),
  endorsements: sql<number>`(SELECT count(*) FROM ${endorsements} WHERE ${endorsements.winId} = ${wins.id})`.mapWith(Number),
};

/** The PostgreSQL implementation of {@link WinStore}. */
export function pgWins(ctx: PgContext): WinStore {
  const { db } = ctx;
  const select = () => db.select(winWithCount).from(wins);
  // Authors and weeks travel as arrays, so one statement serves any team (see preparedOnce).
  const statements = preparedOnce(() => ({
    inWeeks: select()
      .where(and(sql`${wins.authorId} = ANY(${sql.placeholder('authors')}::integer[])`, sql`${wins.week} = ANY(${sql.placeholder('weeks')}::text[])`))
      .orderBy(asc(wins.week), asc(wins.createdAt), asc(wins.id))
      .prepare('digest_wins_in_weeks'),
  }));
  const byId = async (id: number): Promise<Win | null> => {
    const [row] = await select().where(eq(wins.id, id));
    return row ? toWin(row) : null;
  };
  return {
    insertWin: (input) => insertWin(ctx, input, byId),
    getWin: byId,
    updateWin: async (id, patch) => {
      if (hasChanges(patch)) await db.update(wins).set({ ...patch, updatedAt: nowIso(ctx) }).where(eq(wins.id, id));
      const win = await byId(id);
      if (!win) throw new Error(`updateWin: there is no win with id ${id}`);
      return win;
    },
    // Endorsements go with the win through ON DELETE CASCADE.
    deleteWin: async (id) => (await db.delete(wins).where(eq(wins.id, id)).returning({ id: wins.id })).length > 0,
    listWinsByAuthor: async (authorId, limit) =>
      (await select().where(eq(wins.authorId, authorId)).orderBy(desc(wins.createdAt), desc(wins.id)).limit(limit)).map(toWin),
    listWinsInWeeks: async (authorIds, weeks) =>
      authorIds.length === 0 || weeks.length === 0 ? [] : (await statements().inWeeks.execute({ authors: authorIds, weeks })).map(toWin),
  };
}

/**
 * A repeated `dedupeKey` is a retry of the same event: the first win is the answer.
 * NOTE: ON CONFLICT on the unique dedupe key, so two deliveries of one event on two
 * instances store one win.
 */
async function insertWin(ctx: PgContext, input: NewWin, byId: (id: number) => Promise<Win | null>): Promise<Win> {
  const now = nowIso(ctx);
  const [inserted] = await ctx.db
    .insert(wins)
    .values(winRow(input, now))
    .onConflictDoNothing({ target: wins.dedupeKey })
    .returning({ id: wins.id });
  const id = inserted?.id ?? (await existingIdFor(ctx, input.dedupeKey));
  const win = await byId(id);
  if (!win) throw new Error(`insertWin: win ${id} vanished between insert and read`);
  return win;
}

async function existingIdFor(ctx: PgContext, dedupeKey: string | undefined): Promise<number> {
  const [row] = dedupeKey === undefined ? [] : await ctx.db.select({ id: wins.id }).from(wins).where(eq(wins.dedupeKey, dedupeKey));
  if (!row) throw new Error('insertWin: insert was skipped but no win has its dedupe key');
  return row.id;
}
