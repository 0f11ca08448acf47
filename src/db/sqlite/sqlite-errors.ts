/** Recognises SQLite constraint failures, so stores can turn them into result codes. */

type ConstraintKind = 'unique' | 'primary-key' | 'foreign-key';

const CODES: Record<string, ConstraintKind> = {
  SQLITE_CONSTRAINT_UNIQUE: 'unique',
  SQLITE_CONSTRAINT_PRIMARYKEY: 'primary-key',
  SQLITE_CONSTRAINT_FOREIGNKEY: 'foreign-key',
};

/**
 * The constraint an error broke, or null. drizzle wraps driver errors in a
 * `DrizzleQueryError` whose `cause` is better-sqlite3's `SqliteError`, so the chain is walked.
 */
export function constraintViolation(error: unknown): ConstraintKind | null {
  for (let e: unknown = error, depth = 0; e instanceof Error && depth < 5; e = e.cause, depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && code in CODES) return CODES[code] ?? null;
  }
  return null;
}
