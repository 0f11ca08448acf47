/**
 * `npm run ingest -- <file.csv | source> [--from DATE --to DATE]`: one ingestion run from
 * the command line, composed like main.ts. Exit code 0 when the run completed (rejected
 * rows included), 1 when it failed, 2 for bad arguments or configuration, 130/143 when
 * stopped by SIGINT/SIGTERM (the run is recorded as failed, with how far it got).
 */
import fs from 'node:fs';
import { INGEST_LOOKBACK_DAYS } from './app/ingest/commands.js';
import { abandonDeadRuns } from './app/ingest/abandoned-runs.js';
import { runIngest } from './app/ingest/run-ingest.js';
import { runOwners } from './run-owner.js';
import { parseIngestArgs, USAGE, type IngestTarget } from './cli/ingest-args.js';
import { ingestHelp } from './cli/ingest-help.js';
import { progressBar } from './cli/progress.js';
import { ConfigError, loadConfig, secretsOf, type Config } from './config.js';
import { reportLines } from './core/usage/report.js';
import { openStore } from './db/open-store.js';
import { csvSource } from './ingest/csv-source.js';
import { createUsageSources } from './ingest/sources.js';
import type { DayRange, UsageSource } from './app/ports/index.js';

const HOW_TO_CONFIGURE = 'Set OPENAI_ADMIN_KEY, ANTHROPIC_ADMIN_KEY, GITHUB_TOKEN with GITHUB_ORG, or CURSOR_ADMIN_KEY (see .env.example).';

interface Plan {
  source: UsageSource;
  range: DayRange;
  scope: string;
  /** How far through the input the run is, when that can be known. */
  fraction: () => number | null;
}

async function main(argv: string[]): Promise<number> {
  if (fs.existsSync('.env')) process.loadEnvFile('.env');
  let config: Config;
  try {
    config = loadConfig(process.env);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    process.stderr.write(`shiplog ingest: configuration error: ${error.message}\n`);
    return 2;
  }
  const clock = { now: () => new Date() };
  const today = clock.now().toISOString().slice(0, 10);
  const args = parseIngestArgs(argv, today, INGEST_LOOKBACK_DAYS);
  if (!args.ok) {
    process.stderr.write(`shiplog ingest: ${args.message}\n`);
    return 2;
  }
  if (args.target.kind === 'help') {
    process.stdout.write(`${ingestHelp(USAGE)}\n`);
    return 0;
  }
  const plan = makePlan(args.target, config, clock.now, today);
  if (typeof plan === 'string') {
    process.stderr.write(`shiplog ingest: ${plan}\n`);
    return 2;
  }
  const store = await openStore(config.databaseUrl, { clock });
  const stop = stopOnSignals();
  try {
    const owners = runOwners();
    await abandonDeadRuns(store, owners, clock.now());
    const bar = progressBar(process.stderr, plan.fraction);
    const report = await runIngest(store, {
      source: plan.source, range: plan.range, scope: plan.scope, trigger: 'cli', actorId: null,
      onProgress: (progress) => bar.update(progress), owner: owners.self, signal: stop.signal,
    });
    bar.done();
    const lines = reportLines(report);
    await store.appendAudit({ actorId: null, action: args.target.kind === 'csv' ? 'usage.import' : 'usage.ingest', target: plan.scope, detail: `cli: ${lines.slice(0, 2).join(' ')}` });
    process.stdout.write(`${lines.join('\n')}\n`);
    if (stop.signal.aborted) return stop.exitCode;
    return report.status === 'complete' ? 0 : 1;
  } finally {
    stop.dispose();
    await store.close();
  }
}

/**
 * The first SIGINT/SIGTERM lets the chunk in hand finish and the run be recorded as
 * stopped; a second one exits at once (the next start marks that run abandoned).
 */
function stopOnSignals(): { signal: AbortSignal; exitCode: number; dispose(): void } {
  const controller = new AbortController();
  const state = { signal: controller.signal, exitCode: 1, dispose };
  const onSignal = (name: NodeJS.Signals): void => {
    if (controller.signal.aborted) process.exit(state.exitCode);
    state.exitCode = name === 'SIGINT' ? 130 : 143;
    process.stderr.write(`\nshiplog ingest: ${name}: stopping after the current chunk (again to quit at once)…\n`);
    controller.abort(name);
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  function dispose(): void {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
  return state;
}

function makePlan(target: Exclude<IngestTarget, { kind: 'help' }>, config: Config, now: () => Date, today: string): Plan | string {
  if (target.kind === 'csv') {
    // Opened on first read, so a missing file is reported by the source, not thrown here.
    let file: fs.ReadStream | null = null;
    const bytes = async function* (): AsyncGenerator<Buffer> {
      file = fs.createReadStream(target.path, { highWaterMark: 1 << 20 });
      yield* file as AsyncIterable<Buffer>;
    };
    let size: number | null = null;
    try {
      size = fs.statSync(target.path).size;
    } catch {
      // The source reports a missing or unreadable file in its own words.
    }
    const source = csvSource({ kind: 'stream', name: target.path, stream: bytes() }, { today: () => today });
    return { source, range: { from: today, to: today }, scope: target.path, fraction: () => (size && file ? Math.min(1, file.bytesRead / size) : null) };
  }
  const sources = createUsageSources(config.usageSources, { now, secrets: secretsOf(config) });
  const source = sources.find((s) => s.name === target.name);
  if (source === undefined) {
    return sources.length === 0
      ? `"${target.name}" is not configured, and no usage source is. ${HOW_TO_CONFIGURE} Or give a CSV file.`
      : `"${target.name}" is not a configured source; configured: ${sources.map((s) => s.name).join(', ')}.`;
  }
  return { source, range: target.range, scope: `${target.range.from} to ${target.range.to}`, fraction: () => null };
}

main(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (error: unknown) => {
    process.stderr.write(`shiplog ingest: failed: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
