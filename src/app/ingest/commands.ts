/** The admin's usage-data commands: import, ingest run, map, unmapped. */
import { closestWord } from '../../core/grammar/suggest.js';
import type { Mention } from '../../core/commands.js';
import type { Message } from '../../core/message.js';
import { note } from '../../core/replies/basic.js';
import { fail, ok, type Result } from '../../core/result.js';
import { looksLikeEmail } from '../../core/usage/email.js';
import { ingestReportMessage, reportLines } from '../../core/usage/report.js';
import { unmappedReply } from '../../core/usage/unmapped-reply.js';
import type { CsvInput, DayRange } from '../ports/index.js';
import { audited } from '../commands/settings.js';
import type { Ctx } from '../context.js';
import { resolveMention } from '../people.js';
import type { CommandOptions } from '../types.js';
import { runIngest } from './run-ingest.js';

/** `ingest run` pulls this many days up to today; overlaps with earlier pulls are harmless. */
export const INGEST_LOOKBACK_DAYS = 7;

/** How to configure a provider, said when none is. */
export const HOW_TO_CONFIGURE = 'Set OPENAI_ADMIN_KEY, ANTHROPIC_ADMIN_KEY, GITHUB_TOKEN with GITHUB_ORG, or CURSOR_ADMIN_KEY in the environment and restart shiplog; or import a CSV with: import <file>.';

/** `import [path]`: an attached CSV anywhere, a file path only in the local console. */
export async function importUsage(ctx: Ctx, path: string | null, options: CommandOptions): Promise<Result<Message>> {
  const reader = ctx.deps.csv;
  if (reader === undefined) return fail('IMPORT.NOT_AVAILABLE', 'CSV import is not set up in this shiplog.', 'Use npm run ingest -- <file.csv> on the server.');
  let input: CsvInput;
  if (options.attachment !== undefined) {
    // Both dialects are CSV exports; anything else (a PDF, a spreadsheet) is not read at all.
    if (!/\.csv$/i.test(options.attachment.name)) {
      return fail('IMPORT.NOT_CSV', `${options.attachment.name} is not a CSV file.`, 'Attach the usage export as a .csv file (a spreadsheet can be saved as CSV).');
    }
    input = { kind: 'stream', name: options.attachment.name, stream: options.attachment.content };
  } else if (path === null) {
    return fail('IMPORT.NO_FILE', 'Attach the usage CSV to the import command.', ctx.caller.platform === 'console' ? 'In the console, give its path: import data/usage.csv' : undefined);
  } else if (ctx.caller.platform !== 'console') {
    // NOTE: a path typed in chat would be read on the server's disk; only the local console may.
    return fail('IMPORT.PATH_NOT_ALLOWED', 'A file path only works in the local console.', 'Attach the CSV to the message instead.');
  } else {
    input = { kind: 'path', path };
  }
  const source = reader(input);
  const scope = input.kind === 'path' ? path ?? '' : input.name;
  const report = await runIngest(ctx.store, { source, range: { from: today(ctx), to: today(ctx) }, scope, trigger: 'command', actorId: ctx.person.id, ...runExtras(ctx) });
  await audited(ctx, 'usage.import', scope, reportLines(report).slice(0, 2).join(' '));
  return ok(ingestReportMessage(report));
}

/** What a run started here carries besides its request: who counts it, which process owns it. */
const runExtras = ({ deps }: Ctx) => ({ ...(deps.telemetry && { telemetry: deps.telemetry }), ...(deps.runOwner !== undefined && { owner: deps.runOwner }) });

/** `ingest run [source]`: pulls the configured providers (or one of them) for the last days. */
export async function ingestRun(ctx: Ctx, name: string | null): Promise<Result<Message>> {
  const sources = ctx.deps.sources ?? [];
  if (sources.length === 0) return fail('INGEST.NO_SOURCES', 'No usage sources are configured.', HOW_TO_CONFIGURE);
  const chosen = name === null ? sources : sources.filter((s) => s.name === name);
  if (chosen.length === 0) {
    return fail('INGEST.UNKNOWN_SOURCE', `"${name}" is not a configured usage source.`, `Configured: ${sources.map((s) => s.name).join(', ')}.`);
  }
  const range = lastDays(ctx, INGEST_LOOKBACK_DAYS);
  const messages: Message[] = [];
  for (const source of chosen) {
    const report = await runIngest(ctx.store, { source, range, scope: `${range.from} to ${range.to}`, trigger: 'command', actorId: ctx.person.id, ...runExtras(ctx) });
    await audited(ctx, 'usage.ingest', source.name, reportLines(report).slice(0, 2).join(' '));
    messages.push(ingestReportMessage(report));
  }
  if (messages.length === 1) return ok(messages[0]!);
  const failed = messages.find((m) => m.errorCode !== undefined);
  return ok({
    summary: messages.map((m) => m.summary).join(' '),
    blocks: messages.flatMap((m, i) => (i === 0 ? m.blocks : [{ type: 'divider' as const }, ...m.blocks])),
    private: true,
    ...(failed?.errorCode !== undefined && { errorCode: failed.errorCode }),
  });
}

/** `map <source>:<identity> @person`: this identity's usage, past and future, is theirs. */
export async function mapIdentity(ctx: Ctx, source: string, identity: string, mention: Mention): Promise<Result<Message>> {
  const found = await resolveMention(ctx.store, ctx.caller, mention, ctx.settings.timeZone);
  if (!found.ok) return found;
  const key = source.trim().toLowerCase();
  // Imports store emails lower-cased, so a mapping typed with capitals must match them.
  const id = looksLikeEmail(identity) ? identity.trim().toLowerCase() : identity.trim();
  const unmapped = await ctx.store.listUnmappedIdentities();
  const known = unmapped.some((u) => u.source === key && u.identity === id) || (await ctx.store.listIdentityMappings(key)).has(id);
  await ctx.store.mapIdentity(key, id, found.value.id);
  await audited(ctx, 'usage.map', `${key}:${id}`, '', found.value.id);
  const done = `Mapped ${key}:${id} to ${found.value.displayName}: their usage from it so far and from every later import counts as theirs.`;
  if (known) return ok(note(done));
  // A typo here would silently attach nothing, so say that no usage carries this identity.
  const near = closestWord(id, unmapped.filter((u) => u.source === key).map((u) => u.identity));
  const hint = near !== null ? ` Did you mean ${key}:${near}?` : unmapped.length > 0 ? ' See the identities that have usage with: unmapped' : '';
  return ok(note(`${done} ⚠ No usage imported so far comes from ${key}:${id}, so nothing moved; the mapping applies to later imports.${hint}`));
}

/** `unmapped`: identities with usage that no person is attached to, with their volume. */
export async function listUnmapped(ctx: Ctx): Promise<Result<Message>> {
  return ok(unmappedReply(await ctx.store.listUnmappedIdentities()));
}

const today = (ctx: Ctx): string => ctx.now.toISOString().slice(0, 10);

function lastDays(ctx: Ctx, days: number): DayRange {
  const to = today(ctx);
  const from = new Date(ctx.now.getTime() - (days - 1) * 86_400_000).toISOString().slice(0, 10);
  return { from, to };
}
