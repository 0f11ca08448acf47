/**
 * Every console transcript in README.md is real: each is replayed by piping its input into
 * `npm start` on a fresh database and must print exactly what the README shows. Other
 * sections may change freely; a console session only needs its `<!-- replay: … -->` marker
 * (see tests/support/readme-transcripts.ts).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readTranscripts } from '../support/readme-transcripts.js';
import { runShiplog } from '../support/run-shiplog.js';

const README = fs.readFileSync(path.resolve(import.meta.dirname, '../../README.md'), 'utf8');
const { transcripts, unmarked } = readTranscripts(README);

let dir: string;
beforeAll(() => { dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shiplog-readme-')); });
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('README console transcripts', () => {
  it('marks every console session for replay', () => {
    const where = unmarked.map((u) => `line ${u.line} (${u.firstLine})`).join('; ');
    expect(unmarked, `console sessions without a <!-- replay: … npm start … --> marker: ${where}`).toEqual([]);
    expect(transcripts.length).toBeGreaterThan(0);
  });

  it.each(transcripts.map((t) => [t.line, t] as const))('replays the transcript at README line %i exactly', async (line, t) => {
    const run = await runShiplog(t.input, { ...t.env, DATABASE_URL: `file:${path.join(dir, `readme-${line}.db`)}` }, t.args);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(t.expected);
  }, 60_000);
});
