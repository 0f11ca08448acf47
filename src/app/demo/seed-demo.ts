/**
 * `--demo`: seeds the demo team into an empty database, so `digest preview` has eight
 * weeks to show. Never touches a database that already holds anything else.
 */
import { demoOrg, type DemoOrg } from '../../core/demo/demo-org.js';
import { resolveSettings } from '../../core/settings.js';
import { PUBLIC_RECOGNITION } from '../../core/win-text/index.js';
import { draftWin } from '../../core/wins.js';
import { introducePerson } from '../people.js';
import type { Store } from '../ports/index.js';
import { createNamedTeam } from '../teams.js';

/** Where the demo marker lives: a settings scope of its own, invisible to `settings`. */
const DEMO_SCOPE = 'demo';
const DEMO_JIRA_PROJECT = 'PAY';

export type DemoOutcome =
  | { status: 'seeded'; lead: string; message: string }
  | { status: 'present'; lead: string; message: string }
  | { status: 'not-empty'; message: string };

/** Seeds the demo team when the database is empty; says what it did either way. */
export async function seedDemo(store: Store, now: Date, seed = 42): Promise<DemoOutcome> {
  const marker = (await store.getSettings(DEMO_SCOPE)).lead;
  if (marker !== undefined) {
    return { status: 'present', lead: marker, message: `Demo data is already in this database; you are ${marker}, lead of the demo team.` };
  }
  if ((await store.listPeople()).length > 0 || (await store.listTeams()).length > 0) {
    return { status: 'not-empty', message: '--demo seeds only an empty database, and this one already has people or teams; nothing was added. Try a fresh file: DATABASE_URL=file:./data/demo.db npm start -- --demo' };
  }
  const zone = resolveSettings(await store.getSettings('workspace')).timeZone;
  const org = demoOrg(now, zone, seed);
  const ids = await seedPeople(store, org, zone);
  // The demo team tracks its work in a Jira project PAY, configured as an admin would.
  await store.setSetting('workspace', 'jira-projects', DEMO_JIRA_PROJECT);
  const wins = await seedWins(store, org, ids);
  await store.upsertUsage(org.usage.map((u) => ({
    source: u.source, identity: `${u.person.toLowerCase()}@example.com`, personId: ids.get(u.person) ?? null, day: u.day, tool: u.tool, model: u.model,
    inputTokens: u.inputTokens, outputTokens: u.outputTokens, cachedTokens: 0, requests: Math.ceil(u.inputTokens / 4000), costMicros: u.costMicros, activity: {},
  })));
  await store.setSetting(DEMO_SCOPE, 'lead', org.lead);
  return {
    status: 'seeded',
    lead: org.lead,
    message: `Seeded the demo team ${org.team}: ${org.people.length} people, ${wins} wins and setbacks over 8 weeks, ${org.usage.length} usage records from 3 tools. You are ${org.lead}, its lead. Try: digest preview`,
  };
}

async function seedPeople(store: Store, org: DemoOrg, zone: string): Promise<Map<string, number>> {
  const team = await createNamedTeam(store, org.team);
  if (!team.ok) throw new Error(`seedDemo: ${team.error.message}`);
  const ids = new Map<string, number>();
  for (const name of org.people) {
    const person = await introducePerson(store, { platform: 'console', platformUserId: name.toLowerCase(), displayName: name, email: `${name.toLowerCase()}@example.com`, timeZone: zone, isAdmin: false });
    ids.set(name, person.id);
    await store.upsertMembership(team.value.id, person.id, name === org.lead);
  }
  return ids;
}

async function seedWins(store: Store, org: DemoOrg, ids: Map<string, number>): Promise<number> {
  for (const w of org.wins) {
    const authorId = ids.get(w.author) ?? 0;
    const recognition = { ...PUBLIC_RECOGNITION, jiraProjects: [DEMO_JIRA_PROJECT] };
    const drafted = draftWin({ authorId, kind: w.kind, text: w.text, source: 'console', week: w.week, visibility: w.private ? 'private' : 'team', recognition });
    if (!drafted.ok) throw new Error(`seedDemo: ${drafted.error.message}`);
    const win = await store.insertWin(drafted.value.draft);
    for (const endorser of w.endorsers) await store.addEndorsement(win.id, ids.get(endorser) ?? 0, w.week);
  }
  return org.wins.length;
}
