/**
 * WAL checkpoints on a worker thread, for the long-running server. SQLite copies the WAL back
 * into the database inside whichever commit finds it past 1,000 pages; on the server that is
 * a request's write, and after an import's chunks that copy froze every request of the
 * process (bench/slack during 1,000,000-row imports: ack p99 249 ms, 74 ms without it). The
 * server's connection leaves checkpoints to this thread, whose own connection runs a PASSIVE
 * one (never waits for a reader or a writer) every quarter second. Should the thread die, the
 * connection checkpoints for itself again.
 */
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import type Database from 'better-sqlite3';

/** SQLite's default: checkpoint when a commit leaves the WAL past this many pages. */
const AUTOCHECKPOINT_PAGES = 1000;
const EVERY_MS = 250;

// CommonJS evaluated in the worker: no tsx, no app code, only the driver.
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.file, { fileMustExist: true });
db.pragma('busy_timeout = 0');
const checkpoint = () => { try { db.pragma('wal_checkpoint(PASSIVE)'); } catch { /* busy or locked: the next round */ } };
const timer = setInterval(checkpoint, workerData.everyMs);
parentPort.once('message', () => { clearInterval(timer); checkpoint(); db.close(); process.exit(0); });
parentPort.postMessage('ready');
`;

/** The running checkpoint thread of one connection. */
export interface Checkpointer {
  /** Runs a last checkpoint, closes the thread's connection and ends the thread. */
  stop(): Promise<void>;
}

/** Moves `sqlite`'s checkpoints (a WAL database at `file`) to a worker thread; resolves once it runs. */
export async function startCheckpointer(sqlite: Database.Database, file: string, everyMs = EVERY_MS): Promise<Checkpointer> {
  const driver = createRequire(import.meta.url).resolve('better-sqlite3');
  const worker = new Worker(WORKER_SOURCE, { eval: true, execArgv: [], workerData: { driver, file, everyMs } });
  worker.unref();
  let running = true;
  const fallBack = () => {
    running = false;
    if (sqlite.open) sqlite.pragma(`wal_autocheckpoint = ${AUTOCHECKPOINT_PAGES}`);
  };
  await new Promise<void>((resolve, reject) => {
    worker.once('message', () => resolve());
    worker.once('error', reject);
  });
  sqlite.pragma('wal_autocheckpoint = 0');
  worker.on('error', fallBack);
  worker.once('exit', fallBack);
  return {
    async stop() {
      if (!running) return;
      const stopped = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
      // Held (ref) until it ends: otherwise a process with nothing else to do exits mid-close.
      worker.ref();
      worker.postMessage('stop');
      await stopped;
    },
  };
}
