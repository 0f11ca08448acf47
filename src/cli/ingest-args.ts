/** The arguments of `npm run ingest -- <file.csv | source> [--from DATE --to DATE]`. */
import { parseArgs } from 'node:util';
import { isCalendarDay } from '../ingest/csv-values.js';
import { unknownSourceProblem } from './ingest-help.js';
import type { DayRange } from '../app/ports/index.js';

/** The one-line usage, shown with argument errors. */
export const USAGE = 'usage: npm run ingest -- <file.csv | source> [--from YYYY-MM-DD --to YYYY-MM-DD]';

/** What to ingest: a CSV file (read whole), or a configured provider for a day range. */
export type IngestTarget = { kind: 'csv'; path: string } | { kind: 'source'; name: string; range: DayRange } | { kind: 'help' };

/** Reads the command line; `today` fills in the default range (the last `lookback` days). */
export function parseIngestArgs(argv: string[], today: string, lookback: number): { ok: true; target: IngestTarget } | { ok: false; message: string } {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, options: { from: { type: 'string' }, to: { type: 'string' }, help: { type: 'boolean', short: 'h' } } });
  } catch (error) {
    return { ok: false, message: `${error instanceof Error ? error.message : String(error)}\n${USAGE}` };
  }
  const { positionals, values } = parsed;
  if (values.help === true) return { ok: true, target: { kind: 'help' } };
  if (positionals.length !== 1) return { ok: false, message: `${positionals.length === 0 ? 'Name a CSV file or a source.' : 'Give one file or source at a time.'}\n${USAGE}` };
  const what = positionals[0]!;
  if (/\.(csv|txt)$/i.test(what) || what.includes('/') || what.includes('\\')) {
    if (values.from !== undefined || values.to !== undefined) return { ok: false, message: '--from and --to apply to provider sources; a CSV is imported whole.' };
    return { ok: true, target: { kind: 'csv', path: what } };
  }
  const unknown = unknownSourceProblem(what.toLowerCase());
  if (unknown !== null) return { ok: false, message: unknown };
  const from = values.from ?? new Date(Date.parse(`${today}T00:00:00Z`) - (lookback - 1) * 86_400_000).toISOString().slice(0, 10);
  const to = values.to ?? today;
  for (const [flag, day] of [['--from', from], ['--to', to]] as const) {
    if (!isCalendarDay(day)) return { ok: false, message: `${flag} "${day}" is not a date; use YYYY-MM-DD.` };
  }
  if (from > to) return { ok: false, message: `--from ${from} is after --to ${to}.` };
  return { ok: true, target: { kind: 'source', name: what.toLowerCase(), range: { from, to } } };
}
