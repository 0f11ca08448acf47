/**
 * The two usage CSV dialects, told apart by their header: shiplog's generic CSV
 * (PRODUCT.md "Usage ingestion") and the ChatGPT Enterprise user-engagement export.
 */
import type { UsageRecord } from '../core/types.js';
import { looksLikeEmail } from '../core/usage/email.js';
import { chatgptDialect, isChatgptHeader } from './chatgpt-engagement.js';
import { headerKey, isReason, parseCount, parseDay, parseText, parseUsd, shown, type CsvDialect, type DayLimits } from './csv-values.js';

export type { CsvDialect, DayLimits } from './csv-values.js';

/** Columns the generic CSV must name; `model`, `requests` and `cost_usd` are optional. */
export const REQUIRED = ['date', 'email', 'tool', 'input_tokens', 'output_tokens'] as const;

/** Picks the dialect for a header row, or says in one sentence why the header is unusable. */
export function detectDialect(header: string[], limits: DayLimits): CsvDialect | { reason: string } {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what marks a binary file
  if (/[\x00-\x08\x0e-\x1f\ufffd]/.test(header.join(''))) return { reason: 'it holds binary data, not text (a spreadsheet such as .xlsx, or a compressed file?); export it as CSV' };
  const keys = header.map(headerKey);
  const twice = keys.find((k, i) => k !== '' && keys.indexOf(k) !== i);
  if (twice !== undefined) return { reason: `the header names the column "${twice}" twice` };
  if (isChatgptHeader(keys)) return chatgptDialect(keys, limits);
  const missing = REQUIRED.filter((c) => !keys.includes(c));
  if (missing.length === 0) return genericDialect(keys, limits);
  const delimiter = header.length === 1 ? [';', '\t', '|'].find((d) => header[0]!.includes(d)) : undefined;
  if (delimiter !== undefined) {
    return { reason: `its columns are separated by ${delimiter === '\t' ? 'tabs' : `"${delimiter}"`}; shiplog reads comma-separated files (save it as CSV with commas)` };
  }
  return { reason: `the header row lacks ${missing.join(', ')} (it needs ${REQUIRED.join(', ')}; found ${shown(header.join(','))})` };
}

interface GenericColumns {
  date: number;
  email: number;
  tool: number;
  input: number;
  output: number;
  model: number;
  requests: number;
  cost: number;
}

function genericDialect(keys: string[], limits: DayLimits): CsvDialect {
  const at = (name: string): number => keys.indexOf(name);
  const cols: GenericColumns = {
    date: at('date'), email: at('email'), tool: at('tool'), input: at('input_tokens'), output: at('output_tokens'),
    model: at('model'), requests: at('requests'), cost: at('cost_usd'),
  };
  return { source: 'csv', width: keys.length, read: (fields) => readGeneric(fields, cols, limits) };
}

/** One generic row; the first unusable cell names the reason. Hot path: no allocation beyond the record. */
function readGeneric(f: string[], c: GenericColumns, limits: DayLimits): UsageRecord | string {
  const day = parseDay('date', f[c.date]!, limits.latest);
  if (isReason(day)) return day.reason;
  const email = parseText('email', f[c.email]!, true);
  if (isReason(email)) return email.reason;
  if (!looksLikeEmail(email)) return `email ${shown(email)} is not an email address`;
  const tool = parseText('tool', f[c.tool]!, true);
  if (isReason(tool)) return tool.reason;
  const model = c.model < 0 ? '' : parseText('model', f[c.model]!, false);
  if (isReason(model)) return model.reason;
  const inputTokens = parseCount('input_tokens', f[c.input]!);
  if (isReason(inputTokens)) return inputTokens.reason;
  const outputTokens = parseCount('output_tokens', f[c.output]!);
  if (isReason(outputTokens)) return outputTokens.reason;
  const requests = c.requests < 0 ? 0 : parseCount('requests', f[c.requests]!, 0);
  if (isReason(requests)) return requests.reason;
  const costMicros = c.cost < 0 ? 0 : parseUsd('cost_usd', f[c.cost]!);
  if (isReason(costMicros)) return costMicros.reason;
  return {
    source: 'csv', identity: email.toLowerCase(), personId: null, day, tool, model,
    inputTokens, outputTokens, cachedTokens: 0, requests, costMicros, activity: {},
  };
}
