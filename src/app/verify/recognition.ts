/** What artifact recognition knows in this workspace: configured hosts, configured and seen keys. */
import type { Artifact } from '../../core/types.js';
import type { Recognition } from '../../core/win-text/index.js';
import type { Ctx } from '../context.js';

/** Settings scope of issue-key prefixes seen in Jira and Linear links (`jira:PAY` -> first seen). */
const SEEN_KEYS = 'seen-issue-keys';

/** Recognition for a win logged now: configured hosts, the admin's keys, keys seen in links before. */
export async function recognitionFor(ctx: Ctx): Promise<Recognition> {
  const hosts = ctx.deps.artifactHosts ?? { github: [], gitlab: [], jira: [] };
  const seen = Object.keys(await ctx.store.getSettings(SEEN_KEYS));
  const seenOf = (kind: 'jira' | 'linear'): string[] => seen.filter((k) => k.startsWith(`${kind}:`)).map((k) => k.slice(kind.length + 1));
  return {
    githubHosts: hosts.github,
    gitlabHosts: hosts.gitlab,
    jiraHosts: hosts.jira,
    jiraProjects: [...ctx.settings.jiraProjects, ...seenOf('jira')],
    linearTeams: [...ctx.settings.linearTeams, ...seenOf('linear')],
  };
}

/** Remembers the project and team keys of Jira and Linear links, so their bare keys count from now on. */
export async function rememberKeys(ctx: Ctx, artifacts: readonly Artifact[]): Promise<void> {
  const linked = artifacts.filter((a) => (a.kind === 'jira' || a.kind === 'linear') && a.url !== null);
  if (linked.length === 0) return;
  const seen = await ctx.store.getSettings(SEEN_KEYS);
  for (const a of linked) {
    const key = `${a.kind}:${a.label.split('-')[0]!}`;
    if (seen[key] === undefined) await ctx.store.setSetting(SEEN_KEYS, key, ctx.now.toISOString());
  }
}
