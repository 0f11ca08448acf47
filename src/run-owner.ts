/** This process as the owner of import runs, and whether another process on this host lives. */
import os from 'node:os';
import type { RunOwners } from './app/ingest/abandoned-runs.js';

export function runOwners(): RunOwners {
  const host = os.hostname();
  return {
    self: `${host}:${process.pid}`,
    isAlive(owner) {
      const match = owner === null ? null : /^(.*):(\d+)$/.exec(owner);
      if (match === null || match[1] !== host) return null;
      try {
        process.kill(Number(match[2]), 0);
        return true;
      } catch (error) {
        // EPERM: it exists but belongs to someone else.
        return (error as NodeJS.ErrnoException).code === 'EPERM';
      }
    },
  };
}
