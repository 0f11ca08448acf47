/** The Teams endpoint's front door: botbuilder's token check, body limits, errors that say nothing internal. */
import http from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { activity, ADA, startTeams, type TeamsHarness } from './teams-harness.js';

let h: TeamsHarness | undefined;
afterEach(async () => { await h?.close(); h = undefined; });

describe('with MicrosoftAppId set', () => {
  it('an activity without a valid Bot Framework token gets 401 and changes nothing', async () => {
    h = await startTeams({ appId: '11111111-2222-3333-4444-555555555555' });
    const message = activity('message-personal', h.connector, { text: 'log shipped it' });
    const attempts: Record<string, string>[] = [{}, { authorization: 'Bearer not-a-jwt' }, { authorization: 'Bearer eyJhbGciOiJub25lIn0.eyJhdWQiOiIxMSJ9.' }];
    for (const headers of attempts) {
      const res = await h.post(message, headers);
      expect(res.status).toBe(401);
      expect(JSON.stringify(res.body)).not.toMatch(/ at .*\.(js|ts):\d+/);
    }
    expect(await h.store.listPeople()).toEqual([]);
    expect(await h.store.getConversationReference('teams', 'service')).toBeNull();
    expect(h.connector.requests).toEqual([]);
  });

  it('a request without a bearer token is refused before its body is read', async () => {
    h = await startTeams({ appId: '11111111-2222-3333-4444-555555555555' });
    // Headers only: the body is promised but never sent, so an answer means it was not waited for.
    const answer = await partialRequest(h.base, 1024 * 1024).answer;
    expect(answer).toEqual({ status: 401, body: 'a Bot Framework token is required' });
  });
});

/** Sends headers declaring a JSON body of `length` bytes and only its first chunk; `answer` resolves if one comes. */
function partialRequest(base: string, length: number): { answer: Promise<{ status: number; body: string }>; abort(): void } {
  let req: http.ClientRequest | undefined;
  const answer = new Promise<{ status: number; body: string }>((resolve, reject) => {
    req = http.request(`${base}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json', 'content-length': String(length) } }, (res) => {
      let body = '';
      res.on('data', (c: Buffer) => (body += c.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', (error) => (/ECONNRESET|EPIPE|socket hang up|aborted/.test(String(error)) ? undefined : reject(error)));
    req.write('{"type": "message", "text": "');
  });
  return { answer, abort: () => req?.destroy() };
}

describe('without an app id (TEAMS_ENABLED=true, local testing)', () => {
  it('refuses bodies over the limit, and non-JSON, without reading them into the app', async () => {
    h = await startTeams();
    const huge = JSON.stringify(activity('message-personal', h.connector, { text: 'x'.repeat(300 * 1024) }));
    expect((await h.post(huge)).status).toBe(413);
    const notJson = await h.post('{"type": "message", ');
    expect(notJson).toEqual({ status: 400, body: 'request body is not JSON' });
    expect((await h.post('[1,2]')).status).toBe(400);
    expect(await h.store.listPeople()).toEqual([]);
  });

  it('reads at most a set number of bodies at once; more are answered 503 with Retry-After', async () => {
    h = await startTeams({ maxPendingBodies: 2 });
    // Two bodies that never finish arriving hold both places.
    const stuck = [partialRequest(h.base, 100_000), partialRequest(h.base, 100_000)];
    await new Promise((resolve) => setTimeout(resolve, 100));
    const third = await h.post(activity('message-personal', h.connector, { text: 'help' }));
    expect(third).toEqual({ status: 503, body: 'too many requests at once; retry shortly' });
    for (const request of stuck) request.abort();
    await new Promise((resolve) => setTimeout(resolve, 100));
    // Their places are free again once they went away.
    expect((await h.say(ADA, 'help')).status).toBe(200);
  });

  it('answers malformed activities as such, never as a failed turn or a 500 (found by the fuzz)', async () => {
    const errors: string[] = [];
    h = await startTeams({ log: { info() {}, warn() {}, error: (_obj, msg) => void errors.push(msg ?? '') } });
    const noType = activity('installation-update-team', h.connector, { type: undefined, action: {} });
    expect(await h.post(noType)).toEqual({ status: 400, body: 'request body is not an activity: it has no type' });
    const senderNotString = activity('message-personal', h.connector, { from: { id: {}, name: '' }, conversation: {}, text: '' });
    expect((await h.post(senderNotString)).status).toBe(200);
    const invokeWithoutSender = activity('invoke-action-execute', h.connector, { from: {} });
    const answer = await h.post(invokeWithoutSender);
    expect(answer.status).toBe(400);
    expect(answer.body.value.message).toMatch(/^Malformed activity \(from\.id: /);
    expect(errors).toEqual([]);
    expect(h.connector.sent()).toEqual([]);
    expect(await h.store.listPeople()).toEqual([]);
  });

  it('a turn that fails tells the person a reference, and the HTTP answer carries no stack trace', async () => {
    h = await startTeams();
    await h.say(ADA, 'help');
    // The roster answers, but the store is gone: the turn throws inside the app.
    await h.store.close();
    const res = await h.say(ADA, 'me');
    expect(res.status).toBeLessThan(600);
    expect(JSON.stringify(res.body ?? '')).not.toMatch(/ at .*\.(js|ts):\d+|Error:/);
    const last = h.connector.sent().at(-1)!.activity as { text?: string };
    expect(last.text).toMatch(/^Something went wrong \(ref [0-9a-f]{8}\)/);
  });
});
