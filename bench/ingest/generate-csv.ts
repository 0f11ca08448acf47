/**
 * Writes a generic usage CSV of N rows with unique (date, email, tool, model) keys, streamed.
 * An optional third argument moves the first day that many days past 1 Jan 2025, so files
 * written with different offsets hold different keys (new rows for the same database).
 */
import fs from 'node:fs';
import { once } from 'node:events';

const [rows = '1000000', file = 'usage.csv', firstDay = '0'] = process.argv.slice(2);
const total = Number(rows);
const PEOPLE = 5000;
const tools: [string, string][] = [['Claude', 'claude-sonnet-4'], ['ChatGPT', 'gpt-4o'], ['Cursor', 'cursor-small']];
const out = fs.createWriteStream(file);
const start = Date.UTC(2025, 0, 1) + Number(firstDay) * 86_400_000;
let chunk = 'date,email,tool,model,input_tokens,output_tokens,requests,cost_usd\n';
for (let i = 0; i < total; i++) {
  const person = i % PEOPLE;
  const day = new Date(start + Math.floor(i / PEOPLE) * 86_400_000).toISOString().slice(0, 10);
  const [tool, model] = tools[(i + Math.floor(i / PEOPLE)) % 3]!;
  chunk += `${day},person${person}@example.com,${tool},${model}-${Math.floor(i / (PEOPLE * 3)) % 50},${(i * 7919) % 90000},${(i * 104729) % 20000},${i % 60},${((i % 5000) / 1000).toFixed(3)}\n`;
  if (chunk.length > 1 << 20) {
    if (!out.write(chunk)) await once(out, 'drain');
    chunk = '';
  }
}
out.end(chunk);
await once(out, 'finish');
