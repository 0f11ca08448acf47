/* eslint-disable @typescript-eslint/no-explicit-any -- activities are JSON as sent on the wire; tests read them untyped on purpose. */
/**
 * A local fake of the Bot Connector service a Teams bot talks to (the activity's
 * `serviceUrl`). It records every call, answers the routes botbuilder uses in the
 * documented shapes (the ones the Agents Playground mock also serves), knows a roster for
 * member look-ups, and can be told to fail the next sends (429, 403 MessageWritesBlocked…).
 */
import { cardBytes, cardProblems } from './adaptive-cards.js';
import { FakeHttpServer, type FakeResponse, type RecordedRequest } from './fake-http.js';

/** A Teams user the fake's roster knows (`TeamsInfo.getMember`). */
export interface FakeMember {
  /** Bot-specific user id, `29:…`. */
  id: string;
  name: string;
  aadObjectId: string;
  email?: string;
}

/** One activity the bot sent (a send, a reply or an update) to a conversation. */
export interface SentActivity {
  conversationId: string;
  activity: any;
  status: number;
}

export interface FakeBotConnector {
  /** The `serviceUrl` to put in activities (ends with `/`). */
  serviceUrl: string;
  requests: RecordedRequest[];
  /** Activities answered 2xx, in order. */
  sent(): SentActivity[];
  /** Conversations created with `POST /v3/conversations`, with the request bodies. */
  created: { id: string; body: any }[];
  addMember(member: FakeMember): void;
  /** Where a file consent `uploadInfo` may point: a stand-in for a OneDrive upload session. */
  uploadUrl(name: string): string;
  /** Files PUT to upload URLs, with the range header they came with. */
  uploads(): { name: string; body: string; range: string | undefined }[];
  /** The next `responses.length` activity sends get these answers first. */
  failSends(...responses: FakeResponse[]): void;
  /** Every card in every 2xx activity: problems the `adaptivecards` parser found, and its size. */
  cards(): { card: any; problems: string[]; bytes: number }[];
  waitFor(predicate: (sent: SentActivity[]) => boolean, timeoutMs?: number): Promise<void>;
  close(): Promise<void>;
}

/** 403 as Teams answers a send to someone who blocked or uninstalled the bot. */
export const MESSAGE_WRITES_BLOCKED: FakeResponse = {
  status: 403,
  body: { error: { code: 'ConversationBlockedByUser', message: 'User blocked the conversation with the bot.' }, errorCode: 209, message: '{"errorCode":209,"message":"{\\"subCode\\":\\"MessageWritesBlocked\\"}"}' },
};

const ACTIVITY = /^\/v3\/conversations\/([^/]+)\/activities(?:\/([^/]+))?$/;
const MEMBER = /^\/v3\/conversations\/([^/]+)\/members\/([^/]+)$/;
const PAGED = /^\/v3\/conversations\/([^/]+)\/pagedmembers$/;
const UPLOAD = /^\/upload\/([^/]+)$/;

export async function startFakeBotConnector(): Promise<FakeBotConnector> {
  const members = new Map<string, FakeMember>();
  const created: { id: string; body: any }[] = [];
  let next = 1;
  let conversations = 1;
  const asAccount = (m: FakeMember) => ({ id: m.id, name: m.name, aadObjectId: m.aadObjectId, email: m.email, userPrincipalName: m.email, givenName: m.name.split(' ')[0], surname: m.name.split(' ')[1] ?? '' });

  const route = (request: RecordedRequest): FakeResponse => {
    const path = decodeURIComponent(request.path);
    if (request.method === 'POST' && path === '/v3/conversations') {
      const id = `a:created-${conversations++}`;
      created.push({ id, body: JSON.parse(request.body) });
      return { status: 201, body: { id, activityId: `act-${next}` } };
    }
    const activity = ACTIVITY.exec(path);
    if (activity && (request.method === 'POST' || request.method === 'PUT')) return { status: 200, body: { id: `act-${next++}` } };
    const member = MEMBER.exec(path);
    if (member && request.method === 'GET') {
      const known = members.get(member[2]!);
      return known ? { body: asAccount(known) } : { status: 404, body: { error: { code: 'MemberNotFoundInConversation', message: 'not found' } } };
    }
    if (UPLOAD.test(path) && request.method === 'PUT') return { status: 201, body: { id: 'drive-item-1' } };
    if (PAGED.test(path) && request.method === 'GET') return { body: { members: [...members.values()].map(asAccount) } };
    return { status: 404, body: { error: { code: 'NotFound', message: `no route for ${request.method} ${path}` } } };
  };

  const pending: FakeResponse[] = [];
  const statuses = new Map<RecordedRequest, number>();
  const server = new FakeHttpServer({}, (request) => {
    const isSend = ACTIVITY.test(decodeURIComponent(request.path));
    const answer = isSend && pending.length > 0 ? pending.shift()! : route(request);
    statuses.set(request, answer.status ?? 200);
    return answer;
  });
  await server.start();

  const sent = (): SentActivity[] =>
    server.requests
      .filter((r) => ACTIVITY.test(decodeURIComponent(r.path)) && r.method !== 'GET' && (statuses.get(r) ?? 500) < 300)
      .map((r) => ({ conversationId: ACTIVITY.exec(decodeURIComponent(r.path))![1]!, activity: JSON.parse(r.body), status: statuses.get(r)! }));

  return {
    serviceUrl: `${server.url}/`,
    requests: server.requests,
    sent,
    created,
    addMember: (m) => void members.set(m.id, m),
    uploadUrl: (name) => `${server.url}/upload/${encodeURIComponent(name)}`,
    uploads: () =>
      server.requests
        .filter((r) => r.method === 'PUT' && UPLOAD.test(decodeURIComponent(r.path)))
        .map((r) => ({ name: UPLOAD.exec(decodeURIComponent(r.path))![1]!, body: r.body, range: r.headers['content-range'] })),
    failSends: (...responses) => void pending.push(...responses),
    cards: () =>
      sent().flatMap((s) =>
        ((s.activity.attachments ?? []) as any[])
          .filter((a) => a.contentType === 'application/vnd.microsoft.card.adaptive')
          .map((a) => a.content as unknown)
          .map((card) => ({ card, problems: cardProblems(card), bytes: cardBytes(card) })),
      ),
    async waitFor(predicate, timeoutMs = 5000) {
      const until = Date.now() + timeoutMs;
      while (!predicate(sent())) {
        if (Date.now() > until) throw new Error(`fake connector: condition not met; sent: ${JSON.stringify(sent().map((s): unknown => s.activity.text ?? s.activity.type))}`);
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
    },
    close: () => server.close(),
  };
}
