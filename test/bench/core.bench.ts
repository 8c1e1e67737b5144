import { bench, describe } from 'vitest';
import { recommend } from '@/engine/recommend';
import { enumerateCompletePaths } from '@/questionnaire/paths';
import { answer, start } from '@/questionnaire/machine';
import { decodeProfile, encodeProfile } from '@/share/url';

const paths = enumerateCompletePaths();
const profiles = paths.map((path) => path.profile);
const sample = profiles.filter(
  (_, index) => index % Math.max(1, Math.floor(profiles.length / 500)) === 0,
);

describe(`pure core (${paths.length} complete questionnaire paths, sample of ${sample.length})`, () => {
  bench('recommend() one profile', () => {
    recommend(sample[0]!);
  });
  bench(`recommend() × ${sample.length} profiles`, () => {
    for (const profile of sample) recommend(profile);
  });
  bench('answer a whole path through the machine', () => {
    let state = start();
    for (const [question, value] of paths[0]!.answers) state = answer(state, question, value);
  });
  bench('share link encode + decode', () => {
    decodeProfile(encodeProfile(sample[0]!));
  });
});
