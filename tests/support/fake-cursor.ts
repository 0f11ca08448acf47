/**
 * A local fake of the Cursor Admin API (reference/usage-formats.md §4): `GET /teams/members`
 * and `POST /teams/daily-usage-data` with body `page` / `pageSize` and `pagination.hasNextPage`.
 */
import { FakeHttpServer, type FakeResponse, type RecordedRequest } from './fake-http.js';

export interface CursorFakeData {
  key: string;
  members: unknown[];
  /** Pages of rows per requested window, keyed by the window's first day. */
  usage: Record<string, unknown[][]>;
}

/** A daily-usage row in the documented (paginated) shape; `counts` override the zeros. */
export function cursorRow(userId: number, email: string | null, day: string, counts: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    userId, day, date: Date.parse(`${day}T00:00:00Z`), email, isActive: true,
    totalLinesAdded: 0, totalLinesDeleted: 0, acceptedLinesAdded: 0, acceptedLinesDeleted: 0, totalApplies: 0, totalAccepts: 0,
    totalRejects: 0, totalTabsShown: 0, totalTabsAccepted: 0, composerRequests: 0, chatRequests: 0, agentRequests: 0, cmdkUsages: 0,
    subscriptionIncludedReqs: 0, apiKeyReqs: 0, usageBasedReqs: 0, bugbotUsages: 0, mostUsedModel: null,
    applyMostUsedExtension: null, tabMostUsedExtension: null, clientVersion: null,
    ...counts,
  };
}

export function cursorMember(id: number, email: string): unknown {
  return { id, name: email.split('@')[0], email, role: 'member', isRemoved: false };
}

/** Starts the fake; requests without `Authorization: Basic base64(key:)` get 401. */
export function startFakeCursor(data: CursorFakeData): Promise<FakeHttpServer> {
  const expected = `Basic ${Buffer.from(`${data.key}:`).toString('base64')}`;
  const guarded = (route: (r: RecordedRequest) => FakeResponse) => (r: RecordedRequest): FakeResponse =>
    r.headers.authorization === expected ? route(r) : { status: 401, body: { error: 'Unauthorized' } };
  return new FakeHttpServer({
    'GET /teams/members': guarded(() => ({ body: { teamMembers: data.members } })),
    'POST /teams/daily-usage-data': guarded((r) => usagePage(data, r)),
  }).start();
}

function usagePage(data: CursorFakeData, r: RecordedRequest): FakeResponse {
  const body = JSON.parse(r.body) as { startDate: number; endDate: number; page: number; pageSize: number };
  const pages = data.usage[new Date(body.startDate).toISOString().slice(0, 10)] ?? [[]];
  const page = body.page;
  return {
    body: {
      data: pages[page - 1] ?? [],
      period: { startDate: body.startDate, endDate: body.endDate },
      pagination: { page, pageSize: body.pageSize, totalUsers: 3, totalPages: pages.length, hasNextPage: page < pages.length, hasPreviousPage: page > 1 },
    },
  };
}
