import { describe, expect, it } from 'vitest';
import { createUsageSources } from '../../src/ingest/sources.js';

describe('createUsageSources', () => {
  it('builds nothing when no provider is configured', () => {
    expect(createUsageSources({ openai: undefined, anthropic: undefined, github: undefined, cursor: undefined })).toEqual([]);
  });

  it('builds one source per configured provider, two for Anthropic', () => {
    const sources = createUsageSources({
      openai: { key: 'sk-admin-x', baseUrl: 'http://127.0.0.1:1' },
      anthropic: { key: 'sk-ant-admin-x', baseUrl: 'http://127.0.0.1:1' },
      github: { token: 'ghp_x', org: 'acme', baseUrl: 'http://127.0.0.1:1' },
      cursor: { key: 'key_x', baseUrl: 'http://127.0.0.1:1' },
    });
    expect(sources.map((s) => s.name)).toEqual(['openai', 'anthropic', 'claude-code', 'copilot', 'cursor']);
  });

  it('passes the injected fetch to the sources', async () => {
    const seen: string[] = [];
    const fetch: typeof globalThis.fetch = (input) => {
      seen.push(input instanceof Request ? input.url : input.toString());
      return Promise.resolve(new Response(JSON.stringify({ teamMembers: [] }), { status: 200 }));
    };
    const [cursor] = createUsageSources(
      { openai: undefined, anthropic: undefined, github: undefined, cursor: { key: 'key_x', baseUrl: 'http://127.0.0.1:9/proxy/' } },
      { fetch },
    );
    const iterator = cursor!.pull({ from: '2026-11-16', to: '2026-11-16' })[Symbol.asyncIterator]();
    await expect(iterator.next()).rejects.toMatchObject({ code: 'SOURCE.BAD_RESPONSE' });
    expect(seen).toEqual(['http://127.0.0.1:9/proxy/teams/members', 'http://127.0.0.1:9/proxy/teams/daily-usage-data']);
  });
});
