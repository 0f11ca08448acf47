/**
 * The console transcripts in README.md. A replayable transcript is a ```text fence right
 * after a marker line naming how it was made:
 *
 *   <!-- replay: SHIPLOG_CONSOLE_USER=Ada npm start -- --at 2026-11-30T09:00Z -->
 *
 * Its input is every line that starts with `> `; its output is the whole fence.
 */
const MARKER = /^<!-- replay: (.*) -->$/;

/** One marked transcript. */
export interface Transcript {
  /** 1-based line of the fence in the README, for messages. */
  line: number;
  env: Record<string, string>;
  args: string[];
  input: string;
  expected: string;
}

/** A fenced block that looks like a console session but has no marker. */
export interface Unmarked {
  line: number;
  firstLine: string;
}

const looksLikeConsole = (body: string[]): boolean => body.some((l) => l.startsWith('shiplog console —') || /^> \S/.test(l));

function parseMarker(spec: string, line: number): Pick<Transcript, 'env' | 'args'> {
  const words = spec.trim().split(/\s+/);
  const env: Record<string, string> = {};
  while (words[0]?.includes('=')) {
    const [key, ...value] = words.shift()!.split('=');
    env[key!] = value.join('=');
  }
  if (words.shift() !== 'npm' || words.shift() !== 'start') throw new Error(`README line ${line}: a replay marker names a command: [VAR=value…] npm start [-- args]`);
  if (words[0] === '--silent') words.shift();
  if (words.length > 0 && words.shift() !== '--') throw new Error(`README line ${line}: arguments to npm start come after --`);
  return { env, args: words };
}

/** Every marked transcript, and every console-looking fence without a marker. */
export function readTranscripts(readme: string): { transcripts: Transcript[]; unmarked: Unmarked[] } {
  const lines = readme.split('\n');
  const transcripts: Transcript[] = [];
  const unmarked: Unmarked[] = [];
  for (let i = 0; i < lines.length; i += 1) {
    if (!/^```/.test(lines[i]!)) continue;
    const end = lines.findIndex((l, j) => j > i && /^```\s*$/.test(l));
    if (end < 0) break;
    const body = lines.slice(i + 1, end);
    const marker = MARKER.exec(lines[i - 1] ?? '');
    if (marker) {
      transcripts.push({
        line: i + 1,
        ...parseMarker(marker[1]!, i),
        input: body.filter((l) => l.startsWith('> ')).map((l) => `${l.slice(2)}\n`).join(''),
        expected: `${body.join('\n')}\n`,
      });
    } else if (looksLikeConsole(body)) {
      unmarked.push({ line: i + 1, firstLine: body[0] ?? '' });
    }
    i = end;
  }
  return { transcripts, unmarked };
}
