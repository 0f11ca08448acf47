/** Recognises PostgreSQL errors by SQLSTATE, so stores can turn them into answers. */
import type { PostgresOpenProblem } from '../../database-url.js';

const CODES = {
  '23505': 'unique',
  '23503': 'foreign-key',
  '40001': 'serialization',
  '40P01': 'deadlock',
} as const;

type Kind = (typeof CODES)[keyof typeof CODES];

/**
 * The kind of failure an error is, or null. drizzle wraps driver errors in a
 * `DrizzleQueryError` whose `cause` is node-postgres' `DatabaseError`, so the chain is walked.
 */
export function pgErrorKind(error: unknown): Kind | null {
  for (let e: unknown = error, depth = 0; e instanceof Error && depth < 5; e = e.cause, depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && code in CODES) return CODES[code as keyof typeof CODES];
  }
  return null;
}

const codeOf = (error: unknown): unknown => (error instanceof Error ? (error as { code?: unknown }).code : undefined);

/** Why connecting failed, from node-postgres' error (a socket code or an SQLSTATE). */
export function pgOpenProblem(error: unknown): PostgresOpenProblem {
  const code = codeOf(error);
  if (code === 'ECONNREFUSED' || code === 'EHOSTUNREACH' || code === 'ENETUNREACH') return 'unreachable';
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return 'unknown-host';
  if (code === '28P01' || code === '28000') return 'auth';
  if (code === '3D000') return 'no-database';
  if (error instanceof Error && /timeout/i.test(error.message)) return 'timeout';
  return 'other';
}
