/**
 * Two shiplog processes on one PostgreSQL, started at the same moment on an empty database:
 * both migrate, every due digest and check-in goes out once between them, `digest send`
 * typed into both at once sends once, and what was stored survives SIGKILL and a restart.
 */
import { DateTime } from 'luxon';
import { afterEach, expect, it } from 'vitest';
import { startConsole, type ConsoleProcess } from '../support/console-process.js';
import { tempDatabase, type TempDatabase } from '../support/postgres-db.js';

let db: TempDatabase;
let running: ConsoleProcess[] = [];
afterEach(async () => {
  await Promise.all(running.map((p) => p.kill('SIGKILL')));
  running = [];
  await db.drop();
});

const count = (text: string, part: string): number => text.split(part).length - 1;

it('two instances on one PostgreSQL send each delivery once, and the data survives SIGKILL', async () => {
  db = await tempDatabase();
  const env = { DATABASE_URL: db.url, SHIPLOG_CONSOLE_USER: 'Ada' };
  const [a, b] = [startConsole(env), startConsole(env)];
  running = [a, b];
  // Next week, whatever today is: the schedule is computed from the ticked clock.
  const monday = DateTime.now().setZone('Europe/Berlin').startOf('week').plus({ weeks: 1 });
  const at = (days: number, time: string) => `${monday.plus({ days }).toFormat('yyyy-MM-dd')}T${time} Europe/Berlin`;

  // Both start on the empty database and answer at once; Ada arrives in both together.
  const started = await Promise.all([a.run([`tick ${at(0, '00:00')}`]), b.run([`tick ${at(0, '00:00')}`])]);
  for (const out of started) expect(out).toContain('The clock is now');

  const setup = await a.run(['set timezone Europe/Berlin', 'as Sam', 'as Ada', 'team create Atlas', 'team add Atlas @Sam', 'team channel Atlas #atlas']);
  expect(setup).toContain('Created team Atlas');

  let printed = '';
  for (const moment of [at(3, '15:00'), at(3, '15:30'), at(4, '16:00'), at(4, '16:30'), at(5, '10:00')]) {
    const outs = await Promise.all([a.run([`tick ${moment}`]), b.run([`tick ${moment}`])]);
    printed += outs.join('\n');
  }
  expect(count(printed, '→ #atlas:')).toBe(1);
  expect(count(printed, '→ DM to Sam:')).toBeGreaterThanOrEqual(1);
  expect(count(printed, 'What did AI help you ship this week?')).toBe(1);

  // The week after, before its digest is due: an admin at each instance sends it at once.
  const tuesday = monday.plus({ weeks: 1, days: 1 }).toFormat("yyyy-MM-dd'T'10:00");
  await Promise.all([a.run([`tick ${tuesday} Europe/Berlin`]), b.run([`tick ${tuesday} Europe/Berlin`])]);
  const sends = await Promise.all([a.run(['digest send Atlas']), b.run(['digest send Atlas'])]);
  expect(count(sends.join('\n'), '→ #atlas:')).toBe(1);
  expect(count(sends.join('\n'), 'went out already')).toBe(1);

  await a.run(['as Sam', 'log Shipped the retry queue with Claude, saved 2h']);
  expect(await a.kill('SIGKILL')).toBeNull();
  const c = startConsole(env);
  running = [b, c];
  const mine = await c.run(['as Sam', 'me']);
  expect(mine).toContain('Shipped the retry queue with Claude');
  expect(`${a.stderr}${b.stderr}${c.stderr}`).toBe('');
}, 120_000);
