/* eslint-disable @typescript-eslint/no-unsafe-argument, @typescript-eslint/no-unsafe-call, @typescript-eslint/no-unsafe-return -- Slack payloads are JSON as sent on the wire; tests read them untyped on purpose. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createSlackChat } from '../../../adapters/slack/slack-chat.js';
import type { Block, Message, Span } from '../../../src/index.js';
import { limitViolations } from './block-kit-limits.js';
import { blocksText } from './block-text.js';
import { startSlackHarness, type SlackHarness } from './slack-harness.js';

let s: SlackHarness;
beforeEach(async () => { s = await startSlackHarness(); });
afterEach(async () => { await s.close(); });

const chat = () => createSlackChat({ botToken: 'xoxb-test', apiUrl: s.api.apiUrl, perChannelGapMs: 0, globalGapMs: 0 });

/** A digest as large as a busy team could make it: 30 highlights, one 10,000-character win. */
function hugeDigest(): Message {
  const highlight = (i: number): Span[] => [
    { type: 'mention', personId: i, name: `Person ${i}`, platformUserId: `U${String(i).padStart(4, '0')}` },
    { type: 'text', text: ` shipped ${'a meaningful improvement '.repeat(12)}#${i}` },
    { type: 'link', url: `https://github.com/acme/shop/pull/${i}`, label: `acme/shop#${i}` },
  ];
  const blocks: Block[] = [
    { type: 'header', text: `Team core: ${'wins and setbacks, '.repeat(12)}` },
    { type: 'text', spans: [{ type: 'text', text: '120 wins from 30 of 31 people this week, about 310 h saved, 90 verified.' }] },
    { type: 'list', items: Array.from({ length: 30 }, (_, i) => highlight(i + 1)) },
    { type: 'text', spans: [{ type: 'text', text: 'x'.repeat(10_000) }] },
    { type: 'fields', fields: Array.from({ length: 14 }, (_, i) => ({ label: `category ${i}`, value: String(i) })) },
    ...Array.from({ length: 40 }, (_, i): Block => ({ type: 'trend', label: `Series ${i}`, values: [1, 2, 3, 4, 5, 6, 7, 8], note: 'flat' })),
    { type: 'small', spans: [{ type: 'text', text: 'shiplog never ranks people.' }] },
    { type: 'actions', actions: [{ id: 'log-win', label: 'Log a win', value: '' }] },
  ];
  return { summary: '120 wins from 30 of 31 people', blocks, private: false };
}

describe('outbound messages (ChatPlatform)', () => {
  it('sends a huge digest within every Block Kit limit, with mentions and a visible "…and N more"', async () => {
    await chat().send({ kind: 'channel', platform: 'slack', channel: 'C0CORE' }, hugeDigest());
    const [sent] = s.api.ok('chat.postMessage');
    expect(sent!.params.channel).toBe('C0CORE');
    expect(limitViolations(sent!.params)).toEqual([]);
    const text = blocksText(sent!.params.blocks);
    expect(text).toContain('<@U0001> shipped');
    expect(text).toContain('<@U0030> shipped');
    expect(text).toMatch(/…and \d+ more blocks not shown/);
    expect(sent!.params.blocks.at(-1).type).toBe('actions');
  });

  it('DMs a person by their Slack user id', async () => {
    await chat().send({ kind: 'person', platform: 'slack', personId: 1, platformUserId: 'U0ADA' }, { summary: 'Check-in', blocks: [], private: true });
    expect(s.api.ok('chat.postMessage')[0]!.params).toMatchObject({ channel: 'U0ADA', text: 'Check-in' });
  });

  it('waits out a 429 with Retry-After: 2 and sends the message once, without stalling interactive replies', async () => {
    s.api.rateLimit('chat.postMessage', 2);
    const sending = chat().send({ kind: 'channel', platform: 'slack', channel: 'C0CORE' }, { summary: 'Digest', blocks: [], private: false });
    await s.api.waitFor((calls) => calls.some((c) => c.method === 'chat.postMessage' && c.status === 429));
    // While the bulk client waits, a person's command is still answered at once.
    await s.command('help');
    await s.api.waitFor((calls) => calls.some((c) => c.method === 'response_url'));
    expect(s.api.ok('chat.postMessage')).toHaveLength(0);
    await sending;
    const attempts = s.api.calls.filter((c) => c.method === 'chat.postMessage');
    expect(attempts.map((c) => c.status)).toEqual([429, 200]);
    // NOTE: a protocol requirement (Retry-After), not a performance figure.
    expect(attempts[1]!.at - attempts[0]!.at).toBeGreaterThanOrEqual(2000);
  });

  it('reports a failed send (e.g. channel_not_found) to the caller', async () => {
    s.api.failNext('chat.postMessage', 'channel_not_found');
    await expect(chat().send({ kind: 'channel', platform: 'slack', channel: 'CGONE' }, { summary: 'x', blocks: [], private: false })).rejects.toThrow(/Slack cannot find <#CGONE> for shiplog/);
  });
});

describe('pacing', () => {
  it('keeps posts to one channel at least a second apart, as Slack\'s chat.postMessage limit asks', async () => {
    const paced = createSlackChat({ botToken: 'xoxb-test', apiUrl: s.api.apiUrl });
    const note = (n: number): Message => ({ summary: `check-in ${n}`, blocks: [], private: true });
    await Promise.all([1, 2, 3].map((n) => paced.send({ kind: 'person', platform: 'slack', personId: n, platformUserId: 'U0ADA' }, note(n))));
    const posts = s.api.ok('chat.postMessage');
    expect(posts.map((p) => p.params.text)).toEqual(['check-in 1', 'check-in 2', 'check-in 3']);
    // NOTE: Slack's documented limit (1 message per second per channel), not a performance figure.
    for (let i = 1; i < posts.length; i++) expect(posts[i]!.at - posts[i - 1]!.at).toBeGreaterThanOrEqual(990);
  });
});
