/** Watching a week happen in the console: `tick` moves the clock and what falls due is printed. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DateTime } from 'luxon';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { answerTo as after } from '../support/console-transcript.js';
import { runShiplog } from '../support/run-shiplog.js';

let dir: string;
beforeAll(() => { dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shiplog-tick-')); });
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

it('prints the check-in to Sam, takes the Nothing this week button, then posts the digest and no reminder', async () => {
  // Next week's Thursday and Friday in Berlin, whatever today is: the people are created today.
  const monday = DateTime.now().setZone('Europe/Berlin').startOf('week').plus({ weeks: 1 });
  const thursday = monday.plus({ days: 3 }).toFormat("yyyy-MM-dd'T'15:00");
  const friday = monday.plus({ days: 4 }).toFormat("yyyy-MM-dd'T'16:00");
  const lines = [
    'set timezone Europe/Berlin', 'as Sam', 'as Ada', 'team create Atlas', 'team add Atlas @Sam', 'team channel Atlas #atlas',
    `tick ${thursday} Europe/Berlin`, 'as Sam', 'press 2', `tick ${friday} Europe/Berlin`, 'tick soon',
  ];
  const run = await runShiplog(`${lines.join('\n')}\n`, { DATABASE_URL: `file:${path.join(dir, 'tick.db')}`, SHIPLOG_CONSOLE_USER: 'Ada' });
  expect(run.code).toBe(0);
  expect(run.stderr).toBe('');
  const thursdayOut = after(run.stdout, `tick ${thursday} Europe/Berlin`);
  expect(thursdayOut).toContain('→ DM to Sam:\n  *What did AI help you ship this week?*');
  expect(thursdayOut).toContain('[1] Log a win  [2] Nothing this week  [3] Snooze to next week');
  expect(thursdayOut).toContain(`The clock is now Thu ${thursday.replace('T', ' ')} Europe/Berlin`);
  expect(after(run.stdout, 'press 2')).toContain('Thanks for saying so.');
  const fridayOut = after(run.stdout, `tick ${friday} Europe/Berlin`);
  expect(fridayOut).toContain('→ #atlas:');
  expect(fridayOut).not.toContain('A gentle reminder');
  expect(after(run.stdout, 'tick soon')).toContain('"soon" is not a date and time.');
}, 60_000);
