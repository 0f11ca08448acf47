/**
 * The ChatGPT Enterprise/Edu user-engagement export (Workspace analytics -> Export):
 * one row per user per week or month. See usage-formats.md section 5.
 */
import type { UsageRecord } from '../core/types.js';
import { addDays, isReason, parseCount, parseDay, parseText, type CsvDialect, type DayLimits } from './csv-values.js';

/** Per-period counts kept as activity, when the export has the column. */
const ACTIVITY: Record<string, string> = {
  gpt_messages: 'gptMessages',
  tool_messages: 'toolMessages',
  project_messages: 'projectMessages',
};

/** The export is recognised by its period and message columns. */
export function isChatgptHeader(keys: string[]): boolean {
  return keys.includes('period_start') && keys.includes('messages') && (keys.includes('email') || keys.includes('public_id'));
}

interface Columns {
  start: number;
  end: number;
  email: number;
  publicId: number;
  messages: number;
  activity: [index: number, name: string][];
}

/** Reads the export whose header keys (already normalised) are `keys`. */
export function chatgptDialect(keys: string[], limits: DayLimits): CsvDialect {
  const cols: Columns = {
    start: keys.indexOf('period_start'),
    end: keys.indexOf('period_end'),
    email: keys.indexOf('email'),
    publicId: keys.indexOf('public_id'),
    messages: keys.indexOf('messages'),
    activity: Object.entries(ACTIVITY).map(([column, name]): [number, string] => [keys.indexOf(column), name]).filter(([i]) => i >= 0),
  };
  // NOTE: a period's end can lie ahead of today (an export of the week in progress), and
  // must stay the record's day on every re-export, or the same period would count twice.
  const endLimits = { ...limits, latest: addDays(limits.today, 31) };
  return { source: 'chatgpt', width: keys.length, read: (fields) => readRow(fields, cols, limits, endLimits) };
}

/**
 * One user-period. The day is the period's end: weekly periods run Sunday to Saturday,
 * so the end falls in the ISO week that holds six of its seven days.
 */
function readRow(f: string[], c: Columns, limits: DayLimits, endLimits: DayLimits): UsageRecord | string {
  const start = parseDay('period_start', f[c.start]!, limits.latest, true);
  if (isReason(start)) return start.reason;
  const end = c.end < 0 || f[c.end]!.trim() === '' ? start : parseDay('period_end', f[c.end]!, endLimits.latest, true);
  if (isReason(end)) return end.reason;
  if (end < start) return `period_end ${end} is before period_start ${start}`;
  const email = c.email < 0 ? '' : parseText('email', f[c.email]!, false);
  if (isReason(email)) return email.reason;
  const publicId = c.publicId < 0 ? '' : parseText('public_id', f[c.publicId]!, false);
  if (isReason(publicId)) return publicId.reason;
  if (email === '' && publicId === '') return 'the row has neither an email nor a public_id';
  const messages = parseCount('messages', f[c.messages]!, 0);
  if (isReason(messages)) return messages.reason;
  const activity: Record<string, number> = { messages };
  for (const [index, name] of c.activity) {
    const count = parseCount(name, f[index]!, 0);
    if (isReason(count)) return count.reason;
    activity[name] = count;
  }
  return {
    source: 'chatgpt', identity: email === '' ? publicId : email.toLowerCase(), personId: null, day: end, tool: 'ChatGPT', model: '',
    inputTokens: 0, outputTokens: 0, cachedTokens: 0, requests: messages, costMicros: 0, activity,
  };
}
