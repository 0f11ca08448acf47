/** The console end to end: a real child process, real stdin/stdout, a real SQLite file. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../../src/db/open-store.js';
import { answerTo } from '../support/console-transcript.js';
import { runShiplog } from '../support/run-shiplog.js';

let dir: string;
let env: Record<string, string>;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shiplog-e2e-'));
  env = { DATABASE_URL: `file:${path.join(dir, 'nested', 'shiplog.db')}`, SHIPLOG_CONSOLE_USER: 'Ada' };
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('console', () => {
  it('logs a win, confirms what it understood, and lists it with me, across processes', async () => {
    const log = 'log Fixed the flaky checkout test with Copilot, saved 2h https://github.com/acme/shop/pull/42';
    const first = await runShiplog(`help\n${log}\nme\n`, env);
    expect(first.code).toBe(0);
    expect(first.stderr).toBe('');
    expect(answerTo(first.stdout, 'help')).toContain('log <what AI helped you ship>');
    const confirmation = answerTo(first.stdout, log);
    expect(confirmation).toMatch(/Category:\s+bug-fix/);
    expect(confirmation).toMatch(/Time saved:\s+2 h/);
    expect(confirmation).toMatch(/Tools:\s+Copilot/);
    expect(confirmation).toMatch(/Artifacts:\s+acme\/shop#42 \(pull request\)/);
    expect(confirmation).toMatch(/Verified:\s+yes/);
    expect(answerTo(first.stdout, 'me')).toContain('#1');

    const second = await runShiplog('me\n', env);
    expect(answerTo(second.stdout, 'me')).toContain('Fixed the flaky checkout test with Copilot');
    expect(fs.existsSync(path.join(dir, 'nested', 'shiplog.db'))).toBe(true);
  });

  it('answers bad input with one-line errors, writes nothing and refuses non-admins', async () => {
    const lines = ['set min-group-size two', 'team add', 'lgo fixed a bug', 'set min-group-size 1', 'delete 99999', 'as Sam', 'set min-group-size 7'];
    const run = await runShiplog(`${lines.join('\n')}\n`, env);
    expect(run.code).toBe(0);
    const answers = Object.fromEntries(lines.map((l) => [l, answerTo(run.stdout, l)]));
    for (const line of lines.filter((l) => l !== 'as Sam')) {
      expect(answers[line]!.split('\n'), `${line} -> ${answers[line]}`).toHaveLength(1);
      expect(answers[line]).toMatch(/^✗ /);
    }
    expect(answers['set min-group-size two']).toContain('min-group-size must be a whole number');
    expect(answers['team add']).toContain('Usage: team add <team> @person');
    expect(answers['lgo fixed a bug']).toContain('Did you mean: log fixed a bug');
    expect(answers['set min-group-size 1']).toContain('between 3 and');
    expect(answers['delete 99999']).toContain('no win #99999');
    expect(answers['set min-group-size 7']).toContain('Only shiplog admins');

    const store = await openStore(env.DATABASE_URL!);
    try {
      expect(await store.getSettings('workspace')).toEqual({});
      // Only the refused admin command leaves a trace: who tried it, nothing changed.
      expect((await store.listAudit(10)).map((a) => `${a.action} ${a.target}`)).toEqual(['auth.refused run "set"']);
      expect((await store.listAdmins()).map((p) => p.displayName)).toEqual(['Ada']);
    } finally {
      await store.close();
    }
  });

  it('stops with one line naming a bad setting', async () => {
    const run = await runShiplog('', { ...env, PORT: 'abc' });
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe('shiplog: configuration error: PORT must be a number (got "abc").\n');
  });
});
