/**
 * GitHub Copilot importer: the usage metrics reports (`users-1-day`, one request per UTC day,
 * each answering signed download links to NDJSON files of user-day records) and the seat
 * list (last activity per seat holder). The legacy `/copilot/metrics` endpoint was shut down
 * on 2026-04-02 and is not used.
 *
 * Identity: the GitHub login. GitHub gives no email (a seat's assignee email only when the
 * API happens to expose it), so logins reach people through admin mappings. The model is
 * always '' (model breakdowns cover chat only), and cost is 0: `ai_credits_used` is not billing.
 */
import { z } from 'zod';
import type { DayRange, UsageBatch, UsageSource } from '../app/ports/index.js';
import { UsageSourceError } from '../app/ports/index.js';
import { endpoint, ProviderHttp, ProviderRejectedError, type HttpAnswer, type HttpOptions } from './http-client.js';
import {
  dayFromTimestamp, daysOf, inRange, optionalCount, parseItem, RecordAccumulator, rawText, usageRecord, type Rejection,
} from './normalise.js';

/** Where and how to reach GitHub (from `config.usageSources.github`). */
export interface CopilotSettings {
  token: string;
  org: string;
  baseUrl: string;
}

/** HTTP knobs plus the current time: reports for days after today do not exist yet. */
export interface CopilotOptions extends HttpOptions {
  now?: () => Date;
}

const TOOL = 'Copilot';

const reportLinks = z.object({ download_links: z.array(z.url()) });
const seatsPage = z.object({ seats: z.array(z.unknown()) });
const seat = z.object({
  assignee: z.object({ login: z.string().min(1), email: z.string().min(3).nullish() }),
  last_activity_at: z.string().nullish(),
});

const flag = z.boolean().nullish().transform((v) => (v ? 1 : 0));
const userDay = z.object({
  user_login: z.string().min(1),
  day: z.string().refine((d) => /^\d{4}-\d{2}-\d{2}$/.test(d) && dayFromTimestamp(d) !== null, 'must be YYYY-MM-DD'),
  user_initiated_interaction_count: optionalCount,
  code_generation_activity_count: optionalCount,
  code_acceptance_activity_count: optionalCount,
  loc_suggested_to_add_sum: optionalCount,
  loc_suggested_to_delete_sum: optionalCount,
  loc_added_sum: optionalCount,
  loc_deleted_sum: optionalCount,
  used_agent: flag,
  used_chat: flag,
  used_cli: flag,
  totals_by_cli: z.object({
    session_count: optionalCount,
    token_usage: z.object({ output_tokens_sum: optionalCount, prompt_tokens_sum: optionalCount }).nullish(),
  }).nullish(),
});

interface Sink {
  range: DayRange;
  records: RecordAccumulator;
  rejected: Rejection[];
  identityEmails: Record<string, string>;
}

/** Builds the GitHub Copilot usage source. */
export function createCopilotSource(settings: CopilotSettings, options: CopilotOptions = {}): UsageSource {
  const http = new ProviderHttp(
    {
      label: 'GitHub',
      credential: 'GITHUB_TOKEN',
      headers: { authorization: `Bearer ${settings.token}`, accept: 'application/vnd.github+json', 'x-github-api-version': '2022-11-28' },
    },
    options,
  );
  const now = options.now ?? (() => new Date());
  const org = encodeURIComponent(settings.org);
  return {
    name: 'copilot',
    async *pull(range: DayRange): AsyncIterable<UsageBatch> {
      const sink: Sink = { range, records: new RecordAccumulator(), rejected: [], identityEmails: {} };
      // Seats first: a wrong token or organisation fails here, before a day-by-day walk.
      await readSeats(http, endpoint(settings.baseUrl, `/orgs/${org}/copilot/billing/seats`, [['per_page', '100']]), sink);
      const today = now().toISOString().slice(0, 10);
      for (const day of daysOf(range).filter((d) => d <= today)) {
        await readReport(http, endpoint(settings.baseUrl, `/orgs/${org}/copilot/metrics/reports/users-1-day`, [['day', day]]), day, sink);
      }
      yield { records: sink.records.records(), rejected: sink.rejected, identityEmails: sink.identityEmails };
    },
  };
}

