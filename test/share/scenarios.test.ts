import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { PartialProfile } from '@/knowledge/vocabulary';
import { fromProfile, isComplete, replayProfile, toProfile } from '@/questionnaire/machine';
import { decodeProfile, encodeProfile } from '@/share/url';

// The worked scenarios live beside the repository: ../shared/scenarios/public.json.
const file = fileURLToPath(new URL('../../../shared/scenarios/public.json', import.meta.url));

function loadScenarios(): readonly { id: string; profile: PartialProfile }[] {
  if (!existsSync(file)) {
    throw new Error(`The public scenarios are missing: expected them at ${file}.`);
  }
  return JSON.parse(readFileSync(file, 'utf8')) as { id: string; profile: PartialProfile }[];
}

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
