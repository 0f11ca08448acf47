/** `export me` in the console writes the files and prints where. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createConsoleSession } from '../../../adapters/console/console-session.js';
import { makeHarness, type Harness } from '../../support/app-harness.js';
import { seedOrg } from '../../support/seeded-org.js';

let h: Harness;
let dir: string;
beforeEach(async () => { h = await makeHarness(); await seedOrg(h); dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shiplog-export-')); });
afterEach(async () => { await h.close(); fs.rmSync(dir, { recursive: true, force: true }); });

describe('export me in the console', () => {
  it('writes the JSON and the CSV for the person only, and prints their paths', async () => {
    const said: string[] = [];
    const session = createConsoleSession(h.app, { userName: 'Sam', say: (t) => said.push(t), filesDir: path.join(dir, 'exports') });
    await session.handleLine('export me');
    const sam = (await h.store.listPeople()).find((p) => p.displayName === 'Sam')!.id;
    const json = path.join(dir, 'exports', `shiplog-export-sam-${sam}-2026-11-25-100000.json`);
    const csv = path.join(dir, 'exports', `shiplog-wins-sam-${sam}-2026-11-25-100000.csv`);
    expect(said.slice(-2)).toEqual([`Wrote ${json}`, `Wrote ${csv}`]);
    expect(said[0]).toMatch(/^Your shiplog data: 3 wins and setbacks, 3 usage records/);
    expect((fs.statSync(json).mode & 0o777).toString(8)).toBe('600');
    const doc = JSON.parse(fs.readFileSync(json, 'utf8')) as { tables: { people: { display_name: string }[] } };
    expect(doc.tables.people.map((p) => p.display_name)).toEqual(['Sam']);
    expect(fs.readFileSync(csv, 'utf8')).toContain('My private experiment with Cursor');
  });

  it('never overwrites: two people, and one person twice, each get their own files', async () => {
    const said: string[] = [];
    const as = (userName: string) => createConsoleSession(h.app, { userName, say: (t) => said.push(t), filesDir: path.join(dir, 'exports') });
    await as('Ada').handleLine('export me');
    await as('Sam').handleLine('export me');
    await as('Sam').handleLine('export me');
    await as('Ada').handleLine('export wins');
    await as('Ada').handleLine('export wins core --from 2026-11-01');
    const written = said.filter((line) => line.startsWith('Wrote ')).map((line) => line.slice('Wrote '.length));
    expect(written).toHaveLength(8);
    expect(new Set(written).size).toBe(8);
    expect(fs.readdirSync(path.join(dir, 'exports'))).toHaveLength(8);
    const adaJson = JSON.parse(fs.readFileSync(written[0]!, 'utf8')) as { tables: { people: { display_name: string }[] } };
    expect(adaJson.tables.people.map((p) => p.display_name)).toEqual(['Ada']);
    expect(written[4]).toMatch(/-2\.json$/);
    expect(path.basename(written[7]!)).toMatch(/^shiplog-team-wins-core-from-2026-11-01-ada-\d+-2026-11-25-100000\.csv$/);
  });
});
