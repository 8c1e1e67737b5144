import { describe, expect, it } from 'vitest';
import { recommend } from '@/engine/recommend';
import { loadPublicScenarios } from './fixtures';

const scenarios = loadPublicScenarios();

describe('public scenarios', () => {
  it('are there to test', () => {
    expect(scenarios.length).toBeGreaterThan(0);
  });

  it.each(scenarios.map((s) => [s.id, s] as const))(
    '%s: verdict, primary and IPsec match',
    (_, s) => {
      const rec = recommend(s.profile);
      expect(rec.verdict).toBe(s.expect.verdict);
      if (s.expect.primary !== undefined) expect(rec.primary).toBe(s.expect.primary);
      if (s.expect.ipsec !== undefined) expect(rec.ipsec.status).toBe(s.expect.ipsec);
    },
  );

  // Subset check: the design may carry more considerations than a scenario lists (expert note P10).
  it.each(scenarios.map((s) => [s.id, s] as const))(
    '%s: expected considerations are present',
    (_, s) => {
      const ids = recommend(s.profile).considerations.map((c) => c.id);
      for (const id of s.expect.considerations ?? []) expect(ids).toContain(id);
    },
  );
});
