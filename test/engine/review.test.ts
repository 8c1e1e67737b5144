import type { LayerId } from '@/knowledge/types';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { recommend } from '@/engine/recommend';
import { proposalOf, reviewDesign, type Proposal } from '@/engine/review';
import { wordFinding } from '@/i18n/review-words';
import { LAYERS } from '@/knowledge/layers';
import { loadPublicScenarios, makeProfile, profileArbitrary } from './fixtures';

const SCENARIOS = loadPublicScenarios();

describe('reviewDesign over the public scenarios', () => {
  it.each(SCENARIOS.filter((s) => recommend(s.profile).verdict !== 'other-technology'))(
    'the recommended design of "$id" reviewed is sound',
    (s) => {
      const proposal = proposalOf(s.profile);
      expect(proposal).not.toBeNull();
      const review = reviewDesign(s.profile, proposal as Proposal);
      expect(review.findings.filter((f) => f.severity !== 'ok' && f.severity !== 'info')).toEqual(
        [],
      );
      expect(review.verdict).toBe('sound');
      // The proposed design's IPsec status is the recommendation's.
      expect(review.ipsec.status).toBe(recommend(s.profile).ipsec.status);
    },
  );

  it.each(SCENARIOS)(
    'a layer the engine excludes for "$id" does not work, with the same reason',
    (s) => {
      const rec = recommend(s.profile);
      const kind = rec.verdict === 'user-mode' ? 'filter' : 'callout';
      // partial-coverage and needs-callout describe the design as a whole, not the layer's own check.
      const own = rec.excluded.filter(
        (e) => e.code !== 'partial-coverage' && e.code !== 'needs-callout',
      );
      expect(own.length).toBeGreaterThan(0);
      for (const e of own) {
        const review = reviewDesign(s.profile, { layers: [e.layerId], kind });
        expect(review.verdict, e.layerId).toBe('does-not-work');
        const first = review.findings.find(
          (f) => f.layerId === e.layerId && f.severity === 'blocker',
        );
        expect(first?.code, e.layerId).toBe(e.code);
        expect(first?.reason, e.layerId).toEqual(e.message);
      }
    },
  );
});

const BLOCK_APP = makeProfile();

