/** What `npm run ingest -- --help` prints, and the sources an unknown name is checked against. */
import { closestWord } from '../core/grammar/suggest.js';

/** Every provider source, with the variables that configure it and what it reads. */
export const KNOWN_SOURCES: readonly { name: string; needs: string; reads: string }[] = [
  { name: 'openai', needs: 'OPENAI_ADMIN_KEY', reads: 'OpenAI organization usage and costs' },
  { name: 'anthropic', needs: 'ANTHROPIC_ADMIN_KEY', reads: 'Claude API usage and cost report' },
  { name: 'claude-code', needs: 'ANTHROPIC_ADMIN_KEY', reads: 'Claude Code analytics' },
  { name: 'copilot', needs: 'GITHUB_TOKEN and GITHUB_ORG', reads: 'GitHub Copilot usage metrics and seats' },
  { name: 'cursor', needs: 'CURSOR_ADMIN_KEY', reads: 'Cursor team daily usage' },
];

const SOURCE_LIST = KNOWN_SOURCES.map((s) => s.name).join(', ');

/** The full help text, one source a line. */
export function ingestHelp(usage: string): string {
  const width = Math.max(...KNOWN_SOURCES.map((s) => s.name.length));
  return [
    usage,
    '',
    'Imports usage into shiplog: a CSV file (read whole), or one provider for a range of UTC days',
    '(default: the last 7 days up to today).',
    '',
    'Sources:',
    ...KNOWN_SOURCES.map((s) => `  ${s.name.padEnd(width)}  ${s.reads} (needs ${s.needs})`),
    '',
    'Examples:',
    '  npm run ingest -- data/usage.csv',
    '  npm run ingest -- copilot --from 2026-11-01 --to 2026-11-24',
    '',
    'Exit codes: 0 the run completed (even with rejected rows), 1 it failed, 2 bad arguments or configuration.',
  ].join('\n');
}

/** Why a name is not a source, with the closest one and the full list; null for a known source. */
export function unknownSourceProblem(name: string): string | null {
  if (KNOWN_SOURCES.some((s) => s.name === name)) return null;
  const near = closestWord(name, KNOWN_SOURCES.map((s) => s.name));
  return `"${name}" is not a usage source.${near === null ? '' : ` Did you mean ${near}?`} Sources: ${SOURCE_LIST}; or give a path to a CSV file.`;
}
