import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { recommend } from '@/engine/recommend';
import { ranksAbove } from '@/engine/select';
import { getLayer } from '@/knowledge/layers';
import { loadPublicScenarios, profileArbitrary } from './fixtures';

/** The exclusions a reader is shown under "why not higher", worked out from the public ranking. */
function expectedWhyNotHigher(rec: ReturnType<typeof recommend>) {
  const primary = rec.primary === null ? null : (getLayer(rec.primary) ?? null);
  return rec.excluded.filter((e) => ranksAbove(e.layerId, primary));
}

describe('why not higher', () => {
  it('lists exactly the excluded layers that rank above the primary, in exclusion order (all of them without one)', () => {
    for (const { profile } of loadPublicScenarios()) {
      const rec = recommend(profile);
      expect(rec.whyNotHigher).toEqual(expectedWhyNotHigher(rec));
    }
    fc.assert(
      fc.property(profileArbitrary, (p) => {
        const rec = recommend(p);
        expect(rec.whyNotHigher).toEqual(expectedWhyNotHigher(rec));
        if (rec.primary === null) expect(rec.whyNotHigher).toEqual(rec.excluded);
      }),
      { numRuns: 2_000 },
    );
  }, 120_000);

  it('a caller changing one result leaves the next result for the same profile as it was', () => {
    const profile = loadPublicScenarios().find(
      (s) => recommend(s.profile).whyNotHigher.length > 0,
    )?.profile;
    if (profile === undefined) throw new Error('no public scenario with layers ruled out above');
    const first = recommend(profile);
    const before = JSON.stringify(recommend(profile));
    // Lists a caller owns may be changed; the shared ones are frozen and refuse it.
    (first.whyNotHigher as unknown[]).length = 0;
    (first.excluded as unknown[]).length = 0;
    try {
      (first.ipsec.notes as unknown[]).push('x');
    } catch {
      // frozen: shared between results
    }
    expect(JSON.stringify(recommend(profile))).toBe(before);
  });
});
