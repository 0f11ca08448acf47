/** The sentences a schedule confirmation ends with: when things will really arrive. */
import { checkinSlot, describeCheckin, describeDigest, digestSlot } from '../../core/schedule/index.js';
import type { Person, Team } from '../../core/types.js';
import type { Ctx } from '../context.js';

/** This person's own check-in: when the next one arrives, in their zone, and why it moved (unless `alreadySaid`). */
export async function personCheckinWords(ctx: Ctx, person: Person, alreadySaid: readonly string[] = []): Promise<string> {
  const teams = await teamsOfPerson(ctx, person.id);
  const holidays = new Set<string>();
  for (const team of teams) for (const day of await ctx.store.listHolidays(team.id)) holidays.add(day);
  const facts = { nudges: person.nudges, absence: { awayUntil: person.awayUntil, holidays } };
  return describeCheckin(checkinSlot(person, teams, ctx.settings), ctx.settings.workDays, ctx.now, facts, alreadySaid);
}

/** A team's digest: when the next one goes out, in the team's zone. */
export function teamDigestWords(ctx: Ctx, team: Team): string {
  return describeDigest(digestSlot(team, ctx.settings), ctx.settings.workDays, ctx.now);
}

async function teamsOfPerson(ctx: Ctx, personId: number): Promise<Team[]> {
  const teams: Team[] = [];
  for (const m of await ctx.store.teamsOf(personId)) {
    const team = await ctx.store.getTeam(m.teamId);
    if (team) teams.push(team);
  }
  return teams;
}
