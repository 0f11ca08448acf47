/** Creating the folder that will hold the SQLite file, failing with a reason a person can act on. */
import { mkdir, stat } from 'node:fs/promises';
import { dirname } from 'node:path';

/** Why the database's folder cannot be made; the message names the folder. */
export class FolderError extends Error {
  override readonly name = 'FolderError';
}

const codeOf = (error: unknown): string | undefined => (error as NodeJS.ErrnoException | undefined)?.code;

/**
 * Creates `folder` and any missing parents, one level at a time.
 * NOTE: not `mkdir(…, { recursive: true })`: on Linux that spins forever at full CPU for a
 * path under `/proc` (mkdir answers ENOENT for a parent that exists), and says only EEXIST
 * when a parent is a file.
 */
export async function ensureFolder(folder: string): Promise<void> {
  const missing: string[] = [];
  for (let at = folder; ; at = dirname(at)) {
    const found = await stat(at).catch((error: unknown) => {
      if (codeOf(error) === 'ENOENT' || codeOf(error) === 'ENOTDIR') return null;
      throw new FolderError(`cannot look at the folder ${at} (${codeOf(error) ?? String(error)})`, { cause: error });
    });
    if (found !== null) {
      if (!found.isDirectory()) throw new FolderError(`${at} is a file, not a folder`);
      break;
    }
    missing.unshift(at);
    if (dirname(at) === at) break;
  }
  for (const at of missing) {
    await mkdir(at).catch((error: unknown) => {
      if (codeOf(error) === 'EEXIST') return; // made by another process meanwhile
      const denied = codeOf(error) === 'EACCES' || codeOf(error) === 'EPERM';
      throw new FolderError(denied ? `shiplog may not create the folder ${at}` : `cannot create the folder ${at} (${codeOf(error) ?? String(error)})`, { cause: error });
    });
  }
}
