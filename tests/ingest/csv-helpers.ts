/** Reads a CSV (text or bytes) through the real source and collects what it yields. */
import { Readable } from 'node:stream';
import { csvSource } from '../../src/ingest/csv-source.js';
import { UsageSourceError, type UsageBatch } from '../../src/app/ports/index.js';
import type { UsageRecord } from '../../src/core/types.js';

export const TODAY = '2026-11-25';

export interface Collected {
  records: UsageRecord[];
  rejected: UsageBatch['rejected'];
  pages: number;
  error: UsageSourceError | null;
}

export async function readCsvText(content: string | Uint8Array, pageSize?: number): Promise<Collected> {
  const stream = Readable.from([typeof content === 'string' ? Buffer.from(content) : content]);
  const source = csvSource({ kind: 'stream', name: 'usage.csv', stream }, { today: () => TODAY, ...(pageSize !== undefined && { pageSize }) });
  const out: Collected = { records: [], rejected: [], pages: 0, error: null };
  try {
    for await (const page of source.pull({ from: TODAY, to: TODAY })) {
      out.pages++;
      out.records.push(...page.records);
      out.rejected.push(...page.rejected);
    }
  } catch (error) {
    if (!(error instanceof UsageSourceError)) throw error;
    out.error = error;
  }
  return out;
}

export const HEADER = 'date,email,tool,input_tokens,output_tokens';
