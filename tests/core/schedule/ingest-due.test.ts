import { describe, expect, it } from 'vitest';
import { ingestDueAt, ingestDueItems, ingestRange } from '../../../src/core/schedule/ingest-due.js';

describe('the daily usage pull schedule', () => {
  it.each([
    ['2026-11-25T01:59:59Z', []],
    ['2026-11-25T02:00:00Z', ['source:openai 2026-11-25', 'source:cursor 2026-11-25']],
    ['2026-11-25T23:59:00Z', ['source:openai 2026-11-25', 'source:cursor 2026-11-25']],
    ['2026-11-26T00:00:00Z', []],
  ])('at %s the due pulls are %j', (now, keys) => {
    expect(ingestDueItems(['openai', 'cursor'], new Date(now)).map((i) => `${i.target} ${i.period}`)).toEqual(keys);
  });

  it('is due at 02:00 UTC and reads the three days before, across a month and a year', () => {
    expect(ingestDueAt('2026-12-01').toISOString()).toBe('2026-12-01T02:00:00.000Z');
    expect(ingestRange('2026-12-01')).toEqual({ from: '2026-11-28', to: '2026-11-30' });
    expect(ingestRange('2027-01-02')).toEqual({ from: '2026-12-30', to: '2027-01-01' });
    expect(ingestDueItems(['copilot'], new Date('2026-03-01T05:00:00Z'))[0]).toMatchObject({
      kind: 'ingest', source: 'copilot', due: new Date('2026-03-01T02:00:00Z'), range: { from: '2026-02-26', to: '2026-02-28' },
    });
  });
});
