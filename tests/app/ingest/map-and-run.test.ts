import { Readable } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { UsageSourceError, type DayRange, type UsageBatch, type UsageSource } from '../../../src/app/ports/index.js';
import type { UsageRecord } from '../../../src/core/types.js';
import { textOf } from '../../support/message-text.js';
import { makeIngestHarness, type IngestHarness } from './harness.js';

let h: IngestHarness;
afterEach(async () => { await h.close(); });

const record = (identity: string, day: string, requests: number): UsageRecord => ({
  source: 'fake', identity, personId: null, day, tool: 'Fake', model: 'm1', inputTokens: 100, outputTokens: 10, cachedTokens: 0, requests, costMicros: 0, activity: {},
});

/** A provider that serves fixed pages, remembering the ranges it was asked for; `failAfter` pages then a key error. */
function fakeSource(pages: UsageBatch[], failAfter?: number): UsageSource & { ranges: DayRange[] } {
  const ranges: DayRange[] = [];
  return {
    name: 'fake',
    ranges,
    pull(range) {
      ranges.push(range);
      return Readable.from((function* () {
        for (const [i, page] of pages.entries()) {
          if (i === failAfter) throw new UsageSourceError('SOURCE.AUTH', 'The fake admin key was refused (401); check FAKE_ADMIN_KEY.');
          yield structuredClone(page);
        }
      })());
    },
  };
}

const people = async () => {
  await h.app.handleCommand(h.as('Ada'), 'help');
  await h.app.handleCommand(h.as('Bob'), 'help');
  return { ada: (await h.store.findPersonByPlatformId('console', 'ada'))!, bob: (await h.store.findPersonByPlatformId('console', 'bob'))! };
};

describe('ingest run', () => {
  it('says how to configure a source when none is', async () => {
    h = await makeIngestHarness();
    await people();
    const reply = await h.app.handleCommand(h.as('Ada'), 'ingest run');
    expect(reply.errorCode).toBe('INGEST.NO_SOURCES');
    expect(reply.summary).toContain('Set OPENAI_ADMIN_KEY, ANTHROPIC_ADMIN_KEY, GITHUB_TOKEN with GITHUB_ORG, or CURSOR_ADMIN_KEY');
  });

  it('pulls the last 7 days, resolves identities through the source emails, and never double counts overlapping runs', async () => {
    const source = fakeSource([
      { records: [record('u-1', '2026-11-20', 3), record('u-2', '2026-11-21', 4)], rejected: [], identityEmails: { 'u-1': 'Ada+openai@example.com' } },
      { records: [record('u-1', '2026-11-21', 5), record('bob@example.com', '2026-11-22', 6)], rejected: [{ location: 'page 2, item 3', reason: 'tokens missing', raw: '{}' }] },
    ]);
    h = await makeIngestHarness([source]);
    const { ada, bob } = await people();
    const reply = await h.app.handleCommand(h.as('Ada'), 'ingest run fake');
    expect(source.ranges).toEqual([{ from: '2026-11-19', to: '2026-11-25' }]);
    expect(textOf(reply)).toContain('Read 5 rows: 4 new, 0 updated, 0 unchanged, 1 rejected.');
    expect(textOf(reply)).toContain('page 2, item 3: tokens missing');
    await h.app.handleCommand(h.as('Ada'), 'ingest run');
    expect((await h.store.usageTotalsForPerson(ada.id, '2026-11-01', '2026-11-30')).requests).toBe(8);
    expect((await h.store.usageTotalsForPerson(bob.id, '2026-11-01', '2026-11-30')).requests).toBe(6);
    expect((await h.store.listUnmappedIdentities()).map((u) => `${u.source}:${u.identity}`)).toEqual(['fake:u-2']);
    expect((await h.app.handleCommand(h.as('Ada'), 'ingest run nope')).errorCode).toBe('INGEST.UNKNOWN_SOURCE');
  });

  it('turns a source error into one sentence and a failed run, keeping what came before', async () => {
    h = await makeIngestHarness([fakeSource([{ records: [record('bob@example.com', '2026-11-20', 2)], rejected: [] }, { records: [], rejected: [] }], 1)]);
    await people();
    const reply = await h.app.handleCommand(h.as('Ada'), 'ingest run');
    expect(reply.errorCode).toBe('SOURCE.AUTH');
    expect(reply.summary).toBe('Usage import from 2026-11-19 to 2026-11-25 (fake) did not finish: The fake admin key was refused (401); check FAKE_ADMIN_KEY. What was stored before it stopped is kept, and running it again will not count anything twice.');
    expect((await h.store.listImportRuns(1))[0]).toMatchObject({ status: 'failed', inserted: 1, error: 'SOURCE.AUTH: The fake admin key was refused (401); check FAKE_ADMIN_KEY.' });
    expect((await h.store.listAudit(1))[0]).toMatchObject({ action: 'usage.ingest', target: 'fake' });
  });
});

