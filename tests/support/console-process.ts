/** A long-running `npm start` console process driven line by line over stdin. */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '../..');
const TSX = import.meta.resolve('tsx');

export interface ConsoleProcess {
  /** Sends lines and resolves with what they printed, once all of them were answered. */
  run(lines: string[]): Promise<string>;
  /** Everything printed so far. */
  readonly stdout: string;
  readonly stderr: string;
  kill(signal: NodeJS.Signals): Promise<number | null>;
  /** Ends stdin and waits for the exit code. */
  end(): Promise<number | null>;
}

let serial = 0;

/** Starts `src/main.ts` in console mode with `env` (plus PATH and HOME). */
export function startConsole(env: Record<string, string>): ConsoleProcess {
  const child: ChildProcess = spawn(process.execPath, ['--import', TSX, path.join(ROOT, 'src/main.ts')], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  const waiters: (() => void)[] = [];
  child.stdout?.on('data', (d: Buffer) => {
    stdout += d.toString();
    for (const w of waiters.splice(0)) w();
  });
  child.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
  const until = (text: string): Promise<void> =>
    new Promise((resolve, reject) => {
      const check = () => {
        if (stdout.includes(text)) resolve();
        else if (child.exitCode !== null) reject(new Error(`shiplog exited (${child.exitCode}) before printing ${JSON.stringify(text)}:\n${stdout}\n${stderr}`));
        else waiters.push(check);
      };
      check();
      void exited.then(() => setTimeout(check, 50));
    });
  return {
    async run(lines) {
      // Lines are answered in order, so once the echo of a marker after them appears, they are done.
      const marker = `marker-${++serial}`;
      const from = stdout.length;
      child.stdin?.write(`${[...lines, marker].join('\n')}\n`);
      await until(`> ${marker}\n`);
      return stdout.slice(from, stdout.indexOf(`> ${marker}\n`, from));
    },
    get stdout() {
      return stdout;
    },
    get stderr() {
      return stderr;
    },
    kill: (signal) => {
      child.kill(signal);
      return exited;
    },
    end: () => {
      child.stdin?.end();
      return exited;
    },
  };
}
