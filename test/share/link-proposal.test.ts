import type { InjectionId, LayerId } from '@/knowledge/types';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { en } from '@/i18n/en';
import { RULES_VERSION } from '@/engine/version';
import { INJECTION_FUNCTIONS } from '@/knowledge/injection';
import { LAYERS } from '@/knowledge/layers';
import { decodeLink, decodeProfile, encodeLink, encodeProfile } from '@/share/url';
import { makeProfile } from '../fixtures/profiles';

const PROFILE = makeProfile();
const BASE = encodeProfile(PROFILE);

describe('p-… keys and r in links (DESIGN §4)', () => {
  it('round-trips a profile, a proposal and the rules version, in canonical order', () => {
    const proposal = {
      layers: ['stream', 'ale-flow-established'] as LayerId[],
      kind: 'callout' as const,
      callout: 'inspect' as const,
      inject: 'FwpsStreamInjectAsync0' as const,
      weight: 'below-universal' as const,
    };
    const link = encodeLink({ profile: PROFILE, proposal, rulesVersion: RULES_VERSION });
    expect(link).toBe(
      `${BASE}&p-layers=stream,ale-flow-established&p-kind=callout&p-callout=inspect&p-inject=FwpsStreamInjectAsync0&p-weight=below-universal&r=${RULES_VERSION}`,
    );
    const back = decodeLink(`#${link}`);
    expect(back.errors).toEqual([]);
    expect(back.profile).toEqual(PROFILE);
    expect(back.proposal).toEqual(proposal);
    expect(back.rulesVersion).toBe(RULES_VERSION);
  });

  it('old links without p-… or r stay valid and decode as before', () => {
    const back = decodeLink(BASE);
    expect(back).toEqual({ profile: PROFILE, errors: [] });
    expect(decodeProfile(BASE)).toEqual({ profile: PROFILE, errors: [] });
  });

  it('the profile decoder accepts the link keys silently (they are vocabulary, not unknown keys)', () => {
    expect(decodeProfile(`${BASE}&p-kind=filter&r=1.0.0`).errors).toEqual([]);
  });

  it.each([
    ['p-layers', 'p-layers=stream,nope', 'nope', { layers: ['stream'] }],
    ['p-kind', 'p-kind=driver', 'driver', undefined],
    ['p-callout', 'p-callout=block', 'block', undefined],
    ['p-inject', 'p-inject=FwpsInjectEverything0', 'FwpsInjectEverything0', undefined],
    ['p-weight', 'p-weight=heavy', 'heavy', undefined],
    ['r', 'r=latest', 'latest', undefined],
  ])(
    'a bad %s value is reported by key and value, the rest is kept',
    (key, part, value, proposal) => {
      const back = decodeLink(`${BASE}&${part}`);
      expect(back.profile).toEqual(PROFILE);
      expect(back.errors).toHaveLength(1);
      expect(back.errors[0]).toMatchObject({ code: 'bad-value', key, value });
      expect(back.errors[0]?.message.params).toMatchObject({ value });
      expect(en.link.error(back.errors[0]!.message)).toContain(value);
      expect(back.proposal).toEqual(proposal);
    },
  );

  it('duplicate link keys: the first counts, the later one is reported', () => {
    const back = decodeLink(`${BASE}&p-kind=filter&p-kind=callout`);
    expect(back.proposal).toEqual({ kind: 'filter' });
    expect(back.errors.map((e) => e.code)).toEqual(['duplicate-key']);
  });

  it('never throws and only returns known values', () => {
    const layerIds = new Set(LAYERS.map((l) => l.id));
    const injections = new Set(INJECTION_FUNCTIONS.map((f) => f.id));
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(
            fc.constantFrom('p-layers', 'p-kind', 'p-callout', 'p-inject', 'p-weight', 'r', 'v'),
            fc.oneof(
              fc.string(),
              fc.constantFrom('stream', 'callout', '1.4.0', '%E0%A4%A', 'pend'),
            ),
          ),
        ),
        (pairs) => {
          const back = decodeLink(pairs.map(([k, v]) => `${k}=${v}`).join('&'));
          for (const l of back.proposal?.layers ?? []) expect(layerIds.has(l)).toBe(true);
          if (back.proposal?.inject)
            expect(injections.has(back.proposal.inject as InjectionId)).toBe(true);
          if (back.rulesVersion) expect(back.rulesVersion).toMatch(/^\d+\.\d+\.\d+$/);
        },
      ),
      { numRuns: 500 },
    );
  });
});
