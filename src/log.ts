/** JSON-lines logging (pino). Secrets are redacted by path as a second line of defence. */
import { pino, type DestinationStream, type Logger } from 'pino';
import { currentRequestId } from './request-context.js';

export interface LoggerOptions {
  level: string;
  toStderr: boolean;
  /** Where lines go instead of stdout/stderr (tests). */
  destination?: DestinationStream;
}

export function createLogger(options: LoggerOptions): Logger {
  return pino(
    {
      level: options.level,
      base: { app: 'shiplog' },
      // Every line written while a request is handled (after its ack too) carries its id.
      mixin: () => {
        const reqId = currentRequestId();
        return reqId === undefined ? {} : { reqId };
      },
      redact: { paths: ['*.token', '*.botToken', '*.signingSecret', '*.appPassword', '*.key', '*.password', 'headers.authorization'], censor: '[redacted]' },
    },
    // NOTE: the console chat owns stdout, so in console mode logs go to stderr.
    options.destination ?? pino.destination({ fd: options.toStderr ? 2 : 1, sync: true }),
  );
}
