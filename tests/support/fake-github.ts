/**
 * A local fake of the GitHub Copilot REST API (reference/usage-formats.md §3): seats with
 * `Link` pagination (next pages under the numeric org id, as GitHub does), and users-1-day
 * reports answering signed download links to NDJSON files served by the same fake.
 */
import { FakeHttpServer, type FakeResponse, type RecordedRequest } from './fake-http.js';

export interface GitHubFakeData {
  token: string;
  org: string;
  /** Seat pages; page 1 at /orgs/{org}/…, later pages at /organizations/4242/…. */
  seatPages: unknown[][];
  /** NDJSON file contents per report day; a day not listed answers 204. */
  reports: Record<string, string[]>;
}

/** One user-day record as the NDJSON files carry it. */
export function userDay(login: string, day: string, fields: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    user_id: login.length, user_login: login, day, enterprise_id: 'ent-1', organization_id: 'org-1',
    user_initiated_interaction_count: 0, code_generation_activity_count: 0, code_acceptance_activity_count: 0,
    loc_suggested_to_add_sum: 0, loc_suggested_to_delete_sum: 0, loc_added_sum: 0, loc_deleted_sum: 0,
    used_agent: false, used_chat: false, used_cli: false, totals_by_ide: [], totals_by_feature: [],
    ...fields,
  };
}

export const ndjson = (...records: unknown[]): string => records.map((r) => (typeof r === 'string' ? r : JSON.stringify(r))).join('\n');

export function copilotSeat(login: string, lastActivityAt: string | null): unknown {
  return {
    created_at: '2026-01-01T00:00:00Z', pending_cancellation_date: null, last_activity_at: lastActivityAt,
    last_activity_editor: lastActivityAt ? 'vscode/1.99.0/copilot/1.300.0' : null, plan_type: 'business',
    assignee: { login, id: login.length, type: 'User', site_admin: false }, assigning_team: null,
  };
}

/** Starts the fake; API requests need `Authorization: Bearer <token>`, downloads must carry none. */
export function startFakeGitHub(data: GitHubFakeData): Promise<FakeHttpServer> {
  const guarded = (route: (r: RecordedRequest) => FakeResponse) => (r: RecordedRequest): FakeResponse =>
    r.headers.authorization === `Bearer ${data.token}` ? route(r) : { status: 401, body: { message: 'Bad credentials', status: '401' } };
  const routes: Record<string, (r: RecordedRequest) => FakeResponse> = {
    [`GET /orgs/${data.org}/copilot/billing/seats`]: guarded((r) => seats(data, r, 1)),
    'GET /organizations/4242/copilot/billing/seats': guarded((r) => seats(data, r, Number(r.query.get('page')))),
    [`GET /orgs/${data.org}/copilot/metrics/reports/users-1-day`]: guarded((r) => report(data, r)),
  };
  for (const [day, files] of Object.entries(data.reports)) {
    files.forEach((text, i) => {
      routes[`GET /downloads/${day}-${i + 1}.ndjson`] = (r) =>
        r.headers.authorization ? { status: 400, body: 'Only one auth mechanism allowed' } : { headers: { 'content-type': 'application/x-ndjson' }, body: text };
    });
  }
  return new FakeHttpServer(routes).start();
}

function seats(data: GitHubFakeData, r: RecordedRequest, page: number): FakeResponse {
  const base = `http://${r.headers.host}/organizations/4242/copilot/billing/seats?per_page=100`;
  const last = data.seatPages.length;
  const links = [...(page < last ? [`<${base}&page=${page + 1}>; rel="next"`] : []), `<${base}&page=${last}>; rel="last"`];
  const total = data.seatPages.reduce((n, p) => n + p.length, 0);
  return { headers: { link: links.join(', ') }, body: { total_seats: total, seats: data.seatPages[page - 1] ?? [] } };
}

function report(data: GitHubFakeData, r: RecordedRequest): FakeResponse {
  const day = r.query.get('day') ?? '';
  const files = data.reports[day];
  if (!files) return { status: 204 };
  return { body: { download_links: files.map((_, i) => `http://${r.headers.host}/downloads/${day}-${i + 1}.ndjson?sig=s3cr3t&exp=1`), report_day: day } };
}
