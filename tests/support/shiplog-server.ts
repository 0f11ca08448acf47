/** `src/main.ts` as a server child process (as `npm start` runs it), on a free port, for end-to-end tests. */
import { spawn, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '../..');

/** A port nobody listens on right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === 'object' && address !== null ? address.port : 0));
    });
  });
}

export interface ShiplogProcess {
  child: ChildProcess;
  exited: Promise<number | null>;
  stdout: () => string;
  stderr: () => string;
}

/** Starts shiplog with only the given environment (plus PATH and HOME). */
export function spawnShiplog(env: Record<string, string>): ShiplogProcess {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'src/main.ts')], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  let stdout = '';
  child.stderr.on('data', (d: Buffer) => { stderr += d.toString(); });
  child.stdout.on('data', (d: Buffer) => { stdout += d.toString(); });
  return { child, exited: new Promise((resolve) => child.on('close', resolve)), stderr: () => stderr, stdout: () => stdout };
}

/** Resolves once `GET /healthz` answers 200; fails when the process exits first. */
export async function healthy(base: string, shiplog: Pick<ShiplogProcess, 'child' | 'stderr'>): Promise<void> {
  for (let i = 0; i < 1200; i++) {
    if (shiplog.child.exitCode !== null) throw new Error(`shiplog exited early (${shiplog.child.exitCode}): ${shiplog.stderr()}`);
    if (await fetch(`${base}/healthz`).then((r) => r.ok, () => false)) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`shiplog never became healthy: ${shiplog.stderr()}`);
}
