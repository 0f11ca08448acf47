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

async function session(lines: string[]): Promise<{ answer: (line: string) => string; stdout: string }> {
  const run = await runShiplog(`${lines.join('\n')}\n`, env);
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  return { answer: (line) => answerTo(run.stdout, line), stdout: run.stdout };
}

// Each test starts shiplog as a child process (tsx compiles on start): slow on a loaded machine.
describe('console: the first week', { timeout: 60_000 }, () => {
  it('teaches: command families, the console\'s own commands in help and banner, time saved', async () => {
    const { answer, stdout } = await session(['help', 'help team', 'help team holiday add', 'help tick', 'log Fixed the export with Claude, saved 1,5h']);
    expect(stdout.split('\n')[0]).toBe('shiplog console — you are Ada. Type help, or: as <name>, press <n>, tick <when>, quit.');
    expect(answer('help')).toContain('`tick <YYYY-MM-DDTHH:MM> [zone]`');
    expect(answer('help')).toContain('`press <n>`');
    expect(answer('help team')).toContain('team channel <team> #channel');
    expect(answer('help team')).toContain('team add Payments @ada @grace');
    expect(answer('help team holiday add')).toContain('team holiday add Payments 2026-12-25');
    expect(answer('help tick')).toContain('tick 2026-12-03T15:00 Europe/Berlin');
    expect(answer('log Fixed the export with Claude, saved 1,5h')).toMatch(/Time saved:\s+1\.5 h/);
  });

  it('is a DM: a free-text reply to a check-in is logged; a command closes a form', async () => {
    const { answer, stdout } = await session([
      'tick 2026-11-30T09:00 Europe/Berlin', 'set timezone Europe/Berlin', 'as Sam', 'as Ada', 'team create Atlas', 'team add Atlas @Sam',
      'tick 2026-12-03T15:00 Europe/Berlin', 'as Sam', 'Fixed the flaky export test with Claude, saved 1h', 'me',
      'log Wrote the runbook with Claude', 'press 1', 'lots', 'me',
    ]);
    expect(stdout).toContain('Category (optional): me\n(Form closed: "me" is a command. Nothing was submitted.)\n== Your wins ==');
    expect(answer('tick 2026-12-03T15:00 Europe/Berlin')).toContain('→ DM to Sam:\n  *What did AI help you ship this week?*');
    const logged = answer('Fixed the flaky export test with Claude, saved 1h');
    expect(logged).toContain('*Logged win #1:* Fixed the flaky export test with Claude, saved 1h');
    expect(logged).toMatch(/Time saved:\s+1 h/);
    expect(answer('me')).toContain('#1* Fixed the flaky export test');
    expect(answer('press 1')).toContain('Edit win #2');
  });

  it('press in a form picks a numbered choice and never an older button; presses are per person', async () => {
    const { stdout } = await session([
      'as Sam', 'as Ada', 'team create core', 'team add core @ada @sam', 'tick 2026-12-03T15:00Z',
      'log Fixed the login bug with Claude, saved 45 min', 'press 1', '', '', '', 'press 2', 'press 1', 'press 9', 'cancel',
      'as Sam', 'press 5', 'Automated the deploy with Claude, saved 1h', 'as Ada', 'me',
    ]);
    // The banner's Ada exists from the start, so she, not Sam who spoke first, is the admin.
    expect(stdout).toContain('> as Ada\nYou are now Ada.\n> team create core\nCreated team core.');
    expect(stdout).toContain('Who can see it (optional): press 2\n*Updated #1:* Fixed the login bug with Claude, saved 45 min');
    expect(stdout).toMatch(/Visible to: only you/);
    expect(stdout).toContain('In a form, press picks a numbered choice of the field being asked');
    // Sam's buttons are his check-in's (three), not Ada's; a press that fails leaves his check-in waiting for the reply.
    expect(stdout).toContain('> press 5\nThere is no button 5; the last message to Sam with buttons had buttons 1–3.');
    expect(stdout).not.toMatch(/Undid #1/);
    expect(stdout).toContain('*Logged win #2:* Automated the deploy with Claude, saved 1h');
    expect(stdout).toMatch(/#1\* Fixed the login bug with Claude, saved 45 min .*private/);
  });

  it('sets zones and schedules, and says when things really arrive', async () => {
    const { answer } = await session([
      'tick 2026-11-30T09:00 Europe/Berlin', 'timezone Asia/Kolkata', 'team create core', 'team set core timezone Europe/Berlin',
      'team set core digest-time 17:30', 'checkin thu 21:30', 'set work-days sun-thu',
    ]);
    expect(answer('timezone Asia/Kolkata')).toContain('Your time zone is now Asia/Kolkata (your choice).');
    expect(answer('team set core digest-time 17:30')).toContain('The next digest goes out Fri 2026-12-04 17:30 Europe/Berlin.');
    expect(answer('checkin thu 21:30')).toContain('The next one arrives Thu 2026-12-03 08:00 Asia/Kolkata. 21:30 is in quiet hours');
    expect(answer('set work-days sun-thu')).toMatch(/^work-days is now mon,tue,wed,thu,sun/);
  });
});
