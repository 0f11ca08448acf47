import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SLASH_COMMAND } from '../../../adapters/slack/listeners/index.js';
import { LOG_AS_WIN_CALLBACK } from '../../../adapters/slack/listeners/shortcuts.js';
import { SLACK_EVENTS_PATH } from '../../../adapters/slack/slack-app.js';

const manifest = fs.readFileSync(path.resolve(import.meta.dirname, '../../../adapters/slack/manifest.yml'), 'utf8');

/** The `- item` lines of the YAML list under `key:` (the manifest keeps lists one item a line). */
function listUnder(key: string): string[] {
  const lines = manifest.split('\n');
  const start = lines.findIndex((line) => line.trim() === `${key}:`);
  const items: string[] = [];
  for (const line of lines.slice(start + 1)) {
    if (/^\s*#/.test(line)) continue;
    const item = /^\s*- (\S+)$/.exec(line);
    if (item === null) break;
    items.push(item[1]!);
  }
  return items;
}

describe('adapters/slack/manifest.yml', () => {
  it('declares the command, shortcut and URL the code answers on', () => {
    expect(manifest).toContain(`command: ${SLASH_COMMAND}\n`);
    expect(manifest).toContain(`callback_id: ${LOG_AS_WIN_CALLBACK}\n`);
    expect(manifest.match(/url: (\S+)/g)?.every((u) => u.endsWith(SLACK_EVENTS_PATH))).toBe(true);
    expect(manifest).toMatch(/home_tab_enabled: true/);
    expect(manifest).toMatch(/interactivity:\n\s+is_enabled: true/);
  });

  it('asks for exactly the scopes and events the adapter uses', () => {
    expect(listUnder('bot').sort()).toEqual(['channels:read', 'chat:write', 'commands', 'files:read', 'groups:read', 'im:history', 'users:read', 'users:read.email']);
    expect(listUnder('bot_events').sort()).toEqual(['app_home_opened', 'message.im']);
  });
});
