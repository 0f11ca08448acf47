import { describe, expect, it } from 'vitest';
import { computeDigest } from '../../../src/core/digest/compute-digest.js';
import { renderDigest } from '../../../src/core/digest/render-digest.js';
import { artifactKey, decideEvidence, type ArtifactCheck } from '../../../src/core/evidence/index.js';
import type { Artifact, Win } from '../../../src/core/types.js';
import { textOf } from '../../support/message-text.js';
import { id, input, win } from './fixtures.js';

const pr = (n: number): Artifact => ({ kind: 'pull-request', provider: 'github', label: `acme/pay#${n}`, url: `https://github.com/acme/pay/pull/${n}` });
const checked = (w: Win, status: ArtifactCheck['status'], reason: string | null = null): Win => {
  const checks = w.artifacts.map((a): ArtifactCheck => ({ winId: w.id, artifactKey: artifactKey(a), provider: a.provider, status, reason, firstCheckedAt: w.createdAt, checkedAt: w.createdAt }));
  return { ...w, evidence: decideEvidence(w, checks, new Set(['github'])) };
};

describe('digest with checked evidence', () => {
  it('ranks confirmed above linked above endorsed, and says how many were confirmed', () => {
    const wins = [
      win(id('Ada'), { text: 'Endorsed work on the ledger', endorsements: 3, minutes: 240 }),
      checked(win(id('Bo'), { text: 'Linked but open refunds change', artifacts: [pr(1)], minutes: 120 }), 'pending'),
      checked(win(id('Cy'), { text: 'Merged the payout batching', artifacts: [pr(2)], minutes: 30 }), 'confirmed'),
    ].map((w) => (w.evidence ? w : { ...w, evidence: decideEvidence(w, [], new Set(['github'])) }));
    const model = computeDigest(input({ wins, verifying: true }));
    expect(model.highlights.map((h) => h.authorName)).toEqual(['Cy', 'Bo', 'Ada']);
    expect(model.headline).toMatchObject({ verified: 1, confirmed: 1 });
    const text = textOf(renderDigest(model));
    expect(text).toContain('3 wins from 3 of 9 people this week, about 7 h saved, 1 verified (1 confirmed).');
    expect(text).toContain('Merged the payout batching — @Cy (other · 30 min saved · confirmed)');
  });

  it('gives a winmaxxer pasting a teammate\'s merged PR into 10 wins no confirmed win and no highlight', () => {
    const mine = checked(win(id('Ada'), { text: 'Shipped the retry queue', artifacts: [pr(7)], minutes: 60 }), 'confirmed');
    const pasted = Array.from({ length: 10 }, (_, i) =>
      checked(win(id('Mal'), { text: `Big win number ${i} on a different topic ${'x'.repeat(i)}`, artifacts: [pr(7)], endorsements: 0, minutes: 600 }), 'rejected', 'acme/pay#7 belongs to someone else'),
    );
    const model = computeDigest(input({ wins: [mine, ...pasted], verifying: true }));
    expect(model.headline.confirmed).toBe(1);
    expect(model.verifiedWinIds).toEqual([mine.id]);
    expect(model.highlights.map((h) => h.authorName)).toEqual(['Ada']);
  });
});
