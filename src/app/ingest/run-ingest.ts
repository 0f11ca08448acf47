/**
 * The ingestion runner: pulls any {@link UsageSource}, attaches people, upserts, keeps
 * rejected rows, and records the run so one that stopped half-way never reads as complete.
 */
import { REPORT_REJECTIONS, type IngestReport } from '../../core/usage/report.js';
import { UsageSourceError, type DayRange, type IdentityMappingStore, type ImportRunStore, type ImportStore, type PeopleStore, type UsageBatch, type Telemetry, type UsageSource, type UsageStore } from '../ports/index.js';
import { readAhead } from './read-ahead.js';
import { peopleResolver } from './resolve-people.js';

/** The ports an ingestion run writes through. */
type IngestStore = ImportRunStore & UsageStore & ImportStore & PeopleStore & IdentityMappingStore;

/** Rejected rows stored per run; a file of nothing but garbage must not fill the database. */
export const MAX_STORED_REJECTIONS = 10_000;

/** Running counts, for a progress display. */
export interface IngestProgress {
  read: number;
  inserted: number;
  updated: number;
  rejected: number;
}

/** One run: which source, for which days, started by whom, and who watches its progress. */
export interface IngestRequest {
  source: UsageSource;
  range: DayRange;
  /** What is read, as the admin would name it: a file name, or the range. */
  scope: string;
  trigger: 'command' | 'cli' | 'schedule';
  actorId: number | null;
  onProgress?: (progress: IngestProgress) => void;
  /** `host:pid` of this process, stored with the run (see {@link abandonDeadRuns}). */
  owner?: string;
  /** Aborted (SIGINT, SIGTERM, shutdown): the run stops after the chunk in hand and says so. */
  signal?: AbortSignal;
  telemetry?: Telemetry;
}

/**
 * Runs one source to the end. A {@link UsageSourceError} ends the run as `failed` with its
 * sentence in the report; anything else is a bug: the run is marked failed and the error rethrown.
 */
export async function runIngest(store: IngestStore, request: IngestRequest): Promise<IngestReport> {
  const { source, scope } = request;
  const run = await store.startImportRun({ source: source.name, scope, trigger: request.trigger, actorId: request.actorId, ...(request.owner !== undefined && { owner: request.owner }) });
  const report: IngestReport = {
    runId: run.id, source: source.name, scope, status: 'complete', read: 0, inserted: 0, updated: 0, rejected: 0,
    firstRejections: [], unmatched: { identities: 0, records: 0, examples: [] }, failure: null,
  };
  const people = await peopleResolver(store);
  try {
    for await (const batch of readAhead(source.pull(request.range))) {
      await people.attach(batch);
      await take(store, report, batch);
      const progress = { read: report.read, inserted: report.inserted, updated: report.updated, rejected: report.rejected };
      await store.recordImportProgress(report.runId, progress);
      request.onProgress?.(progress);
      if (request.signal?.aborted === true) throw interrupted(request.signal, report);
    }
  } catch (error) {
    report.status = 'failed';
    report.failure = error instanceof UsageSourceError ? { code: error.code, message: error.message } : { code: 'INGEST.INTERNAL', message: 'shiplog hit an internal error; the log has the details.' };
    report.unmatched = people.unmatched();
    await finish(store, report, request.telemetry);
    if (!(error instanceof UsageSourceError)) throw error;
    return report;
  }
  report.unmatched = people.unmatched();
  await finish(store, report, request.telemetry);
  return report;
}

function interrupted(signal: AbortSignal, report: IngestReport): UsageSourceError {
  const why = typeof signal.reason === 'string' ? signal.reason : 'interrupted';
  return new UsageSourceError('SOURCE.INTERRUPTED', `it was stopped (${why}) after ${report.read.toLocaleString('en-US')} rows; running it again picks up the rest without counting anything twice.`);
}

async function take(store: IngestStore, report: IngestReport, batch: UsageBatch): Promise<void> {
  const counts = await store.upsertUsage(batch.records);
  const room = Math.max(0, MAX_STORED_REJECTIONS - report.rejected);
  if (room > 0 && batch.rejected.length > 0) {
    await store.addRejectedRows(batch.rejected.slice(0, room).map((r) => ({ importId: String(report.runId), source: report.source, ...r })));
  }
  for (const r of batch.rejected) {
    if (report.firstRejections.length >= REPORT_REJECTIONS) break;
    report.firstRejections.push({ location: r.location, reason: r.reason });
  }
  report.read += batch.records.length + batch.rejected.length;
  report.inserted += counts.inserted;
  report.updated += counts.updated;
  report.rejected += batch.rejected.length;
}

async function finish(store: IngestStore, r: IngestReport, telemetry: Telemetry | undefined): Promise<void> {
  telemetry?.importEnded(r.source, r.status, r.read);
  await store.finishImportRun(r.runId, {
    status: r.status, read: r.read, inserted: r.inserted, updated: r.updated, rejected: r.rejected,
    unmatched: r.unmatched.identities, error: r.failure === null ? null : `${r.failure.code}: ${r.failure.message}`,
  });
}
