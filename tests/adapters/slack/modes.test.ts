import { describe, expect, it } from 'vitest';
import { createSlackAdapter } from '../../../adapters/slack/slack-app.js';
import { isFresh } from '../../../adapters/slack/request-freshness.js';
import { recordingApp } from '../console/recording-app.js';

const quiet = { debug() {}, info() {}, warn() {}, error() {} };

describe('Slack modes', () => {
  it('has no HTTP listener in Socket Mode, and needs a signing secret in HTTP mode', () => {
    const { app } = recordingApp();
    expect(createSlackAdapter({ app, botToken: 'xoxb-x', appToken: 'xapp-x', log: quiet }).requestListener).toBeUndefined();
    expect(createSlackAdapter({ app, botToken: 'xoxb-x', signingSecret: 's', log: quiet }).requestListener).toBeTypeOf('function');
    expect(() => createSlackAdapter({ app, botToken: 'xoxb-x', log: quiet })).toThrow(/SLACK_SIGNING_SECRET/);
  });
});

describe('the request-timestamp window', () => {
  const now = 1_764_000_000_000;
  it.each([
    ['exactly now', String(now / 1000), true],
    ['5 minutes ago', String(now / 1000 - 300), true],
    ['5 minutes ahead', String(now / 1000 + 300), true],
    ['5 minutes and 1 s ago', String(now / 1000 - 301), false],
    ['5 minutes and 1 s ahead', String(now / 1000 + 301), false],
    ['missing', undefined, false],
    ['not a number', '17640e5', false],
  ])('%s -> %s', (_name, header, fresh) => {
    expect(isFresh(header, now)).toBe(fresh);
  });
});
