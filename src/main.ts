/** Composition root: reads config, opens the store, picks the adapters and starts them. */
import fs from 'node:fs';
import os from 'node:os';
import { consolePlatform } from '../adapters/console/console-platform.js';
import { runConsole } from '../adapters/console/run-console.js';
import { createSlackAdapter, SLACK_EVENTS_PATH } from '../adapters/slack/slack-app.js';
import { createSlackChat, type SlackChat } from '../adapters/slack/slack-chat.js';
import { createTeamsAdapter, TEAMS_MESSAGES_PATH, type TeamsAdapter } from '../adapters/teams/teams-adapter.js';
import { createApp } from './app/create-app.js';
import { seedDemo } from './app/demo/seed-demo.js';
import { ConfigError, loadConfig, secretsOf, type Config } from './config.js';
import { openStore } from './db/open-store.js';
import { csvReader } from './ingest/csv-source.js';
import { createUsageSources } from './ingest/sources.js';
import { createVerifiers } from './verify/verifiers.js';
import { startHttpServer, type Route, type ServerOptions } from './http-server.js';
import { createMetrics } from './metrics.js';
import { abandonDeadRuns } from './app/ingest/abandoned-runs.js';
import { runOwners } from './run-owner.js';
import { createLogger } from './log.js';
import { settableClock } from './clock.js';
import { startScheduler } from './scheduler/cron-clock.js';
import type { ShiplogApp } from './app/types.js';
import type { Logger } from 'pino';

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
  const useConsole = config.console.forced || (!config.slack && !config.teams);
  const log = createLogger({ level: config.logLevel ?? (useConsole ? 'warn' : 'info'), toStderr: useConsole });
  // The console's `tick` sets this clock; until then it is the wall clock.
  const clock = settableClock();
  // A long-running process: SQLite's checkpoints go to a worker thread, never into a request's write.
  const store = await openStore(config.databaseUrl, { clock, checkpointInBackground: true });
  // Imports and pulls a killed or crashed process left `running` are marked abandoned, with how far they got.
  const owners = runOwners();
  await abandonDeadRuns(store, owners, clock.now());
  // In the console, check-ins and digests are printed as they would be sent.
  const printed = useConsole ? consolePlatform((text) => void process.stdout.write(`${text}\n`)) : undefined;
  const csv = csvReader({ today: () => clock.now().toISOString().slice(0, 10) });
  // On Slack, check-ins and digests go out through their own paced client (see serveSlack).
  const slackChat = !useConsole && config.slack ? createSlackChat({ botToken: config.slack.botToken, ...(config.slack.apiUrl !== undefined && { apiUrl: config.slack.apiUrl }), now: clock.now, log: log.child({ platform: 'slack' }) }) : undefined;
  const teams = !useConsole && config.teams ? createTeamsAdapter({ ...teamsCredentials(config.teams), references: store, log: log.child({ platform: 'teams' }), now: clock.now }) : undefined;
  if (teams && !config.teams?.appId) log.warn({}, 'Teams is served WITHOUT authentication (TEAMS_ENABLED=true and no MicrosoftAppId): anyone who can reach /api/messages is believed. Use this for local testing only.');
  const platforms = printed ? [printed] : [slackChat, teams?.chat].filter((p) => p !== undefined);
  const metrics = useConsole ? undefined : createMetrics();
  const onFailure = metrics && { onFailure: metrics.providerFailure };
  const app = createApp({
    store, clock, log, csv, platforms, runOwner: owners.self,
    ...(metrics && { telemetry: metrics }),
    sources: createUsageSources(config.usageSources, { now: clock.now, secrets: secretsOf(config), ...onFailure }),
    artifactHosts: config.verify.hosts,
    verifiers: createVerifiers(config.verify, { ...onFailure }),
    admins: config.admins,
    // NOTE: Teams has no workspace-admin flag; beside Slack, a Teams user who writes first must not become admin.
    ...(config.slack && config.teams && { firstAdminPlatforms: ['slack' as const] }),
  });
  if (!useConsole) {
    const scheduler = startScheduler(app, log);
    try {
      const served = await servePlatforms(config, app, { teams, slackChat }, log, { health: () => store.ping(), ...(metrics && { metrics }) });
      await shutdownRequested(log);
      // Graceful: no new ticks or connections; the tick, requests and post-ack work in flight finish.
      await Promise.all([scheduler.stop(), served.close()]);
    } finally {
      await scheduler.stop();
      await Promise.all([slackChat?.drain(), teams?.chat.drain()]);
      await store.close();
    }
    log.info({}, 'stopped');
    return 0;
  }
  // `npm start -- --at 2026-11-30T09:00Z`: the console starts at that moment, as after a
  // `tick`, so a session (the README's transcripts) replays exactly.
  const at = startAt(process.argv.slice(2));
  if (at === 'invalid') {
    process.stderr.write('shiplog: --at needs a moment like 2026-11-30T09:00Z.\n');
    await store.close();
    return 2;
  }
  if (at !== null) clock.set(at);
  const scheduler = startScheduler(app, log);
  try {
    // `npm start -- --demo`: seed the demo team (empty databases only) and chat as its lead.
    const demo = process.argv.slice(2).includes('--demo') ? await seedDemo(store, clock.now()) : null;
    if (demo) process.stdout.write(`${demo.message}\n`);
    await runConsole(app, {
      userName: (demo !== null && demo.status !== 'not-empty' ? demo.lead : undefined) ?? config.console.userName ?? consoleUserName(),
      input: process.stdin,
      output: process.stdout,
      interactive: process.stdin.isTTY === true,
      logError: (ref, error) => log.error({ ref, err: error }, 'console line failed'),
      ...(printed && { platform: printed }),
      tick: (at) => {
        const since = clock.now();
        clock.set(at);
        return app.runDue({ since });
      },
    });
  } finally {
    await scheduler.stop();
    await store.close();
  }
  return 0;
}

