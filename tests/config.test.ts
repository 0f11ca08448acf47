import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../src/config.js';

describe('loadConfig', () => {
  it('gives the console defaults on an empty environment', () => {
    const config = loadConfig({});
    expect(config.databaseUrl).toBe('file:./data/shiplog.db');
    expect(config.port).toBe(3000);
    expect(config.slack).toBeUndefined();
    expect(config.teams).toBeUndefined();
    expect(config.usageSources.openai).toBeUndefined();
    expect(Object.isFrozen(config.console)).toBe(true);
  });

  it('treats empty strings as unset, as a copied .env.example leaves them', () => {
    const config = loadConfig({ SLACK_BOT_TOKEN: '', PORT: '', DATABASE_URL: '', TEAMS_ENABLED: '' });
    expect(config.slack).toBeUndefined();
    expect(config.port).toBe(3000);
  });

  it('reads Slack, Teams and sources with default base URLs', () => {
    const config = loadConfig({
      SLACK_BOT_TOKEN: 'xoxb-1',
      SLACK_SIGNING_SECRET: 's',
      SLACK_API_URL: 'http://127.0.0.1:4000/api/',
      TEAMS_ENABLED: 'true',
      OPENAI_ADMIN_KEY: 'sk-admin-x',
      GITHUB_TOKEN: 'ghp',
      GITHUB_ORG: 'acme',
    });
    expect(config.slack).toEqual({ botToken: 'xoxb-1', signingSecret: 's', appToken: undefined, apiUrl: 'http://127.0.0.1:4000/api/', adminsFromWorkspace: true });
    expect(config.teams?.appId).toBeUndefined();
    expect(config.usageSources.openai).toEqual({ key: 'sk-admin-x', baseUrl: 'https://api.openai.com' });
    expect(config.usageSources.github).toEqual({ token: 'ghp', org: 'acme', baseUrl: 'https://api.github.com' });
  });

  it('makes Slack workspace admins shiplog admins unless SLACK_ADMINS_FROM_WORKSPACE is false', () => {
    const slack = { SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SIGNING_SECRET: 's' };
    expect(loadConfig(slack).slack?.adminsFromWorkspace).toBe(true);
    expect(loadConfig({ ...slack, SLACK_ADMINS_FROM_WORKSPACE: '' }).slack?.adminsFromWorkspace).toBe(true);
    expect(loadConfig({ ...slack, SLACK_ADMINS_FROM_WORKSPACE: 'false' }).slack?.adminsFromWorkspace).toBe(false);
    expect(loadConfig({ ...slack, SLACK_ADMINS_FROM_WORKSPACE: 'no' }).slack?.adminsFromWorkspace).toBe(false);
    expect(() => loadConfig({ ...slack, SLACK_ADMINS_FROM_WORKSPACE: 'maybe' })).toThrow('SLACK_ADMINS_FROM_WORKSPACE must be true or false (got "maybe").');
  });

  it.each([
    [{ PORT: 'abc' }, 'PORT must be a number (got "abc").'],
    [{ PORT: '70000' }, 'PORT must be 1-65535 (got "70000").'],
    [{ PORT: '80.5' }, 'PORT must be a whole number (got "80.5").'],
    [{ DATABASE_URL: 'mysql://shiplog:s3cret@db/shiplog' }, 'DATABASE_URL must be file:<path> (SQLite) or postgres://user:password@host:5432/database (PostgreSQL) (got "mysql://shiplog:***@db/shiplog").'],
    [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent (got "loud").'],
    [{ SLACK_BOT_TOKEN: 'xoxp-user' }, 'SLACK_BOT_TOKEN must be a bot token starting with xoxb-.'],
    [{ SLACK_BOT_TOKEN: 'xoxb-1' }, 'SLACK_SIGNING_SECRET is required with SLACK_BOT_TOKEN in HTTP mode (or set SLACK_APP_TOKEN for Socket Mode).'],
    [{ SLACK_SIGNING_SECRET: 'x' }, 'SLACK_BOT_TOKEN is required when other SLACK_ settings are given.'],
    [{ SLACK_API_URL: 'not a url' }, 'SLACK_API_URL must be an http(s) URL (got "not a url").'],
    [{ GITHUB_ORG: 'acme' }, 'GITHUB_TOKEN is required with GITHUB_ORG (a token that can read its Copilot usage).'],
    [{ JIRA_EMAIL: 'a@acme.io', JIRA_API_TOKEN: 't' }, 'JIRA_URL is required with JIRA_EMAIL and JIRA_API_TOKEN (your site, e.g. https://acme.atlassian.net).'],
    [{ JIRA_URL: 'https://acme.atlassian.net', JIRA_API_TOKEN: 't' }, 'JIRA_EMAIL is required with JIRA_API_TOKEN (the Atlassian account the token belongs to).'],
    [{ GITLAB_URL: 'git.acme.io' }, 'GITLAB_URL must be an http(s) URL (got "git.acme.io").'],
    [{ GITHUB_HOST: 'https://ghe.acme.io' }, 'GITHUB_HOST must be a host name such as github.acme.io (got "https://ghe.acme.io").'],
    [{ SHIPLOG_CONSOLE: 'maybe' }, 'SHIPLOG_CONSOLE must be true or false (got "maybe").'],
    [{ MicrosoftAppId: 'id' }, 'MicrosoftAppPassword is required with MicrosoftAppId.'],
  ])('rejects %j with one line naming the variable', (env, message) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(message);
  });

  it('reads artifact verification providers, each optional, and the hosts whose links count', () => {
    expect(loadConfig({}).verify).toEqual({ github: undefined, gitlab: undefined, jira: undefined, linear: undefined, hosts: { github: [], gitlab: [], jira: [] } });
    const config = loadConfig({
      GITHUB_TOKEN: 'ghp',
      GITHUB_API_URL: 'https://ghe.acme.io/api/v3',
      GITLAB_TOKEN: 'glpat',
      GITLAB_URL: 'https://git.acme.io',
      JIRA_URL: 'https://acme.atlassian.net',
      JIRA_EMAIL: 'bot@acme.io',
      JIRA_API_TOKEN: 'atl',
      LINEAR_API_KEY: 'lin_api',
    });
    expect(config.usageSources.github).toBeUndefined();
    expect(config.verify.github).toEqual({ token: 'ghp', apiUrl: 'https://ghe.acme.io/api/v3', host: 'ghe.acme.io' });
    expect(config.verify.gitlab).toEqual({ token: 'glpat', url: 'https://git.acme.io', host: 'git.acme.io' });
    expect(config.verify.jira).toEqual({ url: 'https://acme.atlassian.net', email: 'bot@acme.io', token: 'atl', host: 'acme.atlassian.net' });
    expect(config.verify.linear).toEqual({ key: 'lin_api', apiUrl: 'https://api.linear.app/graphql' });
    expect(config.verify.hosts).toEqual({ github: ['ghe.acme.io'], gitlab: ['git.acme.io'], jira: [] });
  });

  it('recognises configured hosts even without credentials', () => {
    const config = loadConfig({ GITHUB_HOST: 'GitHub.Acme.io', GITLAB_URL: 'https://gitlab.acme.io:8443/', JIRA_URL: 'https://jira.acme.io' });
    expect(config.verify.github).toBeUndefined();
    expect(config.verify.hosts).toEqual({ github: ['github.acme.io'], gitlab: ['gitlab.acme.io:8443'], jira: ['jira.acme.io'] });
  });
});
