/** A one-line progress bar for terminals; silent when output is piped. */
import type { IngestProgress } from '../app/ingest/run-ingest.js';

export interface Progress {
  update(progress: IngestProgress): void;
  done(): void;
}

const WIDTH = 28;
const REDRAW_MS = 150;

/**
 * Draws on `out` when it is a TTY: a bar when `fraction` can say how far along it is
 * (bytes read of a file), otherwise a running count.
 */
export function progressBar(out: NodeJS.WriteStream, fraction: () => number | null, now: () => number = Date.now): Progress {
  if (!out.isTTY) return { update() {}, done() {} };
  const started = now();
  let last = 0;
  let latest: IngestProgress = { read: 0, inserted: 0, updated: 0, rejected: 0 };
  const draw = (): void => {
    const seconds = Math.max((now() - started) / 1000, 0.001);
    const rate = Math.round(latest.read / seconds).toLocaleString('en-US');
    const f = fraction();
    const bar = f === null ? '' : `[${'#'.repeat(Math.round(f * WIDTH)).padEnd(WIDTH, '-')}] ${Math.floor(f * 100)}% `;
    out.write(`\r${bar}${latest.read.toLocaleString('en-US')} rows, ${latest.rejected.toLocaleString('en-US')} rejected, ${rate} rows/s\u001b[K`);
  };
  return {
    update(progress) {
      latest = progress;
      if (now() - last < REDRAW_MS) return;
      last = now();
      draw();
    },
    done() {
      draw();
      out.write('\n');
    },
  };
}