/** botbuilder's own setting names, as `ConfigurationBotFrameworkAuthentication` reads them. */
function teamsCredentials(teams: NonNullable<Config['teams']>) {
  return { MicrosoftAppId: teams.appId, MicrosoftAppPassword: teams.appPassword, MicrosoftAppType: teams.appType, MicrosoftAppTenantId: teams.tenantId };
}

/**
 * Every configured platform on the one HTTP server (PORT), which also answers GET /healthz
 * and GET /metrics: Slack at POST /slack/events (unless in Socket Mode), Teams at POST /api/messages.
 */
async function servePlatforms(config: Config, app: ShiplogApp, { teams, slackChat }: { teams: TeamsAdapter | undefined; slackChat: SlackChat | undefined }, log: Logger, ops: Omit<ServerOptions, 'log' | 'host'>): Promise<{ close(): Promise<void> }> {
  const slack = config.slack;
  const slackAdapter = slack
    ? createSlackAdapter({ app, botToken: slack.botToken, signingSecret: slack.signingSecret, appToken: slack.appToken, apiUrl: slack.apiUrl, adminsFromWorkspace: slack.adminsFromWorkspace, log: log.child({ platform: 'slack' }), ...(slackChat && { usersInfo: slackChat.usersInfo }) })
    : undefined;
  await slackAdapter?.start();
  const routes: Route[] = [];
  if (slackAdapter?.requestListener) routes.push({ method: 'POST', path: SLACK_EVENTS_PATH, listener: slackAdapter.requestListener });
  if (teams) routes.push({ method: 'POST', path: TEAMS_MESSAGES_PATH, listener: teams.requestListener(app) });
  const server = await startHttpServer(config.port, routes, { ...ops, log });
  log.info({ port: server.port, slack: slack ? (slack.appToken ? 'socket' : 'http') : 'off', teams: teams ? TEAMS_MESSAGES_PATH : 'off' }, 'shiplog is serving');
  return {
    async close() {
      await server.close();
      await slackAdapter?.stop();
    },
  };
}

/** Resolves at the first SIGINT or SIGTERM; a second one ends the process at once. */
function shutdownRequested(log: Logger): Promise<void> {
  return new Promise((resolve) => {
    const first = (signal: NodeJS.Signals): void => {
      log.info({ signal }, 'shutting down: finishing the requests, sends and tick in flight');
      process.once(signal, () => {
        log.warn({ signal }, 'second signal: stopping now');
        process.exit(1);
      });
      resolve();
    };
    process.once('SIGINT', first);
    process.once('SIGTERM', first);
  });
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

/** The moment after `--at`, null without one, 'invalid' when it is not a moment. */
function startAt(args: string[]): Date | null | 'invalid' {
  const i = args.indexOf('--at');
  if (i < 0) return null;
  const at = new Date(args[i + 1] ?? '');
  return Number.isNaN(at.getTime()) ? 'invalid' : at;
}
