import { LogLevel, type Logger } from '@slack/bolt';
import type { SlackLog } from './listeners/deps.js';

/** Bolt's logger interface over the app's structured log, so Slack lines are JSON like the rest. */
export function boltLogger(log: SlackLog): Logger {
  let level = LogLevel.INFO;
  const text = (parts: unknown[]): string => parts.map((part) => (part instanceof Error ? part.message : String(part))).join(' ');
  return {
    debug: (...parts) => log.debug({ component: 'bolt' }, text(parts)),
    info: (...parts) => log.info({ component: 'bolt' }, text(parts)),
    warn: (...parts) => log.warn({ component: 'bolt' }, text(parts)),
    error: (...parts) => log.error({ component: 'bolt' }, text(parts)),
    setLevel: (next) => { level = next; },
    getLevel: () => level,
    setName: () => undefined,
  };
}
