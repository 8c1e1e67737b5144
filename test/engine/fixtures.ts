/**
 * Shared helpers for the engine tests: the public scenarios, a profile builder with defaults, and
 * a fast-check arbitrary over the whole profile space.
 */
import fc from 'fast-check';
import {
  ACTIONS,
  BASIS,
  DECIDERS,
  DIRECTIONS,
  FAIL,
  IPSEC_USE,
  LIFETIME,
  MIN_OS,
  MOMENTS,
  OWN_DRIVER,
  PRECEDENCE,
  PROTOCOLS,
  REDIRECT_TARGETS,
  REQUIRED_PROFILE_KEYS,
  TRAFFIC,
  type Profile,
} from '@/knowledge/vocabulary';
export { makeProfile } from '../fixtures/profiles';

export { SCENARIOS_FILE, loadPublicScenarios, type PublicScenario } from '../fixtures/scenarios';

/** Any complete profile, every key included (constraints too), values from the vocabulary. */
export const profileArbitrary: fc.Arbitrary<Profile> = fc.record(
  {
    action: fc.constantFrom(...ACTIONS),
    traffic: fc.constantFrom(...TRAFFIC),
    protocol: fc.constantFrom(...PROTOCOLS),
    direction: fc.constantFrom(...DIRECTIONS),
    moment: fc.constantFrom(...MOMENTS),
    basis: fc.subarray([...BASIS]),
    decider: fc.constantFrom(...DECIDERS),
    'redirect-to': fc.constantFrom(...REDIRECT_TARGETS),
    ipsec: fc.constantFrom(...IPSEC_USE),
    'min-os': fc.constantFrom(...MIN_OS),
    'own-driver': fc.constantFrom(...OWN_DRIVER),
    lifetime: fc.constantFrom(...LIFETIME),
    fail: fc.constantFrom(...FAIL),
    precedence: fc.constantFrom(...PRECEDENCE),
  },
  {
    requiredKeys: [...REQUIRED_PROFILE_KEYS],
  },
);
