import { Readable } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { textOf } from '../../support/message-text.js';
import { generatedCsv, makeIngestHarness, type IngestHarness } from './harness.js';

let h: IngestHarness;
beforeEach(async () => { h = await makeIngestHarness(); });
afterEach(async () => { await h.close(); });

const ada = () => h.as('Ada');
const USAGE = 'date,email,tool,model,input_tokens,output_tokens,requests,cost_usd\n' +
  '2026-11-23,ada@example.com,Claude,sonnet,1000,200,10,1.50\n' +
  '2026-11-24,ADA+cli@example.com,Claude,sonnet,500,100,5,0.75\n' +
  '2026-11-24,ghost@example.com,Cursor,,70,7,1,0\n';

describe('import', () => {
  it('imports a CSV from a path in the console, matches people by email, and reports it', async () => {
    await h.app.handleCommand(ada(), 'help');
    const reply = await h.app.handleCommand(ada(), `import ${h.file('usage.csv', USAGE)}`);
    expect(reply.errorCode).toBeUndefined();
    expect(textOf(reply)).toContain('Read 3 rows: 3 new, 0 updated, 0 unchanged, 0 rejected.');
    expect(textOf(reply)).toContain('1 identity (e.g. csv:ghost@example.com) with 1 record matched nobody yet');
    const me = (await h.store.findPersonByPlatformId('console', 'ada'))!;
    expect(await h.store.usageTotalsForPerson(me.id, '2026-11-01', '2026-11-30')).toEqual({ inputTokens: 1500, outputTokens: 300, costMicros: 2_250_000, requests: 15 });
    expect((await h.store.listAudit(5)).map((a) => `${a.action} ${a.target}`)).toContain(`usage.import ${h.dir}/usage.csv`);
    expect((await h.store.listImportRuns(1))[0]).toMatchObject({ status: 'complete', read: 3, inserted: 3, rejected: 0, unmatched: 1 });
  });

  it('leaves the same totals when the same CSV is imported twice', async () => {
    await h.app.handleCommand(ada(), 'help');
    const file = h.file('usage.csv', USAGE);
    await h.app.handleCommand(ada(), `import ${file}`);
    const me = (await h.store.findPersonByPlatformId('console', 'ada'))!;
    const first = await h.store.usageTotalsForPerson(me.id, '2026-11-01', '2026-11-30');
    const again = await h.app.handleCommand(ada(), `import ${file}`);
    expect(textOf(again)).toContain('Read 3 rows: 0 new, 0 updated, 3 unchanged, 0 rejected.');
    expect(await h.store.usageTotalsForPerson(me.id, '2026-11-01', '2026-11-30')).toEqual(first);
    expect((await h.store.listUnmappedIdentities()).map((u) => u.records)).toEqual([1]);
  });

  it('imports 99,997 of 100,000 rows and reports the 3 malformed ones with their lines', async () => {
    await h.app.handleCommand(ada(), 'help');
    const corrupt = new Map([
      [10, '2026-01-01,p10@example.com,Claude,sonnet,-4,2,1,0.01'],
      [50_000, '2026-02-30,p0@example.com,Claude,sonnet,10,2,1,0.01'],
      [99_998, '2026-03-01,p1@example.com,Claude,sonnet,10'],
    ]);
    const reply = await h.app.handleCommand(ada(), `import ${h.file('big.csv', generatedCsv(100_000, 1000, corrupt))}`);
    const text = textOf(reply);
    expect(text).toContain('Read 100,000 rows: 99,997 new, 0 updated, 0 unchanged, 3 rejected.');
    expect(text).toContain('line 12: input_tokens "-4" is negative');
    expect(text).toContain('line 50002: date "2026-02-30" is not a valid date (expected YYYY-MM-DD)');
    expect(text).toContain('line 100000: the row has 5 fields but the header has 8');
    const [run] = await h.store.listImportRuns(1);
    expect(run).toMatchObject({ status: 'complete', read: 100_000, inserted: 99_997, rejected: 3 });
    expect((await h.store.listRejectedRows(String(run!.id))).map((r) => r.location)).toEqual(['line 12', 'line 50002', 'line 100000']);
  }, 120_000);

  it('reads an attached stream on any platform', async () => {
    const slackAda = h.as('Ada', { platform: 'slack', platformUserId: 'U1' });
    await h.app.handleCommand(slackAda, 'help');
    const content = Readable.from([Buffer.from(USAGE.slice(0, 40)), Buffer.from(USAGE.slice(40))]);
    const reply = await h.app.handleCommand(slackAda, 'import', { attachment: { name: 'november.csv', content } });
    expect(reply.summary).toBe('Imported usage from november.csv (csv).');
  });

  it('refuses a server path from chat, and asks for a file when none is given', async () => {
    const slackAda = h.as('Ada', { platform: 'slack', platformUserId: 'U1' });
    await h.app.handleCommand(slackAda, 'help');
    expect((await h.app.handleCommand(slackAda, `import ${h.file('usage.csv', USAGE)}`)).errorCode).toBe('IMPORT.PATH_NOT_ALLOWED');
    expect((await h.app.handleCommand(slackAda, 'import')).errorCode).toBe('IMPORT.NO_FILE');
    expect(await h.store.listImportRuns(5)).toEqual([]);
  });

  it.each([
    ['missing.csv', null, 'did not finish: missing.csv was not found; check the path.'],
    ['semi.csv', 'date;email;tool;input_tokens;output_tokens\n', 'its columns are separated by ";"'],
    ['empty.csv', '', 'empty.csv is empty: a usage CSV starts with a header row'],
  ])('ends a bad file (%s) in one clear sentence and a failed run', async (name, content, says) => {
    await h.app.handleCommand(ada(), 'help');
    const path = content === null ? `${h.dir}/${name}` : h.file(name, content);
    const reply = await h.app.handleCommand(ada(), `import ${path}`);
    expect(reply.errorCode).toBe('SOURCE.BAD_INPUT');
    expect(reply.summary).toContain(says);
    expect((await h.store.listImportRuns(1))[0]).toMatchObject({ status: 'failed' });
  });

  it('reports a header-only file as complete with no rows', async () => {
    await h.app.handleCommand(ada(), 'help');
    const reply = await h.app.handleCommand(ada(), `import ${h.file('head.csv', 'date,email,tool,input_tokens,output_tokens\n')}`);
    expect(reply.errorCode).toBeUndefined();
    expect(textOf(reply)).toContain('There were no usage rows to import.');
  });

  it('refuses import to someone who is not an admin, storing nothing', async () => {
    await h.app.handleCommand(ada(), 'help');
    const reply = await h.app.handleCommand(h.as('Sam'), `import ${h.file('usage.csv', USAGE)}`);
    expect(reply.errorCode).toBe('AUTH.FORBIDDEN');
    expect(await h.store.listImportRuns(5)).toEqual([]);
    expect(await h.store.listUnmappedIdentities()).toEqual([]);
  });
});
