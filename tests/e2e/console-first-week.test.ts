/**
 * The first week in the console, end to end: a real child process on a fresh SQLite file,
 * one piped session per concern.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { answerTo } from '../support/console-transcript.js';
import { runShiplog } from '../support/run-shiplog.js';

let dir: string;
let env: Record<string, string>;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shiplog-week-'));
  env = { DATABASE_URL: `file:${path.join(dir, 'shiplog.db')}`, SHIPLOG_CONSOLE_USER: 'Ada' };
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

async function session(lines: string[]): Promise<(line: string) => string> {
  const run = await runShiplog(`${lines.join('\n')}\n`, env);
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  return (line) => answerTo(run.stdout, line);
}

describe('console: the first week', () => {
  it('teaches: command families, the console\'s own commands in help and banner, time saved', async () => {
    const run = await runShiplog('help\nhelp team\nhelp team holiday add\nhelp tick\nlog Fixed the export with Claude, saved 1,5h\n', env);
    expect(run.stdout.split('\n')[0]).toBe('shiplog console — you are Ada. Type help, or: as <name>, press <n>, tick <when>, quit.');
    const answer = (line: string) => answerTo(run.stdout, line);
    expect(answer('help')).toContain('`tick <YYYY-MM-DDTHH:MM> [zone]`');
    expect(answer('help')).toContain('`press <n>`');
    expect(answer('help team')).toContain('team channel <team> #channel');
    expect(answer('help team')).toContain('team add Payments @ada @grace');
    expect(answer('help team holiday add')).toContain('team holiday add Payments 2026-12-25');
    expect(answer('help tick')).toContain('tick 2026-12-03T15:00 Europe/Berlin');
    expect(answer('log Fixed the export with Claude, saved 1,5h')).toMatch(/Time saved:\s+1\.5 h/);
    expect(session).toBeDefined();
  });
});
