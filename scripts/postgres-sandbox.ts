/**
 * A throwaway PostgreSQL server for tests and benchmarks: installs the Debian packages when
 * the server binaries are missing, initdb's a cluster in a temp dir as a non-root user,
 * starts it on 127.0.0.1 at a free port and removes it all on stop. Throws, loudly, when it
 * cannot: a run that needs PostgreSQL must fail rather than skip.
 *
 * `npx tsx scripts/postgres-sandbox.ts` starts one by hand and prints its URL.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

export interface PostgresSandbox {
  /** A URL for `database` on this server, with the test password. */
  url(database?: string): string;
  stop(): void;
}

const USER = 'shiplog';
const PASSWORD = 'shiplog-sandbox';
/** Who runs the server when we are root: initdb and postgres refuse to run as root. */
const SERVER_OS_USER = 'postgres';

function run(command: string, args: string[], asUser: string | null): string {
  const [cmd, argv] = asUser === null ? [command, args] : ['runuser', ['-u', asUser, '--', command, ...args]];
  const result = spawnSync(cmd, argv, { encoding: 'utf8' });
  if (result.status !== 0) {
    throw new Error(`PostgreSQL sandbox: \`${[command, ...args].join(' ')}\` failed (${result.error?.message ?? `exit ${result.status}`}):\n${result.stdout}${result.stderr}`);
  }
  return result.stdout;
}

/** The newest installed server's bin directory, or null. */
function findBinDir(): string | null {
  const root = '/usr/lib/postgresql';
  const versions = fs.existsSync(root) ? fs.readdirSync(root).filter((v) => fs.existsSync(path.join(root, v, 'bin', 'initdb'))) : [];
  const newest = versions.sort((a, b) => Number(b) - Number(a))[0];
  if (newest !== undefined) return path.join(root, newest, 'bin');
  const onPath = spawnSync('sh', ['-c', 'command -v initdb'], { encoding: 'utf8' }).stdout.trim();
  return onPath === '' ? null : path.dirname(fs.realpathSync(onPath));
}

function ensureInstalled(): string {
  const found = findBinDir();
  if (found !== null) return found;
  if (process.getuid?.() !== 0) throw new Error('PostgreSQL sandbox: the server is not installed and only root can install it (apt-get install postgresql).');
  process.stderr.write('PostgreSQL sandbox: installing postgresql from the Debian packages…\n');
  run('apt-get', ['update'], null);
  execFileSync('apt-get', ['install', '-y', '--no-install-recommends', 'postgresql'], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  const installed = findBinDir();
  if (installed === null) throw new Error('PostgreSQL sandbox: postgresql was installed but no initdb was found under /usr/lib/postgresql.');
  return installed;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** Starts a fresh server; call `stop()` when done (tests: in the global teardown). */
export async function startPostgresSandbox(): Promise<PostgresSandbox> {
  const bin = ensureInstalled();
  const asUser = process.getuid?.() === 0 ? SERVER_OS_USER : null;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shiplog-pg-'));
  const data = path.join(dir, 'data');
  const pwfile = path.join(dir, 'pw');
  fs.writeFileSync(pwfile, `${PASSWORD}\n`);
  if (asUser !== null) {
    const uid = Number(run('id', ['-u', asUser], null));
    const gid = Number(run('id', ['-g', asUser], null));
    for (const p of [dir, pwfile]) fs.chownSync(p, uid, gid);
  }
  const stop = () => {
    if (fs.existsSync(path.join(data, 'postmaster.pid'))) spawnSync(...runner(asUser, path.join(bin, 'pg_ctl'), ['-D', data, '-m', 'immediate', '-w', 'stop']));
    fs.rmSync(dir, { recursive: true, force: true });
  };
  try {
    run(path.join(bin, 'initdb'), ['-D', data, '-U', USER, `--pwfile=${pwfile}`, '--auth-local=trust', '--auth-host=scram-sha-256', '-E', 'UTF8', '--no-sync'], asUser);
    const port = await freePort();
    // Durability is pointless for a throwaway cluster; without fsync the tests run faster.
    const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200`;
    run(path.join(bin, 'pg_ctl'), ['-D', data, '-o', options, '-l', path.join(dir, 'server.log'), '-w', '-t', '60', 'start'], asUser);
    const url = (database = 'postgres') => `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`;
    return { url, stop };
  } catch (error) {
    const log = path.join(dir, 'server.log');
    const tail = fs.existsSync(log) ? `\nserver log:\n${fs.readFileSync(log, 'utf8').slice(-2000)}` : '';
    stop();
    throw new Error(`${error instanceof Error ? error.message : String(error)}${tail}`);
  }
}

const runner = (asUser: string | null, command: string, args: string[]): [string, string[]] =>
  asUser === null ? [command, args] : ['runuser', ['-u', asUser, '--', command, ...args]];

if (import.meta.url === `file://${process.argv[1] ?? ''}`) {
  const sandbox = await startPostgresSandbox();
  process.stdout.write(`${sandbox.url('postgres')}\nPress Ctrl-C to stop and remove it.\n`);
  const stop = () => {
    sandbox.stop();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  setInterval(() => undefined, 1 << 30);
}
