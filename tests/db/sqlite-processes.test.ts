/** Several shiplog processes on one SQLite file: start-up migration and delivery claims. */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { afterEach, expect, it } from 'vitest';
import { openSqliteStore } from '../../src/db/sqlite/open-sqlite.js';
import { tempDir, type TempDir } from './temp-db.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const WORKER = path.join(import.meta.dirname, 'fixtures/claim-worker.ts');
const PROCESSES = 3;
const KEYS = 50;

let tmp: TempDir;
const children: ChildProcessWithoutNullStreams[] = [];
afterEach(() => {
  for (const child of children.splice(0)) if (child.exitCode === null) child.kill();
  tmp.remove();
});

/** Starts a worker; `next()` resolves with its next stdout line, or its stderr if it died. */
function startWorker(file: string) {
  const child = spawn(process.execPath, ['--import', 'tsx', WORKER, file, String(KEYS)], { cwd: ROOT });
  children.push(child);
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const lines = createInterface({ input: child.stdout })[Symbol.asyncIterator]();
  const next = async (): Promise<string> => {
    const line = await lines.next();
    return line.done ? `worker ended: ${stderr}` : line.value;
  };
  return { child, next };
}

it('lets processes start together on a fresh file and hands each claim to exactly one', async () => {
  tmp = tempDir();
  const workers = Array.from({ length: PROCESSES }, () => startWorker(tmp.file()));
  for (const w of workers) expect(await w.next()).toBe('ready');
  for (const w of workers) w.child.stdin.write('go\n');
  const won = (await Promise.all(workers.map((w) => w.next()))).flatMap((line) => JSON.parse(line) as string[]);

  expect(won.sort()).toEqual(Array.from({ length: KEYS }, (_, i) => `team:${i}`).sort());
  const store = await openSqliteStore(tmp.file());
  expect((await store.listDeliveries('digest', 'team:7', 5)).map((d) => d.attempts)).toEqual([1]);
  await store.close();
}, 60_000);
