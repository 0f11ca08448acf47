/**
 * Builds the provider usage sources that are configured. The Anthropic key yields two
 * sources: `anthropic` (Claude API usage and cost) and `claude-code` (Claude Code analytics).
 */
import type { UsageSource } from '../app/ports/index.js';
import { createAnthropicSource } from './anthropic.importer.js';
import { createClaudeCodeSource } from './claude-code.importer.js';
import { createCopilotSource } from './copilot.importer.js';
import { createCursorSource } from './cursor.importer.js';
import type { HttpOptions } from './http-client.js';
import { createOpenAiSource } from './openai.importer.js';

/**
 * The provider settings, shaped like `Config['usageSources']` (declared here because
 * src/ingest may depend only on src/core and the ports). Absent = not configured.
 */
export interface UsageSourcesConfig {
  openai: { key: string; baseUrl: string } | undefined;
  anthropic: { key: string; baseUrl: string } | undefined;
  github: { token: string; org: string; baseUrl: string } | undefined;
  cursor: { key: string; baseUrl: string } | undefined;
}

/** HTTP knobs for every source, plus the time that bounds report days (defaults to now). */
export interface UsageSourceOptions extends HttpOptions {
  now?: () => Date;
}

/** One `UsageSource` per configured provider, in a stable order. */
export function createUsageSources(config: UsageSourcesConfig, options: UsageSourceOptions = {}): UsageSource[] {
  const sources: UsageSource[] = [];
  if (config.openai) sources.push(createOpenAiSource(config.openai, options));
  if (config.anthropic) {
    sources.push(createAnthropicSource(config.anthropic, options));
    sources.push(createClaudeCodeSource(config.anthropic, options));
  }
  if (config.github) sources.push(createCopilotSource(config.github, options));
  if (config.cursor) sources.push(createCursorSource(config.cursor, options));
  return sources;
}
