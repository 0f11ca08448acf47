import { DateTime, IANAZone } from 'luxon';
import type { DueReport } from '../../src/index.js';

/** Moves the console's clock to a moment and runs what became due on the way. */
export type Tick = (at: Date) => Promise<DueReport>;

/** `tick 2026-11-27T16:00 Europe/Berlin` -> the moment, or what was wrong with the line. */
export function parseTick(args: string): { ok: true; at: Date; shown: string } | { ok: false; message: string } {
  const [when = '', zone = 'UTC', ...rest] = args.split(/\s+/).filter(Boolean);
  const usage = 'Type tick and a local date and time, optionally with a time zone, e.g. tick 2026-11-27T16:00 Europe/Berlin.';
  if (when === '' || rest.length > 0) return { ok: false, message: usage };
  if (!IANAZone.isValidZone(zone)) return { ok: false, message: `"${zone}" is not a time zone. ${usage}` };
  const local = DateTime.fromISO(when, { zone });
  if (!local.isValid) return { ok: false, message: `"${when}" is not a date and time. ${usage}` };
  // Schedules, ISO weeks and stored timestamps are four-digit years after the epoch.
  if (local.year < 1970 || local.year > 9999) return { ok: false, message: `"${when}" is outside the years 1970 to 9999 the clock can move to. ${usage}` };
  return { ok: true, at: local.toJSDate(), shown: `${local.toFormat('ccc yyyy-MM-dd HH:mm')} ${zone} (${local.toUTC().toFormat('HH:mm')} UTC)` };
}

/** One line on what a tick did. */
export function describeTick(shown: string, report: DueReport): string {
  const parts = [
    report.sent.length > 0 ? `sent ${report.sent.length}` : '',
    report.skipped.length > 0 ? `skipped ${report.skipped.length}` : '',
    report.failed.length > 0 ? `failed ${report.failed.length}` : '',
  ].filter(Boolean);
  return `The clock is now ${shown}. ${parts.length > 0 ? `Deliveries: ${parts.join(', ')}.` : 'Nothing was due.'}`;
}
