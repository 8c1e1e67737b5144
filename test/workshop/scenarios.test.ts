import { describe, expect, it } from 'vitest';
import { recommend } from '@/engine/recommend';
import { WORKSHOP_SCENARIOS, getScenario } from '@/knowledge/scenarios';
import { SOURCES } from '@/knowledge/sources';
import { REQUIRED_PROFILE_KEYS, type Profile } from '@/knowledge/vocabulary';
import { decodeProfile } from '@/share/url';
import { loadPublicScenarios } from '../fixtures/scenarios';

function profileOf(link: string): Profile {
  const { profile, errors } = decodeProfile(link);
  expect(errors).toEqual([]);
  for (const key of REQUIRED_PROFILE_KEYS) expect(profile[key], key).toBeDefined();
  return profile as Profile;
}

describe('workshop gallery scenarios', () => {
  it('has at least 20 scenarios with distinct ids', () => {
    expect(WORKSHOP_SCENARIOS.length).toBeGreaterThanOrEqual(20);
    expect(new Set(WORKSHOP_SCENARIOS.map((s) => s.id)).size).toBe(WORKSHOP_SCENARIOS.length);
  });

  it.each(WORKSHOP_SCENARIOS.map((s) => [s.id, s] as const))(
    '%s: the stated outcome is what the engine gives for its link',
    (_, s) => {
      const rec = recommend(profileOf(s.link));
      expect(rec.verdict).toBe(s.expect.verdict);
      expect(rec.primary).toBe(s.expect.primary);
      expect(rec.ipsec.status).toBe(s.expect.ipsec);
      expect([...rec.considerations.map((c) => c.id)].sort()).toEqual(
        [...s.expect.considerations].sort(),
      );
    },
  );

  it('cites only known sources, at least one each', () => {
    const known = new Set(SOURCES.map((s) => s.id));
    for (const s of WORKSHOP_SCENARIOS) {
      expect(s.sourceIds.length, s.id).toBeGreaterThan(0);
      for (const id of s.sourceIds) expect(known.has(id), `${s.id}: ${id}`).toBe(true);
    }
  });

  it('includes every public scenario with the same profile', () => {
    for (const p of loadPublicScenarios()) {
      const s = getScenario(p.id);
      expect(s, p.id).toBeDefined();
      expect(s?.origin).toBe('public');
      expect(profileOf(s!.link)).toEqual(p.profile);
      expect(s?.expect.verdict).toBe(p.expect.verdict);
    }
  });

  it('covers the real-product patterns the issue names', () => {
    const patterns = new Set(WORKSHOP_SCENARIOS.map((s) => s.pattern));
    for (const p of [
      'per-app-firewall',
      'transparent-proxy',
      'split-tunnel',
      'dlp-stream',
      'connection-telemetry',
      'router-filtering',
      'nat',
      'stealth',
      'l2-filtering',
      'vm-traffic',
      'interactive-prompt',
      'traffic-shaping',
    ] as const) {
      expect(patterns.has(p), p).toBe(true);
    }
  });
});
