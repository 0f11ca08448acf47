/** Composition root: reads config, opens the store, picks the adapters and starts them. */
import fs from 'node:fs';
import os from 'node:os';
import { runConsole } from '../adapters/console/run-console.js';
import { createApp } from './app/create-app.js';
import { ConfigError, loadConfig, type Config } from './config.js';
import { openSqliteStore } from './db/open-sqlite.js';
import { createLogger } from './log.js';

async function main(): Promise<number> {
  let config: Config;
  // A .env file fills in what the real environment leaves unset (never overrides it).
  if (fs.existsSync('.env')) process.loadEnvFile('.env');
  try {
    config = loadConfig(process.env);
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`shiplog: configuration error: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
  const platforms = [config.slack && 'Slack', config.teams && 'Microsoft Teams'].filter(Boolean);
  const useConsole = config.console.forced || platforms.length === 0;
  if (!useConsole) {
    process.stderr.write(`shiplog: ${platforms.join(' and ')} support is not part of this build yet; unset its variables (or set SHIPLOG_CONSOLE=true) to use the console.\n`);
    return 2;
  }
  const log = createLogger({ level: config.logLevel ?? 'warn', toStderr: true });
  const clock = { now: () => new Date() };
  const store = await openSqliteStore(config.databaseUrl, { clock });
  const app = createApp({ store, clock, log });
  try {
    await runConsole(app, {
      userName: config.console.userName ?? consoleUserName(),
      input: process.stdin,
      output: process.stdout,
      interactive: process.stdin.isTTY === true,
      logError: (ref, error) => log.error({ ref, err: error }, 'console line failed'),
    });
  } finally {
    await store.close();
  }
  return 0;
}

function consoleUserName(): string {
  try {
    const name = os.userInfo().username;
    return name && name !== 'root' ? name : 'you';
  } catch {
    return 'you';
  }
}

main().then(
  (code) => { process.exitCode = code; },
  (error: unknown) => {
    process.stderr.write(`shiplog: could not start: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
