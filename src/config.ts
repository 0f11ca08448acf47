/**
 * Environment -> validated, frozen, typed config. The only module that reads the
 * environment; everything below receives a `Config`.
 */
import { redactDatabaseUrl } from './database-url.js';
import { z } from 'zod';
import { readVerifyConfig, verifyEnvIssues, type VerifyConfig } from './verify-config.js';

const empty = (v: unknown): unknown => (typeof v === 'string' && v.trim() === '' ? undefined : v);
const optionalText = z.preprocess(empty, z.string().trim().optional());
const url = z.preprocess(
  empty,
  z
    .string()
    .trim()
    .refine((v) => /^https?:\/\/[^\s/]+/.test(v) && URL.canParse(v), 'must be an http(s) URL')
    .optional(),
);
const flag = z.preprocess(
  empty,
  z
    .enum(['true', 'false', '1', '0', 'yes', 'no'], { message: 'must be true or false' })
    .optional()
    .transform((v) => v === 'true' || v === '1' || v === 'yes'),
);
/** A flag that is on unless set to false. */
const flagOn = z.preprocess(
  empty,
  z
    .enum(['true', 'false', '1', '0', 'yes', 'no'], { message: 'must be true or false' })
    .optional()
    .transform((v) => v === undefined || v === 'true' || v === '1' || v === 'yes'),
);

const schema = z
  .object({
    DATABASE_URL: z.preprocess(
      empty,
      z
        .string()
        .default('file:./data/shiplog.db')
        .refine(
          (v) => v === ':memory:' || v.startsWith('file:') || /^postgres(ql)?:\/\//i.test(v) || !/^[a-z][a-z0-9+.-]*:\/\//i.test(v),
          'must be file:<path> (SQLite) or postgres://user:password@host:5432/database (PostgreSQL)',
        ),
    ),
    PORT: z.preprocess(empty, z.coerce.number({ message: 'must be a number' }).int('must be a whole number').min(1, 'must be 1-65535').max(65535, 'must be 1-65535').default(3000)),
    LOG_LEVEL: z.preprocess(empty, z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], { message: 'must be one of fatal, error, warn, info, debug, trace, silent' }).optional()),
    SHIPLOG_CONSOLE: flag,
    SHIPLOG_CONSOLE_USER: optionalText,
    SLACK_BOT_TOKEN: z.preprocess(empty, z.string().trim().startsWith('xoxb-', 'must be a bot token starting with xoxb-').optional()),
    SLACK_SIGNING_SECRET: optionalText,
    SLACK_APP_TOKEN: z.preprocess(empty, z.string().trim().startsWith('xapp-', 'must be an app-level token starting with xapp-').optional()),
    SLACK_API_URL: url,
    SLACK_ADMINS_FROM_WORKSPACE: flagOn,
    MicrosoftAppId: optionalText,
    MicrosoftAppPassword: optionalText,
    MicrosoftAppType: z.preprocess(empty, z.enum(['MultiTenant', 'SingleTenant', 'UserAssignedMSI'], { message: 'must be MultiTenant, SingleTenant or UserAssignedMSI' }).optional()),
    MicrosoftAppTenantId: optionalText,
    TEAMS_ENABLED: flag,
    SHIPLOG_ADMINS: optionalText,
    OPENAI_ADMIN_KEY: optionalText,
    OPENAI_BASE_URL: url,
    ANTHROPIC_ADMIN_KEY: optionalText,
    ANTHROPIC_BASE_URL: url,
    GITHUB_TOKEN: optionalText,
    GITHUB_ORG: optionalText,
    GITHUB_API_URL: url,
    CURSOR_ADMIN_KEY: optionalText,
    CURSOR_API_URL: url,
    GITHUB_HOST: z.preprocess(empty, z.string().trim().toLowerCase().regex(/^[a-z0-9.-]+(:\d{1,5})?$/, 'must be a host name such as github.acme.io').optional()),
    GITLAB_TOKEN: optionalText,
    GITLAB_URL: url,
    JIRA_URL: url,
    JIRA_EMAIL: optionalText,
    JIRA_API_TOKEN: optionalText,
    LINEAR_API_KEY: optionalText,
    LINEAR_API_URL: url,
  })
  .superRefine((env, ctx) => {
    if (env.SLACK_BOT_TOKEN && !env.SLACK_APP_TOKEN && !env.SLACK_SIGNING_SECRET) {
      ctx.addIssue({ code: 'custom', path: ['SLACK_SIGNING_SECRET'], message: 'is required with SLACK_BOT_TOKEN in HTTP mode (or set SLACK_APP_TOKEN for Socket Mode)' });
    }
    if ((env.SLACK_SIGNING_SECRET || env.SLACK_APP_TOKEN) && !env.SLACK_BOT_TOKEN) {
      ctx.addIssue({ code: 'custom', path: ['SLACK_BOT_TOKEN'], message: 'is required when other SLACK_ settings are given' });
    }
    if (env.MicrosoftAppId && !env.MicrosoftAppPassword && env.MicrosoftAppType !== 'UserAssignedMSI') {
      ctx.addIssue({ code: 'custom', path: ['MicrosoftAppPassword'], message: 'is required with MicrosoftAppId' });
    }
    if (env.GITHUB_ORG && !env.GITHUB_TOKEN) {
      ctx.addIssue({ code: 'custom', path: ['GITHUB_TOKEN'], message: 'is required with GITHUB_ORG (a token that can read its Copilot usage)' });
    }
    for (const [variable, message] of verifyEnvIssues(env)) ctx.addIssue({ code: 'custom', path: [variable], message });
  });

