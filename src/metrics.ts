/**
 * Prometheus metrics (prom-client) on a registry of their own, served at `GET /metrics`:
 * HTTP requests by route and outcome with latency, scheduled deliveries by kind and state,
 * imports, provider failures, and Node's defaults (event-loop lag among them).
 */
import { collectDefaultMetrics, Counter, Histogram, Registry } from 'prom-client';
import type { DeliveryState, Telemetry } from './app/ports/index.js';
import type { ImportRunStatus } from './core/types.js';
import type { ProviderFailure } from './ingest/http-client.js';

/** How a request ended, as counted: its status class. */
export type RequestOutcome = 'ok' | 'client-error' | 'server-error';

export interface Metrics extends Telemetry {
  /** One answered HTTP request; `route` is a known path or `other`. */
  request(route: string, status: number, seconds: number): void;
  /** A provider call that failed (see `HttpOptions.onFailure`). */
  providerFailure: (provider: string, reason: ProviderFailure) => void;
  /** The exposition, and its content type. */
  render(): Promise<{ contentType: string; body: string }>;
}

export const outcomeOf = (status: number): RequestOutcome => (status >= 500 ? 'server-error' : status >= 400 ? 'client-error' : 'ok');

export function createMetrics(): Metrics {
  const registry = new Registry();
  const registers = [registry];
  collectDefaultMetrics({ register: registry });
  const requests = new Counter({ name: 'shiplog_http_requests_total', help: 'HTTP requests answered, by route and outcome.', labelNames: ['route', 'outcome'], registers });
  // NOTE: Slack's 3 s acknowledgement deadline sits between the 2.5 and 5 s buckets.
  const latency = new Histogram({
    name: 'shiplog_http_request_duration_seconds',
    help: 'Time to answer an HTTP request (for Slack: to acknowledge it), by route and outcome.',
    labelNames: ['route', 'outcome'],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 3, 5, 10],
    registers,
  });
  const deliveries = new Counter({ name: 'shiplog_deliveries_total', help: 'Scheduled check-ins, reminders, digests, pulls and re-checks, by kind and the state they reached.', labelNames: ['kind', 'state'], registers });
  const imports = new Counter({ name: 'shiplog_imports_total', help: 'Imports and usage pulls that ended, by source and status.', labelNames: ['source', 'status'], registers });
  const importRows = new Counter({ name: 'shiplog_import_rows_total', help: 'Rows read by imports and usage pulls, by source.', labelNames: ['source'], registers });
  const providerErrors = new Counter({ name: 'shiplog_provider_errors_total', help: 'Failed calls to usage and artifact providers, by provider and reason.', labelNames: ['provider', 'reason'], registers });
  return {
    request(route, status, seconds) {
      const labels = { route, outcome: outcomeOf(status) };
      requests.inc(labels);
      latency.observe(labels, seconds);
    },
    deliveries: (kind: string, state: DeliveryState, count: number) => deliveries.inc({ kind, state }, count),
    importEnded(source: string, status: ImportRunStatus, rows: number) {
      imports.inc({ source, status });
      importRows.inc({ source }, rows);
    },
    providerFailure: (provider, reason) => providerErrors.inc({ provider, reason }),
    render: async () => ({ contentType: registry.contentType, body: await registry.metrics() }),
  };
}
