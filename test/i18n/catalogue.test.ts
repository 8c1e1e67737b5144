import { describe, expect, it } from 'vitest';
import { en, type Catalogue } from '@/i18n/en';
import { recommendInWords, wordRecommendation } from '@/i18n/word';
import { recommend } from '@/engine/recommend';
import { loadPublicScenarios } from '../engine/fixtures';

describe('the English catalogue', () => {
  it('is the shape a second language must have: a wrong parameter fails tsc', () => {
    const wrong: Catalogue = {
      ...en,
      exclusions: {
        ...en.exclusions,
        // @ts-expect-error: `not-on-os` takes { from, os }, not a layer name.
        'not-on-os': (p: { layer: string }) => `Not on ${p.layer}.`,
      },
    };
    expect(Object.keys(wrong.exclusions)).toEqual(Object.keys(en.exclusions));
  });

  it('words a result in another catalogue without touching the codes', () => {
    const profile = loadPublicScenarios()[0]!.profile;
    const other: Catalogue = {
      ...en,
      rationale: { ...en.rationale, task: () => 'Aufgabe.' },
    };
    const worded = wordRecommendation(recommend(profile), other);
    expect(worded.rationale.find((s) => s.id === 'task')?.text).toBe('Aufgabe.');
    expect(worded.rationale.map((s) => s.message)).toEqual(
      recommend(profile).rationale.map((s) => s.message),
    );
  });

  it('gives every warning, exclusion, companion and step of the public scenarios words', () => {
    for (const { profile } of loadPublicScenarios()) {
      const rec = recommendInWords(profile);
      const texts = [
        ...rec.warnings.flatMap((w) => [w.title, w.text]),
        ...rec.excluded.map((e) => e.reason),
        ...rec.companions.map((c) => c.text),
        ...rec.rationale.map((s) => s.text),
        ...rec.considerations.map((c) => c.why),
        ...rec.alternatives.map((a) => a.why),
        rec.ipsec.reason,
        rec.build.summary,
      ];
      for (const t of texts) expect(t.trim().length).toBeGreaterThan(0);
    }
  });
});
