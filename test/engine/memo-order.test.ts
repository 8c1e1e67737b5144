import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import type { Recommendation } from '@/engine/types';
import type { Profile } from '@/knowledge/vocabulary';
import { enumerateCompletePaths } from '@/questionnaire/paths';
import { profileArbitrary } from './fixtures';

/** A fresh copy of the engine (its module-level memo tables empty). */
async function freshRecommend(): Promise<(p: Profile) => Recommendation> {
  vi.resetModules();
  return (await import('@/engine/recommend')).recommend;
}

describe('the engine memo tables', () => {
  it('give every profile the same result whatever was recommended before it', async () => {
    // The engine keeps layer-check outcomes per combination of the facts they read and shares
    // them between tasks. A fact left out of a key would let one profile's outcome answer another
    // with the same key: the results would then depend on the order. Paths of the questionnaire
    // (neighbours differ in one answer) and random profiles, forwards and backwards, each in a
    // fresh copy of the engine.
    const paths = enumerateCompletePaths();
    const profiles = [
      ...paths.filter((_, i) => i % 40 === 0).map((p) => p.profile),
      ...fc.sample(profileArbitrary, { seed: 12, numRuns: 400 }),
    ];
    const forwards = await freshRecommend();
    const first = profiles.map((p) => forwards(p));
    const backwards = await freshRecommend();
    const second = [...profiles]
      .reverse()
      .map((p) => backwards(p))
      .reverse();
    const differing = profiles.filter((_, i) => !isDeepStrictEqual(first[i], second[i]));
    expect(differing).toEqual([]);
    expect(profiles.length).toBeGreaterThan(1_500);
  }, 120_000);
});
