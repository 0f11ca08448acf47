/* eslint-disable @typescript-eslint/no-explicit-any, @typescript-eslint/no-unsafe-call, @typescript-eslint/no-unsafe-return -- Slack payloads are JSON as sent on the wire; tests read them untyped on purpose. */
/** `/shiplog export me`: the files go to the person's DM through Slack's external upload, nowhere else. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startSlackHarness, type SlackHarness } from './slack-harness.js';

let s: SlackHarness;
beforeEach(async () => { s = await startSlackHarness(); });
afterEach(async () => { await s.close(); });

describe('export me in Slack', () => {
  it('answers privately and uploads the JSON and CSV to the DM', async () => {
    await s.command('log Shipped the importer with Copilot, saved 1h', { user_id: 'U0SAM' });
    await s.api.waitFor((calls) => calls.some((c) => c.method === 'response_url'));
    await s.command('export me', { user_id: 'U0SAM' });
    await s.api.waitFor(() => s.api.ok('files.completeUploadExternal').length === 1);

    const answer = s.api.calls.filter((c) => c.method === 'response_url')[1]!.params;
    expect(answer.response_type).toBe('ephemeral');
    expect(answer.text).toMatch(/^Your shiplog data: 1 win or setback,/);
    expect(s.api.ok('conversations.open')[0]!.params.users).toBe('U0SAM');
    const uploads = s.api.ok('files.upload');
    expect(uploads).toHaveLength(2);
    const json = JSON.parse(uploads.find((u) => u.params.content.startsWith('{'))!.params.content as string);
    expect(json.tables.wins.map((w: any) => w.text)).toEqual(['Shipped the importer with Copilot, saved 1h']);
    expect(json.tables.people[0].platform_user_id).toBe('U0SAM');
    const complete = s.api.ok('files.completeUploadExternal')[0]!.params;
    expect(complete.channel_id).toBe('DU0SAM');
    const titles = (typeof complete.files === 'string' ? JSON.parse(complete.files) : complete.files).map((f: any) => f.title);
    expect(titles.sort()).toEqual([expect.stringMatching(/^shiplog-export-[a-z]+-\d+-\d{4}-\d{2}-\d{2}-\d{6}\.json$/), expect.stringMatching(/^shiplog-wins-[a-z]+-\d+-\d{4}-\d{2}-\d{2}-\d{6}\.csv$/)]);
    expect(s.api.ok('chat.postMessage')).toEqual([]);
  });
});
