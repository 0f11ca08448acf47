/**
 * Fuzzing every parser that takes outside input: each input gets an answer or a clear
 * rejection, and nothing escapes as an exception. Seeded and bounded in `npm test`;
 * `FUZZ_RUNS=20000 FUZZ_SEED=<n> npx vitest run tests/fuzz` runs longer or elsewhere.
 */
import { Readable } from 'node:stream';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { judgePayload } from '../../adapters/slack/payload-shape.js';
import { parseTick } from '../../adapters/console/tick-command.js';
import { UsageSourceError } from '../../src/app/ports/index.js';
import { parseCommand } from '../../src/core/grammar/parse-command.js';
import { redactSecrets } from '../../src/core/redact.js';
import { parseWinText } from '../../src/core/win-text/parse-win-text.js';
import { csvSource } from '../../src/ingest/csv-source.js';

const RUNS = Number(process.env.FUZZ_RUNS ?? 150);
const SEED = Number(process.env.FUZZ_SEED ?? 20261127);
const settings = { numRuns: RUNS, seed: SEED };

const text = fc.oneof(fc.string({ unit: 'binary', maxLength: 400 }), fc.string({ unit: 'grapheme', maxLength: 200 }));

describe('fuzz', () => {
  it('the command grammar answers every line with a command or a coded error', () => {
    fc.assert(fc.property(text, (line) => {
      const parsed = parseCommand(line);
      if (!parsed.ok) expect(parsed.error.code).toMatch(/^[A-Z]+\.[A-Z_]+$/);
    }), settings);
  });

  it('win-text parsing never throws and keeps minutes sane', () => {
    fc.assert(fc.property(text, (line) => {
      const facts = parseWinText(line);
      if (facts.minutes !== null && facts.minutes !== undefined) expect(facts.minutes).toBeGreaterThanOrEqual(0);
    }), settings);
  });

  it('console tick takes a moment or says why not', () => {
    fc.assert(fc.property(fc.oneof(text, fc.date({ noInvalidDate: true }).map((d) => d.toISOString().slice(0, 16))), (line) => {
      const parsed = parseTick(line);
      if (parsed.ok) expect(parsed.at.getUTCFullYear()).toBeGreaterThanOrEqual(1969);
      else expect(parsed.message).toContain('Type tick');
    }), settings);
  });

  it('the Slack payload judge passes, acknowledges or rejects any JSON without throwing', () => {
    const payloads = fc.oneof(
      fc.json().map((j) => JSON.parse(j) as unknown),
      fc.record({ type: fc.constantFrom('block_actions', 'view_submission', 'event_callback', 'message_action', 'view_closed'), user: fc.anything(), actions: fc.anything(), view: fc.anything(), event: fc.anything() }, { requiredKeys: ['type'] }),
    );
    fc.assert(fc.property(payloads, (body) => {
      expect(['pass', 'ack', 'reject']).toContain(judgePayload(body).kind);
    }), settings);
  });

  it('usage CSVs and ChatGPT exports of any text read to an end: records and located rejections, or one sentence', async () => {
    const header = fc.constantFrom(
      'date,email,tool,input_tokens,output_tokens\n', 'date,email,tool,model,input_tokens,output_tokens,requests,cost_usd\n', '',
      // The ChatGPT Enterprise user-engagement export.
      'period_start,period_end,email,public_id,name,messages,gpt_messages,tool_messages,project_messages\n', 'Period Start,Period End,Public ID,Messages\n',
    );
    const cell = fc.oneof(fc.constantFrom('2026-11-01', '2026-11-30', 'a@x.org', 'user-abc', 'Claude', '12', '-3', '1.5', '"', '""', '"a,b"', '\n', '\r\n', ','), fc.string({ maxLength: 12 }));
    const body = fc.array(cell, { maxLength: 60 }).map((cells) => cells.join(''));
    await fc.assert(fc.asyncProperty(header, body, async (head, rest) => {
      const source = csvSource({ kind: 'stream', name: 'fuzz.csv', stream: Readable.from([Buffer.from(head + rest)]) }, { today: () => '2026-11-25', pageSize: 7 });
      try {
        for await (const page of source.pull({ from: '2026-11-25', to: '2026-11-25' })) {
          for (const r of page.rejected) expect(r.location).toMatch(/^lines? \d+(-\d+)?$/);
        }
      } catch (error) {
        expect(error).toBeInstanceOf(UsageSourceError);
      }
    }), { ...settings, numRuns: Math.ceil(RUNS / 2) });
  });

  it('redaction never leaves a configured secret in the text', () => {
    const secret = fc.string({ minLength: 6, maxLength: 40 }).filter((s) => !s.includes('[redacted]'));
    fc.assert(fc.property(text, secret, text, (before, s, after) => {
      expect(redactSecrets(`${before}${s}${after}`, [s])).not.toContain(s);
    }), settings);
  });
});