describe('what a review says', () => {
  it('a callout at IP packet that blocks per app does not work: no app identity there', () => {
    const r = reviewDesign(makeProfile({ direction: 'inbound', moment: 'data' }), {
      layers: ['inbound-ippacket'],
      kind: 'callout',
      callout: 'inspect',
    });
    expect(r.verdict).toBe('does-not-work');
    expect(r.firstReason?.layerId).toBe('inbound-ippacket');
    expect(r.firstReason?.code).toBe('no-identity-here');
    // And a callout there would be IPsec-incompatible.
    expect(r.ipsec.status).toBe('incompatible');
  });

  it('blocking at flow-established is not allowed', () => {
    const r = reviewDesign(makeProfile({ moment: 'established' }), {
      layers: ['ale-flow-established'],
      kind: 'filter',
    });
    expect(r.verdict).toBe('does-not-work');
    expect(r.firstReason?.code).toBe('block-forbidden');
  });

  it('a plain filter cannot do what only a callout does', () => {
    const r = reviewDesign(makeProfile({ action: 'modify', basis: ['payload'], moment: 'data' }), {
      layers: ['stream'],
      kind: 'filter',
    });
    expect(r.verdict).toBe('does-not-work');
    expect(r.findings.map((f) => f.code)).toContain('filter-cannot-do-action');
  });

  it('a callout where user-mode filters do the job: a better design exists', () => {
    const r = reviewDesign(BLOCK_APP, {
      layers: ['ale-auth-connect'],
      kind: 'callout',
      callout: 'inspect',
      weight: 'below-universal',
    });
    expect(r.verdict).toBe('higher-better');
    expect(r.findings[0]?.code).toBe('user-mode-suffices');
  });

  it('a lower layer than the workable one: higher-better, naming the higher layer', () => {
    const profile = makeProfile({
      action: 'monitor',
      basis: ['payload'],
      moment: 'data',
      decider: 'code',
    });
    const rec = recommend(profile);
    expect(rec.primary).toBe('stream');
    const r = reviewDesign(profile, {
      layers: ['outbound-transport'],
      kind: 'callout',
      callout: 'inspect',
      weight: 'below-universal',
    });
    expect(r.verdict).toBe('higher-better');
    const better = r.findings.find((f) => f.code === 'higher-workable');
    expect(better?.params.recommended).toBe('stream');
  });

  it('a stream callout deciding per app without flow-established: a missing companion (gap)', () => {
    const profile = makeProfile({
      action: 'allow-block',
      basis: ['app', 'payload'],
      moment: 'data',
      decider: 'code',
    });
    expect(recommend(profile).companions.map((c) => c.role)).toContain('flow-context');
    const r = reviewDesign(profile, { layers: ['stream'], kind: 'callout', callout: 'inspect' });
    expect(r.verdict).toBe('gaps');
    const gap = r.findings.find((f) => f.code === 'missing-companion');
    expect(gap?.layerId).toBe('ale-flow-established');
    expect(gap?.params.role).toBe('flow-context');
    // With the companion, the design is sound.
    const fixed = reviewDesign(profile, {
      layers: ['stream', 'ale-flow-established'],
      kind: 'callout',
      callout: 'inspect',
    });
    expect(fixed.verdict).toBe('sound');
  });

  it('an ALE callout weighted above FWPM_SUBLAYER_UNIVERSAL breaks the IPsec rule', () => {
    const prompt = makeProfile({ decider: 'outside' });
    const base = { layers: ['ale-auth-connect'], kind: 'callout', callout: 'pend' } as const;
    expect(reviewDesign(prompt, { ...base, weight: 'below-universal' }).verdict).toBe('sound');
    const above = reviewDesign(prompt, { ...base, weight: 'above-universal' });
    expect(above.verdict).toBe('gaps');
    expect(above.findings.map((f) => f.code)).toContain('weight-above-universal');
    const inUse = reviewDesign(
      { ...prompt, ipsec: 'in-use' },
      { ...base, weight: 'above-universal' },
    );
    expect(inUse.verdict).toBe('does-not-work');
    expect(inUse.firstReason?.code).toBe('weight-above-universal');
  });

  it('a layer newer than the minimum Windows does not work there, and says from when it would', () => {
    const profile = makeProfile({
      action: 'redirect',
      'redirect-to': 'remote-endpoint',
      basis: ['address', 'port'],
      'min-os': 'vista',
      decider: 'code',
    });
    const r = reviewDesign(profile, {
      layers: ['ale-connect-redirect'],
      kind: 'callout',
      callout: 'redirect',
    });
    expect(r.verdict).toBe('does-not-work');
    expect(r.firstReason?.code).toBe('not-on-os');
    expect(r.firstReason?.params.worksFrom).toBe('win7');
    expect(wordFinding(r.firstReason!)).toContain('Windows 7');
  });

  it('a filter condition newer than the minimum Windows: the layer fails there, and says from when it works', () => {
    const profile = makeProfile({ basis: ['package'], 'min-os': 'win7' });
    const r = reviewDesign(profile, { layers: ['ale-auth-connect'], kind: 'filter' });
    expect(r.verdict).toBe('does-not-work');
    expect(r.firstReason?.params.worksFrom).toBe('win8');
    expect(
      reviewDesign(
        { ...profile, 'min-os': 'win8' },
        { layers: ['ale-auth-connect'], kind: 'filter' },
      ).verdict,
    ).toBe('sound');
  });

  it('an injection function that does not fit the layer, or the minimum Windows', () => {
    const profile = makeProfile({
      action: 'modify',
      basis: ['payload'],
      moment: 'data',
      protocol: 'udp',
      direction: 'inbound',
      decider: 'code',
      'min-os': 'vista',
    });
    const wrongLayer = reviewDesign(profile, {
      layers: ['datagram-data'],
      kind: 'callout',
      callout: 'modify',
      inject: 'FwpsStreamInjectAsync0',
    });
    expect(wrongLayer.findings.map((f) => f.code)).toContain('inject-not-at-layer');
    const tooNew = reviewDesign(profile, {
      layers: ['datagram-data'],
      kind: 'callout',
      callout: 'modify',
      inject: 'FwpsInjectTransportSendAsync1',
    });
    expect(tooNew.findings.find((f) => f.code === 'inject-not-on-os')?.params.minOs).toBe('win7');
    expect(tooNew.verdict).toBe('does-not-work');
  });

  it('a callout type that does not fit the task is a gap', () => {
    const r = reviewDesign(makeProfile({ decider: 'outside' }), {
      layers: ['ale-auth-connect'],
      kind: 'callout',
      callout: 'inspect',
      weight: 'below-universal',
    });
    expect(r.verdict).toBe('gaps');
    expect(r.findings.find((f) => f.code === 'callout-type-mismatch')?.params.fitting).toEqual([
      'pend',
    ]);
  });

  it('unknown layers and an empty design are blockers, never exceptions', () => {
    expect(reviewDesign(BLOCK_APP, { layers: [], kind: 'filter' }).firstReason?.code).toBe(
      'no-layers',
    );
    expect(
      reviewDesign(BLOCK_APP, { layers: ['nope' as LayerId], kind: 'filter' }).firstReason?.code,
    ).toBe('unknown-layer');
  });
});

describe('review properties', () => {
  const layerIds = LAYERS.map((l) => l.id);
  const proposalArb: fc.Arbitrary<Proposal> = fc.record(
    {
      layers: fc.uniqueArray(fc.constantFrom(...layerIds), { minLength: 1, maxLength: 3 }),
      kind: fc.constantFrom('filter' as const, 'callout' as const),
      callout: fc.constantFrom(
        'inspect' as const,
        'modify' as const,
        'redirect' as const,
        'inject' as const,
        'pend' as const,
      ),
      weight: fc.constantFrom('below-universal' as const, 'above-universal' as const),
    },
    { requiredKeys: ['layers', 'kind'] },
  );

  it('never throws; ids are unique; blockers come first; every finding has words; the verdict follows the severities', () => {
    fc.assert(
      fc.property(profileArbitrary, proposalArb, (profile, proposal) => {
        const r = reviewDesign(profile, proposal);
        const ids = r.findings.map((f) => f.id);
        expect(new Set(ids).size).toBe(ids.length);
        const firstNonBlocker = r.findings.findIndex((f) => f.severity !== 'blocker');
        const lastBlocker = r.findings.map((f) => f.severity).lastIndexOf('blocker');
        if (lastBlocker >= 0 && firstNonBlocker >= 0)
          expect(lastBlocker).toBeLessThan(firstNonBlocker);
        for (const f of r.findings) {
          const text = wordFinding(f);
          expect(text.length).toBeGreaterThan(10);
          expect(text).not.toContain('undefined');
        }
        const has = (s: string) => r.findings.some((f) => f.severity === s);
        expect(r.verdict).toBe(
          has('blocker')
            ? 'does-not-work'
            : has('better')
              ? 'higher-better'
              : has('gap')
                ? 'gaps'
                : 'sound',
        );
        expect(r.firstReason === undefined).toBe(!has('blocker'));
      }),
      { numRuns: 300 },
    );
  });
});
