/** Wins and setbacks, each read with its endorsement count. */
import { and, asc, desc, eq, getTableColumns, inArray, sql } from 'drizzle-orm';
import type { Win } from '../../core/types.js';
import type { NewWin, WinPatch, WinStore } from '../../app/ports/index.js';
import { nowIso, run, type SqliteContext } from './context.js';
import { hasChanges } from '../shared/patch.js';
import { toWin, winRow } from '../shared/mappers.js';
import { endorsements, wins } from './schema/index.js';

const winWithCount = {
  ...getTableColumns(wins),
  endorsements: sql<number>`(SELECT count(*) FROM ${endorsements} WHERE ${endorsements.winId} = ${wins.id})`.mapWith(Number),
};

/** The SQLite implementation of {@link WinStore}. */
export function sqliteWins(ctx: SqliteContext): WinStore {
  const { db } = ctx;
  const select = () => db.select(winWithCount).from(wins);
  // NOTE: prepared once: `log` inserts a win and reads it back on every command.
  const byIdQuery = select().where(eq(wins.id, sql.placeholder('id'))).prepare();
  const insertQuery = db
    .insert(wins)
    .values(Object.fromEntries(WIN_COLUMNS.map((c) => [c, sql.placeholder(c)])) as unknown as typeof wins.$inferInsert)
    .onConflictDoNothing({ target: wins.dedupeKey })
    .returning({ id: wins.id })
    .prepare();
  const placeholders = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => sql.placeholder(`${prefix}${i}`));
  const inWeeks = (authors: number, weeks: number) =>
    select()
      // NOTE: `+week` keeps SQLite on the (author_id, week) index; with `ORDER BY week` it
      // otherwise walks wins_week_idx through every author's wins of those weeks (bench/digest).
      .where(and(inArray(wins.authorId, placeholders('a', authors)), inArray(sql`+${wins.week}`, placeholders('w', weeks))))
      .orderBy(asc(wins.week), asc(wins.createdAt), asc(wins.id))
      .prepare();
  // NOTE: prepared once per shape (how many authors, how many weeks): a weekly fan-out asks for
  // every person's and their teammates' wins (bench/fanout), and building the query cost more than running it.
  const inWeeksByShape = new Map<string, ReturnType<typeof inWeeks>>();
  const inWeeksQuery = (authors: number, weeks: number) => {
    const shape = `${authors} ${weeks}`;
    let query = inWeeksByShape.get(shape);
    if (query === undefined) {
      if (inWeeksByShape.size >= 64) inWeeksByShape.clear();
      inWeeksByShape.set(shape, (query = inWeeks(authors, weeks)));
    }
    return query;
  };
  const byId = (id: number): Win | null => {
    const row = byIdQuery.get({ id });
    return row ? toWin(row) : null;
  };

  return {
    insertWin: (input) => run(() => insertWin(ctx, input, (row) => insertQuery.get(row)?.id, byId)),
    getWin: (id) => run(() => byId(id)),
    updateWin: (id, patch) => run(() => updateWin(ctx, id, patch, byId)),
    // Endorsements go with the win through ON DELETE CASCADE.
    deleteWin: (id) => run(() => db.delete(wins).where(eq(wins.id, id)).run().changes > 0),
    listWinsByAuthor: (authorId, limit) =>
      run(() =>
        select().where(eq(wins.authorId, authorId)).orderBy(desc(wins.createdAt), desc(wins.id)).limit(limit).all().map(toWin),
      ),
    listWinsInWeeks: (authorIds, weeks) =>
      run(() => {
        if (authorIds.length === 0 || weeks.length === 0) return [];
        const params: Record<string, string | number> = {};
        authorIds.forEach((id, i) => (params[`a${i}`] = id));
        weeks.forEach((week, i) => (params[`w${i}`] = week));
        return inWeeksQuery(authorIds.length, weeks.length).all(params).map(toWin);
      }),
  };
}

/** Every column a new win fills (placeholders of the prepared insert, named as `winRow` names them). */
const WIN_COLUMNS = Object.keys(winRow({ authorId: 0, kind: 'win', text: '', category: 'other', links: [], artifacts: [], minutes: null, tools: [], visibility: 'team', week: '', source: 'command' }, '')) as (keyof ReturnType<typeof winRow>)[];

/** A repeated `dedupeKey` is a retry of the same event: the first win is the answer. */
function insertWin(ctx: SqliteContext, input: NewWin, insert: (row: ReturnType<typeof winRow>) => number | undefined, byId: (id: number) => Win | null): Win {
  const id = insert(winRow(input, nowIso(ctx))) ?? existingIdFor(ctx, input.dedupeKey);
  const win = byId(id);
  if (!win) throw new Error(`insertWin: win ${id} vanished between insert and read`);
  return win;
}

function existingIdFor(ctx: SqliteContext, dedupeKey: string | undefined): number {
  const row = dedupeKey === undefined ? undefined : ctx.db.select({ id: wins.id }).from(wins).where(eq(wins.dedupeKey, dedupeKey)).get();
  if (!row) throw new Error('insertWin: insert was skipped but no win has its dedupe key');
  return row.id;
}

function updateWin(ctx: SqliteContext, id: number, patch: WinPatch, byId: (id: number) => Win | null): Win {
  if (hasChanges(patch)) {
    ctx.db
      .update(wins)
      .set({ ...patch, updatedAt: nowIso(ctx) })
      .where(eq(wins.id, id))
      .run();
  }
  const win = byId(id);
  if (!win) throw new Error(`updateWin: there is no win with id ${id}`);
  return win;
}
