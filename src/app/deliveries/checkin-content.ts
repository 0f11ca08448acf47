/** Gathers what a check-in may say: the person's own usage, their wins, team ideas. */
import { dayInWeek, shiftWeek } from '../../core/iso-week.js';
import { checkinMessage, type OwnUsage } from '../../core/checkin/checkin-message.js';
import { chooseNudge, type IdeaWin } from '../../core/checkin/nudge.js';
import type { Message } from '../../core/message.js';
import type { OrgSnapshot } from '../../core/schedule/due-items.js';
import type { IsoWeek, Person } from '../../core/types.js';
import type { CheckinAnswerStore, DeliveryStore, UsageStore, WinStore } from '../ports/index.js';
import { visibleEntries } from '../../core/visibility.js';
import { orgIndex } from './org-snapshot.js';

/** What a check-in is built from. */
type CheckinReads = UsageStore & WinStore & DeliveryStore & CheckinAnswerStore;

const tokensBetween = async (store: CheckinReads, personId: number, from: IsoWeek, to: IsoWeek) => {
  const t = await store.usageTotalsForPerson(personId, dayInWeek(from, 'mon'), dayInWeek(to, 'sun'));
  return { tokens: t.inputTokens + t.outputTokens, costMicros: t.costMicros, any: t.requests + t.inputTokens + t.outputTokens + t.costMicros > 0 };
};

/** Recent wins teammates shared with the team (never private ones, never the person's own). */
async function teamIdeas(store: CheckinReads, org: OrgSnapshot, person: Person, week: IsoWeek): Promise<IdeaWin[]> {
  const { teamsOf, membersOf, personById } = orgIndex(org);
  const mates = [...new Set((teamsOf.get(person.id) ?? []).flatMap((t) => membersOf.get(t) ?? []))].filter((id) => id !== person.id);
  if (mates.length === 0) return [];
  const wins = await store.listWinsInWeeks(mates, [shiftWeek(week, -1), week]);
  return visibleEntries('teammate', wins)
    .filter((w) => w.kind === 'win')
    .sort((a, b) => b.endorsements - a.endorsements || b.id - a.id)
    .slice(0, 2)
    .map((w) => ({ text: w.text, authorName: personById.get(w.authorId)?.displayName ?? 'a teammate' }));
}

/**
 * The check-in for a person and ISO week, with the private usage line and the one nudge.
 * The reminder is the bare question: the week's one nudge was in the check-in.
 */
export async function buildCheckin(store: CheckinReads, org: OrgSnapshot, person: Person, week: IsoWeek, reminder: boolean): Promise<Message> {
  if (reminder) return checkinMessage({ week, reminder, usage: null, nudge: null });
  const quietWeeks = org.settings.nudgeQuietWeeks;
  const firstQuiet = shiftWeek(week, -(quietWeeks - 1));
  const thisWeek = await tokensBetween(store, person.id, week, week);
  const quiet = await tokensBetween(store, person.id, firstQuiet, week);
  const weeks = Array.from({ length: quietWeeks }, (_, i) => shiftWeek(firstQuiet, i));
  const wins = (await store.listWinsInWeeks([person.id], weeks)).filter((w) => w.kind === 'win').length;
  const nudge = chooseNudge(
    {
      tokensInQuietWeeks: quiet.tokens,
      tokensThisWeek: thisWeek.tokens,
      winsInQuietWeeks: wins,
      teamIdeas: thisWeek.tokens === 0 ? await teamIdeas(store, org, person, week) : [],
    },
    { highUsageTokensPerWeek: org.settings.nudgeHighUsageTokens, quietWeeks },
  );
  const usage: OwnUsage | null = thisWeek.any ? { tokens: thisWeek.tokens, costMicros: thisWeek.costMicros } : null;
  return checkinMessage({ week, reminder, usage, nudge });
}

/**
 * Why a reminder is not needed, or null when it is: it follows only a check-in that went
 * out and was not answered (no Nothing/Snooze, no win logged that week).
 */
export async function reminderNotNeeded(store: CheckinReads, personId: number, week: IsoWeek): Promise<string | null> {
  const checkin = await store.getDelivery('checkin', `person:${personId}`, week);
  if (checkin?.status !== 'sent') return 'no check-in was sent this week';
  const answer = await store.getCheckinAnswer(personId, week);
  if (answer !== null) return `answered ${answer}`;
  const wins = await store.listWinsInWeeks([personId], [week]);
  if (wins.some((w) => w.kind === 'win')) return 'a win was logged this week';
  return null;
}