/** Validated configuration. Secrets are present only as given; never log this object whole. */
export interface Config {
  /** SQLite location, `file:./data/shiplog.db` by default. */
  databaseUrl: string;
  /** Port of the one HTTP server (Slack HTTP mode, Teams, /healthz). */
  port: number;
  /** pino level; undefined = the default for the mode. */
  logLevel: string | undefined;
  /** Console chat on stdin/stdout: forced on, or used when no platform is configured. */
  console: { forced: boolean; userName: string | undefined };
  /**
   * Present when Slack is configured. `adminsFromWorkspace`: Slack workspace admins and
   * owners are shiplog admins (made so on first contact, or promoted on their next one).
   */
  slack:
    | { botToken: string; signingSecret: string | undefined; appToken: string | undefined; apiUrl: string | undefined; adminsFromWorkspace: boolean }
    | undefined;
  /** `SHIPLOG_ADMINS`: platform user ids, Entra (AAD) object ids or emails of shiplog admins. */
  admins: readonly string[];
  /** Present when Teams is configured (credentials, or TEAMS_ENABLED for local testing). */
  teams: { appId: string | undefined; appPassword: string | undefined; appType: string | undefined; tenantId: string | undefined } | undefined;
  usageSources: {
    openai: { key: string; baseUrl: string } | undefined;
    anthropic: { key: string; baseUrl: string } | undefined;
    github: { token: string; org: string; baseUrl: string } | undefined;
    cursor: { key: string; baseUrl: string } | undefined;
  };
  /** Artifact verification: each provider optional (see README, Verified outcomes). */
  verify: VerifyConfig;
}

/** Every secret the configuration holds, for redacting text that came from elsewhere. */
export function secretsOf(config: Config): string[] {
  const { slack, teams, usageSources: u, verify: v } = config;
  return [slack?.botToken, slack?.signingSecret, slack?.appToken, teams?.appPassword, u.openai?.key, u.anthropic?.key, u.github?.token, u.cursor?.key,
    v.github?.token, v.gitlab?.token, v.jira?.token, v.linear?.key]
    .filter((s): s is string => s !== undefined && s !== '');
}

/** A config problem, worded as one line naming the variable. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

export function loadConfig(env: Record<string, string | undefined>): Config {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const variable = String(issue.path[0] ?? 'environment');
    const given = env[variable];
    // A database URL can carry a password: it is shown with the password masked.
    const shown = variable === 'DATABASE_URL' && given !== undefined ? redactDatabaseUrl(given) : given;
    const shownValue = shown === undefined || /KEY|TOKEN|SECRET|PASSWORD/i.test(variable) ? '' : ` (got "${shown}")`;
    throw new ConfigError(`${variable} ${issue.message}${shownValue}.`);
  }
  const e = parsed.data;
  const config: Config = {
    databaseUrl: e.DATABASE_URL,
    port: e.PORT,
    logLevel: e.LOG_LEVEL,
    console: { forced: e.SHIPLOG_CONSOLE, userName: e.SHIPLOG_CONSOLE_USER },
    admins: (e.SHIPLOG_ADMINS ?? '').split(/[\s,;]+/).filter((a) => a !== ''),
    slack: e.SLACK_BOT_TOKEN
      ? { botToken: e.SLACK_BOT_TOKEN, signingSecret: e.SLACK_SIGNING_SECRET, appToken: e.SLACK_APP_TOKEN, apiUrl: e.SLACK_API_URL, adminsFromWorkspace: e.SLACK_ADMINS_FROM_WORKSPACE }
      : undefined,
    teams: e.MicrosoftAppId || e.TEAMS_ENABLED
      ? { appId: e.MicrosoftAppId, appPassword: e.MicrosoftAppPassword, appType: e.MicrosoftAppType, tenantId: e.MicrosoftAppTenantId }
      : undefined,
    usageSources: {
      openai: e.OPENAI_ADMIN_KEY ? { key: e.OPENAI_ADMIN_KEY, baseUrl: e.OPENAI_BASE_URL ?? 'https://api.openai.com' } : undefined,
      anthropic: e.ANTHROPIC_ADMIN_KEY ? { key: e.ANTHROPIC_ADMIN_KEY, baseUrl: e.ANTHROPIC_BASE_URL ?? 'https://api.anthropic.com' } : undefined,
      github: e.GITHUB_TOKEN && e.GITHUB_ORG ? { token: e.GITHUB_TOKEN, org: e.GITHUB_ORG, baseUrl: e.GITHUB_API_URL ?? 'https://api.github.com' } : undefined,
      cursor: e.CURSOR_ADMIN_KEY ? { key: e.CURSOR_ADMIN_KEY, baseUrl: e.CURSOR_API_URL ?? 'https://api.cursor.com' } : undefined,
    },
    verify: readVerifyConfig(e),
  };
  return deepFreeze(config);
}

function deepFreeze<T extends object>(value: T): T {
  for (const v of Object.values(value)) if (v && typeof v === 'object') deepFreeze(v as object);
  return Object.freeze(value);
}