/** Follows the seat list's `Link: rel="next"` URLs verbatim (they use the numeric org id). */
async function readSeats(http: ProviderHttp, first: string, sink: Sink): Promise<void> {
  const seen = new Set<string>();
  for (let url: string | undefined = first, pageNo = 1; url; pageNo++) {
    if (seen.has(url)) throw new UsageSourceError('SOURCE.BAD_RESPONSE', 'GitHub linked back to a seat page already read, so the seat list cannot be followed to the end.');
    seen.add(url);
    const { value, headers } = await http.json(url, seatsPage);
    value.seats.forEach((item, i) => {
      const s = parseItem(seat, item, `seats page ${pageNo}, seat ${i + 1}`, sink.rejected);
      if (s) addSeat(s, sink);
    });
    url = nextLink(headers.get('link'));
  }
}

function addSeat(s: z.infer<typeof seat>, sink: Sink): void {
  const login = s.assignee.login;
  if (s.assignee.email) sink.identityEmails[login] = s.assignee.email;
  const day = s.last_activity_at ? dayFromTimestamp(s.last_activity_at) : null;
  // A marker, not a count: the seat says this was the holder's latest Copilot day.
  if (day && inRange(day, sink.range)) sink.records.add(usageRecord({ source: 'copilot', identity: login, day, tool: TOOL, activity: { seatLastActivity: 1 } }));
}

/** The `rel="next"` URL of an RFC 8288 Link header. */
export function nextLink(header: string | null): string | undefined {
  for (const part of (header ?? '').split(',')) {
    const match = /<([^>]+)>\s*;\s*rel="?([^";]+)"?/.exec(part.trim());
    if (match?.[2]?.split(/\s+/).includes('next')) return match[1];
  }
  return undefined;
}

async function readReport(http: ProviderHttp, url: string, day: string, sink: Sink): Promise<void> {
  const answer = await reportFor(http, url, day, sink);
  if (!answer || answer.status === 204) return;
  const { download_links: links } = http.parse(answer.text, reportLinks, new URL(url).pathname);
  for (const [f, link] of links.entries()) {
    // NOTE: signed URLs on another host; the GitHub token must not travel with them.
    const file = await http.send(link, { authenticated: false });
    file.text.split('\n').forEach((line, n) => {
      if (line.trim() !== '') addLine(line, `users report ${day} file ${f + 1}, line ${n + 1}`, sink);
    });
  }
}

/** The day's report answer; a 404 (no report for that day) is noted, not fatal. */
async function reportFor(http: ProviderHttp, url: string, day: string, sink: Sink): Promise<HttpAnswer | null> {
  try {
    return await http.send(url);
  } catch (error) {
    if (!(error instanceof ProviderRejectedError && error.status === 404)) throw error;
    sink.rejected.push({ location: `users report ${day}`, reason: 'GitHub has no users report for this day (HTTP 404); reports start 2025-10-10 and need the Copilot usage metrics policy', raw: '' });
    return null;
  }
}

function addLine(line: string, location: string, sink: Sink): void {
  let item: unknown;
  try {
    item = JSON.parse(line);
  } catch {
    sink.rejected.push({ location, reason: 'not a JSON object', raw: rawText(line) });
    return;
  }
  const r = parseItem(userDay, item, location, sink.rejected);
  if (!r || !inRange(r.day, sink.range)) return;
  sink.records.add(usageRecord({
    source: 'copilot', identity: r.user_login, day: r.day, tool: TOOL,
    // Only the CLI reports tokens; IDE use has none.
    inputTokens: r.totals_by_cli?.token_usage?.prompt_tokens_sum ?? 0,
    outputTokens: r.totals_by_cli?.token_usage?.output_tokens_sum ?? 0,
    requests: r.user_initiated_interaction_count,
    activity: {
      interactions: r.user_initiated_interaction_count,
      codeGenerations: r.code_generation_activity_count,
      codeAcceptances: r.code_acceptance_activity_count,
      linesSuggestedAdded: r.loc_suggested_to_add_sum,
      linesSuggestedDeleted: r.loc_suggested_to_delete_sum,
      linesAdded: r.loc_added_sum,
      linesDeleted: r.loc_deleted_sum,
      usedAgent: r.used_agent,
      usedChat: r.used_chat,
      usedCli: r.used_cli,
      cliSessions: r.totals_by_cli?.session_count ?? 0,
    },
  }));
}
