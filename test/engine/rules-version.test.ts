import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { recommend } from '@/engine/recommend';
import { RULES_VERSION } from '@/engine/version';
import { wordRecommendation } from '@/i18n/word';
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
  TRAFFIC,
  type Basis,
  type Profile,
} from '@/knowledge/vocabulary';
import { loadPublicScenarios } from './fixtures';

/**
 * RULES_VERSION must change whenever a result can change. A fingerprint of `recommend` over a
 * fixed, broad sample of profiles is recorded next to the version; when the results drift while
 * the version stays, this test fails. To re-record after bumping the version:
 *   UPDATE_RULES_FINGERPRINT=1 npx vitest run --project unit test/engine/rules-version.test.ts
 */
const RECORD = fileURLToPath(new URL('./rules-fingerprint.json', import.meta.url));
const RERECORD =
  'UPDATE_RULES_FINGERPRINT=1 npx vitest run --project unit test/engine/rules-version.test.ts';

interface Recorded {
  readonly rulesVersion: string;
  readonly fingerprint: string;
  readonly profiles: number;
}

/** A small deterministic generator, so the sample never depends on a library's randomness. */
function lcg(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const BASIS_SETS: readonly (readonly Basis[])[] = [
  ['app'],
  ['address', 'port'],
  ['payload'],
  ['transport-header'],
  ['ip-header'],
  ['icmp-type'],
  ['mac', 'vlan'],
  ['vm'],
  ['rpc-interface'],
  ['user', 'payload'],
  ['fragments'],
  ['volume', 'port'],
  [],
];

function sampleProfiles(): Profile[] {
  const out: Profile[] = loadPublicScenarios().map((s) => s.profile);
  // A grid over the task's shape, with the rest rotating deterministically.
  let i = 0;
  for (const action of ACTIONS) {
    for (const traffic of TRAFFIC) {
      for (const protocol of PROTOCOLS) {
        for (const direction of DIRECTIONS) {
          for (const moment of traffic === 'local' ? MOMENTS : [undefined]) {
            i++;
            out.push({
              action,
              traffic,
              protocol,
              direction,
              ...(moment ? { moment } : {}),
              basis: BASIS_SETS[i % BASIS_SETS.length] ?? [],
              decider: DECIDERS[i % DECIDERS.length] ?? 'rules',
              ...(action === 'redirect' ? { 'redirect-to': REDIRECT_TARGETS[i % 3] } : {}),
              ipsec: IPSEC_USE[i % IPSEC_USE.length] ?? 'unknown',
              'min-os': MIN_OS[i % MIN_OS.length] ?? 'win10',
            });
          }
        }
      }
    }
  }
  // And random profiles over every key, constraints included.
  const rnd = lcg(20251126);
  const pick = <T>(values: readonly T[]): T => values[Math.floor(rnd() * values.length)] as T;
  for (let n = 0; n < 2000; n++) {
    out.push({
      action: pick(ACTIONS),
      traffic: pick(TRAFFIC),
      protocol: pick(PROTOCOLS),
      direction: pick(DIRECTIONS),
      moment: pick(MOMENTS),
      basis: BASIS.filter(() => rnd() < 0.15),
      decider: pick(DECIDERS),
      'redirect-to': pick(REDIRECT_TARGETS),
      ipsec: pick(IPSEC_USE),
      'min-os': pick(MIN_OS),
      'own-driver': pick(OWN_DRIVER),
      lifetime: pick(LIFETIME),
      fail: pick(FAIL),
      precedence: pick(PRECEDENCE),
    });
  }
  return out;
}

function fingerprint(profiles: readonly Profile[]): string {
  const hash = createHash('sha256');
  for (const p of profiles) {
    const { rulesVersion: _, ...rest } = recommend(p);
    hash.update(JSON.stringify(rest));
    hash.update('\n');
  }
  return hash.digest('hex');
}

/** Every worded field of a result (titles, texts, reasons, whys, the summary). */
function wordsOf(value: unknown, out: string[] = []): string[] {
  if (Array.isArray(value)) for (const v of value) wordsOf(v, out);
  else if (value !== null && typeof value === 'object') {
    for (const [key, v] of Object.entries(value)) {
      if (
        typeof v === 'string' &&
        ['title', 'text', 'reason', 'why', 'summary', 'cost'].includes(key)
      )
        out.push(v);
      else wordsOf(v, out);
    }
  }
  return out;
}

describe('RULES_VERSION', { timeout: 60_000 }, () => {
  it('hashes codes and parameters, not words, so rewording a message is not a rules change', () => {
    for (const profile of sampleProfiles().slice(0, 400)) {
      const coded = JSON.stringify(recommend(profile));
      const words = wordsOf(wordRecommendation(recommend(profile))).filter((w) => w.length > 30);
      expect(words.length).toBeGreaterThan(0);
      for (const w of words) expect(coded, w).not.toContain(JSON.stringify(w).slice(1, -1));
    }
    // 400 results worded: a generous limit, so a busy machine does not fail the check.
  }, 60_000);

  it('is stamped on every result', () => {
    expect(recommend(loadPublicScenarios()[0]?.profile as Profile).rulesVersion).toBe(
      RULES_VERSION,
    );
  });

  it('changes whenever the results change', () => {
    const profiles = sampleProfiles();
    const current: Recorded = {
      rulesVersion: RULES_VERSION,
      fingerprint: fingerprint(profiles),
      profiles: profiles.length,
    };
    if (process.env.UPDATE_RULES_FINGERPRINT) {
      writeFileSync(RECORD, `${JSON.stringify(current, null, 2)}\n`);
      return;
    }
    if (!existsSync(RECORD)) {
      throw new Error(`No recorded fingerprint at ${RECORD}. Record one with: ${RERECORD}`);
    }
    const recorded = JSON.parse(readFileSync(RECORD, 'utf8')) as Recorded;
    expect(
      recorded.rulesVersion,
      `RULES_VERSION is ${RULES_VERSION} but the fingerprint was recorded for ${recorded.rulesVersion}: re-record it with ${RERECORD}`,
    ).toBe(RULES_VERSION);
    expect(
      current.fingerprint,
      `The results of recommend() changed but RULES_VERSION is still ${RULES_VERSION}: bump RULES_VERSION in src/engine/version.ts, then re-record the fingerprint with ${RERECORD}`,
    ).toBe(recorded.fingerprint);
    expect(current.profiles).toBe(recorded.profiles);
    // Thousands of recommendations: a generous limit, so a busy machine does not fail the check.
  }, 60_000);
});
