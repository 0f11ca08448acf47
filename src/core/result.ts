/**
 * Expected failures travel as values, not exceptions. Codes are dotted
 * (`WIN.NOT_FOUND`); the message is for the person; `hint` suggests what to try instead.
 */
export interface Failure {
  code: string;
  message: string;
  hint?: string;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: Failure };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });

export const fail = (code: string, message: string, hint?: string): { ok: false; error: Failure } => ({
  ok: false,
  error: hint === undefined ? { code, message } : { code, message, hint },
});

/** For exhaustive switches over closed unions: a new member breaks the build. */
export function assertNever(value: never): never {
  throw new Error(`Unhandled case: ${JSON.stringify(value)}`);
}
