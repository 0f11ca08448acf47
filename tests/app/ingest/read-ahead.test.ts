/** readAhead: the next page is asked for while the caller works on the current one; failures and early stops reach the source. */
import { describe, expect, it } from 'vitest';
import { readAhead } from '../../../src/app/ingest/read-ahead.js';

/** A source of `n` pages that logs when each is asked for, and whether it was closed. */
function pages(n: number, failAt: number | null = null) {
  const log: string[] = [];
  async function* gen() {
    try {
      for (let i = 1; i <= n; i++) {
        log.push(`read ${i}`);
        await Promise.resolve();
        if (i === failAt) throw new Error(`page ${i} is damaged`);
        yield i;
      }
    } finally {
      log.push('closed');
    }
  }
  return { log, source: gen() };
}

describe('readAhead', () => {
  it('hands over every page in order, asking for the next before the current one is handled', async () => {
    const { log, source } = pages(3);
    const seen: number[] = [];
    for await (const page of readAhead(source)) {
      await new Promise((resolve) => setTimeout(resolve, 5));
      log.push(`stored ${page}`);
      seen.push(page);
    }
    expect(seen).toEqual([1, 2, 3]);
    expect(log).toEqual(['read 1', 'read 2', 'stored 1', 'read 3', 'stored 2', 'closed', 'stored 3']);
  });

  it('raises a page that failed while the one before was handled, at its turn', async () => {
    const { log, source } = pages(3, 2);
    const seen: number[] = [];
    await expect((async () => {
      for await (const page of readAhead(source)) {
        await new Promise((resolve) => setTimeout(resolve, 5));
        seen.push(page);
      }
    })()).rejects.toThrow('page 2 is damaged');
    expect(seen).toEqual([1]);
    expect(log).toContain('closed');
  });

  it('closes the source when the caller stops early', async () => {
    const { log, source } = pages(5);
    for await (const page of readAhead(source)) if (page === 2) break;
    expect(log.at(-1)).toBe('closed');
    expect(log).not.toContain('read 4');
  });
});
