/* eslint-disable @typescript-eslint/no-unsafe-argument -- Slack payloads are JSON as sent on the wire; tests read them untyped on purpose. */
/** The weekly digest, sent through the Slack ChatPlatform, mentions highlight and setback authors for real. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { blocksText } from './block-text.js';
import { startSlackDeliveryHarness, type SlackDeliveryHarness } from './slack-delivery-harness.js';

let s: SlackDeliveryHarness;
beforeEach(async () => { s = await startSlackDeliveryHarness('2026-11-25T10:00:00Z'); });
afterEach(async () => { await s.close(); });

describe('digest mentions on Slack', () => {
  it('renders the highlight author and the setback author as <@U…> in the channel digest', async () => {
    await s.person('U0ADM', 'Admin');
    const ann = await s.person('U0ANN', 'Ann');
    const ben = await s.person('U0BEN', 'Ben');
    for (const id of ['U0ADM', 'U0ANN', 'U0BEN']) s.api.addUser({ id, name: id });
    await s.team('Core', [ann, ben], 'C0CORE');
    const logged = await s.app.handleCommand(s.caller(ann), 'log Fixed the flaky checkout test with Copilot, saved 2h https://github.com/acme/shop/pull/42');
    expect(logged.errorCode).toBeUndefined();
    const setback = await s.app.handleCommand(s.caller(ben), 'setback Copilot suggested a deprecated charge API, lost 2h');
    expect(setback.errorCode).toBeUndefined();
    // Friday 16:00 in the workspace zone (UTC by default): the team's digest is due.
    const report = await s.tick('2026-11-27T16:00:00Z');
    expect(report.sent).toContain(`digest team:1 2026-W48`);
    const digest = s.api.ok('chat.postMessage').find((c) => c.params.channel === 'C0CORE');
    const text = blocksText(digest?.params.blocks);
    expect(text).toContain('Fixed the flaky checkout test with Copilot, saved 2h https://github.com/acme/shop/pull/42 — <@U0ANN>');
    expect(text).toMatch(/For example: “Copilot suggested a deprecated charge API, lost 2h” — <@U0BEN>/);
    expect(text).not.toContain('@Ann');
  });
});
