/** `npm start -- --demo` end to end: a real child process seeds, then previews the digest. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runShiplog } from '../support/run-shiplog.js';

let dir: string;
beforeAll(() => { dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shiplog-demo-')); });
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const env = (name: string): Record<string, string> => ({ DATABASE_URL: `file:${path.join(dir, name)}`, SHIPLOG_CONSOLE_USER: 'Ada' });

describe('--demo', () => {
  it('seeds an empty database and shows the lead a full digest with sparklines', async () => {
    const run = await runShiplog('digest preview\n', env('demo.db'), ['--demo']);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    expect(run.stdout).toMatch(/^Seeded the demo team Payments: 8 people, \d+ wins and setbacks over 8 weeks, \d+ usage records from 3 tools\. You are Priya, its lead\./);
    expect(run.stdout).toContain('shiplog console — you are Priya.');
    const preview = run.stdout.slice(run.stdout.indexOf('> digest preview'));
    for (const section of ['== Payments · AI wins, week', '== Highlights ==', '== By category ==', '== Trend, last 8 weeks ==', '== Usage context (team level) ==', '== Signals ==', '[1] Log a win']) {
      expect(preview).toContain(section);
    }
    expect(preview).toMatch(/\*\d+ wins? from \d+ of \d+ people this week/);
    expect(preview).toMatch(/^Wins {2}[▁▂▃▄▅▆▇█]{8} {2}\d+ this week · 4-week avg/m);
    expect(preview).toMatch(/^People with a win {2}[▁▂▃▄▅▆▇█]{8} /m);
    expect(preview).toContain('Usage data for 6 of 8 people.');
    expect(preview).toContain('shiplog never ranks people');
  }, 60_000);

  it('does not seed twice, and still starts as the lead', async () => {
    const run = await runShiplog('team list\n', env('demo.db'), ['--demo']);
    expect(run.stdout).toContain('Demo data is already in this database; you are Priya, lead of the demo team.');
    expect(run.stdout.match(/Payments/g)?.length).toBeGreaterThan(0);
    expect(run.stdout).not.toContain('Seeded');
  }, 60_000);

  it('leaves a database that is already in use alone, and says so', async () => {
    await runShiplog('help\n', env('used.db'));
    const run = await runShiplog('digest preview\n', env('used.db'), ['--demo']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('--demo seeds only an empty database, and this one already has people or teams; nothing was added.');
    expect(run.stdout).toContain('you are Ada.');
    expect(run.stdout).toContain("You don't lead a team, so name one: digest preview <team>.");
  }, 60_000);
});