describe('map and unmapped', () => {
  it('lists unmatched identities with how many records each has, never their volume; a mapping attaches earlier and later records', async () => {
    const source = fakeSource([{ records: [record('octocat', '2026-11-20', 3), record('octocat', '2026-11-21', 4), record('zed', '2026-11-21', 1)], rejected: [] }]);
    h = await makeIngestHarness([source]);
    const { bob } = await people();
    await h.app.handleCommand(h.as('Ada'), 'ingest run');
    const unmapped = textOf(await h.app.handleCommand(h.as('Ada'), 'unmapped'));
    expect(unmapped).toContain('2 identities are not matched to anyone.');
    expect(unmapped).toContain('fake:octocat · 2 records, last 2026-11-21');
    // An unmatched identity is one person's usage: an admin sees that it exists, never how much.
    expect(unmapped).not.toMatch(/tokens|requests|\$|220|\b7\b/);
    expect(unmapped.indexOf('fake:octocat')).toBeLessThan(unmapped.indexOf('fake:zed'));

    const reply = await h.app.handleCommand(h.as('Ada'), 'map fake:octocat @bob');
    expect(reply.summary).toBe('Mapped fake:octocat to Bob: their usage from it so far and from every later import counts as theirs.');
    expect((await h.store.usageTotalsForPerson(bob.id, '2026-11-01', '2026-11-30')).requests).toBe(7);
    expect((await h.store.listAudit(1))[0]).toMatchObject({ action: 'usage.map', target: 'fake:octocat', detail: '', subjectId: bob.id });
    await h.app.handleCommand(h.as('Ada'), 'ingest run');
    expect((await h.store.usageTotalsForPerson(bob.id, '2026-11-01', '2026-11-30')).requests).toBe(7);
    expect(textOf(await h.app.handleCommand(h.as('Ada'), 'unmapped'))).not.toContain('octocat');
  });

  it('lets an admin mapping win over an email match', async () => {
    h = await makeIngestHarness([fakeSource([{ records: [record('ada@example.com', '2026-11-20', 3)], rejected: [] }])]);
    const { ada, bob } = await people();
    await h.app.handleCommand(h.as('Ada'), 'map fake:ADA@example.com @bob');
    await h.app.handleCommand(h.as('Ada'), 'ingest run');
    expect((await h.store.usageTotalsForPerson(bob.id, '2026-11-01', '2026-11-30')).requests).toBe(3);
    expect((await h.store.usageTotalsForPerson(ada.id, '2026-11-01', '2026-11-30')).requests).toBe(0);
  });

  it('says when everything is matched, and refuses map, unmapped and ingest run to non-admins', async () => {
    h = await makeIngestHarness([fakeSource([])]);
    await people();
    expect((await h.app.handleCommand(h.as('Ada'), 'unmapped')).summary).toBe('Every identity in the usage data is matched to a person.');
    for (const line of ['map fake:x @ada', 'unmapped', 'ingest run']) {
      expect((await h.app.handleCommand(h.as('Bob'), line)).errorCode).toBe('AUTH.FORBIDDEN');
    }
    expect((await h.store.listAudit(10)).map((a) => a.action)).toEqual(['auth.refused', 'auth.refused', 'auth.refused']);
    expect(await h.store.listImportRuns(5)).toEqual([]);
  });

  it('fails plainly when the person is unknown', async () => {
    h = await makeIngestHarness();
    await people();
    expect((await h.app.handleCommand(h.as('Ada'), 'map fake:x @nobody')).errorCode).toBe('PERSON.NOT_FOUND');
    expect(await h.store.listAudit(10)).toEqual([]);
  });
});
