import { describe, expect, it } from 'vitest';
import { centsToMicros, daysOf, dayFromTimestamp, usdToMicros } from '../../src/ingest/normalise.js';
import { retryAfterMs } from '../../src/ingest/http-client.js';

describe('money conversion', () => {
  it.each([
    [0.06, 60_000],
    [0.07, 70_000],
    ['2.25', 2_250_000],
    [10.1425634, 10_142_563],
    [0.0000005, 1],
    [0.1 + 0.2, 300_000],
    ['-1.5', -1_500_000],
    [1e-7, 0],
    [123456789.123456, 123_456_789_123_456],
  ])('USD %s is %i micros', (usd, micros) => {
    expect(usdToMicros(usd)).toBe(micros);
  });

  it.each([
    ['123.78912', 1_237_891],
    ['123.45', 1_234_500],
    [1025, 10_250_000],
    [0.5, 5_000],
    ['0.00005', 1],
  ])('%s cents is %i micros', (cents, micros) => {
    expect(centsToMicros(cents)).toBe(micros);
  });
});

describe('days', () => {
  it('reads timestamps and bare days as UTC days', () => {
    expect(dayFromTimestamp('2025-09-01T00:00:00Z')).toBe('2025-09-01');
    expect(dayFromTimestamp('2025-09-01T23:30:00-02:00')).toBe('2025-09-02');
    expect(dayFromTimestamp('2025-09-01')).toBe('2025-09-01');
    expect(dayFromTimestamp('yesterday')).toBeNull();
  });

  it('lists every day of a range across a month end', () => {
    expect(daysOf({ from: '2026-02-27', to: '2026-03-02' })).toEqual(['2026-02-27', '2026-02-28', '2026-03-01', '2026-03-02']);
  });
});

describe('Retry-After', () => {
  it('reads seconds and HTTP dates', () => {
    expect(retryAfterMs('1')).toBe(1000);
    expect(retryAfterMs('Wed, 25 Nov 2026 12:00:30 GMT', Date.parse('2026-11-25T12:00:00Z'))).toBe(30_000);
    expect(retryAfterMs(null)).toBeUndefined();
    expect(retryAfterMs('soon')).toBeUndefined();
  });
});
