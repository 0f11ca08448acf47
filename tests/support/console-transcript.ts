/** Reading a piped console session's output. */
import { expect } from 'vitest';

/** The reply printed after an echoed `> line`, up to the next echo. */
export function answerTo(stdout: string, line: string): string {
  const start = stdout.indexOf(`> ${line}\n`);
  expect(start, `no echo of "${line}" in:\n${stdout}`).toBeGreaterThanOrEqual(0);
  const rest = stdout.slice(start + line.length + 3);
  const next = rest.search(/^> /m);
  return (next === -1 ? rest : rest.slice(0, next)).trim();
}
