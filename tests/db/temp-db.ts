/** Temp SQLite files for storage tests, removed afterwards. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export interface TempDir {
  dir: string;
  /** A database path inside the temp dir. */
  file(name?: string): string;
  remove(): void;
}

export function tempDir(prefix = 'shiplog-db-'): TempDir {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  return {
    dir,
    file: (name = 'shiplog.db') => path.join(dir, name),
    remove: () => fs.rmSync(dir, { recursive: true, force: true }),
  };
}
