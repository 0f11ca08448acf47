/** The end-of-run report of a usage ingestion, and how an admin reads it. Pure. */
import type { Block, Message } from '../message.js';
import { text } from '../message.js';

/** Rejections shown in a report; every one is stored with the run regardless. */
export const REPORT_REJECTIONS = 5;

/** What one ingestion run did. */
export interface IngestReport {
  /** The `import_runs` id; rejected rows are stored under it. */
  runId: number;
  source: string;
  /** What was read: a file name, or a day range for a provider. */
  scope: string;
  /** `failed` when the source stopped the run; what was stored before stays and is not doubled by a re-run. */
  status: 'complete' | 'failed';
  read: number;
  inserted: number;
  updated: number;
  rejected: number;
  /** The first {@link REPORT_REJECTIONS} rejections, in input order. */
  firstRejections: { location: string; reason: string }[];
  /** Identities in this run that no person matched, with how many records they have. */
  unmatched: { identities: number; records: number; examples: string[] };
  failure: { code: string; message: string } | null;
}

const n = (value: number): string => value.toLocaleString('en-US');
const plural = (count: number, one: string, many = `${one}s`): string => `${n(count)} ${count === 1 ? one : many}`;

/** The report as plain lines, first line a one-sentence summary (CLI output, chat replies). */
export function reportLines(r: IngestReport): string[] {
  const lines = [headline(r)];
  if (r.read > 0) {
    const unchanged = Math.max(0, r.read - r.rejected - r.inserted - r.updated);
    lines.push(`Read ${plural(r.read, 'row')}: ${n(r.inserted)} new, ${n(r.updated)} updated, ${n(unchanged)} unchanged, ${n(r.rejected)} rejected.`);
  } else if (r.status === 'complete') {
    lines.push('There were no usage rows to import.');
  }
  for (const x of r.firstRejections) lines.push(`  ${x.location}: ${x.reason}`);
  const more = r.rejected - r.firstRejections.length;
  if (r.rejected > 0) lines.push(`${more > 0 ? `…and ${plural(more, 'more rejected row')}. ` : ''}Rejected rows are kept with run #${r.runId}; fix them in the file and import it again.`);
  if (r.unmatched.identities > 0) {
    const eg = r.unmatched.examples.length > 0 ? ` (e.g. ${r.unmatched.examples.join(', ')})` : '';
    lines.push(`${plural(r.unmatched.identities, 'identity', 'identities')}${eg} with ${plural(r.unmatched.records, 'record')} matched nobody yet: see them with "unmapped", attach one with "map <source>:<identity> @person".`);
  }
  return lines;
}

function headline(r: IngestReport): string {
  if (r.failure !== null) {
    const kept = r.inserted + r.updated > 0 ? ' What was stored before it stopped is kept, and running it again will not count anything twice.' : '';
    return `Usage import from ${r.scope} (${r.source}) did not finish: ${r.failure.message}${kept}`;
  }
  return `Imported usage from ${r.scope} (${r.source}).`;
}

/** The report as a private chat message; `errorCode` is set when the run failed. */
export function ingestReportMessage(report: IngestReport): Message {
  const [first = '', ...rest] = reportLines(report);
  const blocks: Block[] = [{ type: 'text', spans: [text(first)] }];
  if (rest.length > 0) blocks.push({ type: 'text', spans: [text(rest.join('\n'))] });
  const message: Message = { summary: first, blocks, private: true };
  return report.failure === null ? message : { ...message, errorCode: report.failure.code };
}
