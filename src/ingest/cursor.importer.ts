/**
 * Cursor Admin API importer: team daily usage, one row per member per UTC day, with the
 * editor activity Cursor reports (lines, applies, accepts, tabs, requests by kind).
 *
 * Identity: the member's email; rows without one are resolved through `/teams/members` by
 * user id. Rows marked `isActive: false` (members with no activity that day) are skipped.
 * The model is always '': `mostUsedModel` can change during the day, and a model in the
 * store's key would turn one day into two records and double count.
 */
import { z } from 'zod';
import type { DayRange, UsageBatch, UsageSource } from '../app/ports/index.js';
import { UsageSourceError } from '../app/ports/index.js';
import { endpoint, ProviderHttp, type HttpOptions } from './http-client.js';
import type { KeyedProviderSettings } from './http-client.js';
import {
  dayFromTimestamp, inRange, midnightMs, nextDay, optionalCount, parseItem, RecordAccumulator, rawText,
  usageRecord, type Rejection,
} from './normalise.js';

export type CursorSettings = KeyedProviderSettings;

const TOOL = 'Cursor';
const PAGE_SIZE = 500;
/** Cursor refuses ranges longer than 30 days. */
const WINDOW_DAYS = 30;

const membersBody = z.object({ teamMembers: z.array(z.unknown()) });
const member = z.object({ id: z.union([z.number(), z.string()]).nullish(), email: z.string().min(3) });

const usageBody = z.object({
  data: z.array(z.unknown()),
  pagination: z.object({ hasNextPage: z.boolean() }).nullish(),
});

const row = z.object({
  userId: z.union([z.number(), z.string()]).nullish(),
  email: z.string().min(3).nullish(),
  day: z.string().nullish(),
  date: z.number().nullish(),
  isActive: z.boolean().nullish(),
  totalLinesAdded: optionalCount,
  totalLinesDeleted: optionalCount,
  acceptedLinesAdded: optionalCount,
  acceptedLinesDeleted: optionalCount,
  totalApplies: optionalCount,
  totalAccepts: optionalCount,
  totalRejects: optionalCount,
  totalTabsShown: optionalCount,
  totalTabsAccepted: optionalCount,
  composerRequests: optionalCount,
  chatRequests: optionalCount,
  agentRequests: optionalCount,
  cmdkUsages: optionalCount,
  bugbotUsages: optionalCount,
});
type Row = z.infer<typeof row>;

/** Builds the Cursor usage source. */
export function createCursorSource(settings: CursorSettings, options: HttpOptions = {}): UsageSource {
  const http = new ProviderHttp(
    {
      label: 'Cursor',
      credential: 'CURSOR_ADMIN_KEY',
      headers: { authorization: `Basic ${Buffer.from(`${settings.key}:`).toString('base64')}` },
    },
    options,
  );
  return {
    name: 'cursor',
    async *pull(range: DayRange): AsyncIterable<UsageBatch> {
      const rejected: Rejection[] = [];
      const emailsById = await readMembers(http, settings.baseUrl, rejected);
      const records = new RecordAccumulator();
      const identityEmails: Record<string, string> = {};
      for (const window of windows(range)) {
        await readWindow(http, settings.baseUrl, window, { range, emailsById, records, rejected, identityEmails });
      }
      yield { records: records.records(), rejected, identityEmails };
    },
  };
}

async function readMembers(http: ProviderHttp, base: string, rejected: Rejection[]): Promise<Map<string, string>> {
  const { value } = await http.json(endpoint(base, '/teams/members'), membersBody);
  const emails = new Map<string, string>();
  value.teamMembers.forEach((item, i) => {
    const m = parseItem(member, item, `members, member ${i + 1}`, rejected);
    if (m && m.id !== null && m.id !== undefined) emails.set(String(m.id), m.email);
  });
  return emails;
}

/** The range cut into windows Cursor accepts. */
function windows(range: DayRange): DayRange[] {
  const out: DayRange[] = [];
  for (let from = range.from; from <= range.to;) {
    let to = from;
    for (let n = 1; n < WINDOW_DAYS && nextDay(to) <= range.to; n++) to = nextDay(to);
    out.push({ from, to });
    from = nextDay(to);
  }
  return out;
}

interface Sink {
  range: DayRange;
  emailsById: Map<string, string>;
  records: RecordAccumulator;
  rejected: Rejection[];
  identityEmails: Record<string, string>;
}

async function readWindow(http: ProviderHttp, base: string, window: DayRange, sink: Sink): Promise<void> {
  for (let page = 1; ; page++) {
    // NOTE: with page and pageSize Cursor lists every member; without them only active ones.
    const body = { startDate: midnightMs(window.from), endDate: midnightMs(nextDay(window.to)), page, pageSize: PAGE_SIZE };
    const { value } = await http.json(endpoint(base, '/teams/daily-usage-data'), usageBody, { method: 'POST', body });
    value.data.forEach((item, i) => addRow(item, `daily usage from ${window.from} page ${page}, row ${i + 1}`, sink));
    if (!value.pagination?.hasNextPage) return;
    if (value.data.length === 0) throw new UsageSourceError('SOURCE.BAD_RESPONSE', 'Cursor said more pages follow after an empty page, so its pages cannot be followed to the end.');
  }
}

function addRow(item: unknown, location: string, sink: Sink): void {
  const r = parseItem(row, item, location, sink.rejected);
  if (!r || r.isActive === false) return;
  const day = r.day ? dayFromTimestamp(r.day) : typeof r.date === 'number' ? new Date(r.date).toISOString().slice(0, 10) : null;
  const identity = r.email ?? (r.userId !== null && r.userId !== undefined ? sink.emailsById.get(String(r.userId)) : undefined);
  if (!day || !identity) {
    const reason = !day ? 'day: has neither a readable day nor a date' : 'email: missing, and userId is not a team member';
    sink.rejected.push({ location, reason, raw: rawText(item) });
    return;
  }
  if (!inRange(day, sink.range)) return;
  sink.identityEmails[identity] = identity;
  sink.records.add(usageRecord({
    source: 'cursor', identity, day, tool: TOOL,
    requests: r.composerRequests + r.chatRequests + r.agentRequests + r.cmdkUsages,
    activity: activity(r),
  }));
}

function activity(r: Row): Record<string, number> {
  return {
    linesAdded: r.totalLinesAdded,
    linesDeleted: r.totalLinesDeleted,
    linesAccepted: r.acceptedLinesAdded,
    acceptedLinesDeleted: r.acceptedLinesDeleted,
    applies: r.totalApplies,
    accepts: r.totalAccepts,
    rejects: r.totalRejects,
    tabsShown: r.totalTabsShown,
    tabsAccepted: r.totalTabsAccepted,
    composerRequests: r.composerRequests,
    chatRequests: r.chatRequests,
    agentRequests: r.agentRequests,
    cmdkUsages: r.cmdkUsages,
    bugbotUsages: r.bugbotUsages,
  };
}
