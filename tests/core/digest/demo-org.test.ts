import { describe, expect, it } from 'vitest';
import { demoOrg, seededRandom } from '../../../src/core/demo/demo-org.js';

describe('demo organisation', () => {
  const now = new Date('2026-11-25T10:00:00Z');

  it('is the same for the same seed, and different for another', () => {
    expect(demoOrg(now, 'UTC', 7)).toEqual(demoOrg(now, 'UTC', 7));
    expect(demoOrg(now, 'UTC', 7).wins).not.toEqual(demoOrg(now, 'UTC', 8).wins);
    expect(seededRandom(1)()).toBe(seededRandom(1)());
  });

  it('covers 8 people, 8 weeks of wins and setbacks, and usage from 3 tools for 6 of them', () => {
    const org = demoOrg(now, 'UTC');
    expect(org.people).toHaveLength(8);
    expect(new Set(org.wins.map((w) => w.week)).size).toBe(8);
    expect(org.wins.some((w) => w.kind === 'setback')).toBe(true);
    expect(org.wins.some((w) => w.endorsers.length > 0)).toBe(true);
    expect(new Set(org.usage.map((u) => u.tool))).toEqual(new Set(['claude', 'cursor', 'copilot']));
    expect(new Set(org.usage.map((u) => u.person)).size).toBe(6);
    expect(org.usage.every((u) => u.day >= '2026-10-05' && u.day <= '2026-11-27')).toBe(true);
  });
});
