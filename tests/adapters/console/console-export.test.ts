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
    const json = path.join(dir, 'exports', 'shiplog-export-2026-11-25.json');
    const csv = path.join(dir, 'exports', 'shiplog-wins-2026-11-25.csv');
    expect(said.slice(-2)).toEqual([`Wrote ${json}`, `Wrote ${csv}`]);
    expect(said[0]).toMatch(/^Your shiplog data: 3 wins and setbacks, 3 usage records/);
    expect((fs.statSync(json).mode & 0o777).toString(8)).toBe('600');
    const doc = JSON.parse(fs.readFileSync(json, 'utf8')) as { tables: { people: { display_name: string }[] } };
    expect(doc.tables.people.map((p) => p.display_name)).toEqual(['Sam']);
    expect(fs.readFileSync(csv, 'utf8')).toContain('My private experiment with Cursor');
  });
});
