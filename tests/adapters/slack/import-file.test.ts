/* eslint-disable @typescript-eslint/no-explicit-any, @typescript-eslint/no-unsafe-return -- Slack payloads are JSON as sent on the wire; tests read them untyped on purpose. */
/** `import` with a CSV shared in the bot's DM: downloaded with the bot token, streamed, reported in the DM. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fixture } from '../../support/slack-requests.js';
import { startSlackHarness, type SlackHarness } from './slack-harness.js';

let s: SlackHarness;
beforeEach(async () => { s = await startSlackHarness(); });
afterEach(async () => { await s.close(); });

const CSV = [
  'date,email,tool,model,input_tokens,output_tokens,requests,cost_usd',
  '2026-11-23,ada@acme.test,Claude,sonnet,1000,100,4,0.50',
  '2026-11-24,ada@acme.test,Claude,sonnet,2000,200,6,1.00',
  '2026-11-24,sam@acme.test,Cursor,,500,50,2,0.25',
].join('\n');

/** A `file_share` message in the DM, as Slack sends it when a file is shared with text. */
function share(user: string, text: string, eventId: string, file: { name: string; url: string; mimetype?: string }): Record<string, any> {
  const envelope = fixture('message-im');
  envelope.event_id = eventId;
  envelope.event = {
    ...envelope.event, user, channel: `D${user.slice(1)}`, text, subtype: 'file_share', upload: false,
    files: [{
      id: 'F0USAGE', created: 1764000000, timestamp: 1764000000, name: file.name, title: file.name, mimetype: file.mimetype ?? 'text/csv',
      filetype: file.name.split('.').pop(), pretty_type: 'CSV', user, mode: 'hosted', editable: false, is_external: false, size: 1234,
      url_private: file.url, url_private_download: file.url,
    }],
  };
  return envelope;
}

async function replyTo(eventEnvelope: Record<string, any>): Promise<any> {
  const before = s.api.ok('chat.postMessage').length;
  expect((await s.event(eventEnvelope)).status).toBe(200);
  // A bound for a loaded machine (a 30,000-row import), not a timing assertion.
  await s.api.waitFor(() => s.api.ok('chat.postMessage').length > before, 18_000);
  return s.api.ok('chat.postMessage').at(-1)!.params;
}

describe('import with a CSV shared in the DM', () => {
  it('downloads the file with the bot token, imports it, and reports in the DM', async () => {
    const url = s.api.addFile('usage.csv', CSV);
    const reply = await replyTo(share('U0ADA', 'import', 'EvIMP1', { name: 'usage.csv', url }));
    expect(reply.channel).toBe('D0ADA');
    expect(reply.text).toBe('Imported usage from usage.csv (csv).');
    expect(JSON.stringify(reply.blocks)).toContain('Read 3 rows: 3 new, 0 updated, 0 unchanged, 0 rejected.');
    expect(s.api.calls.filter((c) => c.method === 'files.download').map((c) => c.params.authorization)).toEqual(['Bearer xoxb-test']);
    const ada = await s.person('U0ADA');
    expect(await s.h.store.usageTotalsForPerson(ada!.id, '2026-11-01', '2026-11-30')).toEqual({ inputTokens: 3000, outputTokens: 300, costMicros: 1_500_000, requests: 10 });
  });

  it('streams a large file through to the end', async () => {
    const rows = 30_000;
    const url = s.api.addFile('big.csv', (function* () {
      yield 'date,email,tool,model,input_tokens,output_tokens,requests,cost_usd\n';
      for (let i = 0; i < rows; i++) yield `2026-11-${String(1 + (i % 20)).padStart(2, '0')},p${Math.floor(i / 20)}@acme.test,Claude,sonnet,10,1,1,0.01\n`;
    })());
    const reply = await replyTo(share('U0ADA', 'import', 'EvIMP2', { name: 'big.csv', url }));
    expect(JSON.stringify(reply.blocks)).toContain('Read 30,000 rows: 30,000 new');
    expect((await s.h.store.listImportRuns(1))[0]).toMatchObject({ scope: 'big.csv', status: 'complete', inserted: rows });
  });

  it('refuses a non-admin without downloading the file', async () => {
    await replyTo(share('U0ADA', 'me', 'EvIMP3', { name: 'x.csv', url: s.api.addFile('x.csv', CSV) }));
    const url = s.api.addFile('usage.csv', CSV);
    const reply = await replyTo(share('U0SAM', 'import', 'EvIMP4', { name: 'usage.csv', url }));
    expect(reply.channel).toBe('D0SAM');
    expect(reply.text).toMatch(/admin/i);
    expect(s.api.calls.filter((c) => c.method === 'files.download')).toEqual([]);
    expect(await s.h.store.listImportRuns(5)).toEqual([]);
  });

  it('says clearly when the shared file is not a CSV', async () => {
    const url = s.api.addFile('report.pdf', '%PDF-1.7 ...', { contentType: 'application/pdf' });
    const reply = await replyTo(share('U0ADA', 'import', 'EvIMP5', { name: 'report.pdf', url, mimetype: 'application/pdf' }));
    expect(reply.text).toContain('report.pdf is not a CSV file.');
    expect(s.api.calls.filter((c) => c.method === 'files.download')).toEqual([]);
  });

  it('says the app needs files:read when Slack answers with its sign-in page', async () => {
    const url = s.api.addFile('usage.csv', CSV, { token: 'xoxb-another-app' });
    const reply = await replyTo(share('U0ADA', 'import', 'EvIMP6', { name: 'usage.csv', url }));
    expect(JSON.stringify(reply)).toContain('needs the files:read scope');
    expect((await s.h.store.listImportRuns(1))[0]).toMatchObject({ status: 'failed' });
  });

  it('asks for the file when `import` comes without one', async () => {
    const envelope = fixture('message-im');
    envelope.event.text = 'import';
    envelope.event_id = 'EvIMP7';
    const reply = await replyTo(envelope);
    expect(reply.text).toContain('Attach the usage CSV to the import command.');
  });
});
