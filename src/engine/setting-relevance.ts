/**
 * Which settings can still change the result: a setting matters for a profile when
 * some value of it changes what `recommend` returns (verdict, layers, IPsec, advice, build plan).
 * Derived by asking the engine, never by hand-written conditions. Pure; memoised per profile.
 */
import { isDeepStrictEqualLite } from './deep-equal';
import { VOCABULARY, type Profile, type ProfileKey } from '@/knowledge/vocabulary';
import { recommend } from './recommend';
import type { Recommendation } from './types';

/** The design-constraint and setting keys the questionnaire offers beside the main flow. */
export const SETTING_KEYS = [
  'ipsec',
  'min-os',
  'own-driver',
  'lifetime',
  'fail',
  'precedence',
] as const satisfies readonly ProfileKey[];
export type SettingKey = (typeof SETTING_KEYS)[number];

/** The recommendation without the echo of the profile: what a reader sees change. */
function outcome(rec: Recommendation): Omit<Recommendation, 'profile'> {
  const { profile: _profile, ...rest } = rec;
  return rest;
}

const memo = new Map<string, Readonly<Record<SettingKey, boolean>>>();

/**
 * For each setting: true when at least one of its values gives `profile` a different result.
 *
 * @example
 * settingRelevance(userModeFirewallProfile).fail; // false: no callout, nothing to fail open
 */
export function settingRelevance(profile: Profile): Readonly<Record<SettingKey, boolean>> {
  const key = JSON.stringify(profile);
  const known = memo.get(key);
  if (known !== undefined) return known;
  const base = outcome(recommend(profile));
  const out = {} as Record<SettingKey, boolean>;
  for (const k of SETTING_KEYS) {
    out[k] = VOCABULARY[k].some(
      (v) =>
        v !== profile[k] &&
        !isDeepStrictEqualLite(outcome(recommend({ ...profile, [k]: v })), base),
    );
  }
  if (memo.size > 256) memo.clear();
  memo.set(key, out);
  return out;
}
