/** A Slack vacation status keeps check-ins away; an expired or unreadable status does not. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Person } from '../../../src/core/types.js';
import { startSlackDeliveryHarness, type SlackDeliveryHarness } from './slack-delivery-harness.js';

/** Monday of ISO week 2026-W48; the check-in is due Thursday 15:00 in Berlin (14:00 UTC). */
const MONDAY = '2026-11-23T08:00:00Z';
const CHECKIN_DUE = '2026-11-26T14:00:00Z';

let s: SlackDeliveryHarness;
let ann: Person;
let ben: Person;
beforeEach(async () => {
  s = await startSlackDeliveryHarness(MONDAY);
  // The first person is the workspace admin; outside the team, so only the admin roll-up is theirs.
  await s.person('U0ADM', 'Admin');
  ann = await s.person('U0ANN', 'Ann');
  ben = await s.person('U0BEN', 'Ben');
  s.api.addUser({ id: 'U0BEN', name: 'Ben', status: { text: 'In a meeting', emoji: ':spiral_calendar_pad:' } });
  await s.team('Core', [ann, ben]);
});
afterEach(async () => { await s.close(); });

const checkinsTo = (userId: string) => s.api.ok('chat.postMessage').filter((c) => c.params.channel === userId);

describe('Slack status as absence', () => {
  it('sends no check-in to someone with a :palm_tree: "Vacation" status, while a teammate gets theirs', async () => {
    s.api.addUser({ id: 'U0ANN', name: 'Ann', status: { text: 'Vacation', emoji: ':palm_tree:' } });
    const report = await s.tick(CHECKIN_DUE);
    expect(checkinsTo('U0ANN')).toEqual([]);
    expect(checkinsTo('U0BEN')).toHaveLength(1);
    expect(s.api.ok('users.info').map((c) => String(c.params.user))).toEqual(expect.arrayContaining(['U0ANN', 'U0BEN']));
    expect(report.skipped).toContain(`checkin person:${ann.id} 2026-W48`);
    expect(report.sent).toContain(`checkin person:${ben.id} 2026-W48`);
    expect((await s.store.getDelivery('checkin', `person:${ann.id}`, '2026-W48'))?.lastError).toBe('away (platform status)');
  });

  it('sends the check-in when the vacation status has already expired', async () => {
    s.api.addUser({ id: 'U0ANN', name: 'Ann', status: { text: 'Vacation', emoji: ':palm_tree:', expiration: Date.parse('2026-11-25T23:00:00Z') / 1000 } });
    await s.tick(CHECKIN_DUE);
    expect(checkinsTo('U0ANN')).toHaveLength(1);
  });

  it('still sends the check-in when the status cannot be read, and logs why', async () => {
    s.api.addUser({ id: 'U0ANN', name: 'Ann', status: { text: 'Vacation', emoji: ':palm_tree:' } });
    s.api.failNext('users.info', 'missing_scope', 5);
    const report = await s.tick(CHECKIN_DUE);
    expect(checkinsTo('U0ANN')).toHaveLength(1);
    expect(checkinsTo('U0BEN')).toHaveLength(1);
    expect(report.failed).toEqual([]);
    expect(s.warnings).toContain('slack presence unknown; treated as not away');
  });
});
