/** JSON-lines logging (pino). Secrets are redacted by path as a second line of defence. */
import { pino, type Logger } from 'pino';

export function createLogger(options: { level: string; toStderr: boolean }): Logger {
  return pino(
    {
      level: options.level,
      base: { app: 'shiplog' },
      redact: { paths: ['*.token', '*.botToken', '*.signingSecret', '*.appPassword', '*.key', '*.password', 'headers.authorization'], censor: '[redacted]' },
    },
    // NOTE: the console chat owns stdout, so in console mode logs go to stderr.
    pino.destination({ fd: options.toStderr ? 2 : 1, sync: true }),
  );
}
