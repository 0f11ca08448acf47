/** Structured logging the Teams adapter needs; pino satisfies it. */
export interface TeamsLog {
  info(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
  error(obj: object, msg?: string): void;
}
