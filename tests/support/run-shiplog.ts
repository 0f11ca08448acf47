/** Runs one of shiplog's entry points as a child process, the way npm's scripts do. */
import { spawn } from 'node:child_process';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '../..');
// Resolved to a URL so the child can run in any working directory (e.g. an .env-free temp dir).
const TSX = import.meta.resolve('tsx');

export interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  /** Written to stdin, which is then closed; no input at all when omitted. */
  input?: string;
  env: Record<string, string>;
  args?: string[];
  cwd?: string;
}

/** Runs `entry` (relative to the repository, e.g. `src/ingest-cli.ts`) under tsx. */
export function runEntry(entry: string, options: RunOptions): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', TSX, path.join(ROOT, entry), ...(options.args ?? [])], {
      cwd: options.cwd ?? ROOT,
      // Only what the test gives: no developer settings leak in.
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...options.env },
      stdio: [options.input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout?.on('data', (d: Buffer) => { stdout += d.toString(); });
    child.stderr?.on('data', (d: Buffer) => { stderr += d.toString(); });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    if (options.input !== undefined) child.stdin?.end(options.input);
  });
}

/** `npm start` with piped input. */
export function runShiplog(input: string, env: Record<string, string>, args: string[] = []): Promise<RunResult> {
  return runEntry('src/main.ts', { input, env, args });
}
