import { describe, expect, it } from 'vitest';
import { fromProfile, isComplete, replayProfile, toProfile } from '@/questionnaire/machine';
import { decodeProfile, encodeProfile } from '@/share/url';
import { loadPublicScenarios } from '../fixtures/scenarios';

const loadScenarios = loadPublicScenarios;
const scenarios = loadScenarios();

describe('public scenarios', () => {
  it('are there to test', () => {
    expect(scenarios.length).toBeGreaterThan(0);
  });

  it.each(scenarios.map((s) => [s.id, s.profile] as const))(
    '%s survives a share link unchanged',
    (_, profile) => {
      const decoded = decodeProfile(`#${encodeProfile(profile)}`);
      expect(decoded.errors).toEqual([]);
      expect(decoded.profile).toEqual(profile);
    },
  );

  it.each(scenarios.map((s) => [s.id, s.profile] as const))(
    '%s opens as a complete questionnaire',
    (_, profile) => {
      const replay = replayProfile(profile);
      expect(replay.stoppedAt).toBeNull();
      const s = fromProfile(profile);
      expect(isComplete(s)).toBe(true);
      // Every key the questionnaire asks for keeps the scenario's value.
      expect(profile).toMatchObject(
        Object.fromEntries(Object.entries(toProfile(s) ?? {}).filter(([key]) => key in profile)),
      );
    },
  );
});
