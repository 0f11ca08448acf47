/** Nobody away gets a check-in, reminder or nudge; teams on holiday get nothing; judged in each person's zone. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeDeliveryHarness, recipient, type DeliveryHarness } from '../../support/delivery-harness.js';

let h: DeliveryHarness;
beforeEach(async () => {
  h = await makeDeliveryHarness('2026-11-23T00:00:00Z');
  // The first person is the workspace admin; in no team, so they get only the roll-up.
  await h.person('Admin', 'UTC');
});
afterEach(async () => { await h.close(); });

/** Ticks the clock every 30 minutes up to `to` (every due moment here is on a half hour). */
async function runUntil(to: string) {
  const report = { sent: [] as string[], skipped: [] as string[], failed: [] as string[] };
  for (let t = h.clock.now().getTime() + 30 * 60_000; t <= Date.parse(to); t += 30 * 60_000) {
    const r = await h.tick(new Date(t));
    report.sent.push(...r.sent);
    report.skipped.push(...r.skipped);
    report.failed.push(...r.failed);
  }
  return report;
}

const sentTo = (who: string) => h.platform.sent.filter((s) => recipient(s.to) === who).map((s) => `${s.message.summary.startsWith('A gentle') ? 'reminder' : s.message.summary.startsWith('Digest') ? 'digest' : 'checkin'} ${s.at.toISOString()}`);

describe('absence', () => {
  it('sends nothing to a person away all week, while a teammate gets the check-in and the reminder', async () => {
    const ann = await h.person('Ann', 'Europe/Berlin', { awayUntil: '2026-11-29' });
    const ben = await h.person('Ben', 'Europe/Berlin');
    await h.team('Core', [ann, ben]);
    const report = await runUntil('2026-11-30T00:00:00Z');
    expect(sentTo('ann')).toEqual([]);
    expect(sentTo('ben')).toEqual(['checkin 2026-11-26T14:00:00.000Z', 'reminder 2026-11-27T14:00:00.000Z']);
    expect(report.skipped).toContain(`checkin person:${ann.id} 2026-W48`);
    expect((await h.store.getDelivery('checkin', `person:${ann.id}`, '2026-W48'))?.lastError).toBe('away');
  });

  it('sends a team on holiday on its check-in and digest days nothing that week', async () => {
    const ann = await h.person('Ann', 'Europe/Berlin');
    const ben = await h.person('Ben', 'Asia/Kolkata');
    const core = await h.team('Core', [ann, ben], { channel: 'core', timeZone: 'Europe/Berlin' });
    await h.store.addHoliday(core.id, '2026-11-26');
    await h.store.addHoliday(core.id, '2026-11-27');
    await runUntil('2026-11-30T00:00:00Z');
    expect(h.platform.sent.filter((s) => recipient(s.to) !== 'admin')).toEqual([]);
    // The next week is an ordinary one.
    await runUntil('2026-12-07T00:00:00Z');
    expect(sentTo('#core')).toEqual(['digest 2026-12-04T15:00:00.000Z']);
    expect(sentTo('ben')).toEqual(['checkin 2026-12-03T09:30:00.000Z', 'reminder 2026-12-04T09:30:00.000Z']);
  });

  it('judges the end of an absence in the person\'s own zone', async () => {
    // Away through Thursday 26 Nov. Kiri's Friday 09:00 in Auckland is still Thursday in UTC.
    const kiri = await h.person('Kiri', 'Pacific/Auckland', { awayUntil: '2026-11-26', checkinDay: 'fri', checkinTime: '09:00' });
    // Lee's Thursday 15:00 in Los Angeles is already Friday in UTC, but still Thursday for Lee.
    const lee = await h.person('Lee', 'America/Los_Angeles', { awayUntil: '2026-11-26' });
    // Mo is back from Wednesday, so Thursday's check-in reaches Mo.
    const mo = await h.person('Mo', 'Europe/Berlin', { awayUntil: '2026-11-25' });
    await h.team('Core', [kiri, lee, mo]);
    await runUntil('2026-11-30T00:00:00Z');
    expect(sentTo('kiri')).toEqual(['checkin 2026-11-26T20:00:00.000Z']);
    expect(sentTo('lee')).toEqual([]);
    expect(sentTo('mo')).toEqual(['checkin 2026-11-26T14:00:00.000Z', 'reminder 2026-11-27T14:00:00.000Z']);
  });

  it('stops at an absence that starts mid-week and resumes when it ends mid-week', async () => {
    const raj = await h.person('Raj', 'Asia/Kolkata');
    await h.team('Core', [raj]);
    await runUntil('2026-11-25T06:00:00Z');
    // Wednesday morning in Kolkata: away until next Wednesday.
    expect((await h.app.handleCommand({ platform: 'console', platformUserId: 'raj', displayName: 'Raj' }, 'away until 2026-12-02')).errorCode).toBeUndefined();
    await runUntil('2026-12-07T00:00:00Z');
    expect(sentTo('raj')).toEqual(['checkin 2026-12-03T09:30:00.000Z', 'reminder 2026-12-04T09:30:00.000Z']);
  });

  it('sends no reminder to someone who went away after the check-in', async () => {
    const ann = await h.person('Ann', 'Europe/Berlin');
    await h.team('Core', [ann]);
    await runUntil('2026-11-26T18:00:00Z');
    await h.store.updatePerson(ann.id, { awayUntil: '2026-11-27' });
    await runUntil('2026-11-30T00:00:00Z');
    expect(sentTo('ann')).toEqual(['checkin 2026-11-26T14:00:00.000Z']);
  });

  it('respects a platform status of away, and nudges off', async () => {
    const ann = await h.person('Ann', 'Europe/Berlin');
    const ben = await h.person('Ben', 'Europe/Berlin', { nudges: false });
    await h.team('Core', [ann, ben]);
    h.platform.awayIds.add('ann');
    const report = await runUntil('2026-11-30T00:00:00Z');
    expect(h.platform.sent.filter((s) => recipient(s.to) !== 'admin')).toEqual([]);
    expect((await h.store.getDelivery('checkin', `person:${ann.id}`, '2026-W48'))?.lastError).toBe('away (platform status)');
    expect(report.sent).toEqual(['rollup person:1 2026-W48']);
  });
});
